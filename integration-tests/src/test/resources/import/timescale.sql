CREATE TABLE sensor (
  id text PRIMARY KEY,
  model text NOT NULL,
  installed_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE reading (
  ts timestamptz NOT NULL,
  sensor_id text NOT NULL,
  value double precision NOT NULL,
  status text NOT NULL DEFAULT 'ok' CHECK (status IN ('ok', 'bad'))
);
SELECT create_hypertable('reading', 'ts', chunk_time_interval => INTERVAL '1 day');
CREATE INDEX reading_sensor_id_ts_idx ON reading (sensor_id, ts DESC);
ALTER TABLE reading SET (timescaledb.compress, timescaledb.compress_segmentby = 'sensor_id',
  timescaledb.compress_orderby = 'ts DESC');
SELECT add_compression_policy('reading', compress_after => INTERVAL '7 days');
SELECT add_retention_policy('reading', drop_after => INTERVAL '90 days');
SELECT add_reorder_policy('reading', index_name => 'reading_sensor_id_ts_idx');

CREATE TABLE event (
  at bigint NOT NULL,
  sensor_no integer NOT NULL,
  payload jsonb,
  PRIMARY KEY (at, sensor_no)
);
SELECT create_hypertable('event', 'at', 'sensor_no', 4, chunk_time_interval => 86400);

CREATE MATERIALIZED VIEW reading_hourly WITH (timescaledb.continuous) AS
  SELECT time_bucket('1 hour', ts) AS bucket, sensor_id, avg(value) AS value
  FROM reading
  GROUP BY 1, 2
  WITH NO DATA;
SELECT add_continuous_aggregate_policy('reading_hourly', start_offset => INTERVAL '3 days',
  end_offset => INTERVAL '1 hour', schedule_interval => INTERVAL '30 minutes');

CREATE VIEW bad_reading AS SELECT ts, sensor_id FROM reading WHERE status = 'bad';

CREATE FUNCTION sensor_model_upper() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.model := upper(NEW.model);
  RETURN NEW;
END
$$;

CREATE TRIGGER sensor_model BEFORE INSERT OR UPDATE ON sensor
  FOR EACH ROW EXECUTE FUNCTION sensor_model_upper();

INSERT INTO sensor (id, model) VALUES ('s1', 'a'), ('s2', 'b');
INSERT INTO reading SELECT now() - i * INTERVAL '1 hour', 's' || (i % 2 + 1), i, 'ok'
  FROM generate_series(1, 200) i;

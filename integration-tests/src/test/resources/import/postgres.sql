CREATE SCHEMA sales;

CREATE TABLE customer (
  id bigserial PRIMARY KEY,
  email varchar(200) NOT NULL,
  name text NOT NULL CHECK (length(name) > 0),
  status text NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'BLOCKED')),
  balance numeric(12,2) DEFAULT 0,
  tags text[],
  profile jsonb,
  created_at timestamptz NOT NULL DEFAULT now(),
  external_id uuid UNIQUE,
  birthday date,
  "Display Name" varchar,
  active boolean NOT NULL DEFAULT true,
  score double precision,
  ratio real,
  rank smallint,
  visits integer NOT NULL DEFAULT 0,
  photo bytea,
  local_at timestamp(3),
  opens time
);
CREATE UNIQUE INDEX customer_email_idx ON customer (email) WHERE status <> 'BLOCKED';
CREATE INDEX customer_tags_idx ON customer USING gin (tags);
CREATE INDEX customer_name_created_at_idx ON customer (name, created_at DESC NULLS LAST)
  INCLUDE (status);
CREATE INDEX customer_lower_email ON customer (lower(email));
COMMENT ON TABLE customer IS 'People who buy';
COMMENT ON COLUMN customer.email IS 'Where the ''receipts'' go';

CREATE SEQUENCE sales.order_number START WITH 100 INCREMENT BY 10 CACHE 5;
CREATE SEQUENCE invoice_number;

CREATE TABLE sales.orders (
  id bigserial PRIMARY KEY,
  customer_id bigint NOT NULL REFERENCES customer (id) ON DELETE CASCADE,
  number integer NOT NULL DEFAULT nextval('sales.order_number'),
  total numeric(10,2) NOT NULL CHECK (total >= 0),
  placed_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT orders_customer_id_number_key UNIQUE (customer_id, number)
);

ALTER SEQUENCE sales.order_number OWNED BY sales.orders.number;

CREATE TABLE sales.order_line (
  order_id bigint NOT NULL REFERENCES sales.orders (id) ON UPDATE RESTRICT,
  line integer NOT NULL,
  sku text NOT NULL,
  quantity integer NOT NULL DEFAULT 1,
  ticket bigint GENERATED ALWAYS AS IDENTITY (START WITH 1000 INCREMENT BY 5),
  doubled integer GENERATED ALWAYS AS (quantity * 2) STORED,
  PRIMARY KEY (order_id, line)
);

CREATE VIEW active_customer AS SELECT id, email FROM customer WHERE status = 'ACTIVE';

CREATE FUNCTION touch_customer() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.created_at := now();
  RETURN NEW;
END
$$;

CREATE TRIGGER customer_touch BEFORE UPDATE ON customer
  FOR EACH ROW EXECUTE FUNCTION touch_customer();

-- The migration role: runs every revision, and its first upgrade creates the version table.
-- The tables it creates are its own, so later revisions may alter and drop them.
CREATE ROLE app_owner LOGIN;
GRANT USAGE, CREATE ON SCHEMA public TO app_owner;

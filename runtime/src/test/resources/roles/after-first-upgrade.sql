-- The application's role: upgrade head at start-up once app_owner has migrated (nothing to
-- run, or data-only revisions that its grants allow), stamp, and its own queries.
CREATE ROLE app_runner LOGIN;
GRANT USAGE ON SCHEMA public TO app_runner;
GRANT SELECT, INSERT, UPDATE, DELETE ON public.tidemark_version TO app_runner;

-- A monitoring role: current, check and Migrator.requireUpToDate().
CREATE ROLE app_monitor LOGIN;
GRANT USAGE ON SCHEMA public TO app_monitor;
GRANT SELECT ON public.tidemark_version TO app_monitor;

-- The service may run as a role of its own (TALENT_DB_USER) while migrations run as the owner
-- (TALENT_DB_OWNER). That role reads and writes the portfolio tables and the facts it follows;
-- it cannot change the schema or the migration history.
-- Flyway runs this again when the role changes; the old role keeps its rights until revoked.
DO $$
DECLARE
    runtime text := '${runtime_role}';
BEGIN
    IF runtime <> current_user THEN
        EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %I', runtime);
        EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO %I', runtime);
        EXECUTE format('REVOKE ALL ON flyway_schema_history FROM %I', runtime);
    END IF;
END $$;

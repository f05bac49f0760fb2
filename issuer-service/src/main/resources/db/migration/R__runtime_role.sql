-- The service may run as a role of its own (ISSUER_DB_USER) while migrations run as the owner
-- (ISSUER_DB_OWNER). That role changes what the service changes, but the outbox, the record of
-- every change sent to Kafka, only grows: events are added and marked published, never rewritten
-- or deleted. Tables created later get the role's rights by default; a later evidence table revokes
-- its own. Flyway runs this again when the role changes; the old role keeps its rights until revoked.
DO $$
DECLARE
    runtime text := '${runtime_role}';
BEGIN
    IF runtime <> current_user THEN
        EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %I', runtime);
        EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO %I', runtime);
        EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO %I', runtime);
        EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO %I', runtime);
        EXECUTE format('REVOKE ALL ON flyway_schema_history FROM %I', runtime);
        EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON outbox_event FROM %I', runtime);
        EXECUTE format('GRANT UPDATE (published_at) ON outbox_event TO %I', runtime);
    END IF;
END $$;

#!/bin/sh
# The roles issuer-service, witness-forwarder and talent-graph run as; their migrations (run as the
# owner, postgres) grant each what its service does and no more. Passwords from the environment.
# PostgreSQL runs this once, on an empty volume; on an existing one, run it by hand (it creates a
# missing role, and sets the password of one that exists):
#   docker compose exec postgres sh /docker-entrypoint-initdb.d/roles.sh
set -eu
psql -v ON_ERROR_STOP=1 --username postgres --set issuer="$ISSUER_DB_PASSWORD" \
    --set forwarder="$FORWARDER_DB_PASSWORD" --set talent="$TALENT_DB_PASSWORD" <<'SQL'
select format('%s role issuer_service login password %L',
        case when exists (select from pg_roles where rolname = 'issuer_service') then 'alter' else 'create' end,
        :'issuer') \gexec
select format('%s role witness_forwarder login password %L',
        case when exists (select from pg_roles where rolname = 'witness_forwarder') then 'alter' else 'create' end,
        :'forwarder') \gexec
select format('%s role talent_graph login password %L',
        case when exists (select from pg_roles where rolname = 'talent_graph') then 'alter' else 'create' end,
        :'talent') \gexec
SQL

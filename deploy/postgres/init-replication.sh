#!/bin/sh
# Runs once, when the primary's data folder is first created (the postgres image runs the scripts
# of /docker-entrypoint-initdb.d on a temporary server, then restarts it, which reads pg_hba.conf
# anew). It adds the role that streaming replicas connect as, allowed from any address on the
# network: the password is the guard, as for the application role.
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
  --set=password="$REPLICATION_PASSWORD" <<'SQL'
create role replicator with replication login password :'password';
SQL
echo 'host replication replicator all scram-sha-256' >>"$PGDATA/pg_hba.conf"

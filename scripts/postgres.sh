# Sourced by test.sh and scripts/loadtest.sh: a throwaway PostgreSQL cluster on a free port.
# shellcheck shell=bash

PG_DIR=""
stop_postgres() {
  [ -n "$PG_DIR" ] || return 0
  pg_as "$(pg_bin_dir)/pg_ctl" -D "$PG_DIR/data" -m fast stop >/dev/null 2>&1
  rm -rf "$PG_DIR"; PG_DIR=""
}

pg_as() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

# start_postgres [SETTING...]: initdb and start; each SETTING is a `-c name=value` for the server
# (tests add fsync=off). Sets PG_DIR and PG_PORT. initdb refuses to run as root: the cluster
# belongs to the postgres user when we are root.
start_postgres() {
  local bin settings="" s; bin=$(pg_bin_dir)
  for s in "$@"; do settings+=" -c $s"; done
  PG_DIR=$(mktemp -d /tmp/frontline-pg.XXXXXX)
  [ "$(id -u)" = 0 ] && chown postgres "$PG_DIR"
  PG_PORT=$(free_port)
  pg_as "$bin/initdb" -D "$PG_DIR/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null &&
    pg_as "$bin/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/log" \
      -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -k $PG_DIR -c max_connections=300 -c max_wal_size=128MB$settings" -w start >/dev/null
}

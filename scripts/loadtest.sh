#!/usr/bin/env bash
# Exam day on this machine: starts Frontline on a fresh database (SQLite, or a throwaway
# PostgreSQL cluster with --postgres; one server or --servers N sharing it), runs
# `frontline loadtest` against it, prints the figures and stops everything.
#
#   scripts/loadtest.sh --release --trainees 10000            # the 09:00 spike on SQLite
#   scripts/loadtest.sh --release --postgres --servers 2 --trainees 3000
#   scripts/loadtest.sh --release --scenario sign-in --trainees 100
#   scripts/loadtest.sh --release --scenario bodies --trainees 50
#
# Other options go to `frontline loadtest` (see `frontline loadtest --help`). Build first:
# `cargo leptos build --release --precompress` (or plain `cargo leptos build` for debug).
# test.sh runs a small one on the debug build that fails on a lost or double-scored submission.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
source scripts/setup.sh
source scripts/postgres.sh

profile=debug postgres=false servers=1 args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --release) profile=release; shift ;;
    --postgres) postgres=true; shift ;;
    --servers) servers=$2; shift 2 ;;
    *) args+=("$1"); shift ;;
  esac
done
bin="target/$profile/frontline"
[ -x "$bin" ] || { echo "no $bin: build it first (cargo leptos build)"; exit 1; }
# Each simulated phone holds a connection: ten thousand of them need as many descriptors.
ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)"

work=$(mktemp -d /tmp/frontline-load.XXXXXX)
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  # The servers' logs outlive the run.
  mkdir -p target/loadtest && cp "$work"/server-*.log target/loadtest/ 2>/dev/null || true
  stop_postgres
  rm -rf "$work"
}
trap cleanup EXIT

if $postgres; then
  # Durable, as in production: commits are fsynced.
  start_postgres max_connections=300
  export DATABASE_URL="postgres://postgres@127.0.0.1:$PG_PORT/postgres"
else
  export DATABASE_URL="sqlite://$work/frontline.db?mode=rwc"
fi
export FRONTLINE_SECURE_COOKIES=false FRONTLINE_LOG="${FRONTLINE_LOG:-warn,app::services::transactions=info}"
"$bin" migrate >/dev/null

addresses=()
for i in $(seq 1 "$servers"); do
  port=$(free_port)
  # The first server seeds the demo curriculum; the others start once it has (one at a time).
  FRONTLINE_ADDR="127.0.0.1:$port" FRONTLINE_MIGRATE_ON_START=false FRONTLINE_DEMO=true \
    "$bin" serve >"$work/server-$i.log" 2>&1 &
  pids+=($!)
  addresses+=("127.0.0.1:$port")
  for _ in $(seq 1 150); do
    curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break
    sleep 0.2
  done
done

status=0
"$bin" loadtest --servers "$(IFS=,; echo "${addresses[*]}")" --server-pids "$(IFS=,; echo "${pids[*]}")" "${args[@]}" || status=$?
for i in $(seq 1 "$servers"); do
  log="$work/server-$i.log"
  echo "server $i log: $(wc -c <"$log") bytes, $(grep -c ' WARN ' "$log" || true) warnings, $(grep -c 'ERROR' "$log" || true) errors"
  grep -E 'SQLite writers' "$log" | sed 's/^/  /' || true
done
exit $status

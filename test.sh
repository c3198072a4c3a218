#!/usr/bin/env bash
# Sets up and runs every test: Rust on SQLite, Rust on PostgreSQL (a throwaway cluster), lints,
# and Playwright in Chromium against the built site. Ends with one line per stage; exits non-zero
# if any stage failed or ran no test.
set -uo pipefail
cd "$(dirname "$0")"
source scripts/env.sh
source scripts/setup.sh

LOG_DIR=target/test-logs
mkdir -p "$LOG_DIR"
SUMMARY=()
FAILED=0

# run_stage NAME COUNTER COMMAND...: runs COMMAND, teeing its output to a log; COUNTER is a
# function that prints how many tests passed according to the log ("-" when it counts nothing).
run_stage() {
  local name=$1 counter=$2; shift 2
  local log="$LOG_DIR/${name// /-}.log" start=$SECONDS status count=""
  echo "==> $name"
  "$@" 2>&1 | tee "$log"
  status=${PIPESTATUS[0]}
  [ "$counter" != - ] && count=$($counter "$log")
  # Disk left after the stage: a full disk once failed a CI run in ways that looked like bugs.
  local took="$((SECONDS - start))s, $(df -h --output=avail . | tail -1 | tr -d ' ') free"
  if [ "$status" -ne 0 ]; then
    SUMMARY+=("FAIL  $name ($took) — see $log"); FAILED=1
  elif [ "$counter" != - ] && [ "${count:-0}" -eq 0 ]; then
    SUMMARY+=("FAIL  $name ($took) — no test ran"); FAILED=1
  else
    SUMMARY+=("ok    $name ($took)${count:+ — $count passed}")
  fi
  return "$status"
}

cargo_passed() { grep -Eo 'test result: ok\. [0-9]+ passed' "$1" | awk '{s += $4} END {print s + 0}'; }
playwright_passed() { grep -Eo '^ +[0-9]+ passed' "$1" | awk '{s += $1} END {print s + 0}'; }

setup_tools() { ensure_build_tools && ensure_test_tools; }

PG_DIR=""
stop_postgres() {
  [ -n "$PG_DIR" ] || return 0
  pg_as "$(pg_bin_dir)/pg_ctl" -D "$PG_DIR/data" -m fast stop >/dev/null 2>&1
  rm -rf "$PG_DIR"; PG_DIR=""
}
trap stop_postgres EXIT

pg_as() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

# initdb refuses to run as root: the cluster belongs to the postgres user when we are root.
start_postgres() {
  local bin; bin=$(pg_bin_dir)
  PG_DIR=$(mktemp -d /tmp/frontline-pg.XXXXXX)
  [ "$(id -u)" = 0 ] && chown postgres "$PG_DIR"
  PG_PORT=$(free_port)
  pg_as "$bin/initdb" -D "$PG_DIR/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null &&
    pg_as "$bin/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/log" \
      -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -k $PG_DIR -c fsync=off -c max_connections=300 -c max_wal_size=128MB" -w start >/dev/null
}

rust_tests_postgres() {
  start_postgres || { echo "could not start PostgreSQL"; return 1; }
  FRONTLINE_TEST_PG_URL="postgres://postgres@127.0.0.1:$PG_PORT/postgres" \
    timeout 1800 cargo test --no-fail-fast --test api
  local status=$?
  stop_postgres
  return $status
}

# Plain cargo commands act on the default members: `--workspace` would build `frontend` natively
# and unify its `hydrate` feature into `app`.
# leptosfmt formats inside `view!` (leptosfmt.toml), rustfmt the rest: both must agree.
lint() {
  leptosfmt --check --quiet app/src && cargo fmt --all -- --check &&
    cargo clippy --all-targets -- -D warnings
}

playwright() {
  rm -rf target/e2e && mkdir -p target/e2e
  (cd end2end && timeout 1200 npx playwright test)
}

start=$SECONDS
run_stage "setup" - setup_tools
run_stage "build site" - cargo leptos build
# Every stage is bounded: a hang fails the stage instead of eating CI's time.
run_stage "rust tests (SQLite)" cargo_passed timeout 1800 cargo test --no-fail-fast
run_stage "rust tests (PostgreSQL)" cargo_passed rust_tests_postgres
run_stage "leptosfmt, fmt and clippy" - lint
run_stage "playwright" playwright_passed playwright

echo
echo "Summary ($((SECONDS - start))s in all):"
printf '  %s\n' "${SUMMARY[@]}"
exit $FAILED

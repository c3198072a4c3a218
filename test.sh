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
FAILURES=()
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
    FAILURES+=("$log")
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

source scripts/postgres.sh
source scripts/lrs.sh
trap 'stop_postgres; stop_lrs' EXIT

rust_tests_postgres() {
  start_postgres fsync=off || { echo "could not start PostgreSQL"; return 1; }
  # pg_dump and pg_restore of the cluster's own version, for the backup test.
  PATH="$(pg_bin_dir):$PATH" FRONTLINE_TEST_PG_URL="postgres://postgres@127.0.0.1:$PG_PORT/postgres" \
    timeout 1800 cargo test --no-fail-fast --test api
  local status=$?
  stop_postgres
  return $status
}

# What a partner's own tools make of Frontline's records: a real xAPI LRS (Ralph, from PyPI, on
# loopback) receives the outbox, Ralph's xAPI models validate the export, PyJWT verifies a
# credential offline. These tests are #[ignore]d elsewhere, as they need this stage's tools.
standard_tools() {
  start_lrs || { echo "could not start the LRS"; return 1; }
  FRONTLINE_TEST_LRS_URL=$LRS_URL FRONTLINE_TEST_LRS_USER=$LRS_USER \
    FRONTLINE_TEST_LRS_PASSWORD=$LRS_PASSWORD FRONTLINE_TEST_PYTHON=$LRS_VENV/bin/python \
    timeout 600 cargo test --test api standard_tools -- --ignored
  local status=$?
  stop_lrs
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
# The server's test targets with the site: its binary is then built once, with the features its
# tests' dependencies add, and the test stages below compile only what is theirs.
run_stage "build site" - cargo_leptos build --bin-cargo-args=--tests
# Every stage is bounded: a hang fails the stage instead of eating CI's time.
run_stage "rust tests (SQLite)" cargo_passed timeout 1800 cargo test --no-fail-fast
run_stage "rust tests (PostgreSQL)" cargo_passed rust_tests_postgres
run_stage "standard tools (Ralph LRS, PyJWT)" cargo_passed standard_tools
run_stage "leptosfmt, fmt and clippy" - lint
run_stage "playwright" playwright_passed playwright
# Exam day in small, on the debug build: fails on any failed request, or on a submission
# acknowledged but lost or scored twice. The full spike is scripts/loadtest.sh --release.
run_stage "load test (300 trainees)" - timeout 300 scripts/loadtest.sh --trainees 300 \
  --start-within 5 --submit-within 20 --fail-on-errors

echo
echo "Summary ($((SECONDS - start))s in all):"
printf '  %s\n' "${SUMMARY[@]}"
# CI keeps only the end of the output: name what failed here, with the first line of each error.
for log in "${FAILURES[@]}"; do
  echo
  echo "What failed in $log:"
  grep -E '^test .* FAILED$|^ +✘ |^ +[0-9]+\) |^ +(Error|TimeoutError|expect)[^ ]*: |panicked at|^ +[0-9]+ (failed|flaky)' "$log" |
    head -40 | cut -c1-300
done
exit $FAILED

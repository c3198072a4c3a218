# Sourced: a throwaway xAPI 1.0.3 Learning Record Store (Ralph, file-system backend) on a free
# loopback port, for tests that send statements to a real LRS.
# shellcheck shell=bash

LRS_RALPH_VERSION=5.1.0
# PyJWT checks credentials the way a stranger would (scripts/verify-credential.py).
LRS_PYJWT_VERSION=2.10.1
LRS_VENV=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/target/lrs-venv
LRS_DIR=""

# ensure_lrs: the venv with Ralph's server and CLI, and PyJWT (about 20 s, once). `requests` is not in
# Ralph's extras, yet its API imports it (the OIDC module) even with Basic auth only.
ensure_lrs() {
  if "$LRS_VENV/bin/python" -c "
import importlib.metadata as m, sys
import bcrypt, click, cryptography, fastapi, jwt, requests, uvicorn
sys.exit(m.version('ralph-malph') != '$LRS_RALPH_VERSION')" 2>/dev/null; then
    return 0
  fi
  echo "lrs: installing ralph-malph $LRS_RALPH_VERSION into $LRS_VENV (about 20 seconds, once)"
  mkdir -p "$(dirname "$LRS_VENV")"
  local log; log=$(mktemp /tmp/frontline-lrs-pip.XXXXXX)
  if ! { python3 -m venv "$LRS_VENV" &&
    "$LRS_VENV/bin/pip" install -q --disable-pip-version-check \
      "ralph-malph[lrs,cli]==$LRS_RALPH_VERSION" requests "pyjwt[crypto]==$LRS_PYJWT_VERSION"; } >"$log" 2>&1; then
    cat "$log"; rm -f "$log"
    echo "lrs: could not install ralph-malph $LRS_RALPH_VERSION into $LRS_VENV" >&2
    return 1
  fi
  rm -f "$log"
}

# start_lrs: starts the LRS with one Basic-auth user, waits until it answers, and exports
# LRS_PORT, LRS_URL (the xAPI base, without /statements), LRS_USER, LRS_PASSWORD, LRS_PID.
# Statements land one a line in $LRS_DIR/data/fs_lrs.jsonl.
start_lrs() {
  ensure_lrs || return 1
  stop_lrs
  local py="$LRS_VENV/bin/python" i
  LRS_DIR=$(mktemp -d /tmp/frontline-lrs.XXXXXX)
  mkdir "$LRS_DIR/data"
  LRS_PORT=$("$py" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  LRS_URL="http://127.0.0.1:$LRS_PORT/xAPI"
  LRS_USER=frontline
  LRS_PASSWORD=$("$py" -c 'import secrets; print(secrets.token_urlsafe(18))')
  export LRS_PORT LRS_URL LRS_USER LRS_PASSWORD
  # Everything Ralph reads or writes stays in LRS_DIR, which is also its working directory:
  # its settings would read a .env there, and its history file would go to ~/.config/ralph.
  # The backend must be named even for `ralph auth`, which imports the API (default: es).
  local env=(RALPH_RUNSERVER_BACKEND=fs RALPH_APP_DIR="$LRS_DIR" RALPH_AUTH_FILE="$LRS_DIR/auth.json"
    RALPH_BACKENDS__LRS__FS__DEFAULT_DIRECTORY_PATH="$LRS_DIR/data")
  # Scope `all`: unused while scopes are not enforced (the default), right if they ever are.
  if ! (cd "$LRS_DIR" && env "${env[@]}" "$LRS_VENV/bin/ralph" auth -w -u "$LRS_USER" \
    -p "$LRS_PASSWORD" -s all -M mailto:frontline@example.org -N Frontline) >"$LRS_DIR/log" 2>&1; then
    cat "$LRS_DIR/log"; echo "lrs: could not write the auth file" >&2; stop_lrs; return 1
  fi
  # Uvicorn directly, not `ralph runserver`: that one runs with reload, a file-watching parent.
  # Ralph's fs backend writes with "create", so every write after the first fails with a 500
  # ("already exists"): appending makes it usable as an LRS.
  (cd "$LRS_DIR" && exec env "${env[@]}" "$py" -c '
import sys, uvicorn
from ralph.backends.data.base import BaseOperationType
from ralph.backends.lrs.fs import FSLRSBackend
FSLRSBackend.default_operation_type = BaseOperationType.APPEND
uvicorn.run("ralph.api:app", host="127.0.0.1", port=int(sys.argv[1]), access_log=False)
' "$LRS_PORT") >>"$LRS_DIR/log" 2>&1 &
  LRS_PID=$!
  export LRS_PID
  # /whoami needs the credentials, so an answer there also proves the auth file works.
  for ((i = 0; i < 60; i++)); do
    if curl -sf -o /dev/null -u "$LRS_USER:$LRS_PASSWORD" "http://127.0.0.1:$LRS_PORT/whoami"; then
      return 0
    fi
    kill -0 "$LRS_PID" 2>/dev/null || break
    sleep 0.5
  done
  cat "$LRS_DIR/log"; echo "lrs: the LRS did not answer on port $LRS_PORT" >&2
  stop_lrs; return 1
}

# stop_lrs: safe to call twice, or when start_lrs never ran.
stop_lrs() {
  local i
  if [ -n "${LRS_PID:-}" ]; then
    kill "$LRS_PID" 2>/dev/null
    # Uvicorn shuts down gracefully, in a second or two; the port must be free when we return.
    for ((i = 0; i < 50; i++)); do kill -0 "$LRS_PID" 2>/dev/null || break; sleep 0.1; done
    kill -0 "$LRS_PID" 2>/dev/null && kill -9 "$LRS_PID"
    wait "$LRS_PID" 2>/dev/null
  fi
  [ -n "$LRS_DIR" ] && rm -rf "$LRS_DIR"
  LRS_DIR=""; LRS_PID=""
  return 0
}

# Sourced: idempotent installers for what building and testing need. Each checks first, so a
# machine that has everything pays a few seconds.
# shellcheck shell=bash

CARGO_LEPTOS_VERSION=0.3.10
LEPTOSFMT_VERSION=0.1.33
BINARYEN_VERSION=132

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

# The wasm-bindgen CLI must equal the wasm-bindgen crate in Cargo.lock, or hydration breaks.
wasm_bindgen_version() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock
}

ensure_build_tools() {
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    echo "setup: adding the wasm32 target"
    rustup target add wasm32-unknown-unknown
  fi
  if ! cargo leptos --version 2>/dev/null | grep -q " $CARGO_LEPTOS_VERSION"; then
    # --debug builds the tool in ~8 min instead of ~20 and drives builds just as fast.
    echo "setup: installing cargo-leptos $CARGO_LEPTOS_VERSION (about 9 minutes, once)"
    cargo install --debug cargo-leptos --version "$CARGO_LEPTOS_VERSION" --locked
  fi
  local wb; wb=$(wasm_bindgen_version)
  if ! wasm-bindgen --version 2>/dev/null | grep -q " $wb"; then
    # Not --locked: its lock file names a webpki-roots version the registry lacks.
    echo "setup: installing wasm-bindgen-cli $wb (about 3 minutes, once)"
    cargo install wasm-bindgen-cli --version "=$wb" --force
  fi
}

# Only release builds run wasm-opt. Never Debian's binaryen: its wasm-opt 108 emits a wasm that
# fails at hydration.
ensure_wasm_opt() {
  if ! wasm-opt --version 2>/dev/null | grep -q "version $BINARYEN_VERSION"; then
    echo "setup: installing wasm-opt (binaryen $BINARYEN_VERSION from npm)"
    as_root npm install -g "binaryen@$BINARYEN_VERSION" --no-audit --no-fund
  fi
}

ensure_test_tools() {
  if ! leptosfmt --version 2>/dev/null | grep -q " $LEPTOSFMT_VERSION"; then
    # The lint stage keeps `view!` bodies formatted (leptosfmt.toml) as rustfmt does the rest.
    echo "setup: installing leptosfmt $LEPTOSFMT_VERSION (about 2 minutes, once)"
    cargo install --debug leptosfmt --version "$LEPTOSFMT_VERSION" --locked
  fi
  if ! [ -x /usr/bin/chromium ]; then
    echo "setup: installing Debian's Chromium"
    as_root apt-get update -qq && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium
  fi
  # Playwright from npm, never its browser download.
  if ! [ -d end2end/node_modules/@playwright/test ] || [ end2end/package-lock.json -nt end2end/node_modules/.package-lock.json ]; then
    echo "setup: installing Playwright (no browser download)"
    (cd end2end && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund)
  fi
}

# The directory holding PostgreSQL's server binaries (initdb, pg_ctl).
pg_bin_dir() {
  local d
  for d in /usr/lib/postgresql/*/bin; do [ -x "$d/initdb" ] && { echo "$d"; return; }; done
  dirname "$(command -v initdb)"
}

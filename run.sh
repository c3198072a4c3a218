#!/usr/bin/env bash
# Sets up what is missing, builds Frontline and serves it with an embedded SQLite database under
# data/ at http://127.0.0.1:3000. Idempotent: on a ready machine it rebuilds what changed and starts.
# `./run.sh --release` builds the optimised, precompressed site (slower to build, smaller wasm).
set -euo pipefail
cd "$(dirname "$0")"
source scripts/env.sh
source scripts/setup.sh

profile=debug
build=()
if [ "${1:-}" = "--release" ]; then
  profile=release
  # Brotli and gzip copies of the build's files, served as they are.
  build=(--release --precompress)
  ensure_wasm_opt
fi
ensure_build_tools
cargo_leptos build "${build[@]}"
# Demo accounts are seeded into an empty database and printed below; plain HTTP on localhost
# needs the cookie without `Secure` (production keeps it on: see the README).
export FRONTLINE_DEMO="${FRONTLINE_DEMO:-true}"
export FRONTLINE_SECURE_COOKIES="${FRONTLINE_SECURE_COOKIES:-false}"
exec "target/$profile/frontline" serve

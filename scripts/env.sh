# Sourced by run.sh and test.sh: the environment cargo-leptos builds with (debug), so plain
# `cargo test` / `cargo clippy` reuse its artifacts instead of rebuilding ~340 crates, and the
# server finds its site. Keep in step with [[workspace.metadata.leptos]] in Cargo.toml.
export LEPTOS_OUTPUT_NAME=frontline
export LEPTOS_SITE_ROOT=target/site
export LEPTOS_SITE_PKG_DIR=pkg
export LEPTOS_SITE_ADDR=127.0.0.1:3000
export LEPTOS_RELOAD_PORT=3001
export LEPTOS_LIB_DIR=frontend
export LEPTOS_BIN_DIR=server
export LEPTOS_JS_MINIFY=false
export LEPTOS_HASH_FILES=false
export RUSTFLAGS="--cfg erase_components"
# cargo-leptos adds `--cfg erase_components` to the RUSTFLAGS it is given, in debug builds: given
# ours, it would build with the flag twice, and plain cargo (once) would then rebuild all ~500
# native crates for the tests. So it is called without ours, and ends up with exactly ours.
cargo_leptos() { env -u RUSTFLAGS cargo leptos "$@"; }
export PATH="$HOME/.cargo/bin:$PATH"

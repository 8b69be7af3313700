#!/usr/bin/env bash
# Installs the dependencies and builds Federation Studio (the release preset: optimised,
# warnings are errors). Used by demo.sh, test.sh and CI; safe to run again (ccache, Ninja).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
export CCACHE_DIR="${CCACHE_DIR:-$HOME/.cache/ccache}"
# Relative paths in the cache key: a fresh clone elsewhere (CI) reuses earlier compilations.
export CCACHE_BASEDIR="$PWD"
ccache --max-size=5G >/dev/null 2>&1 || true
cmake --preset release >/dev/null
cmake --build --preset release

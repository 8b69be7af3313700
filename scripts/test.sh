#!/usr/bin/env bash
# Sets up, builds and runs the whole test suite (unit, integration). CI runs exactly this.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
source scripts/env.sh
ctest --preset release "$@"

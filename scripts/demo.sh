#!/usr/bin/env bash
# Sets up, builds and runs the demo federation (Fashion-MNIST, 20 clients, Dirichlet 0.5).
# Extra arguments go to fedctl, e.g. scripts/demo.sh --set rounds=5
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
source scripts/env.sh
mkdir -p runs
exec build/release/app/fedctl run resources/presets/demo.fed.json \
    --out "runs/demo-$(date +%Y%m%d-%H%M%S).fedrun" "$@"

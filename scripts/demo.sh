#!/usr/bin/env bash
# Sets up, builds and runs the demo federation (Fashion-MNIST, 20 clients, Dirichlet 0.5).
# With a display ($DISPLAY or $WAYLAND_DISPLAY), it opens the desktop app with the demo ready
# to start (press F5); without one, it runs the demo headless with fedctl, whose extra
# arguments can be given here, e.g. scripts/demo.sh --set rounds=5
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
source scripts/env.sh
if [[ -n "${DISPLAY:-}" || -n "${WAYLAND_DISPLAY:-}" ]]; then
    exec build/release/app/fedstudio resources/presets/demo.fed.json
fi
mkdir -p runs
run="runs/demo-$(date +%Y%m%d-%H%M%S).fedrun"
status=0
build/release/app/fedctl run resources/presets/demo.fed.json --out "$run" "$@" || status=$?
# What to do with the run next, for someone who has just seen it scroll by.
if [[ -f $run ]]; then
    {
        echo
        echo "The run is saved in $run. Next:"
        if [[ $status -eq 130 ]]; then
            echo "  build/release/app/fedctl resume $run          # continue where it stopped"
        fi
        echo "  build/release/app/fedctl runs show $run       # every round's figures"
        echo "  build/release/app/fedctl ledger verify $run   # check its audit ledger"
        echo "  build/release/app/fedstudio $run              # the dashboard (needs a display)"
    } >&2
fi
exit $status

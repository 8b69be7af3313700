#!/usr/bin/env bash
# Takes the screenshots in docs/screenshots/ of the desktop app, under Xvfb (no display
# needed): the designer with its partition preview, in the light and the dark theme, and the
# ledger viewer (lineage, and a tampered chain verified).
#   scripts/screenshots.sh              # builds build/release if needed
#   scripts/screenshots.sh ledger       # only the ledger viewer's (or: designer, dashboard, launch)
#   BUILD_DIR=build/dev scripts/screenshots.sh
# Uses fedstudio's developer options --screenshot FILE --page design|run|ledger --window-size WxH
# (with --audit RUN: --page blocks|lineage, --node N; --start N to run the spec first), which
# grab the window once the partition preview, the ledger viewer's background work or the
# started run has settled, and quit.
set -euo pipefail
cd "$(dirname "$0")/.."
what="${1:-all}"
build="${BUILD_DIR:-build/release}"
if [[ ! -x "$build/app/fedstudio" ]]; then
    bash scripts/build.sh
    build=build/release
fi
source scripts/env.sh
out=docs/screenshots
mkdir -p "$out"

# Display :99 as documented, or the next free one when another Xvfb holds it.
display=99
while [[ -e /tmp/.X11-unix/X$display || -e /tmp/.X$display-lock ]]; do
    display=$((display + 1))
done
scratch=$(mktemp -d)
Xvfb ":$display" -screen 0 1600x1000x24 -nolisten tcp >"$scratch/xvfb.log" 2>&1 &
xvfb=$!
trap 'kill "$xvfb" 2>/dev/null || true; rm -rf "$scratch"' EXIT
for _ in $(seq 50); do
    [[ -e /tmp/.X11-unix/X$display ]] && break
    sleep 0.1
done
[[ -e /tmp/.X11-unix/X$display ]] || { cat "$scratch/xvfb.log" >&2; exit 1; }

# Fresh settings, so that the default window layout is what gets photographed.
export DISPLAY=":$display" QT_QPA_PLATFORM=xcb XDG_CONFIG_HOME="$scratch/config" \
       XDG_DATA_HOME="$scratch/data" XDG_RUNTIME_DIR="$scratch/runtime"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"

shoot() { # FILE THEME SPEC
    "$build/app/fedstudio" --screenshot "$out/$1" --page design --window-size 1440x900 \
        --after 1500 --theme "$2" "$3"
}
if [[ $what == all || $what == designer ]]; then
    shoot designer.png light resources/presets/demo.fed.json
    shoot designer-dark.png dark resources/presets/demo.fed.json
    shoot designer-shards.png light resources/presets/fashion-mlp-shards-fedprox.fed.json
fi

# The ledger viewer, as an auditor opens a run (fedstudio --audit): the lineage of the final
# model with one node's models highlighted, and a copy of the run whose round-12 block claims
# a better accuracy than was signed, verified.
tamper_accuracy() { # RUN HEIGHT: rewrite the round's recorded test accuracy as 0.97
    python3 - "$1" "$2" <<'PY'
import sqlite3, struct, sys
db = sqlite3.connect(sys.argv[1])
height = int(sys.argv[2])
data = bytearray(db.execute("SELECT data FROM ledger_blocks WHERE height = ?", (height,)).fetchone()[0])
name = b"\x08\x00\x00\x00accuracy"  # the round's evaluation metric, not the nodes' train_accuracy
at = data.index(name) + len(name)
data[at:at + 8] = struct.pack("<d", 0.97)
db.execute("UPDATE ledger_blocks SET data = ? WHERE height = ?", (bytes(data), height))
db.commit()
PY
}
audit() { # FILE RUN PAGE [OPTIONS...]
    local file=$1 run=$2 page=$3
    shift 3
    "$build/app/fedstudio" --audit "$run" --screenshot "$out/$file" --page "$page" \
        --window-size 1440x900 --after 1500 --theme light "$@"
}
if [[ $what == all || $what == ledger ]]; then
    ledger_run="$scratch/audit.fedrun"
    "$build/app/fedctl" run resources/presets/synthetic-quick.fed.json --out "$ledger_run" \
        --set rounds=20 --set selection.fraction=0.7 --set ledger.store_updates=true \
        >"$scratch/fedctl.log" 2>&1 || { cat "$scratch/fedctl.log" >&2; exit 1; }
    tampered="$scratch/audit-tampered.fedrun"
    cp "$ledger_run" "$tampered"
    tamper_accuracy "$tampered" 12
    audit ledger-lineage.png "$ledger_run" lineage --node 3
    audit ledger-tampered.png "$tampered" blocks
fi
# The Run page halfway through round 9 of the demo federation (tests/gui/dashboard_screenshot
# starts it from the Run page's Start action and grabs the window while the round trains).
if [[ $what == all || $what == dashboard ]]; then
    OPENBLAS_NUM_THREADS=1 OMP_NUM_THREADS=1 "$build/tests/gui/dashboard_screenshot" \
        "$out/dashboard.png" --size 1440x900 --round 8 --client-curves
fi
# The Run page of a networked federation on this machine: four fednode processes provisioned
# with fedctl provision, started from the Run page (fedstudio --start 2), grabbed once every
# node has joined and two rounds are committed; the Launch tab comes to the front by itself.
if [[ $what == all || $what == launch ]]; then
    net="$scratch/net"
    mkdir -p "$net"
    port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    python3 - resources/presets/synthetic-quick.fed.json "$net/four-nodes.fed.json" <<'PY'
import json, sys
spec = json.load(open(sys.argv[1]))
# An MLP and more data than the preset's, so that rounds take a moment, as real ones do.
spec.update(name="Synthetic(1,1) · four nodes", rounds=30, clients=4)
spec["data"]["synthetic"]["samples_per_client"] = 1500
spec["model"] = {"architecture": "mlp", "hidden": [200, 200]}
spec["training"]["local_epochs"] = 2
spec["launch"] = {"mode": "local", "kit_dir": "kits", "round_deadline_seconds": 60}
json.dump(spec, open(sys.argv[2], "w"), indent=4, ensure_ascii=False)
PY
    "$build/app/fedctl" provision "$net/four-nodes.fed.json" --nodes 4 --out "$net/kits" \
        --host 127.0.0.1 --port "$port" >"$scratch/provision.log" 2>&1 ||
        { cat "$scratch/provision.log" >&2; exit 1; }
    for theme in light dark; do
        file=launch.png
        [[ $theme == dark ]] && file=launch-dark.png
        FEDSTUDIO_FEDNODE="$build/app/fednode" "$build/app/fedstudio" --start 2 \
            --screenshot "$out/$file" --page run --window-size 1440x900 --after 1000 \
            --theme "$theme" "$net/four-nodes.fed.json"
    done
fi
echo "screenshots in $out/"

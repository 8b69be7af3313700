#!/usr/bin/env bash
# Builds the Debian package from an up-to-date build folder, installs it on this machine
# (apt-get resolves its dependencies) and checks the INSTALLED program: /usr/bin/fedctl runs
# the installed synthetic preset, the run's ledger verifies, and the installed .desktop entry
# and AppStream metainfo validate. CI runs it after the tests (scripts/test.sh).
#   scripts/package.sh                       # build/release
#   BUILD_DIR=build/dev scripts/package.sh
# Prints one "PACKAGE CHECK PASSED: ..." or "PACKAGE CHECK FAILED: ..." line; exits 1 on failure.
set -euo pipefail
cd "$(dirname "$0")/.."
build="${BUILD_DIR:-build/release}"
started=$SECONDS
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
fail() {
    echo "PACKAGE CHECK FAILED: $*" >&2
    exit 1
}
show_log() { tail -n 40 "$1" >&2 || true; }

# --- build the .deb ---------------------------------------------------------------------------
rm -f "$build"/fedstudio_*.deb
if ! (cd "$build" && cpack -G DEB) >"$scratch/cpack.log" 2>&1; then
    show_log "$scratch/cpack.log"
    fail "cpack -G DEB in $build"
fi
debs=("$build"/fedstudio_*.deb)
[[ -f ${debs[0]} ]] || fail "cpack made no fedstudio_*.deb in $build"
deb=$(realpath "${debs[0]}")
version=$(dpkg-deb --field "$deb" Version)

# --- install it -------------------------------------------------------------------------------
# --reinstall: the same version may already be installed from an earlier build; the check must
# run this build. No recommends: CI already has the data set, and stays offline-friendly.
SUDO=""
[[ $(id -u) -eq 0 ]] || SUDO="sudo"
if ! $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --reinstall \
        --no-install-recommends -o DPkg::Lock::Timeout=120 "$deb" >"$scratch/apt.log" 2>&1; then
    show_log "$scratch/apt.log"
    fail "apt-get install $deb"
fi
installed=$(dpkg-query -W -f='${Version} ${Status}' fedstudio 2>/dev/null || true)
[[ $installed == "$version install ok installed" ]] ||
    fail "dpkg reports fedstudio '$installed', expected $version installed"

# --- the installed programs -------------------------------------------------------------------
source scripts/env.sh
/usr/bin/fedctl --version | grep -q "^fedctl $version " ||
    fail "/usr/bin/fedctl --version does not report $version"
/usr/bin/fedstudio --version | grep -q "^fedstudio $version\$" ||
    fail "/usr/bin/fedstudio --version does not report $version"
/usr/bin/fedstudio --help | grep -q -- "--theme" || fail "/usr/bin/fedstudio --help"
if [[ -x /usr/bin/fednode ]]; then
    /usr/bin/fednode --version >/dev/null || fail "/usr/bin/fednode --version"
fi

preset=/usr/share/fedstudio/presets/synthetic-quick.fed.json
[[ -f $preset ]] || fail "$preset is not installed"
if ! (cd "$scratch" && /usr/bin/fedctl run "$preset" --out "$scratch/quick.fedrun" --json \
        >"$scratch/run.json" 2>"$scratch/run.log"); then
    show_log "$scratch/run.log"
    fail "/usr/bin/fedctl run $preset"
fi
# The preset's own figures, not fixed numbers: every planned round completed and evaluated,
# and the model learned (10 classes: chance is 10%).
summary=$(python3 - "$scratch/run.json" "$preset" <<'PY'
import json, re, sys
run = json.load(open(sys.argv[1]))
spec = json.load(open(sys.argv[2]))
problems = []
if run.get("status") != "finished":
    problems.append(f"status {run.get('status')!r}, expected 'finished'")
if run.get("rounds_completed") != spec["rounds"] or run.get("rounds_planned") != spec["rounds"]:
    problems.append(f"{run.get('rounds_completed')}/{run.get('rounds_planned')} rounds, "
                    f"expected {spec['rounds']}")
accuracy = run.get("final_accuracy")
if not isinstance(accuracy, float) or not 0.2 < accuracy <= 1.0:
    problems.append(f"final accuracy {accuracy!r}, expected well above chance (0.1)")
if not re.fullmatch(r"[0-9a-f]{64}", str(run.get("model_hash", ""))):
    problems.append(f"model hash {run.get('model_hash')!r}")
if problems:
    print("; ".join(problems))
    sys.exit(1)
print(f"{run['rounds_completed']} rounds, accuracy {accuracy:.2%}")
PY
) || fail "/usr/bin/fedctl run --json: $summary"
/usr/bin/fedctl ledger verify "$scratch/quick.fedrun" >"$scratch/verify.log" 2>&1 || {
    show_log "$scratch/verify.log"
    fail "/usr/bin/fedctl ledger verify on the installed preset's run"
}

# --- desktop integration, man pages -------------------------------------------------------------
desktop=$(dpkg -L fedstudio | grep '^/usr/share/applications/.*\.desktop$' || true)
metainfo=$(dpkg -L fedstudio | grep '^/usr/share/metainfo/.*\.metainfo\.xml$' || true)
[[ -n $desktop && -n $metainfo ]] || fail "no .desktop entry or metainfo in the package"
desktop-file-validate "$desktop" >"$scratch/desktop.log" 2>&1 || {
    show_log "$scratch/desktop.log"
    fail "desktop-file-validate $desktop"
}
appstreamcli validate --no-net --explain "$metainfo" >"$scratch/appstream.log" 2>&1 || {
    show_log "$scratch/appstream.log"
    fail "appstreamcli validate $metainfo"
}
id=$(basename "$desktop" .desktop)
for f in "/usr/share/icons/hicolor/scalable/apps/$id.svg" "/usr/share/icons/hicolor/48x48/apps/$id.png" \
         "/usr/share/mime/packages/$id.xml" /usr/share/man/man1/fedctl.1.gz \
         /usr/share/man/man1/fedstudio.1.gz /usr/share/doc/fedstudio/copyright \
         /usr/share/doc/fedstudio/changelog.gz /usr/share/doc/fedstudio/user-guide.md; do
    [[ -s $f ]] || fail "$f is not installed"
done
# dpkg's trigger rebuilt the MIME database where shared-mime-info is installed: a double-click
# on a spec or a run file then finds fedstudio.
if command -v update-mime-database >/dev/null; then
    for type in x-fedstudio-spec x-fedstudio-run; do
        [[ -f /usr/share/mime/application/$type.xml ]] ||
            fail "MIME type application/$type is not in the MIME database"
    done
fi

echo "PACKAGE CHECK PASSED: $(basename "$deb") ($(du -h "$deb" | cut -f1)) installed;" \
     "/usr/bin/fedctl on the installed synthetic preset: $summary, ledger valid;" \
     ".desktop and AppStream valid ($((SECONDS - started)) s)"

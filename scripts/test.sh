#!/usr/bin/env bash
# Sets up, builds and runs the whole test suite (unit, integration, GUI), then builds,
# installs and checks the Debian package (scripts/package.sh). CI runs exactly this.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
source scripts/env.sh
ctest --preset release "$@"
# After the tests (whose summary lines CI reads): build the .deb, install it, check the
# installed programs and desktop files. Prints one PACKAGE CHECK PASSED/FAILED line.
bash scripts/package.sh

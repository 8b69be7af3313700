#!/usr/bin/env bash
# Installs every build and run dependency of Federation Studio from Debian 12's
# own packages. Idempotent: apt-get skips what is already installed.
set -euo pipefail

packages=(
  # toolchain
  build-essential cmake ninja-build ccache pkg-config git clang-format
  # Qt 6: Charts needs the OpenGL dev package to configure (Qt6ChartsConfig
  # asks for Qt6::OpenGL), Sql needs the SQLite driver plugin at run time.
  qt6-base-dev qt6-base-dev-tools libqt6charts6-dev libqt6opengl6-dev
  libqt6sql6-sqlite libqt6svg6-dev qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools qt6-translations-l10n
  # engine
  libtorch-dev libopenblas0-pthread libsqlite3-dev libssl-dev zlib1g-dev
  libgrpc++-dev libprotobuf-dev protobuf-compiler protobuf-compiler-grpc
  # the real data set
  dataset-fashion-mnist
  # packaging: the .deb (dpkg-shlibdeps), its icons (rsvg-convert) and the checks of the
  # installed desktop entry, AppStream metainfo and MIME types (scripts/package.sh)
  dpkg-dev librsvg2-bin desktop-file-utils appstream shared-mime-info
  # GUI checks and the independent ledger verifier
  xvfb xauth python3 python3-cryptography
  # nodes: remote launch (ssh/scp; the launcher test starts its own sshd) and the Python
  # node example (docs/nodes.md, examples/python-node/)
  openssh-client openssh-server python3-grpcio python3-grpc-tools python3-numpy
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if ((${#missing[@]})); then
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

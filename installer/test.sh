#!/usr/bin/env bash
# Builds everything and runs every test: installs missing Debian packages, then the `ci`
# preset (Release, -Werror) configure, build and ctest. Exits non-zero on any failure.
# Tests run under installer/with-display.sh, so studio tests get an Xvfb display when needed.
# Usage: bash installer/test.sh [extra ctest arguments, e.g. -L engine]
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

bash installer/setup.sh
cmake --preset ci
cmake --build --preset ci
bash installer/with-display.sh ctest --preset ci "$@"

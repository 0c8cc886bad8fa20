#!/usr/bin/env bash
# The main job: installs missing Debian packages, builds the release preset, then opens the
# studio on the word-count sample, or runs it headless with the CLI when there is no display.
# Usage: bash installer/run.sh [extra `teacup run` arguments, e.g. --sim --seed 7]
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

topology=sample_topologies/word_count.yaml
bin=build/release/bin

bash installer/setup.sh
cmake --preset release
cmake --build --preset release

if [[ -n "${DISPLAY:-}" || -n "${WAYLAND_DISPLAY:-}" ]]; then
  if [[ -x "$bin/teacup-studio" ]]; then
    echo "Starting teacup-studio on $topology"
    exec "$bin/teacup-studio" "$topology"
  fi
  echo "teacup-studio was not built: running headless"
else
  echo "No display: running headless"
fi
# Ten seconds unless the caller chose how long to run.
duration=(--for 10s)
for arg in "$@"; do
  case "$arg" in --for | --for=* | --until-idle) duration=() ;; esac
done
exec "$bin/teacup" run "$topology" "${duration[@]}" "$@"

#!/usr/bin/env bash
# Runs its arguments with an X display: the current one when $DISPLAY or $WAYLAND_DISPLAY is
# set, otherwise a private Xvfb server through xvfb-run, so tests labelled `xvfb` (the studio
# in a real window) also run on a headless machine or in CI.
# Usage: bash installer/with-display.sh COMMAND [ARGS...]
set -euo pipefail

if [[ -n "${DISPLAY:-}" || -n "${WAYLAND_DISPLAY:-}" ]]; then
  exec "$@"
fi
if ! command -v xvfb-run >/dev/null 2>&1; then
  echo "with-display: no display and no xvfb-run (package xvfb); running without a display" >&2
  exec "$@"
fi
# -a picks a free server number; a fixed screen size keeps screenshots comparable.
exec xvfb-run -a -s "-screen 0 1280x1024x24 -nolisten tcp" "$@"

#!/usr/bin/env bash
# Installs the Debian packages in installer/debian-packages.txt that are not installed yet.
# Fast and silent when everything is present; needs root (or sudo) only when something is missing.
# Usage: bash installer/setup.sh            (TEACUP_SKIP_SETUP=1 skips it entirely)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
list="$here/debian-packages.txt"

if [[ "${TEACUP_SKIP_SETUP:-0}" == "1" ]]; then
  echo "setup: TEACUP_SKIP_SETUP=1, not checking Debian packages"
  exit 0
fi
if ! command -v dpkg-query >/dev/null 2>&1; then
  echo "setup: dpkg-query not found; this script supports Debian 12 only." >&2
  echo "setup: install the packages listed in $list by hand, then rerun with TEACUP_SKIP_SETUP=1." >&2
  exit 1
fi
if [[ -r /etc/os-release ]] && ! grep -q '^VERSION_CODENAME=bookworm' /etc/os-release; then
  echo "setup: warning: not Debian 12 (bookworm); package names may differ." >&2
fi

# Package names: drop comments and blank lines.
mapfile -t packages < <(sed -e 's/#.*//' -e 's/[[:space:]]//g' "$list" | grep -v '^$')

# One dpkg-query call for all of them; unknown or removed packages simply don't print "ok installed".
declare -A installed=()
while read -r name status; do
  [[ "$status" == "install ok installed" ]] && installed["${name%%:*}"]=1
done < <(dpkg-query -W -f='${Package} ${Status}\n' "${packages[@]}" 2>/dev/null || true)

missing=()
for pkg in "${packages[@]}"; do
  [[ -n "${installed[$pkg]:-}" ]] || missing+=("$pkg")
done

if [[ ${#missing[@]} -eq 0 ]]; then
  echo "setup: all ${#packages[@]} Debian packages are installed"
  exit 0
fi

echo "setup: installing ${#missing[@]} missing package(s): ${missing[*]}"
sudo_cmd=()
if [[ $EUID -ne 0 ]]; then
  if ! command -v sudo >/dev/null 2>&1; then
    echo "setup: not root and sudo is not available; as root run:" >&2
    echo "  apt-get update && apt-get install -y --no-install-recommends ${missing[*]}" >&2
    exit 1
  fi
  # No terminal (CI): never wait for a password prompt.
  if [[ -t 0 ]]; then sudo_cmd=(sudo); else sudo_cmd=(sudo -n); fi
fi

apt_opts=(-o DPkg::Lock::Timeout=300)
"${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get "${apt_opts[@]}" update </dev/null
"${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive \
  apt-get "${apt_opts[@]}" install -y --no-install-recommends "${missing[@]}" </dev/null
echo "setup: done"

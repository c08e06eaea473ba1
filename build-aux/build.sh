#!/usr/bin/env bash
# Installs what is missing, configures (once) and builds into build/.
# Quiet when all goes well; on failure it shows what the build said.
set -euo pipefail
top="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
builddir="${MT_BUILDDIR:-$top/build}"
log="$(mktemp)"
trap 'rm -f "$log"' EXIT

"$top/build-aux/deps.sh"

if [ ! -f "$builddir/build.ninja" ]; then
  if ! meson setup "$builddir" "$top" >"$log" 2>&1; then
    cat "$log" >&2
    echo "build.sh: configuring failed (see above)" >&2
    exit 1
  fi
fi

if ! ninja -C "$builddir" >"$log" 2>&1; then
  cat "$log" >&2
  echo "build.sh: the build failed (see above)" >&2
  exit 1
fi

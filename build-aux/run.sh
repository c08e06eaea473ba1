#!/usr/bin/env bash
# One command from a fresh clone to the running app:  ./build-aux/run.sh [app options]
set -euo pipefail
top="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
builddir="${MT_BUILDDIR:-$top/build}"

"$top/build-aux/build.sh"

export GSETTINGS_SCHEMA_DIR="$builddir/data${GSETTINGS_SCHEMA_DIR:+:$GSETTINGS_SCHEMA_DIR}"
export MT_LOCALEDIR="$builddir/po"
exec "$builddir/src/minusma-tracker" "$@"

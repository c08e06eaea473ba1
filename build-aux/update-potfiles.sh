#!/usr/bin/env bash
# Rewrites po/POTFILES.in from the sources that hold translatable strings.
set -euo pipefail
top="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$top"
{
  echo "# Files with translatable strings, sorted. Regenerate with build-aux/update-potfiles.sh"
  {
    grep -lE '\b(N?_|C_|NC_|g_dngettext|ngettext|g_dpgettext2)\s*\(' -r src --include='*.c'
    grep -l 'translatable="yes"' -r ui data --include='*.ui' --include='*.xml'
    echo "org.minusma.Tracker.desktop"
    echo "data/org.minusma.Tracker.gschema.xml"
    echo "data/org.minusma.Tracker.metainfo.xml"
  } | sort -u
} > po/POTFILES.in

#!/usr/bin/env bash
# One command from a fresh clone to the whole test suite:  ./build-aux/test.sh
# Runs under Xvfb when there is no display. Ends with "N passed, N failed".
set -uo pipefail
top="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
builddir="${MT_BUILDDIR:-$top/build}"

"$top/build-aux/build.sh" || { echo "0 passed, 1 failed"; exit 1; }

runner=()
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  runner=(xvfb-run -a -s "-screen 0 1920x1200x24")
fi

"${runner[@]}" meson test -C "$builddir" --print-errorlogs "$@"
status=$?

python3 - "$builddir/meson-logs/testlog.json" <<'PY' || true
import json, sys
passed = failed = skipped = 0
try:
    with open(sys.argv[1]) as f:
        for line in f:
            r = json.loads(line).get("result")
            if r in ("OK", "EXPECTEDFAIL"):
                passed += 1
            elif r == "SKIP":
                skipped += 1
            else:
                failed += 1
except OSError:
    failed = 1
print(f"{passed} passed, {failed} failed" + (f", {skipped} skipped" if skipped else ""))
PY
exit $status

#!/usr/bin/env bash
# One command from a fresh clone to the whole test suite:  ./build-aux/test.sh [TEST…]
#
# Three builds, each from the same sources:
#   build/        the normal build: the whole suite (GUI tests under Xvfb when there is no display),
#                 and suite "pg", the store's tests again on a throwaway PostgreSQL 15 server
#                 (build-aux/pg-server.sh: started here, stopped whatever happens), with a
#                 second one that asks for passwords, for the window's password prompts;
#   build-asan/   AddressSanitizer + UndefinedBehaviorSanitizer, stopping at the first finding:
#                 the whole suite again (leak checking in the core suite, off in the GUI suite);
#   build-fuzz/   clang's libFuzzer on the CSV reader and importer, 30 s on a temporary copy of
#                 tests/data (the clone stays unchanged).
# The last line counts every test of every build: "N passed, N failed".
# MT_QUICK=1 runs the normal build only (a developer's loop); MT_FUZZ_SECONDS sets the fuzzing time.
set -uo pipefail
top="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
builddir="${MT_BUILDDIR:-$top/build}"
asandir="${builddir}-asan"
fuzzdir="${builddir}-fuzz"
fuzz_seconds="${MT_FUZZ_SECONDS:-30}"

passed=0
failed=0
skipped=0
status=0

# No display (CI): the whole run goes under one Xvfb server, shared by every build's GUI tests.
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  "$top/build-aux/deps.sh" || { echo "0 passed, 1 failed"; exit 1; }
  exec xvfb-run -a -s "-screen 0 1920x1200x24" "${BASH_SOURCE[0]}" "$@"
fi

# Adds the results of the last `meson test` in build folder $1 to the counts.
count_results() {
  local counts
  counts="$(python3 - "$1/meson-logs/testlog.json" <<'PY'
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
print(passed, failed, skipped)
PY
)" || counts="0 1 0"
  read -r p f s <<<"$counts"
  passed=$((passed + p)); failed=$((failed + f)); skipped=$((skipped + s))
}

# Configures (once) and builds folder $1 with the meson options that follow; quiet unless it fails.
build_dir() {
  local dir="$1" log
  shift
  log="$(mktemp)"
  if [ ! -f "$dir/build.ninja" ] && ! meson setup "$dir" "$top" "$@" >"$log" 2>&1; then
    cat "$log" >&2; rm -f "$log"
    echo "test.sh: configuring $dir failed (see above)" >&2
    return 1
  fi
  if ! ninja -C "$dir" "${targets[@]}" >"$log" 2>&1; then
    cat "$log" >&2; rm -f "$log"
    echo "test.sh: building $dir failed (see above)" >&2
    return 1
  fi
  rm -f "$log"
}

finish() {
  echo "$passed passed, $failed failed$( ((skipped)) && echo ", $skipped skipped")"
  exit "$status"
}

# 1. The normal build (build.sh installs what is missing first), with a PostgreSQL server of
# its own for suite "pg".
if ! "$top/build-aux/build.sh"; then
  failed=$((failed + 1)); status=1; finish
fi
pgdir="$(mktemp -d)"
pwdir="$(mktemp -d)"
trap '"$top/build-aux/pg-server.sh" stop "$pgdir"; "$top/build-aux/pg-server.sh" stop "$pwdir"' EXIT
if MT_TEST_PG_SERVER="$("$top/build-aux/pg-server.sh" start "$pgdir")"; then
  export MT_TEST_PG_SERVER
else
  echo "test.sh: the PostgreSQL server did not start: suite pg will fail" >&2
fi
if MT_TEST_PG_PASSWORD_SERVER="$("$top/build-aux/pg-server.sh" start "$pwdir" --passwords)"; then
  export MT_TEST_PG_PASSWORD_SERVER
else
  echo "test.sh: the PostgreSQL server that asks for passwords did not start" >&2
fi
echo "== Test suite (build: $builddir)"
meson test -C "$builddir" --print-errorlogs "$@" || status=1
count_results "$builddir"
"$top/build-aux/pg-server.sh" stop "$pgdir"
"$top/build-aux/pg-server.sh" stop "$pwdir"
unset MT_TEST_PG_SERVER MT_TEST_PG_PASSWORD_SERVER

if [ -n "${MT_QUICK:-}" ]; then
  finish
fi

# 2. The same suite (on SQLite) under AddressSanitizer and UndefinedBehaviorSanitizer. Leak stacks are
# unwound in full in the core suite (GLib and Fontconfig have no frame pointers, and the
# suppressions name their frames), which makes the biggest tests a few times slower.
echo "== Test suite under ASan and UBSan (build: $asandir)"
targets=()
if build_dir "$asandir" -Db_sanitize=address,undefined -Dc_args=-fno-sanitize-recover=all; then
  # No server for this run: the suites that need one (pg, server) ran in the normal build.
  meson test -C "$asandir" --print-errorlogs --timeout-multiplier 10 --no-suite pg \
    --no-suite server "$@" || status=1
  count_results "$asandir"
else
  failed=$((failed + 1)); status=1
fi

# 3. The CSV fuzzer, unless particular tests were asked for.
if [ $# -eq 0 ]; then
  echo "== Fuzzing the CSV reader and importer for ${fuzz_seconds} s (build: $fuzzdir)"
  targets=(tests/fuzz-csv)
  corpus="$(mktemp -d)"
  if CC=clang build_dir "$fuzzdir" -Dfuzzing=true -Db_sanitize=address,undefined \
       -Db_lundef=false -Dc_args=-fno-sanitize-recover=all; then
    cp "$top"/tests/data/*.csv "$corpus/"
    log="$fuzzdir/fuzz.log"
    if (cd "$corpus" &&
        G_SLICE=always-malloc \
        ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
        LSAN_OPTIONS="suppressions=$top/build-aux/lsan.supp" \
        UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
        "$fuzzdir/tests/fuzz-csv" -max_total_time="$fuzz_seconds" -timeout=10 \
          -rss_limit_mb=2048 -print_final_stats=1 "$corpus" >"$log" 2>&1); then
      echo "fuzz-csv: OK ($(grep -o 'Done [0-9]* runs' "$log" | head -n1))"
      passed=$((passed + 1))
    else
      tail -n 60 "$log"
      echo "fuzz-csv: FAIL (the crashing input is in $corpus; full log: $log)"
      failed=$((failed + 1)); status=1
    fi
  else
    failed=$((failed + 1)); status=1
  fi
  # Keep the corpus only when it holds a crashing input.
  [ "$status" -eq 0 ] && rm -rf "$corpus"
fi

finish

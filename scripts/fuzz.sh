#!/bin/sh
# Builds the libFuzzer targets with AddressSanitizer and runs one: by default load + validate + layout.
# Seeds: every fixture and example. New inputs go to .build-fuzz/corpus; crashes, hangs and
# leaks to .build-fuzz/artifacts/ (turn each into a fixture under Tests/Fixtures/invalid/).
# FUZZ_TIME (seconds, default 300) bounds the run; extra arguments go to libFuzzer.
# FUZZ_TARGET=xlsx fuzzes the .xlsx reader instead (seeds Tests/Fixtures/xlsx, its own corpus).
# FUZZ_TARGET=text fuzzes the real text path: load, layout measured by Pango and hyphenated by
# libhyphen (nl and en), drawing to PDF, SVG and PNG in memory. Its inputs are whole reports
# (JSON or YAML) or raw text put into a fixed small report (Sources/praatplaat-fuzz/TextPathFuzz.swift);
# seeds Tests/Fixtures/text-path (findings in its findings/ folder), its own corpus and dictionary.
# FUZZ_TARGET=geo fuzzes the map reader (GeoJSON and TopoJSON; seeds Tests/Fixtures/geo).
# Its inputs may be 10,000-letter words in five places of a report, 100 pages in all: some ten
# seconds in this instrumented build (two in a plain debug build), so it times out at 30, not 10.
set -eu
cd "$(dirname "$0")/.."
swift build -c debug --build-path .build-fuzz --product praatplaat-fuzz \
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING 2>&1 | grep -v "Cannot export local symbol" || true
test -x .build-fuzz/debug/praatplaat-fuzz
target="${FUZZ_TARGET:-report}"
timeout=10
case "$target" in
  report) dict=scripts/fuzz.dict; corpus=.build-fuzz/corpus; seeds="Tests/Fixtures examples" ;;
  xlsx) dict=scripts/fuzz-xlsx.dict; corpus=.build-fuzz/corpus-xlsx; seeds="Tests/Fixtures/xlsx"; export PRAATPLAAT_FUZZ=xlsx ;;
  text) dict=scripts/fuzz-text.dict; corpus=.build-fuzz/corpus-text; seeds="Tests/Fixtures/text-path"; timeout=30; export PRAATPLAAT_FUZZ=text
        # GLib 2.74's slice allocator keeps a 2,032-byte magazine table per thread, held only in
        # the thread's TLS; pango starts a fontconfig thread for every font map, and LeakSanitizer
        # reported one as leaked as the thread ended. Plain malloc has no such table, and lets
        # LeakSanitizer see Pango objects we might fail to free.
        export G_SLICE="${G_SLICE:-always-malloc}" ;;
  geo) dict=scripts/fuzz-geo.dict; corpus=.build-fuzz/corpus-geo; seeds="Tests/Fixtures/geo"; export PRAATPLAAT_FUZZ=geo ;;
  *) echo "FUZZ_TARGET is report, xlsx, text or geo, not $target" >&2; exit 2 ;;
esac
mkdir -p "$corpus" .build-fuzz/artifacts
# Leaks are checked after every input; the check at exit would only see static tables.
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:leak_check_at_exit=0}"
export LSAN_OPTIONS="${LSAN_OPTIONS:-suppressions=$PWD/scripts/lsan.supp}"
exec .build-fuzz/debug/praatplaat-fuzz \
    -max_total_time="${FUZZ_TIME:-300}" -max_len=16384 -timeout="$timeout" -rss_limit_mb=2048 \
    -dict="$dict" -artifact_prefix=.build-fuzz/artifacts/"$target"- -print_final_stats=1 "$@" \
    "$corpus" $seeds

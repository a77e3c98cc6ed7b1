#!/bin/sh
# Builds the libFuzzer target (load + validate + layout) with AddressSanitizer and runs it.
# Seeds: every fixture and example. New inputs go to .build-fuzz/corpus; crashes, hangs and
# leaks to .build-fuzz/artifacts/ (turn each into a fixture under Tests/Fixtures/invalid/).
# FUZZ_TIME (seconds, default 300) bounds the run; extra arguments go to libFuzzer.
set -eu
cd "$(dirname "$0")/.."
swift build -c debug --build-path .build-fuzz --product praatplaat-fuzz \
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING 2>&1 | grep -v "Cannot export local symbol" || true
test -x .build-fuzz/debug/praatplaat-fuzz
mkdir -p .build-fuzz/corpus .build-fuzz/artifacts
# Leaks are checked after every input; the check at exit would only see static tables.
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:leak_check_at_exit=0}"
exec .build-fuzz/debug/praatplaat-fuzz \
    -max_total_time="${FUZZ_TIME:-300}" -max_len=16384 -timeout=10 -rss_limit_mb=2048 \
    -dict=scripts/fuzz.dict -artifact_prefix=.build-fuzz/artifacts/ -print_final_stats=1 "$@" \
    .build-fuzz/corpus Tests/Fixtures examples

#!/bin/sh
# make bench: speed targets, measured on a release build.
# Hostile inputs must end in a message within 2 seconds and 200 MB of memory (issue: input you
# can trust). Prints one line per case; exits 1 if any case misses its target.
set -eu
cd "$(dirname "$0")/.."
BIN=.build/release/praatplaat
test -x "$BIN" || { echo "build first: make release" >&2; exit 2; }
test -x /usr/bin/time || { echo "needs GNU time: apt-get install time" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 - "$work" <<'PY'
import sys
w = sys.argv[1]
open(w + '/100k-sections.yaml', 'w').write('title: Veel\nsections: [&s {kind: text, text: x}' + ', *s' * 99999 + ']\n')
open(w + '/1mb-file.yaml', 'w').write('title: Groot\nsections:\n' + '  - kind: text\n    text: tekst over kinderwerk\n' * (1000000 // 45))
with open(w + '/50mb-file.yaml', 'wb') as f:
    f.write(b'title: x\n')
    f.truncate(50 * 1024 * 1024)
PY
cp Tests/Fixtures/invalid/alias-bomb.yaml Tests/Fixtures/invalid/deep-nesting.yaml "$work/"

failed=0
printf '%-22s %8s %10s  %s\n' case seconds "max RSS" verdict
for f in "$work"/*.yaml; do
    name=$(basename "$f" .yaml)
    /usr/bin/time -f "%e %M" -o "$work/time" "$BIN" validate "$f" >/dev/null 2>&1 || true
    read -r secs kb <<EOT
$(tail -n 1 "$work/time")
EOT
    verdict=ok
    if awk "BEGIN { exit !($secs > 2.0 || $kb > 204800) }"; then verdict="TOO SLOW OR TOO BIG"; failed=1; fi
    printf '%-22s %8s %7d MB  %s\n' "$name" "$secs" $((kb / 1024)) "$verdict"
done
exit $failed

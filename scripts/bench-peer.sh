#!/bin/sh
# The peer to beat: Typst 0.15 (PyPI's `typst`, one compiler reused) and Praatplaat on the same
# 100 factsheets of ../shared/peer-bench, PDF + SVG + PNG at 150 dpi, as whole processes, pinned
# to one core and run in turn (A B A B A B), because this machine's speed drifts between minutes.
# Prints one JSON object: the medians, ms a page, and our time as a share of Typst's.
set -eu
cd "$(dirname "$0")/.."
peer=../shared/peer-bench
BIN=.build/release/praatplaat
if [ ! -d "$peer" ]; then echo '{"skipped": "no ../shared/peer-bench"}'; exit 0; fi
venv=.build/peer-typst
if [ ! -x "$venv/bin/python" ] || ! "$venv/bin/python" -c "import typst" 2>/dev/null; then
    rm -rf "$venv"
    if ! { python3 -m venv "$venv" && "$venv/bin/pip" install -q --disable-pip-version-check typst==0.15.2; } >/dev/null 2>&1; then
        echo '{"skipped": "typst 0.15.2 could not be installed from PyPI"}'; exit 0
    fi
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r "$peer"/. "$work"/
chmod -R u+w "$work"
mkdir -p "$work/times"
pin=""
command -v taskset >/dev/null && pin="taskset -c 0"
for round in 1 2 3; do
    ( cd "$work" && /usr/bin/time -f "%e" -o "$work/times/typst-$round" $pin "$OLDPWD/$venv/bin/python" peer_typst.py --batch 100 --out out-typst >/dev/null 2>&1 )
    /usr/bin/time -f "%e" -o "$work/times/praatplaat-$round" $pin "$BIN" batch "$work/praatplaat-factsheet.yaml" --data "$work/rows.csv" \
        --jobs 1 --force --out "$work/out-praatplaat" >/dev/null 2>&1
done
python3 - "$work" <<'PY'
import json, statistics, sys, glob
w = sys.argv[1]
def times(name): return sorted(float(open(f).read().split()[-1]) for f in glob.glob(f"{w}/times/{name}-*"))
typst, ours = times("typst"), times("praatplaat")
t, p = statistics.median(typst), statistics.median(ours)
print(json.dumps({"pages": 100, "typst_s": typst, "praatplaat_s": ours, "typst_ms_per_page": round(t * 10, 1),
                  "praatplaat_ms_per_page": round(p * 10, 1), "ratio": round(p / t, 2), "target_ratio": 0.5}))
PY

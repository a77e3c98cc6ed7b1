#!/bin/sh
# make pictures: redraws the pictures in README.md and docs/ from the examples, with our own PNG
# writer at the resolutions the pages show them (40 dpi for A4 pages, 30 for the A3 poster, 60
# for the pages docs/format.md explains). BIN may name another build (default: the debug one).
set -eu
cd "$(dirname "$0")/.."
BIN="${BIN:-.build/debug/praatplaat}"
test -x "$BIN" || { echo "build first: swift build" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
png() { # png REPORT DPI [--theme NAME]: the report's pages as PNG into $work/<dpi>/
    out="$work/$2${3:+-$4}"
    "$BIN" render "$1" --out "$out" --format png --dpi "$2" ${3:+"$3" "$4"} >/dev/null
}
png examples/kinderwerk-in-beeld.yaml 40
png examples/kinderwerk-cijfers.yaml 40
png examples/den-haag.yaml 40
png examples/kinderwerk-lindenmeer.yaml 40
png examples/kinderwerk-poster.yaml 30
png examples/lindenmeer-2019-2025.yaml 60
png examples/lindenmeer-in-kaart.yaml 50
for theme in default monochrome high-contrast; do png examples/kinderwerk-cijfers.yaml 40 --theme "$theme"; done
cp "$work"/40/kinderwerk-in-beeld-1.png "$work"/40/kinderwerk-in-beeld-2.png "$work"/40/kinderwerk-cijfers.png "$work"/40/den-haag.png docs/
cp "$work"/30/kinderwerk-poster.png docs/
cp "$work"/60/lindenmeer-2019-2025-1.png "$work"/60/lindenmeer-2019-2025-2.png docs/
cp "$work"/40/kinderwerk-lindenmeer.png docs/theme-lindenmeer.png
cp "$work"/50/lindenmeer-in-kaart.png docs/map.png
for theme in default monochrome high-contrast; do cp "$work/40-$theme/kinderwerk-cijfers.png" "docs/theme-$theme.png"; done
# The preview, in headless Chromium (the browser tools of `make test-deps`).
if [ -x .build/browser-tools/bin/python ]; then
    .build/browser-tools/bin/python scripts/preview-picture.py "$BIN" docs/preview.png
else
    echo "docs/preview.png not redrawn: run make test-deps for the browser tools" >&2
fi
echo "pictures redrawn in docs/"

#!/usr/bin/env python3
"""Draws an SVG page in headless Chromium, with fonts pinned to a folder that holds no font
the SVG names (so only the fonts it embeds can draw its text), at the pixel size of the PNG
Praatplaat drew of the same page, and compares the two pixel by pixel.

usage: compare-svg-png.py PAGE.svg PAGE.png OUT_DIR
Writes OUT_DIR/<name>-chromium.png and OUT_DIR/<name>-diff.png (differences amplified) and
prints JSON: the share of pixels that differ by more than 64 in a channel, and the mean difference."""
import json, os, subprocess, sys, tempfile, shutil, glob
from PIL import Image, ImageChops, ImageStat

svg, png, out = sys.argv[1], sys.argv[2], sys.argv[3]
os.makedirs(out, exist_ok=True)
name = os.path.splitext(os.path.basename(svg))[0]
reference = Image.open(png).convert("RGB")
width, height = reference.size

work = tempfile.mkdtemp(prefix="pp-svgcmp-")
fonts = os.path.join(work, "fonts")
os.makedirs(fonts)
# One serif face so Chromium can start its text system; the SVG names no serif family.
serif = sorted(glob.glob("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"))
for f in serif:
    shutil.copy(f, fonts)
with open(os.path.join(work, "fonts.conf"), "w") as f:
    f.write(f'<?xml version="1.0"?><fontconfig><dir>{fonts}</dir><cachedir>{work}/cache</cachedir></fontconfig>')
shutil.copy(svg, os.path.join(work, "page.svg"))
with open(os.path.join(work, "page.html"), "w") as f:
    f.write(f'<!doctype html><html><body style="margin:0;background:#fff">'
            f'<img src="page.svg" style="display:block;width:{width}px;height:{height}px"></body></html>')
shot = os.path.join(out, name + "-chromium.png")
env = dict(os.environ, FONTCONFIG_FILE=os.path.join(work, "fonts.conf"), HOME=work)
subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                f"--user-data-dir={work}/profile", "--force-device-scale-factor=1",
                f"--window-size={width},{height}", f"--screenshot={shot}",
                "file://" + os.path.join(work, "page.html")],
               env=env, check=True, capture_output=True, timeout=120)
drawn = Image.open(shot).convert("RGB").crop((0, 0, width, height))
diff = ImageChops.difference(drawn, reference)
r, g, b = diff.split()
largest = ImageChops.lighter(ImageChops.lighter(r, g), b)
differing = largest.point(lambda v: 255 if v > 64 else 0).histogram()[255]
diff.point(lambda v: min(255, v * 4)).save(os.path.join(out, name + "-diff.png"))
print(json.dumps({
    "size": [width, height],
    "differing": round(differing / (width * height), 5),
    "mean": round(sum(ImageStat.Stat(diff).mean) / 3, 3),
    "serif_fallback": bool(serif),
}))
shutil.rmtree(work, ignore_errors=True)

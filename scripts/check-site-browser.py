#!/usr/bin/env python3
"""Loads a built Praatplaat site in headless Chromium the way readers meet it, and checks it.

    check-site-browser.py SITE_DIR SCREENSHOT_DIR [PAGE ...]

PAGE is a path inside SITE_DIR (default: index.html and every <stem>/index.html). Every page is
opened from file:// at 390 px (a phone) and 1280 px (a desktop) wide. Per page and width it
records: horizontal scrolling (document wider than the viewport), chart text running out of its
SVG, console errors, images that
did not load (complete and a natural width), @font-face fonts that failed, and the axe-core
violations of impact serious or critical. It saves a full-page screenshot as SCREENSHOT_DIR/<page>-<width>.png and prints one
JSON object: {"checked": [...], "problems": [...], "axe": "<axe-core version>"}.

Runs with Selenium, Debian's chromium and chromium-driver, and the axe-core that
axe-playwright-python ships (scripts/install-browser-tools.sh sets these up).
"""
import base64
import importlib.util
import json
import os
import sys

from selenium import webdriver
from selenium.webdriver.chrome.service import Service

WIDTHS = (390, 1280)
HEIGHT = 900


def axe_source():
    # axe-playwright-python is installed without Playwright (--no-deps) for the axe-core it
    # bundles, which is current; axe-selenium-python's is years old. So: find it, don't import it.
    spec = importlib.util.find_spec("axe_playwright_python")
    path = os.path.join(os.path.dirname(spec.origin), "axe.min.js")
    with open(path, encoding="utf-8") as handle:
        return handle.read()


def start_browser():
    options = webdriver.ChromeOptions()
    options.binary_location = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--hide-scrollbars", "--force-color-profile=srgb", "--allow-file-access-from-files"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    service = Service(os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver"))
    return webdriver.Chrome(options=options, service=service)


def pages_of(site):
    found = ["index.html"]
    for name in sorted(os.listdir(site)):
        if os.path.isfile(os.path.join(site, name, "index.html")):
            found.append(name + "/index.html")
    return found


# Thumbnails load lazily: wait until every image has either loaded or failed.
IMAGES = """
const done = arguments[arguments.length - 1];
const images = Array.from(document.images);
images.forEach(img => { img.loading = 'eager'; });
Promise.all(images.map(img => img.complete ? null : new Promise(r => { img.onload = img.onerror = r; })))
  .then(() => done(images
  .filter(img => !(img.complete && img.naturalWidth > 0))
  .map(img => img.getAttribute('src'))));
"""

FONTS = """
const done = arguments[arguments.length - 1];
const faces = Array.from(document.fonts);
Promise.allSettled(faces.map(f => f.load())).then(() => done(
  faces.filter(f => f.status === 'error').map(f => f.family + ' ' + f.weight + ' ' + f.style)));
"""

OVERFLOW = """
const d = document.documentElement;
// SVG text that runs past its chart is cut off or overlaps, and does not widen the page.
const outside = Array.from(document.querySelectorAll('svg text')).filter(t => {
  const svg = t.ownerSVGElement.getBoundingClientRect(), r = t.getBoundingClientRect();
  return r.right > Math.min(svg.right, d.clientWidth) + 1 || r.left < Math.max(svg.left, 0) - 1;
}).slice(0, 5).map(t => t.textContent);
// Text whose words are wider than its own box runs into its neighbour (a long compound in a
// key figure's label) without widening the page.
const spill = Array.from(document.querySelectorAll('main h1, main h2, main h3, main p, main li, main span, main td, main th, header h1, header p'))
  .filter(e => e.children.length === 0 || e.tagName === 'LI' || e.tagName === 'P')
  // Words for screen readers only are clipped to a pixel on purpose.
  .filter(e => !e.classList.contains('visually-hidden'))
  .filter(e => e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).display !== 'inline')
  .slice(0, 5).map(e => e.tagName.toLowerCase() + ': ' + e.textContent.trim().slice(0, 60));
return {scroll: d.scrollWidth, client: d.clientWidth, height: d.scrollHeight, outside: outside, spill: spill,
        wide: Array.from(document.querySelectorAll('body *'))
          .filter(e => e.getBoundingClientRect().right > d.clientWidth + 1)
          .slice(0, 5).map(e => e.tagName.toLowerCase() + (e.className && e.className.baseVal === undefined ? '.' + e.className : ''))};
"""

AXE_RUN = """
const done = arguments[arguments.length - 1];
axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations.map(v => ({
  id: v.id, impact: v.impact, help: v.help,
  nodes: v.nodes.slice(0, 3).map(n => n.target.join(' '))}))), e => done([{id: 'axe-error', impact: 'critical', help: String(e), nodes: []}]));
"""


def check(driver, site, page, width, shots, axe):
    problems = []
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": HEIGHT, "deviceScaleFactor": 1, "mobile": width < 600})
    driver.get("file://" + os.path.abspath(os.path.join(site, page)))
    where = "%s @%dpx" % (page, width)
    # The site ships its fonts: one that fails to load would show a fallback font.
    failed = driver.execute_async_script(FONTS)
    for face in failed:
        problems.append("%s: font did not load: %s" % (where, face))
    box = driver.execute_script(OVERFLOW)
    if box["scroll"] > box["client"]:
        problems.append("%s: scrolls sideways (%d px wide in %d): %s" % (where, box["scroll"], box["client"], box["wide"]))
    for text in box["outside"]:
        problems.append("%s: chart text outside its chart: %r" % (where, text))
    for text in box["spill"]:
        problems.append("%s: text runs out of its box: %r" % (where, text))
    for src in driver.execute_async_script(IMAGES):
        problems.append("%s: image did not load: %s" % (where, src))
    for entry in driver.get_log("browser"):
        if entry.get("level") == "SEVERE":
            problems.append("%s: console error: %s" % (where, entry.get("message")))
    driver.execute_script(axe)
    for v in driver.execute_async_script(AXE_RUN):
        if v["impact"] in ("serious", "critical"):
            problems.append("%s: axe %s (%s): %s at %s" % (where, v["id"], v["impact"], v["help"], v["nodes"]))
    # A full-page screenshot: the metrics override grows to the document's height first.
    height = max(HEIGHT, min(int(box["height"]), 16000))
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600})
    shot = driver.execute_cdp_cmd("Page.captureScreenshot", {"format": "png", "captureBeyondViewport": True})
    name = page.replace("/index.html", "").replace(".html", "") + "-%d.png" % width
    with open(os.path.join(shots, name), "wb") as handle:
        handle.write(base64.b64decode(shot["data"]))
    return problems


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    site, shots = sys.argv[1], sys.argv[2]
    os.makedirs(shots, exist_ok=True)
    pages = sys.argv[3:] or pages_of(site)
    axe = axe_source()
    driver = start_browser()
    checked, problems = [], []
    try:
        driver.set_script_timeout(60)
        for page in pages:
            for width in WIDTHS:
                problems += check(driver, site, page, width, shots, axe)
                checked.append("%s@%d" % (page, width))
        version = driver.execute_script("return axe.version")
    finally:
        driver.quit()
    print(json.dumps({"checked": checked, "problems": problems, "axe": version}, indent=1))


if __name__ == "__main__":
    main()

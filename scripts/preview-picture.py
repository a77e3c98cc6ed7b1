#!/usr/bin/env python3
"""The README's picture of `praatplaat preview`: the flagship with a typo, as a writer sees it.

    preview-picture.py PRAATPLAAT OUT.png

Starts the preview on a copy of examples/kinderwerk-in-beeld.yaml, opens it in headless
Chromium at 1280 x 800, misspells a key (the last good pages stay, the problem shows above them
and in the editor), clicks the problem, and saves a screenshot.
"""
import os
import shutil
import subprocess
import sys
import tempfile
import time

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By

binary, out = sys.argv[1], sys.argv[2]
work = tempfile.mkdtemp()
report = os.path.join(work, "kinderwerk-in-beeld.yaml")
shutil.copy(os.path.join(os.path.dirname(__file__), "..", "examples", "kinderwerk-in-beeld.yaml"), report)
process = subprocess.Popen([binary, "preview", report], stdout=subprocess.PIPE, text=True)
url = process.stdout.readline().split(": ", 1)[1].strip()
options = webdriver.ChromeOptions()
options.binary_location = os.environ.get("CHROMIUM", "/usr/bin/chromium")
for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--hide-scrollbars", "--force-color-profile=srgb"):
    options.add_argument(flag)
driver = webdriver.Chrome(options=options, service=Service(os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")))
try:
    driver.set_window_size(1280, 800)
    driver.get(url)
    time.sleep(2)
    text = open(report, encoding="utf-8").read()
    with open(report, "w", encoding="utf-8") as handle:
        handle.write(text.replace("    figures:", "    figuurs:", 1))
    for _ in range(100):
        if driver.execute_script("return document.querySelectorAll('.problem.error').length"):
            break
        time.sleep(0.05)
    driver.find_element(By.CSS_SELECTOR, "button.problem.error").click()
    time.sleep(0.5)
    driver.save_screenshot(out)
finally:
    driver.quit()
    process.terminate()
    shutil.rmtree(work, ignore_errors=True)

#!/usr/bin/env python3
"""From a save to the page: how long `praatplaat preview` takes to show a changed report.

    preview-latency.py PRAATPLAAT REPORT [SAVES]

Copies REPORT (with the files next to it) into a temporary folder, starts `PRAATPLAAT preview`
on it, opens the page in headless Chromium and saves the report SAVES times (default 20), each
time with another title. A save's latency runs from just before the file is written to the
moment the page has swapped in the new pages (the time the page's script records, on the same
clock). Prints one JSON object: {"saves": n, "p50_ms": ..., "p95_ms": ..., "all_ms": [...]}.
"""
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

from selenium import webdriver
from selenium.webdriver.chrome.service import Service


def browser():
    options = webdriver.ChromeOptions()
    options.binary_location = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"):
        options.add_argument(flag)
    return webdriver.Chrome(options=options, service=Service(os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")))


def start(binary, report):
    process = subprocess.Popen([binary, "preview", report], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    line = process.stdout.readline()
    if "http://" not in line:
        process.kill()
        raise SystemExit("preview did not start: " + line + process.stderr.read())
    return process, line[line.index("http://"):].split()[0]


def wait_for(driver, condition, seconds=10):
    end = time.time() + seconds
    while time.time() < end:
        value = driver.execute_script("return " + condition)
        if value:
            return value
        time.sleep(0.005)
    raise SystemExit("timed out waiting for " + condition)


def main():
    binary, report = sys.argv[1], sys.argv[2]
    saves = int(sys.argv[3]) if len(sys.argv) > 3 else 20
    work = tempfile.mkdtemp()
    try:
        folder = os.path.join(work, "report")
        shutil.copytree(os.path.dirname(os.path.abspath(report)), folder, ignore=shutil.ignore_patterns("output", "*.pdf", "*.png"))
        path = os.path.join(folder, os.path.basename(report))
        original = open(path, encoding="utf-8").read()
        process, url = start(binary, path)
        driver = browser()
        try:
            driver.set_window_size(1280, 900)
            driver.get(url)
            wait_for(driver, "window.praatplaat && window.praatplaat.pagesVersion > 0")
            times = []
            for i in range(saves):
                before = driver.execute_script("return window.praatplaat.pagesVersion")
                text = original.replace("\ntitle: ", "\ntitle: (%d) " % i, 1)
                written = time.time() * 1000
                with open(path, "w", encoding="utf-8") as handle:
                    handle.write(text)
                wait_for(driver, "window.praatplaat.pagesVersion > %d" % before)
                shown = driver.execute_script("return window.praatplaat.pagesUpdatedAt")
                times.append(round(shown - written, 1))
                time.sleep(0.3)
        finally:
            driver.quit()
            process.terminate()
            process.wait(timeout=10)
        ordered = sorted(times)
        p95 = ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]
        print(json.dumps({"saves": saves, "p50_ms": statistics.median(times), "p95_ms": p95, "all_ms": times}))
    finally:
        shutil.rmtree(work, ignore_errors=True)


main()

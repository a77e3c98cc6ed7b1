#!/usr/bin/env python3
"""Uses a running `praatplaat preview` in headless Chromium the way a writer does, and checks it.

    check-preview-browser.py URL REPORT SCREENSHOT_DIR

REPORT is the file the preview follows (this script changes it on disk, as another editor
would). Prints one JSON object: {"checks": {name: true|false}, "notes": {...}, "console": [...]}.
Checks: the pages show; a change on disk shows without losing the scroll position; a broken
file keeps the last pages and shows the problem with its line, a click on it puts the editor
on that line; fixing it clears the problem; an edit saved in the editor pane reaches the file
(and the old version its backup); an edit on disk while the pane has unsaved edits is not
overwritten; completion offers a section's keys; the site page shows in its frame. Screenshots at
390 and 1280 px.
"""
import json
import os
import sys
import time

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By


def browser():
    options = webdriver.ChromeOptions()
    options.binary_location = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--hide-scrollbars",
                 "--force-color-profile=srgb"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    return webdriver.Chrome(options=options, service=Service(os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")))


def wait(driver, script, seconds=15):
    end = time.time() + seconds
    while time.time() < end:
        value = driver.execute_script("return " + script)
        if value:
            return value
        time.sleep(0.02)
    return None


def write(path, text):
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(text)


def main():
    url, report, shots = sys.argv[1], sys.argv[2], sys.argv[3]
    os.makedirs(shots, exist_ok=True)
    original = open(report, encoding="utf-8").read()
    lines = original.split("\n")
    sections_line = next(i + 1 for i, l in enumerate(lines) if l.startswith("sections:"))
    checks, notes = {}, {}
    driver = browser()
    try:
        driver.set_window_size(1280, 900)
        driver.get(url)
        checks["pages shown"] = bool(wait(driver, "window.praatplaat.pagesVersion > 0 && document.querySelectorAll('#pages img').length > 0"))
        notes["pages"] = driver.execute_script("return document.querySelectorAll('#pages img').length")
        wait(driver, "document.getElementById('text').value.length > 0")

        # A change on disk shows, and the reader's place stays.
        driver.execute_script("document.querySelector('.view').scrollTop = 600")
        time.sleep(0.2)
        top = driver.execute_script("return document.querySelector('#pages img').getBoundingClientRect().top")
        before = driver.execute_script("return window.praatplaat.pagesVersion")
        src = driver.execute_script("return document.querySelector('#pages img').src")
        write(report, original.replace("\ntitle: ", "\ntitle: Nieuw – ", 1))
        checks["change on disk shown"] = bool(wait(driver, "window.praatplaat.pagesVersion > %d" % before)) and \
            driver.execute_script("return document.querySelector('#pages img').src") != src
        notes["scroll after change"] = driver.execute_script("return document.querySelector('.view').scrollTop")
        notes["page moved by"] = driver.execute_script("return document.querySelector('#pages img').getBoundingClientRect().top") - top
        checks["scroll position kept"] = abs(notes["scroll after change"] - 600) <= 2 and abs(notes["page moved by"]) <= 2
        checks["editor follows the file"] = bool(wait(driver, "document.getElementById('text').value.includes('title: Nieuw – ')"))

        # A broken file: the last pages stay, the problem shows with its line; a click goes there.
        write(report, original.replace("\nsections:", "\nsectons:", 1))
        found = wait(driver, "[...document.querySelectorAll('.problem.error')].map(e => e.textContent).join('\\n')")
        notes["problem"] = found
        checks["problem shown with its line"] = bool(found) and (":%d:1" % sections_line) in found
        checks["last pages stay"] = driver.execute_script("return document.querySelectorAll('#pages img').length") == notes["pages"] and \
            driver.execute_script("return document.getElementById('pages').classList.contains('stale')")
        driver.save_screenshot(os.path.join(shots, "preview-error-1280.png"))
        driver.find_element(By.CSS_SELECTOR, "button.problem.error").click()
        line = driver.execute_script("const t = document.getElementById('text'); return t.value.slice(0, t.selectionStart).split('\\n').length")
        checks["click goes to the line"] = line == sections_line
        notes["editor line after click"] = line

        write(report, original)
        checks["fixed file clears the problem"] = bool(wait(driver, "document.querySelectorAll('.problem.error').length === 0 && !document.getElementById('pages').classList.contains('stale')"))
        wait(driver, "document.getElementById('text').value === %s" % json.dumps(original))

        # An edit in the pane, saved, reaches the file; the old text goes to the backup.
        edited = original.replace("\ntitle: ", "\ntitle: In de browser – ", 1)
        driver.execute_script("const t = document.getElementById('text'); t.value = arguments[0]; t.dispatchEvent(new Event('input'));", edited)
        driver.find_element(By.ID, "save").click()
        end = time.time() + 10
        while time.time() < end and open(report, encoding="utf-8").read() != edited:
            time.sleep(0.05)
        checks["browser edit saved to disk"] = open(report, encoding="utf-8").read() == edited
        backup = report + ".bak"
        checks["backup kept"] = os.path.exists(backup) and open(backup, encoding="utf-8").read() == original
        checks["saved edit shown"] = bool(wait(driver, "document.getElementById('title').textContent.startsWith('In de browser – ')"))

        # Another editor changes the file while the pane has unsaved edits: nothing is overwritten.
        driver.execute_script("const t = document.getElementById('text'); t.value = t.value + '\\n# mine'; t.dispatchEvent(new Event('input'));")
        theirs = edited.replace("In de browser – ", "Elders – ", 1)
        write(report, theirs)
        wait(driver, "document.getElementById('title').textContent.startsWith('Elders – ')")
        checks["unsaved edits kept when the file changes"] = driver.execute_script("return document.getElementById('text').value.endsWith('# mine')")
        driver.find_element(By.ID, "save").click()
        checks["conflict shown"] = bool(wait(driver, "!document.getElementById('conflict').hidden"))
        checks["other editor's save not overwritten"] = open(report, encoding="utf-8").read() == theirs
        driver.find_element(By.ID, "conflict-reload").click()
        wait(driver, "document.getElementById('text').value === %s" % json.dumps(theirs))

        # Completion: in a text section, "ti" offers "title".
        at = theirs.index("\n  - kind: ")
        probe = theirs[:at] + "\n  - kind: text\n    ti" + theirs[at:]
        caret = at + len("\n  - kind: text\n    ti")
        driver.execute_script("const t = document.getElementById('text'); t.value = arguments[0]; t.focus(); t.setSelectionRange(arguments[1], arguments[1]); t.dispatchEvent(new Event('input'));", probe, caret)
        offered = wait(driver, "!document.getElementById('complete').hidden && [...document.querySelectorAll('#complete li')].map(li => li.firstChild.textContent)", 5) or []
        notes["completion"] = offered
        checks["completion offers a section's keys"] = "title" in offered
        driver.execute_script("const t = document.getElementById('text'); t.value = t.value.replace('\\n  - kind: text\\n    ti', ''); t.dispatchEvent(new Event('input'));")
        driver.save_screenshot(os.path.join(shots, "preview-1280.png"))

        # The site page: the report as the site shows it, in the frame; back to the print pages.
        driver.find_element(By.ID, "show-site").click()
        site_title = wait(driver, "(() => { const f = document.getElementById('site'); const d = f && f.contentDocument; "
                                  "return d && d.readyState === 'complete' && d.querySelector('h1') ? d.querySelector('h1').textContent : null })()", 30)
        notes["site title"] = site_title
        checks["site page shown"] = bool(site_title) and site_title.strip().startswith("Elders")
        driver.save_screenshot(os.path.join(shots, "preview-site-1280.png"))
        driver.find_element(By.ID, "show-print").click()
        checks["print pages back"] = bool(wait(driver, "!document.getElementById('pages').hidden && document.getElementById('site').hidden"))
        driver.set_window_size(390, 844)
        time.sleep(0.5)
        notes["horizontal overflow at 390"] = driver.execute_script("return document.documentElement.scrollWidth - window.innerWidth")
        checks["no sideways scrolling at 390 px"] = notes["horizontal overflow at 390"] <= 0
        driver.save_screenshot(os.path.join(shots, "preview-390.png"))
        # The refused save answers 409 on purpose; anything else is a fault of the page.
        console = [e["message"] for e in driver.get_log("browser") if e["level"] == "SEVERE" and "409 (Conflict)" not in e["message"]]
    finally:
        driver.quit()
        write(report, original)
    print(json.dumps({"checks": checks, "notes": notes, "console": console}, ensure_ascii=False))


main()

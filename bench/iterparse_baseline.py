#!/usr/bin/env python3
"""Baseline: the way public loaders read the Home Office .ods, xml.etree.ElementTree.iterparse over
content.xml, every row's cell values collected (repeated cells expanded up to the last value), each
row cleared after use. Prints the number of non-empty rows. Usage: iterparse_baseline.py FILE.ods"""
import sys, zipfile
import xml.etree.ElementTree as ET

T = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
O = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
ROW, CELL, REP = T + "table-row", T + "table-cell", T + "number-columns-repeated"

rows = 0
with zipfile.ZipFile(sys.argv[1]) as z, z.open("content.xml") as fh:
    for event, el in ET.iterparse(fh, events=("end",)):
        if el.tag != ROW:
            continue
        values = []
        for c in el:
            if c.tag != CELL:
                continue
            v = c.get(O + "value") or "".join(c.itertext())
            if v:
                values.extend([v] * min(int(c.get(REP, "1")), 1024))
            else:
                values.append("")
        if any(values):
            rows += 1
        el.clear()
print(rows)

#!/usr/bin/env python3
"""Writes a Home Office "police recorded crime open data tables by CSP" .ods for the benchmark.

Layout as published: a Notes sheet ("Updated: ..."), then one sheet per financial year (2018_19 ...),
each with one header row and one row per quarter x force x CSP x offence code, every row padded with
a repeated-empty cell run to column XFD, and each sheet padded with a million repeated-empty rows.
CSP and force names are the reference's own (core/src/main/resources/org/strata/reference).
Usage: gen_ho_open_data.py OUT.ods ROWS
       gen_ho_open_data.py OUT.ods --from-c2 TABLE_C2.csv
The second form writes a realistic six-year file (2018_19 to 2023_24) for the end-to-end check: each
CSP's and Unassigned unit's counts are its Table C2 counts (year ending June 2025) spread over the
quarters and scaled year by year (a Covid dip in 2020/21, crime falling since 2022/23, shoplifting
rising), with the Home Office's own CSP names (Shepway, "London, City of", Northern Devon).
"""
import csv, os, sys, zipfile

OFFENCES = [  # description, group, subgroup, code
    ("Murder", "Violence against the person", "Homicide", "1"),
    ("Causing death by dangerous driving", "Violence against the person", "Death or serious injury caused by unlawful driving", "4.4"),
    ("Assault with injury", "Violence against the person", "Violence with injury", "8N"),
    ("Wounding with intent", "Violence against the person", "Violence with injury", "5D"),
    ("Assault without injury", "Violence against the person", "Violence without injury", "105A"),
    ("Harassment", "Violence against the person", "Stalking and harassment", "8Q"),
    ("Stalking", "Violence against the person", "Stalking and harassment", "8R"),
    ("Rape of a female aged 16 and over", "Sexual offences", "Rape", "19C"),
    ("Sexual assault on a female aged 13 and over", "Sexual offences", "Other sexual offences", "17A"),
    ("Robbery of personal property", "Robbery", "Robbery of personal property", "34B"),
    ("Robbery of business property", "Robbery", "Robbery of business property", "34A"),
    ("Burglary - residential", "Theft offences", "Residential burglary", "28E"),
    ("Burglary - business and community", "Theft offences", "Non-residential burglary", "30C"),
    ("Theft from a vehicle", "Theft offences", "Vehicle offences", "45"),
    ("Theft or unauthorised taking of a motor vehicle", "Theft offences", "Vehicle offences", "48"),
    ("Theft from the person", "Theft offences", "Theft from the person", "39"),
    ("Theft or unauthorised taking of a pedal cycle", "Theft offences", "Bicycle theft", "44"),
    ("Shoplifting", "Theft offences", "Shoplifting", "46"),
    ("Other theft", "Theft offences", "All other theft offences", "49"),
    ("Criminal damage to a dwelling", "Criminal damage and arson", "Criminal damage", "58A"),
    ("Arson not endangering life", "Criminal damage and arson", "Arson", "56B"),
    ("Trafficking in controlled drugs", "Drug offences", "Trafficking of drugs", "92A"),
    ("Possession of cannabis", "Drug offences", "Possession of drugs", "92E"),
    ("Possession of article with blade or point", "Possession of weapons offences", "Possession of weapons offences", "10C"),
    ("Public fear, alarm or distress", "Public order offences", "Public order offences", "9"),
    ("Racially or religiously aggravated public fear", "Public order offences", "Public order offences", "8L"),
    ("Perverting the course of justice", "Miscellaneous crimes against society", "Miscellaneous crimes against society", "99"),
]
NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3"')
HEADER = ["Financial Year", "Financial Quarter", "Police Force", "CSP Name", "Offence Description",
          "Offence Group", "Offence Subgroup", "Offence Code", "Offence Count"]
PAD_CELLS = '<table:table-cell table:number-columns-repeated="16375"/>'
PAD_ROWS = '<table:table-row table:number-rows-repeated="1048000"><table:table-cell table:number-columns-repeated="16384"/></table:table-row>'


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def text(v):
    return f'<table:table-cell office:value-type="string"><text:p>{esc(v)}</text:p></table:table-cell>'


def num(n):
    return f'<table:table-cell office:value-type="float" office:value="{n}"><text:p>{n}</text:p></table:table-cell>'


def csps():
    ref = os.path.join(os.path.dirname(__file__), "../core/src/main/resources/org/strata/reference")
    forces = {r["pfa_code"]: r["pfa_name"] for r in csv.DictReader(open(os.path.join(ref, "forces.csv")))}
    seen = {}
    for r in csv.DictReader(open(os.path.join(ref, "districts.csv"))):
        seen.setdefault(r["csp_name"], forces[r["pfa_code"]])
    return [(force, csp) for csp, force in seen.items()]


def main(out, rows):
    areas = csps()
    per_year = len(areas) * 4 * len(OFFENCES)
    years = max(1, -(-rows // per_year))
    first = 2025 - years
    written = 0
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        with z.open("content.xml", "w", force_zip64=True) as raw:
            buf = []
            w = lambda s: buf.append(s)
            def flush():
                raw.write("".join(buf).encode("utf-8")); buf.clear()
            w(f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {NS}><office:body><office:spreadsheet>')
            w('<table:table table:name="Notes">')
            for line in ["Police recorded crime open data tables by Community Safety Partnership", "Updated: 23 July 2026"]:
                w('<table:table-row>' + text(line) + PAD_CELLS + '</table:table-row>')
            w(PAD_ROWS + '</table:table>')
            seed = 12345
            for y in range(first, first + years):
                fy = f"{y}/{(y + 1) % 100:02d}"
                w(f'<table:table table:name="{y}_{(y + 1) % 100:02d}"><table:table-column table:number-columns-repeated="16384"/>')
                w('<table:table-row>' + "".join(text(h) for h in HEADER) + PAD_CELLS + '</table:table-row>')
                for q in (1, 2, 3, 4):
                    for force, csp in areas:
                        for desc, group, sub, code in OFFENCES:
                            seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
                            w('<table:table-row>' + text(fy) + num(q) + text(force) + text(csp) + text(desc) + text(group)
                              + text(sub) + text(code) + num(seed % 60) + PAD_CELLS + '</table:table-row>\n')
                            written += 1
                        if len(buf) > 5000:
                            flush()
                w(PAD_ROWS + '</table:table>')
            w('</office:spreadsheet></office:body></office:document-content>\n')
            flush()
    print(written)


SUBGROUPS = {  # Table C2 column -> (Home Office group, subgroup, code)
    "Homicide": ("Violence against the person", "Homicide", "1"),
    "Death or serious injury caused by illegal driving": ("Violence against the person", "Death or serious injury caused by unlawful driving", "4.4"),
    "Violence with injury": ("Violence against the person", "Violence with injury", "8N"),
    "Violence without injury": ("Violence against the person", "Violence without injury", "105A"),
    "Stalking and harassment": ("Violence against the person", "Stalking and harassment", "8Q"),
    "Sexual offences": ("Sexual offences", "Other sexual offences", "17A"),
    "Robbery": ("Robbery", "Robbery of personal property", "34B"),
    "Residential burglary": ("Theft offences", "Residential burglary", "28E"),
    "Non-residential burglary": ("Theft offences", "Non-residential burglary", "30C"),
    "Vehicle offences": ("Theft offences", "Vehicle offences", "45"),
    "Theft from the person": ("Theft offences", "Theft from the person", "39"),
    "Bicycle theft": ("Theft offences", "Bicycle theft", "44"),
    "Shoplifting": ("Theft offences", "Shoplifting", "46"),
    "All other theft offences": ("Theft offences", "All other theft offences", "49"),
    "Criminal damage and arson": ("Criminal damage and arson", "Criminal damage", "58A"),
    "Drug offences": ("Drug offences", "Possession of drugs", "92E"),
    "Possession of weapons offences": ("Possession of weapons offences", "Possession of weapons offences", "10C"),
    "Public order offences": ("Public order offences", "Public order offences", "9"),
    "Miscellaneous crimes against society": ("Miscellaneous crimes against society", "Miscellaneous crimes against society", "99"),
}
HO_NAMES = {"Folkestone and Hythe": "Shepway", "City of London": "London, City of", "North Devon": "Northern Devon"}
YEARS = [2018, 2019, 2020, 2021, 2022, 2023]
ALL = [1.08, 1.10, 0.97, 1.07, 1.09, 1.03]          # England and Wales level by year, relative to YE June 2025
FALLING = [1.16, 1.18, 1.02, 1.12, 1.14, 1.02]      # Staffordshire: falling since 2022/23
SHOPLIFTING = [0.78, 0.80, 0.55, 0.66, 0.80, 0.95]  # rising everywhere


def from_c2(out, c2):
    import re
    lines = open(c2, encoding="utf-8-sig").read()
    rows = list(csv.reader(lines.splitlines(keepends=True)))
    head = next(i for i, r in enumerate(rows) if r and r[0].replace("\n", " ").startswith("Police Force"))
    header = [re.sub(r"\s*\[note \d+\]", "", " ".join(h.split())) for h in rows[head]]
    units = []
    for r in rows[head + 1:]:
        if len(r) < len(header) or not r[0].strip() or (not r[2].strip() and not r[3].strip()):
            continue
        force, csp = r[1].strip(), r[3].strip()
        counts = {}
        for col, n in zip(header, r):
            if col in SUBGROUPS:
                t = n.strip().replace(",", "")
                counts[col] = int(t) if t.isdigit() else 0
        units.append((force, HO_NAMES.get(csp, csp), counts))
    written = 0
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        with z.open("content.xml", "w", force_zip64=True) as raw:
            w = lambda s: raw.write(s.encode("utf-8"))
            w(f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {NS}><office:body><office:spreadsheet>')
            w('<table:table table:name="Notes">')
            for line in ["Police recorded crime open data tables by Community Safety Partnership (generated for Strata's end-to-end check)",
                         "Updated: 23 July 2025", "Force Notes",
                         "Staffordshire: no offences were recorded under Unassigned Staffordshire before 2019/20."]:
                w('<table:table-row>' + text(line) + PAD_CELLS + '</table:table-row>')
            w(PAD_ROWS + '</table:table>')
            for i, y in enumerate(YEARS):
                fy = f"{y}/{(y + 1) % 100:02d}"
                w(f'<table:table table:name="{y}_{(y + 1) % 100:02d}"><table:table-column table:number-columns-repeated="16384"/>')
                w('<table:table-row>' + "".join(text(h) for h in HEADER) + PAD_CELLS + '</table:table-row>')
                for force, csp, counts in units:
                    level = FALLING[i] if force == "Staffordshire" else ALL[i]
                    for col, annual in counts.items():
                        factor = SHOPLIFTING[i] if col == "Shoplifting" else level
                        if col == "Shoplifting" and csp == "Cannock Chase" and i < 5:
                            factor *= 0.55  # below the force rate until 2023/24, then above it
                        total = round(annual * factor)
                        group, sub, code = SUBGROUPS[col]
                        for q in (1, 2, 3, 4):
                            n = total // 4 + (1 if q <= total % 4 else 0)
                            w('<table:table-row>' + text(fy) + num(q) + text(force) + text(csp) + text(sub) + text(group)
                              + text(sub) + text(code) + num(f"{n}.0" if q == 2 else n) + PAD_CELLS + '</table:table-row>\n')
                            written += 1
                w(PAD_ROWS + '</table:table>')
            w('</office:spreadsheet></office:body></office:document-content>\n')
    print(written)


if __name__ == "__main__":
    if sys.argv[2] == "--from-c2":
        from_c2(sys.argv[1], sys.argv[3])
    else:
        main(sys.argv[1], int(sys.argv[2]))

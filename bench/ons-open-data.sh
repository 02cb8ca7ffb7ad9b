#!/usr/bin/env bash
# Benchmark of `strata ingest ons-csp` on a generated Home Office open data .ods (the layout of
# prc-csp-mar2021-mar2026-tables-*.ods: a Notes sheet, one sheet per financial year, rows padded
# with repeated-empty cells, sheets with a million repeated-empty rows), beside Python's
# xml.etree.ElementTree.iterparse over the same file (bench/iterparse_baseline.py).
# Prints rows/s, peak RSS (/usr/bin/time) and the ratio strata time / iterparse time.
# Usage: bench/ons-open-data.sh [ROWS]   (default 1,000,000; at least 250,000)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
./strata --version >/dev/null
rows=${1:-1000000}
work=${TMPDIR:-/tmp}/strata-bench-ons; mkdir -p "$work"
ods=$work/prc-csp-generated-$rows.ods
[ -f "$ods" ] || python3 bench/gen_ho_open_data.py "$ods" "$rows" >/dev/null
xml_mb=$(python3 -c "import zipfile,sys; print(zipfile.ZipFile(sys.argv[1]).getinfo('content.xml').file_size//2**20)" "$ods")
db=$work/s.duckdb; rm -f "$db" "$db.wal"
/usr/bin/time -f '%e %M %U %S' -o "$work/t" ./strata ingest ons-csp "$ods" --db "$db" >"$work/log" 2>&1
read -r secs kb cu cs <"$work/t"
read_rows=$(grep -Eo 'rows read [0-9,]+' "$work/log" | tail -n 1 | tr -dc 0-9)
/usr/bin/time -f '%e %M %U %S' -o "$work/p" python3 bench/iterparse_baseline.py "$ods" >"$work/plog"
read -r psecs pkb pu ps <"$work/p"
python3 - "$read_rows" "$secs" "$kb" "$psecs" "$pkb" "$xml_mb" "$cu" "$cs" "$pu" "$ps" <<'PY'
import sys
a = sys.argv
rows, secs, kb, psecs, pkb, mb = int(a[1]), float(a[2]), int(a[3]), float(a[4]), int(a[5]), a[6]
cpu, pcpu = float(a[7]) + float(a[8]), float(a[9]) + float(a[10])
print(f"content.xml {mb} MiB, {rows:,} data rows")
print(f"strata ingest ons-csp: {secs:.1f} s wall = {rows/secs:,.0f} rows/s, {cpu:.1f} s CPU, peak RSS {kb//1024} MiB (JVM start, hashing and DuckDB load included)")
print(f"python iterparse:      {psecs:.1f} s wall = {rows/psecs:,.0f} rows/s, {pcpu:.1f} s CPU, peak RSS {pkb//1024} MiB")
print(f"ratio strata / iterparse: {secs/psecs:.2f} wall, {cpu/pcpu:.2f} CPU")
PY

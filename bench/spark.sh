#!/usr/bin/env bash
# Benchmark of the police.uk aggregation on Spark (local mode, all cores) beside `strata ingest police-uk`
# (DuckDB), on the generated 3,000,000-row national-shape set (43 forces x 12 months): rows/s and peak RSS
# (/usr/bin/time) for each, with CPU time (rows per CPU-second = rows/s per core), then `strata ingest counts`
# of the Spark output.
# Usage: bench/spark.sh [ROWS]   (default 3000000; builds via ./strata and ./strata-spark first)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
rows=${1:-3000000}
gen=../shared/acceptance/lib/gen_policeuk.py
work=${TMPDIR:-/tmp}/strata-bench; mkdir -p "$work"
data=$work/spark-$rows
[ -f "$data/.done" ] || { rm -rf "$data"; python3 "$gen" "$data" "$rows" 43 12 >/dev/null; touch "$data/.done"; }
./strata --version >/dev/null
./strata-spark --help >/dev/null
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
timed() { # label log command...
  local label=$1 log=$2; shift 2
  /usr/bin/time -f '%e %M %U %S' -o "$work/t" "$@" >"$log" 2>&1 || { echo "$label failed:"; tail -n 5 "$log"; exit 1; }
  read -r secs kb user sys <"$work/t"
  local n; n=$(grep -Eo 'rows read [0-9,]+' "$log" | tail -n 1 | tr -dc 0-9)
  # Rows per CPU-second is rows/s per core when the cores are the job's alone; on a shared machine it
  # is the steadier figure of the two.
  python3 -c "print(f'$label: {int($n):,} rows in $secs s wall = {int($n)/$secs:,.0f} rows/s; CPU {$user+$sys:.0f} s = {int($n)/($user+$sys):,.0f} rows per CPU-second; peak RSS {int($kb)//1024} MiB')"
}
rm -rf "$work/agg" "$work/d.duckdb" "$work/c.duckdb"
timed "spark local[*] aggregate" "$work/spark.log" ./strata-spark aggregate --out "$work/agg" "$data"
timed "duckdb ingest police-uk " "$work/duck.log" ./strata ingest police-uk "$data" --db "$work/d.duckdb"
timed "strata ingest counts    " "$work/counts.log" ./strata ingest counts "$work/agg" --db "$work/c.duckdb"
echo "Parquet output: $(du -sh "$work/agg" | cut -f1) for $(du -sh "$data" | cut -f1) of CSV"

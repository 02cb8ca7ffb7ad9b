#!/usr/bin/env bash
# Benchmark of `strata ingest police-uk`: rows/s and peak memory (/usr/bin/time) on
#  (1) the 24 City of London months in ../shared/fixtures (if present),
#  (2) a generated 1,000,000-row national-shape set, and (3) optionally 3,000,000 rows (BIG=1),
# each beside DuckDB's own read_csv into a table on the same files.
# Usage: bench/ingest-policeuk.sh   (builds via ./strata first)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
./strata --version >/dev/null
gen=../shared/acceptance/lib/gen_policeuk.py
jar=$(find "$HOME/.m2/repository/org/duckdb/duckdb_jdbc" -name 'duckdb_jdbc-*.jar' | sort -V | tail -n 1)
work=${TMPDIR:-/tmp}/strata-bench; mkdir -p "$work"
run() { # name dir
  local name=$1 dir=$2 db=$work/s.duckdb
  rm -f "$db" "$db.wal"
  /usr/bin/time -f '%e %M' -o "$work/t" ./strata ingest police-uk "$dir" --db "$db" >"$work/log" 2>&1
  read -r secs kb <"$work/t"
  rows=$(grep -Eo 'rows read [0-9,]+' "$work/log" | tail -n 1 | tr -dc 0-9)
  base=$(java -cp "$jar" bench/DuckReadCsv.java "$dir" "$work/b.duckdb" | awk '{print $3}')
  python3 -c "print(f'$name: {int($rows):,} rows in $secs s = {int($rows)/$secs:,.0f} rows/s, peak RSS {int($kb)//1024} MiB; duckdb read_csv $base s (ratio {$secs/$base:.2f})')"
}
[ -d ../shared/fixtures/policeuk/city-of-london ] && run "City of London 24 months" ../shared/fixtures/policeuk/city-of-london
[ -f "$work/1m/.done" ] || { rm -rf "$work/1m"; python3 "$gen" "$work/1m" 1000000 43 12 >/dev/null; touch "$work/1m/.done"; }
run "generated 1M rows" "$work/1m"
if [ "${BIG:-0}" = 1 ]; then
  [ -f "$work/3m/.done" ] || { rm -rf "$work/3m"; python3 "$gen" "$work/3m" 3000000 43 12 >/dev/null; touch "$work/3m/.done"; }
  run "generated 3M rows" "$work/3m"
fi
SECONDS=0; /usr/bin/time -f '%M' -o "$work/dm" ./strata demo --out "$work/demo" >/dev/null
echo "strata demo: ${SECONDS} s wall, peak RSS $(( $(cat "$work/dm") / 1024 )) MiB"

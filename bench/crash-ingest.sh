#!/usr/bin/env bash
# Crash safety of `strata ingest police-uk`: kill -9 a large ingest at random moments and check
#  - all or none per file: every file the ingest log holds has all its rows (incident rows of a
#    live file = rows_loaded) and the store holds no rows of a file it does not list;
#  - rows read = loaded + rejected for every file listed;
#  - a clean re-run loads the rest and ends with the same totals as an uninterrupted ingest.
# Usage: bench/crash-ingest.sh [TRIALS (5)] [DATA DIR (generated 1,000,000 rows)]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
./strata --version >/dev/null
trials=${1:-5}
work=${TMPDIR:-/tmp}/strata-crash; mkdir -p "$work"
data=${2:-$work/1m}
if [ -z "${2:-}" ] && [ ! -f "$data/.done" ]; then
  rm -rf "$data"; python3 ../shared/acceptance/lib/gen_policeuk.py "$data" 1000000 43 12 >/dev/null; touch "$data/.done"
fi
jar=$(find "$HOME/.m2/repository/org/duckdb/duckdb_jdbc" -name 'duckdb_jdbc-*.jar' | sort -V | tail -n 1)
check() { # db -> "files rows" or exit 1 with the broken invariant
  java -cp "$jar" bench/CrashCheck.java "$1"
}
ref=$work/ref.duckdb; rm -f "$ref" "$ref.wal"
SECONDS=0; ./strata ingest police-uk "$data" --db "$ref" >/dev/null; full=$SECONDS
want=$(check "$ref")
echo "uninterrupted: $want in ${full}s"
fail=0
for t in $(seq 1 "$trials"); do
  db=$work/t$t.duckdb; rm -f "$db" "$db.wal"
  # A moment between 0.5 s (JVM start, scan) and the uninterrupted time (commit of the last batch).
  wait_ms=$(python3 -c "import random; print(random.randint(500, max(600, int($full * 1000))))")
  ./strata ingest police-uk "$data" --db "$db" >/dev/null 2>&1 & pid=$!
  sleep "$(python3 -c "print($wait_ms / 1000)")"
  kill -9 "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true
  after=$(check "$db") || { echo "trial $t (killed at ${wait_ms} ms): $after"; fail=1; continue; }
  ./strata ingest police-uk "$data" --db "$db" >/dev/null 2>&1 || { echo "trial $t: re-run failed"; fail=1; continue; }
  final=$(check "$db") || { echo "trial $t: after re-run: $final"; fail=1; continue; }
  [ "$final" = "$want" ] || { echo "trial $t: re-run ends with $final, expected $want"; fail=1; continue; }
  echo "trial $t: killed at ${wait_ms} ms holding $after; re-run: $final"
done
exit $fail

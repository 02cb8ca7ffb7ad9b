#!/usr/bin/env bash
# Crash safety of `strata ingest police-uk`: kill -9 a large ingest and check
#  - all or none per file: every file the ingest log holds has all its rows (incident rows of a
#    live file = rows_loaded) and the store holds no rows of a file it does not list;
#  - rows read = loaded + rejected for every file listed;
#  - a clean re-run loads the rest and ends with the same totals as an uninterrupted ingest.
# Two kinds of trial: RANDOM kills at a moment between 0.5 s and the uninterrupted run's length;
# AIMED kills inside the commit of the load's batch, found by watching the store file and its
# write-ahead log every millisecond (bench/crash_aim.py): as the commit starts writing (the store
# file's first growth after the load's bookkeeping pause), midway through the commit's growth of
# the file, near its end (90%), as the checkpoint marker is appended to the log, and as the log
# is deleted (the new header written, the commit call not yet returned).
# Usage: bench/crash-ingest.sh [RANDOM TRIALS (5)] [DATA DIR (generated 1,000,000 rows)]
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
ingest() { # db -> the ingest command
  echo ./strata ingest police-uk "$data" --db "$1"
}
ref=$work/ref.duckdb
SECONDS=0
# shellcheck disable=SC2046
commit=$(python3 bench/crash_aim.py observe "$ref" -- $(ingest "$ref")); full=$SECONDS
want=$(check "$ref")
echo "uninterrupted: $want in ${full}s; store file and log: $commit"
read -r _ s0 _ s1 _ _ _ quiet _ pause _ <<<"$commit"
grow=$((s1 - s0)); gap=$(((quiet + pause) / 2)); min=$((s0 * 8 / 10))
fail=0
trial() { # name, how it was killed -> checks the store, re-runs, compares
  local name=$1 db=$2 how=$3 after final
  after=$(check "$db") || { echo "$name ($how): BROKEN: $after"; fail=1; return; }
  ./strata ingest police-uk "$data" --db "$db" >/dev/null 2>&1 || { echo "$name ($how): re-run failed"; fail=1; return; }
  final=$(check "$db") || { echo "$name ($how): after re-run BROKEN: $final"; fail=1; return; }
  [ "$final" = "$want" ] || { echo "$name ($how): re-run ends with $final, expected $want"; fail=1; return; }
  echo "$name: $how; store after the kill: $after; re-run: $final"
}
for t in $(seq 1 "$trials"); do
  db=$work/t$t.duckdb; rm -f "$db" "$db.wal"
  # A moment between 0.5 s (JVM start, scan) and the uninterrupted time (commit of the last batch).
  wait_ms=$(python3 -c "import random; print(random.randint(500, max(600, int($full * 1000))))")
  $(ingest "$db") >/dev/null 2>&1 & pid=$!
  sleep "$(python3 -c "print($wait_ms / 1000)")"
  kill -9 "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true
  trial "random $t" "$db" "killed at ${wait_ms} ms"
done
n=0
for target in "pause:$gap:$min:1" "pause:$gap:$min:$((grow / 2))" "pause:$gap:$min:$((grow * 9 / 10))" "wal:$min:0" "walgone:$min"; do
  n=$((n + 1)); db=$work/a$n.duckdb
  # shellcheck disable=SC2046
  how=$(python3 bench/crash_aim.py kill "$db" "$target" -- $(ingest "$db"))
  trial "aimed $n at $target" "$db" "$how"
done
exit $fail

#!/usr/bin/env bash
# Benchmark of `strata batch` on the real Table C2 + MYE4 from ../shared/fixtures (every CSP of England
# and Wales, 2024-07..2025-06): prints one cold `strata report` (csv,html), the warm per-area time
# (assessment + HTML + metrics.csv, median of the national run's areas after the first 20, one job),
# the force batch (Staffordshire), the national batch as csv,html and (ALL=1) in every format, each
# with wall time and peak RSS from /usr/bin/time, and user+sys CPU seconds (the machine may be shared).
# Every figure runs ./strata as users do (batch: -Xmx1g from the launcher; STRATA_JAVA_OPTS overrides).
# Usage: [ALL=1] bench/batch.sh   (builds via ./strata first; on a shared machine: nice -n 19 bench/batch.sh)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
fx=../shared/fixtures
./strata --version >/dev/null
work=${TMPDIR:-/tmp}/strata-bench-batch; rm -rf "$work"; mkdir -p "$work"
db=$work/s.duckdb; P=2024-07..2025-06
./strata ingest ons-csp "$fx/ons/table_c2_csp_headline_offences_ye_june_2025.csv" --db "$db" >/dev/null
./strata ingest population "$fx/population/mye4_population_timeseries_mid2011_mid2023_lad.csv" --db "$db" >/dev/null
timed() { # label, command...
  local label=$1; shift
  /usr/bin/time -f '%e %M %U %S' -o "$work/t" "$@" >"$work/log" 2>&1 || { echo "$label: failed: $(tail -n 1 "$work/log")"; return 1; }
  read -r secs kb user sys <"$work/t"
  local n; n=$(grep -c ': done' "$work/log" || true)
  python3 -c "print(f'$label: {$secs} s wall, {round($user+$sys,1)} s CPU, peak RSS {int($kb)//1024} MiB' + (f', {$n} reports' if $n else ''))"
}
timed "one cold report (csv,html)" ./strata report --db "$db" --area E07000192 --period $P --format csv,html --out "$work/one"
timed "force batch, Staffordshire (csv,html)" ./strata batch --db "$db" --period $P --force Staffordshire --format csv,html --out "$work/force"
timed "national batch (csv,html)" ./strata batch --db "$db" --period $P --format csv,html --out "$work/all"
STRATA_TIMING=1 /usr/bin/time -f '%e %M %U %S' -o "$work/t" ./strata batch --db "$db" --period $P --format csv,html \
  --jobs 1 --out "$work/warm" >"$work/warm.log" 2>&1
python3 - "$work/warm.log" "$work/t" <<'PY'
import re, statistics, sys
ms = [int(m) for m in re.findall(r': done \((\d+) ms\)', open(sys.argv[1]).read())]
kb = int(open(sys.argv[2]).read().split()[1])
warm = ms[20:]
print(f"one warm assessment + HTML + metrics.csv: median {statistics.median(warm):.0f} ms, p90 {sorted(warm)[int(len(warm)*0.9)]} ms over {len(warm)} areas (first area, cold: {ms[0]} ms; one job, peak RSS {kb // 1024} MiB)")
PY
if [ "${ALL:-0}" = 1 ]; then
  timed "national batch (every format)" ./strata batch --db "$db" --period $P --out "$work/every"
fi

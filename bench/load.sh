#!/usr/bin/env bash
# Load test of the production setup on 127.0.0.1: gunicorn with config.settings.production
# on a throwaway PostgreSQL cluster, driven by wrk with 50 connections for 60 s on each of
# the home page, a story, a speech, a leader page and a search. Prints requests per second,
# p50/p99 latency and errors per page. Runs about 6 minutes; BENCH_DURATION (seconds) and
# BENCH_CONNECTIONS override the defaults. BENCH_UNCACHED=1 gives every request its own query
# string, so the page cache misses and each response is rendered.
set -euo pipefail
. "$(dirname "$0")/lib.sh"

DURATION=${BENCH_DURATION:-60}
CONNECTIONS=${BENCH_CONNECTIONS:-50}
THREADS=${BENCH_THREADS:-2}
WRK_SCRIPT=()
if [ "${BENCH_UNCACHED:-0}" = 1 ]; then
  WRK_SCRIPT=(-s bench/unique_path.lua)
fi

ensure_wrk
start_database
export_production_env
prepare_site
start_app

printf '%-8s %-48s %9s %9s %9s %8s %8s\n' page path rps p50_ms p99_ms non2xx errors
for page in home story speech leader search; do
  path=$(path_of "$page")
  status=$(curl -sS -o /dev/null -w '%{http_code}' "$BASE_URL$path")
  [ "$status" = 200 ] || echo "warning: $path returned HTTP $status before the run" >&2
  out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --timeout 10s --latency "${WRK_SCRIPT[@]}" "$BASE_URL$path")
  echo "$out" >"$BENCH_DIR/wrk-$page.txt"
  "$PYTHON" "$BENCH_ROOT/bench/wrk_summary.py" "$page" "$path" <<<"$out"
done
echo "worker boots=$(grep -c "Booting worker" "$BENCH_DIR/gunicorn.log") connections=$CONNECTIONS duration=${DURATION}s uncached=${BENCH_UNCACHED:-0} cpus=$(nproc)"

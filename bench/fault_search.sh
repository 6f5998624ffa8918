#!/usr/bin/env bash
# Fault run: stop the search engine while wrk drives uncached searches through gunicorn.
# Expects no 5xx: the search page falls back to the database backend.
# Needs a running engine: SEARCH_BACKEND and SEARCH_URL as in production, and the commands
# that stop and start it in SEARCH_STOP_CMD and SEARCH_START_CMD (for example the
# stop_opensearch/start_opensearch functions of .ci/opensearch.sh).
set -euo pipefail
. "$(dirname "$0")/lib.sh"

: "${SEARCH_BACKEND:?set SEARCH_BACKEND, e.g. opensearch2}"
: "${SEARCH_URL:?set SEARCH_URL, e.g. http://127.0.0.1:9200}"
: "${SEARCH_STOP_CMD:?set SEARCH_STOP_CMD to the command that stops the engine}"
: "${SEARCH_START_CMD:?set SEARCH_START_CMD to the command that starts it again}"
DURATION=${BENCH_DURATION:-30}
OUTAGE_AFTER=${OUTAGE_AFTER:-10}
export SEARCH_BACKEND SEARCH_URL

ensure_wrk
start_database
export_production_env
prepare_site
start_app

wrk -t2 -c20 -d"${DURATION}s" --timeout 10s -s bench/unique_path.lua "$BASE_URL/id/search/?q=jembatan" >"$BENCH_DIR/wrk.txt" &
wrk_pid=$!
sleep "$OUTAGE_AFTER"
echo "stopping the search engine at $(date -u +%T)"
eval "$SEARCH_STOP_CMD"
health=$(curl -sS "$BASE_URL/health/")
wait "$wrk_pid"
eval "$SEARCH_START_CMD"

grep '^status' "$BENCH_DIR/wrk.txt" | sort -k2 -n
echo "health during the outage: $health"
server_errors=$(awk '$1 == "status" && $2 >= 500 {sum += $3} END {print sum + 0}' "$BENCH_DIR/wrk.txt")
echo "5xx responses: $server_errors"
[ "$server_errors" = 0 ]

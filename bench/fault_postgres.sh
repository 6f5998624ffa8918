#!/usr/bin/env bash
# Fault run: restart PostgreSQL while wrk drives uncached story requests through gunicorn.
# Expects 503 pages (in Indonesian) during the outage and no other 5xx, recovery without
# restarting gunicorn, and an edit saved just before the fault still present afterwards.
# Runs about 2 minutes on its own throwaway cluster; exits 1 when an expectation fails.
set -euo pipefail
. "$(dirname "$0")/lib.sh"

DURATION=${BENCH_DURATION:-40}
OUTAGE_AFTER=${OUTAGE_AFTER:-10}
OUTAGE_SECONDS=${OUTAGE_SECONDS:-8}

ensure_wrk
start_database
export_production_env
prepare_site
start_app

story=$(path_of story)
"$PYTHON" manage.py shell -c "
from activities.models import ActivityPage
page = ActivityPage.objects.get(url_path__endswith='/gubernur-meninjau-jembatan-39/')
page.title = 'Gubernur Meninjau Jembatan (disimpan sebelum gangguan)'
page.save_revision().publish()
"

wrk -t2 -c20 -d"${DURATION}s" --timeout 10s -s bench/unique_path.lua "$BASE_URL$story" >"$BENCH_DIR/wrk.txt" &
wrk_pid=$!
sleep "$OUTAGE_AFTER"
echo "stopping PostgreSQL at $(date -u +%T)"
pg_ctl_run -m fast -w stop >/dev/null
outage_body=$(curl -sS "$BASE_URL$story?probe=outage")
sleep "$OUTAGE_SECONDS"
echo "starting PostgreSQL at $(date -u +%T)"
pg_ctl_run -l "$PG_DATA/server.log" -o "-p $PG_PORT -c listen_addresses=127.0.0.1 -k /tmp -c fsync=off" -w start >/dev/null
wait "$wrk_pid"

grep '^status' "$BENCH_DIR/wrk.txt" | sort -k2 -n
failed=0
other_5xx=$(awk '$1 == "status" && $2 >= 500 && $2 != 503 {sum += $3} END {print sum + 0}' "$BENCH_DIR/wrk.txt")
echo "5xx other than 503: $other_5xx"
[ "$other_5xx" = 0 ] || failed=1
if grep -q "Layanan sementara tidak tersedia" <<<"$outage_body"; then
  echo "outage page: Indonesian 503 page"
else
  echo "outage page: unexpected body"; failed=1
fi
after=$(curl -sS "$BASE_URL$story?probe=after")
if grep -q "disimpan sebelum gangguan" <<<"$after"; then
  echo "recovered without restarting gunicorn (pid $GUNICORN_PID); edit saved before the fault is present"
else
  echo "after the restart the story does not show the saved edit"; failed=1
fi
exit $failed

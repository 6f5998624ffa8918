# Shared steps of the bench scripts: a throwaway PostgreSQL cluster, the production settings
# and gunicorn, all on 127.0.0.1. Sourced by load.sh and the fault scripts.

BENCH_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BENCH_DIR=$(mktemp -d /tmp/potret-bench.XXXXXX)
# The postgres user must reach the cluster folder inside it.
chmod 755 "$BENCH_DIR"
APP_PORT=${APP_PORT:-8765}
BASE_URL="http://127.0.0.1:$APP_PORT"
PYTHON="$BENCH_ROOT/.venv/bin/python"
GUNICORN_PID=""

ensure_wrk() {
  if ! command -v wrk >/dev/null 2>&1; then
    echo "Installing wrk from Debian packages"
    apt-get install -y -qq wrk >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
  fi
}

# A cluster of our own on PG_PORT (never the shared server), started with .ci/postgres.sh.
start_database() {
  export PG_PORT=${PG_PORT:-55471}
  export PG_DATA="$BENCH_DIR/pg"
  mkdir -p "$PG_DATA"
  # shellcheck source=../.ci/postgres.sh
  . "$BENCH_ROOT/.ci/postgres.sh"
  start_postgres
  trap cleanup EXIT
}

pg_ctl_run() {
  runuser -u postgres -- "$(pg_bin_dir)/pg_ctl" -D "$PG_DATA" "$@"
}

export_production_env() {
  export DJANGO_SETTINGS_MODULE=config.settings.production
  SECRET_KEY=$("$PYTHON" -c "import secrets; print(secrets.token_urlsafe(50))")
  export SECRET_KEY
  export ALLOWED_HOSTS=127.0.0.1
  export SECURE_SSL_REDIRECT=0
  export MEDIA_ROOT="$BENCH_DIR/media"
  export STATIC_ROOT="$BENCH_DIR/static"
  export CACHE_DIR="$BENCH_DIR/cache"
  export LOG_LEVEL=WARNING
}

prepare_site() {
  cd "$BENCH_ROOT"
  "$PYTHON" manage.py migrate --no-input -v0
  "$PYTHON" manage.py collectstatic --no-input -v0
  # The seed's log lines go to a file: with a search engine but no index yet, every saved page
  # logs a failed index write (queued for replay) until update_index below builds the index.
  PATHS_JSON=$("$PYTHON" manage.py shell < bench/seed.py 2>"$BENCH_DIR/seed.log" | tail -n 1)
  "$PYTHON" manage.py update_index -v0 >/dev/null
}

path_of() {
  "$PYTHON" -c "import json, sys; print(json.loads(sys.argv[1])[sys.argv[2]])" "$PATHS_JSON" "$1"
}

start_app() {
  cd "$BENCH_ROOT"
  GUNICORN_BIND="127.0.0.1:$APP_PORT" "$BENCH_ROOT/.venv/bin/gunicorn" --config gunicorn.conf.py \
    >"$BENCH_DIR/gunicorn.log" 2>&1 &
  GUNICORN_PID=$!
  for _ in $(seq 1 60); do
    if curl -fsS -o /dev/null "$BASE_URL/health/" 2>/dev/null; then
      return 0
    fi
    sleep 1
  done
  echo "gunicorn did not respond on $BASE_URL within 60 s. See the log: $BENCH_DIR/gunicorn.log" >&2
  return 1
}

cleanup() {
  if [ -n "$GUNICORN_PID" ]; then
    kill "$GUNICORN_PID" 2>/dev/null || true
    wait "$GUNICORN_PID" 2>/dev/null || true
  fi
  if [ -n "${PG_DATA:-}" ]; then
    pg_ctl_run -m fast stop >/dev/null 2>&1 || true
  fi
  if [ -z "${BENCH_KEEP:-}" ]; then
    rm -rf "$BENCH_DIR"
  fi
}

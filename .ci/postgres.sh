# Functions to install and start a throwaway PostgreSQL cluster on 127.0.0.1; sourced by .ci/run.

PG_PORT=${PG_PORT:-55432}
PG_DATA=${PG_DATA:-$(mktemp -d /tmp/potret-pg.XXXXXX)}

pg_bin_dir() {
  ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
}

install_postgres() {
  if [ -z "$(pg_bin_dir)" ]; then
    echo "Installing PostgreSQL from Debian packages"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  fi
}

start_postgres() {
  install_postgres
  local bin
  bin=$(pg_bin_dir)
  chown postgres "$PG_DATA"
  runuser -u postgres -- "$bin/initdb" -D "$PG_DATA" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  runuser -u postgres -- "$bin/pg_ctl" -D "$PG_DATA" -l "$PG_DATA/server.log" \
    -o "-p $PG_PORT -c listen_addresses=127.0.0.1 -k /tmp -c fsync=off" -w start >/dev/null
  trap 'runuser -u postgres -- "'"$bin"'/pg_ctl" -D "'"$PG_DATA"'" -m fast stop >/dev/null 2>&1 || true' EXIT
  runuser -u postgres -- "$bin/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -qc "CREATE DATABASE potret" >/dev/null
  export DATABASE_URL="postgres://postgres@127.0.0.1:$PG_PORT/potret"
  export REQUIRE_POSTGRES=1
  echo "PostgreSQL ready on 127.0.0.1:$PG_PORT"
}

# Sourced by test.sh: start a throwaway PostgreSQL cluster on loopback for the
# production-mode test run, export DATABASE_URL, and stop it on exit.
# runuser lives in /usr/sbin, which a minimal PATH (env -i, some CI runners) leaves out.
PATH="$PATH:/usr/sbin:/sbin"
pg_bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
if [ -z "$pg_bin" ]; then
  echo "PostgreSQL ontbreekt: installeer het pakket postgresql (scripts/system-packages.sh)." >&2
  return 1
fi
pg_dir="$(mktemp -d /tmp/samenwerken-pg.XXXXXX)"
pg_port="${PG_PORT:-55432}"
pg_user="$(id -un)"
if [ "$(id -u)" = 0 ]; then
  chown postgres "$pg_dir"
  pg_run() { runuser -u postgres -- "$@"; }
  pg_user=postgres
else
  pg_run() { "$@"; }
fi
pg_run "$pg_bin/initdb" -D "$pg_dir/data" -A trust -U "$pg_user" -E UTF8 --locale=C >/dev/null
pg_run "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/log" -w \
  -o "-p $pg_port -k $pg_dir -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off" start >/dev/null
pg_stop() { pg_run "$pg_bin/pg_ctl" -D "$pg_dir/data" -m fast stop >/dev/null 2>&1 || true; }
trap pg_stop EXIT
export DATABASE_URL="postgres://$pg_user@127.0.0.1:$pg_port/samenwerken"

#!/usr/bin/env bash
# pg-server.sh: a throwaway PostgreSQL 15 server for the tests, on a unix socket only.
#
#   build-aux/pg-server.sh start DIR [--passwords]
#                                      initdb in DIR/data, start it with its socket in DIR,
#                                      create the database "mt_test"; prints the base URI.
#                                      --passwords: every login but "postgres" must give its
#                                      password (scram-sha-256), for the tests of password prompts
#   build-aux/pg-server.sh stop DIR    stop it (immediate) and remove DIR
#
# Run as root, the server runs as the "postgres" user (initdb refuses root) through runuser;
# as any other user, as that user. fsync is off: the data is thrown away after the run.
set -euo pipefail

bin=/usr/lib/postgresql/15/bin
cmd=${1:?usage: pg-server.sh start|stop DIR}
dir=${2:?usage: pg-server.sh start|stop DIR}
passwords=${3:-}

as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

case "$cmd" in
  start)
    mkdir -p "$dir"
    if [ "$(id -u)" -eq 0 ]; then chown postgres "$dir"; fi
    as_owner "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 \
      >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
    if [ "$passwords" = "--passwords" ]; then
      # The superuser still comes in without one, so the tests can make roles.
      printf '%s\n' 'local all postgres trust' 'local all all scram-sha-256' |
        as_owner tee "$dir/data/pg_hba.conf" >/dev/null
    fi
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 start \
      -o "-c listen_addresses='' -c unix_socket_directories='$dir' -c fsync=off \
          -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
      >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
    as_owner "$bin/createdb" -h "$dir" -U postgres mt_test
    echo "postgresql:///mt_test?host=$dir&user=postgres"
    ;;
  stop)
    if [ -d "$dir/data" ]; then
      as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    ;;
  *)
    echo "usage: pg-server.sh start DIR [--passwords] | stop DIR" >&2
    exit 2
    ;;
esac

#!/usr/bin/env bash
# `make run-cluster`: the portal as several stateless API replicas behind a real load balancer (Debian's
# HAProxy), on one machine: the database, HOCVUSO_CLUSTER_REPLICAS (3) replicas of the packaged API, HAProxy
# with health checks in front of them (scripts/cluster/haproxy.cfg, commented), and the web app served
# against the balancer as `make run` serves it against the API. Ctrl-C stops everything.
#
#   scripts/cluster.sh                the cluster in the foreground (`make run-cluster`)
#   scripts/cluster.sh start          package, then start the replicas and HAProxy in the background and
#                                     return (what `make test-cluster` does; `scripts/cluster.sh stop` ends it)
#   scripts/cluster.sh replica N      (re)start replica N (1..) in the background; returns when it is ready
#   scripts/cluster.sh kill N         SIGKILL replica N (the kill test), as a crash would
#   scripts/cluster.sh stop           stop every process the cluster's pid files name
#
# Settings (defaults clear of `make run`'s 8080, 9000 and 5173):
#   HOCVUSO_CLUSTER_REPLICAS [3]  CLUSTER_PORT [8090] the balancer   CLUSTER_STATS_PORT [8099] its statistics
#   CLUSTER_API_PORT [8091] replica N listens on CLUSTER_API_PORT + N - 1, its management (metrics) port
#   on CLUSTER_MANAGEMENT_PORT [9091] + N - 1   WEB_PORT [5174] the web app   CLUSTER_DB [hocvuso] the
#   database   CLUSTER_DIR [.run/cluster] pid files, logs, HAProxy's config and socket
#   CLUSTER_API_ENV ["VAR=value ..."] more settings for every replica   CLUSTER_SKIP_BUILD=1 reuse the package
#   CLUSTER_JAVA_OPTS [-XX:ActiveProcessorCount=<this machine's cores / replicas, at least 1>] JVM options of every
#   replica, after API_JAVA_OPTS: the replicas share this machine's cores, so each sizes its event loops, GC and
#   JIT threads to its share rather than to the whole machine (docs/benchmarks.md, "Three JVMs on two cores")
set -euo pipefail
. "$(dirname "$0")/env.sh"
REPLICAS=${HOCVUSO_CLUSTER_REPLICAS:-3}
LB_PORT=${CLUSTER_PORT:-8090}
STATS_PORT=${CLUSTER_STATS_PORT:-8099}
API_BASE=${CLUSTER_API_PORT:-8091}
MANAGEMENT_BASE=${CLUSTER_MANAGEMENT_PORT:-9091}
WEB_PORT=${WEB_PORT:-5174}
DATABASE=${CLUSTER_DB:-hocvuso}
DIR=${CLUSTER_DIR:-$RUN_DIR/cluster}
mkdir -p "$DIR"
say() { echo "[cluster] $*"; }
die() { echo "[cluster] $*" >&2; exit 1; }
[[ "$REPLICAS" =~ ^[1-9]$ ]] || die "HOCVUSO_CLUSTER_REPLICAS must be 1 to 9 (is '$REPLICAS')"

replica_port() { echo $((API_BASE + $1 - 1)); }
CORES=$(nproc)
SHARE=$((CORES / REPLICAS > 0 ? CORES / REPLICAS : 1))
JAVA_OPTS_OF_REPLICAS=${CLUSTER_JAVA_OPTS--XX:ActiveProcessorCount=$SHARE}

# Every replica's settings are the same but for its ports: that is what lets any of them answer any request.
start_replica() { # start_replica N
  local n=$1 port log="$DIR/replica-$1.log"
  port=$(replica_port "$n")
  port_free "$port" || die "port $port (replica $n) is in use: set CLUSTER_API_PORT"
  [ -s "$ROOT/.secrets/demo-password" ] || die "no demo password yet: run '$0' or '$0 start' first"
  # shellcheck disable=SC2086 # CLUSTER_API_ENV is a list of assignments
  API_JAVA_OPTS="${API_JAVA_OPTS:-} $JAVA_OPTS_OF_REPLICAS" \
    MANAGEMENT_PORT=$((MANAGEMENT_BASE + n - 1)) HOCVUSO_API_PUBLIC_URL="http://localhost:$LB_PORT" \
    start_api "$port" "$DATABASE" "$log" \
    HOCVUSO_CORS_ORIGINS="http://localhost:$WEB_PORT,http://127.0.0.1:$WEB_PORT" \
    HOCVUSO_WEB_BASE_URL="http://localhost:$WEB_PORT" QUARKUS_PROFILE=prod,demo HOCVUSO_DEMO=true \
    HOCVUSO_DEMO_PASSWORD="$(cat "$ROOT/.secrets/demo-password")" HOCVUSO_MEDIA_DIR="$RUN_DIR/media" \
    HOCVUSO_TRUSTED_PROXIES=127.0.0.1/32 ${CLUSTER_API_ENV:-}
  echo "$API_PID" > "$DIR/replica-$n.pid"
  disown "$API_PID" # killing it (`kill N`, a crash) is no job of this shell's to report
  say "replica $n ready on http://127.0.0.1:$port (pid $API_PID, log ${log#"$ROOT"/})"
}

ensure_haproxy() {
  if ! command -v haproxy >/dev/null && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    say "installing HAProxy from Debian (apt-get install haproxy)"
    apt-get install -y -q haproxy >/dev/null 2>&1 || { apt-get update -q >/dev/null 2>&1 && apt-get install -y -q haproxy >/dev/null 2>&1; } || true
  fi
  command -v haproxy >/dev/null || die "HAProxy is not installed and could not be: run 'sudo apt-get install haproxy'"
}

start_haproxy() {
  local servers=() n
  for n in $(seq 1 "$REPLICAS"); do servers+=("replica$n=127.0.0.1:$(replica_port "$n")"); done
  "$ROOT/scripts/cluster/haproxy-config.sh" "$DIR" 127.0.0.1 "$LB_PORT" "$STATS_PORT" "" "${servers[@]}" > "$DIR/haproxy.cfg"
  haproxy -c -q -f "$DIR/haproxy.cfg" || die "HAProxy refuses $DIR/haproxy.cfg (made from scripts/cluster/haproxy.cfg)"
  haproxy -db -f "$DIR/haproxy.cfg" > "$DIR/haproxy.log" 2>&1 &
  echo $! > "$DIR/haproxy.pid"
  wait_for_http "http://127.0.0.1:$LB_PORT/q/health/ready" 30 haproxy "$DIR/haproxy.log"
  say "HAProxy on http://127.0.0.1:$LB_PORT (statistics: http://127.0.0.1:$STATS_PORT/)"
}

stop_all() {
  local f pid
  for f in "$DIR"/*.pid; do
    [ -e "$f" ] || continue
    pid=$(cat "$f")
    kill "$pid" 2>/dev/null || true
    rm -f "$f"
  done
}

start_cluster() {
  local port n
  for port in "$LB_PORT" "$STATS_PORT" $(for n in $(seq 1 "$REPLICAS"); do replica_port "$n"; echo $((MANAGEMENT_BASE + n - 1)); done); do
    port_free "$port" || die "port $port is in use (another cluster?): set CLUSTER_PORT, CLUSTER_STATS_PORT, CLUSTER_API_PORT or CLUSTER_MANAGEMENT_PORT"
  done
  ensure_haproxy
  "$ROOT/scripts/db.sh" ensure "$DATABASE"
  load_db_env
  "$ROOT/scripts/keys.sh"
  [ -s "$ROOT/.secrets/demo-password" ] || echo "demo-$(head -c 9 /dev/urandom | base64 | tr -d '/+=' | tr 'A-Z' 'a-z')" > "$ROOT/.secrets/demo-password"
  if [ -z "${CLUSTER_SKIP_BUILD:-}" ]; then
    say "building the API"
    (cd "$ROOT/backend" && ./mvnw -B -q package -DskipTests)
  fi
  # Replica 1 alone first: it migrates the database and seeds the demo data; the others then find both done
  # (Flyway's lock would serialise them anyway, but each would wait out its start time behind it).
  for n in $(seq 1 "$REPLICAS"); do start_replica "$n"; done
  start_haproxy
}

case "${1:-run}" in
  start) start_cluster ;;
  replica) load_db_env; start_replica "${2:?usage: cluster.sh replica N}" ;;
  kill)
    pid=$(cat "$DIR/replica-${2:?usage: cluster.sh kill N}.pid" 2>/dev/null) || die "replica $2 is not running"
    kill -KILL "$pid"; rm -f "$DIR/replica-$2.pid"; say "replica $2 killed (SIGKILL, pid $pid)" ;;
  stop) stop_all ;;
  run)
    port_free "$WEB_PORT" || die "port $WEB_PORT is in use: set WEB_PORT"
    trap 'stop_all; kill "${WEB_PID:-}" 2>/dev/null || true' EXIT INT TERM
    start_cluster
    "$ROOT/scripts/media.sh" ensure
    "$ROOT/scripts/media.sh" seed "http://127.0.0.1:$LB_PORT" 0900000004
    say "building the web app"
    frontend_deps
    (cd "$ROOT/frontend" && npm run --silent build >/dev/null)
    frontend_config "http://localhost:$LB_PORT"
    start_web 0.0.0.0 "$WEB_PORT" "$DIR/frontend.log"
    cat <<MSG

  Học vụ số is running as $REPLICAS API replicas behind HAProxy.
    Web app        http://localhost:$WEB_PORT   (it calls the API through the balancer)
    API            http://localhost:$LB_PORT/api/v1   (the balancer; answers carry X-Hocvuso-Replica)
    Balancer       http://127.0.0.1:$STATS_PORT/   (each replica's state; CSV at /;csv)
    Replicas       $(for n in $(seq 1 "$REPLICAS"); do printf 'http://127.0.0.1:%s  ' "$(replica_port "$n")"; done)
    Logs           ${DIR#"$ROOT"/}/replica-N.log, haproxy.log, frontend.log
    Try            scripts/cluster.sh kill 2 (in another terminal; CLUSTER_* settings as here): the balancer
                   routes around it; scripts/cluster.sh replica 2 brings it back

  Demo accounts as with 'make run' (password in .secrets/demo-password). Press Ctrl-C to stop.
MSG
    # Until Ctrl-C, or HAProxy or the web app ending; a replica that dies is HAProxy's to route around.
    wait -n "$(cat "$DIR/haproxy.pid")" "$WEB_PID" ;;
  *) die "usage: cluster.sh [run|start|replica N|kill N|stop]" ;;
esac

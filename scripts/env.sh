# Sourced by the other scripts: the JDK, the database settings and the paths they share.
# shellcheck shell=bash
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
RUN_DIR="$ROOT/.run"
mkdir -p "$RUN_DIR"
JAVA_HOME=$("$ROOT/scripts/java-home.sh") || exit 1
export JAVA_HOME PATH="$JAVA_HOME/bin:$PATH"

need() { # need COMMAND "how to install it"
  command -v "$1" >/dev/null || { echo "[setup] '$1' is missing: $2" >&2; exit 1; }
}

load_db_env() {
  set -a; . "$ROOT/.secrets/db.env"; set +a
}

wait_for_http() { # wait_for_http URL SECONDS NAME LOGFILE
  local url=$1 seconds=$2 name=$3 log=$4
  for _ in $(seq 1 "$seconds"); do
    if curl -fsS -o /dev/null "$url" 2>/dev/null; then return 0; fi
    sleep 1
  done
  echo "[$name] did not answer at $url within ${seconds}s; the last lines of $log:" >&2
  tail -n 40 "$log" >&2
  return 1
}

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# Installs the frontend's packages when they are missing or older than the lock file.
frontend_deps() {
  need node "install Node.js 20.19 or newer (e.g. from nodejs.org or 'apt-get install nodejs npm')"
  need npm "install npm (it comes with Node.js)"
  if [ ! -d "$ROOT/frontend/node_modules" ] || [ "$ROOT/frontend/package-lock.json" -nt "$ROOT/frontend/node_modules/.package-lock.json" ]; then
    (cd "$ROOT/frontend" && npm ci --no-audit --no-fund --loglevel=error)
  fi
}

# Writes the run-time configuration of a built frontend (one build serves any backend).
frontend_config() { # frontend_config API_BASE_URL
  printf 'window.__HOCVUSO_CONFIG__ = { apiBaseUrl: "%s" };\n' "$1" > "$ROOT/frontend/dist/config.js"
}

# Starts the packaged API in the background and waits until it is ready; sets API_PID.
#   start_api PORT DATABASE LOG [VAR=value ...]   (extra settings as environment assignments;
#   API_JAVA_OPTS, if set, are the JVM's options)
# The metrics are on the management port: MANAGEMENT_PORT, else PORT + 100. API_START_SECONDS (default 90):
# how long it may take to be ready (a niced API migrating a new database on a loaded machine takes longer).
# The e2e run, the benchmarks and the soak complete lessons in one report, so the plausible-completion
# check (issue 12) is off for them unless HOCVUSO_PLAUSIBLE_COMPLETION says otherwise; `make run` turns it on.
start_api() {
  local port=$1 database=$2 log=$3; shift 3
  # An API left running on the port (a run stopped half-way) would answer the readiness check for this one.
  if ! port_free "$port"; then echo "[api] port $port is already taken: stop what listens there first" >&2; return 1; fi
  env HOCVUSO_HTTP_PORT="$port" HOCVUSO_MANAGEMENT_PORT="${MANAGEMENT_PORT:-$((port + 100))}" \
      HOCVUSO_DB_NAME="$database" HOCVUSO_LOG_JSON=false \
      HOCVUSO_PLAUSIBLE_COMPLETION="${HOCVUSO_PLAUSIBLE_COMPLETION:-false}" \
      HOCVUSO_JWT_PRIVATE_KEY="$ROOT/.secrets/jwt/private.pem" HOCVUSO_JWT_PUBLIC_KEY="$ROOT/.secrets/jwt/public.pem" \
      HOCVUSO_CREDENTIAL_KEY_DIR="${HOCVUSO_CREDENTIAL_KEY_DIR:-$ROOT/.secrets/credential-keys}" \
      HOCVUSO_API_PUBLIC_URL="${HOCVUSO_API_PUBLIC_URL:-http://127.0.0.1:$port}" \
      "$@" java ${API_JAVA_OPTS:-} -jar "$ROOT/backend/target/quarkus-app/quarkus-run.jar" > "$log" 2>&1 &
  API_PID=$!
  wait_for_http "http://127.0.0.1:$port/q/health/ready" "${API_START_SECONDS:-90}" api "$log"
}

# Serves the built web app (frontend/dist) in the background; sets WEB_PID.   start_web HOST PORT LOG
start_web() {
  local host=$1 port=$2 log=$3
  # vite itself, not through npx: npx runs it as a child that a kill of WEB_PID would leave serving
  (cd "$ROOT/frontend" && exec ./node_modules/.bin/vite preview --host "$host" --port "$port" --strictPort) > "$log" 2>&1 &
  WEB_PID=$!
  wait_for_http "http://127.0.0.1:$port/" 30 web "$log"
}

# Serves the built web app (frontend/dist) the way production does: nginx with frontend/nginx.conf and
# the headers and config.js that frontend/docker-entrypoint.d/40-config.sh writes. nginx comes from
# Debian (installed here when running as root); without it, `vite preview` serves dist/ instead, without
# the production headers and compression. Sets WEB_PID and WEB_SERVER ("nginx" or "vite preview").
#   start_web_production PORT API_BASE_URL LOG [same-origin]
# With "same-origin", nginx proxies /api/ to API_BASE_URL and the app calls its own origin
# (HOCVUSO_API_UPSTREAM, docs/operations.md); vite preview cannot, and serves it cross-origin instead.
start_web_production() {
  # $5: the build to serve (default frontend/dist; the web bench's A/B serves a reference build beside it)
  local port=$1 api=$2 log=$3 mode=${4:-cross-origin} dist=${5:-$ROOT/frontend/dist} dir="$RUN_DIR/nginx-$1" upstream=
  [ "$mode" = same-origin ] && upstream=$api
  if ! command -v nginx >/dev/null && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "[web] installing nginx from Debian (apt-get install nginx-light)"
    apt-get install -y -q nginx-light >/dev/null 2>&1 || { apt-get update -q >/dev/null 2>&1 && apt-get install -y -q nginx-light >/dev/null 2>&1; } || true
  fi
  if ! command -v nginx >/dev/null; then
    echo "[web] nginx is not installed (apt-get install nginx-light): serving dist/ with vite preview, without the production headers" >&2
    frontend_config "$api"
    start_web 127.0.0.1 "$port" "$log"
    WEB_SERVER="vite preview, the API on another origin"
    return
  fi
  rm -rf "$dir" && mkdir -p "$dir/tmp" "$dir/snippets" "$dir/config"
  # config.js of its own (served from $dir/config), so servers of one build may differ in it
  HOCVUSO_API_BASE_URL="$api" HOCVUSO_API_UPSTREAM="$upstream" HOCVUSO_HTML_DIR="$dir/config" \
    HOCVUSO_NGINX_SNIPPETS="$dir/snippets" sh "$ROOT/frontend/docker-entrypoint.d/40-config.sh" >> "$log"
  sed -e "s#listen 80;#listen 127.0.0.1:$port;#" -e "s#root /usr/share/nginx/html;#root $dist;#" \
      -e "s#location = /config.js {#location = /config.js { root $dir/config;#" \
      -e "s#/etc/nginx/hocvuso/#$dir/snippets/#g" "$ROOT/frontend/nginx.conf" > "$dir/site.conf"
  grep -q "root $dir/config;" "$dir/site.conf" || { echo "[web] frontend/nginx.conf has no 'location = /config.js {'" >&2; return 1; }
  cat > "$dir/nginx.conf" <<NGINX
# Written by scripts/env.sh (start_web_production): frontend/nginx.conf on 127.0.0.1:$port.
worker_processes 1;
daemon off;
pid $dir/nginx.pid;
error_log $dir/error.log warn;
$( [ "$(id -u)" = 0 ] && echo "user root;" )
events { worker_connections 256; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
    sendfile on;
    client_body_temp_path $dir/tmp/body;
    proxy_temp_path $dir/tmp/proxy;
    fastcgi_temp_path $dir/tmp/fastcgi;
    uwsgi_temp_path $dir/tmp/uwsgi;
    scgi_temp_path $dir/tmp/scgi;
    include $dir/site.conf;
}
NGINX
  nginx -t -q -c "$dir/nginx.conf" -e "$dir/error.log" >> "$log" 2>&1 || { cat "$log" >&2; return 1; }
  nginx -c "$dir/nginx.conf" -e "$dir/error.log" >> "$log" 2>&1 &
  WEB_PID=$!
  WEB_SERVER="nginx $(nginx -v 2>&1 | sed 's#.*/##'), the API $( [ -n "$upstream" ] && echo "proxied on the same origin" || echo "on another origin")"
  wait_for_http "http://127.0.0.1:$port/" 30 web "$log"
}

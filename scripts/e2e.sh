#!/usr/bin/env bash
# End-to-end tests: a throw-away database, the packaged API and the built web app on ports of their
# own, and the browser tests (frontend/e2e) driving Debian's Chromium against them.
# E2E_SPECS=e2e/retake.e2e.ts runs the named spec files only; E2E_SKIP_BUILD=1 tests the web app already
# built in frontend/dist (e.g. while `make bench` serves that build: a new build would empty it under it).
set -euo pipefail
. "$(dirname "$0")/env.sh"
API_PORT=${E2E_API_PORT:-18080}
WEB_PORT=${E2E_WEB_PORT:-15173}
E2E_DB=${E2E_DB:-hocvuso_e2e}
# a second origin for the app, served by the offline test itself (it switches that server off)
SPARE_WEB_PORT=$((WEB_PORT + 1))
# a third: the same build served the production way (nginx, frontend/nginx.conf and its CSP), for
# media.e2e.ts, so that a CSP that refuses the API's media fails a test
NGINX_WEB_PORT=${E2E_NGINX_PORT:-$((WEB_PORT + 2))}
# a fourth: the same, with the API proxied on the app's origin (HOCVUSO_API_UPSTREAM), also for media.e2e.ts
NGINX_SAME_ORIGIN_PORT=${E2E_NGINX_SAME_ORIGIN_PORT:-$((WEB_PORT + 3))}
# the SMS provider (eSMS) played by frontend/e2e/sms-peer.mjs: reset and setup codes are read back from it
SMS_PORT=${E2E_SMS_PORT:-$((API_PORT + 1))}
CHROMIUM_PATH=$("$ROOT/scripts/ensure-chromium.sh")
export CHROMIUM_PATH

"$ROOT/scripts/db.sh" recreate "$E2E_DB"
load_db_env
"$ROOT/scripts/keys.sh"
E2E_DEMO_PASSWORD="e2e-$(head -c 9 /dev/urandom | base64 | tr -d '/+=')"
[ -f "$ROOT/backend/target/quarkus-app/quarkus-run.jar" ] || (cd "$ROOT/backend" && ./mvnw -B -q package -DskipTests)
frontend_deps
[ "${E2E_SKIP_BUILD:-}" = 1 ] && [ -f "$ROOT/frontend/dist/index.html" ] || (cd "$ROOT/frontend" && npm run --silent build >/dev/null)
frontend_config "http://127.0.0.1:$API_PORT"

# the API's clock, moved by cooldown.e2e.ts (an ISO-8601 duration added to the real time; common/Clocks.java)
CLOCK_FILE="$RUN_DIR/e2e-clock-offset-$API_PORT"
rm -f "$CLOCK_FILE"
# uploaded videos and spoken lessons and questions of this run, under .run/ (not the API's default data/media)
MEDIA_DIR="$RUN_DIR/e2e-media-$API_PORT"
rm -rf "$MEDIA_DIR"

cleanup() { kill "${API_PID:-}" "${WEB_PID:-}" "${NGINX_PID:-}" "${NGINX_SAME_ORIGIN_PID:-}" "${SMS_PID:-}" 2>/dev/null || true; }
trap cleanup EXIT INT TERM

node "$ROOT/frontend/e2e/sms-peer.mjs" "$SMS_PORT" > "$RUN_DIR/e2e-sms.log" 2>&1 &
SMS_PID=$!

start_api "$API_PORT" "$E2E_DB" "$RUN_DIR/e2e-backend.log" \
  HOCVUSO_CORS_ORIGINS="http://127.0.0.1:$WEB_PORT,http://localhost:$WEB_PORT,http://127.0.0.1:$SPARE_WEB_PORT,http://127.0.0.1:$NGINX_WEB_PORT,http://127.0.0.1:$NGINX_SAME_ORIGIN_PORT" \
  HOCVUSO_WEB_BASE_URL="http://127.0.0.1:$WEB_PORT" QUARKUS_PROFILE=prod,demo HOCVUSO_DEMO=true \
  HOCVUSO_DEMO_PASSWORD="$E2E_DEMO_PASSWORD" HOCVUSO_CLOCK_OFFSET_FILE="$CLOCK_FILE" \
  HOCVUSO_MEDIA_DIR="$MEDIA_DIR" \
  HOCVUSO_NOTIFICATIONS_SMS_URL="http://127.0.0.1:$SMS_PORT" HOCVUSO_NOTIFICATIONS_SMS_API_KEY=e2e \
  HOCVUSO_NOTIFICATIONS_SMS_SECRET_KEY=e2e HOCVUSO_NOTIFICATIONS_SMS_BRANDNAME=HOCVUSO
start_web_production "$NGINX_WEB_PORT" "http://127.0.0.1:$API_PORT" "$RUN_DIR/e2e-nginx.log"
NGINX_PID=$WEB_PID
E2E_NGINX_SERVER=$WEB_SERVER
start_web_production "$NGINX_SAME_ORIGIN_PORT" "http://127.0.0.1:$API_PORT" "$RUN_DIR/e2e-nginx-same-origin.log" same-origin
NGINX_SAME_ORIGIN_PID=$WEB_PID
start_web 127.0.0.1 "$WEB_PORT" "$RUN_DIR/e2e-frontend.log"

cd "$ROOT/frontend"
E2E_WEB_URL="http://127.0.0.1:$WEB_PORT" E2E_API_URL="http://127.0.0.1:$API_PORT" \
E2E_DEMO_PASSWORD="$E2E_DEMO_PASSWORD" E2E_DB="$E2E_DB" E2E_SPARE_WEB_PORT="$SPARE_WEB_PORT" E2E_SMS_URL="http://127.0.0.1:$SMS_PORT" \
E2E_NGINX_URL="http://127.0.0.1:$NGINX_WEB_PORT" E2E_NGINX_SAME_ORIGIN_URL="http://127.0.0.1:$NGINX_SAME_ORIGIN_PORT" E2E_NGINX_SERVER="$E2E_NGINX_SERVER" E2E_CLOCK_FILE="$CLOCK_FILE" npm run --silent e2e -- ${E2E_SPECS:-}

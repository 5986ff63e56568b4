#!/usr/bin/env bash
# `make run`: the whole portal on this machine, as it is deployed: a migrated PostgreSQL database
# with reference and demo data, the API (packaged jar, production profile) and the web app (built,
# served on its own port). Ctrl-C stops both.
set -euo pipefail
. "$(dirname "$0")/env.sh"
API_PORT=${API_PORT:-8080}
WEB_PORT=${WEB_PORT:-5173}
export MANAGEMENT_PORT=${MANAGEMENT_PORT:-9000}
for port in "$API_PORT" "$WEB_PORT" "$MANAGEMENT_PORT"; do
  port_free "$port" || { echo "[run] port $port is in use (another 'make run'?). Stop it, or set API_PORT / WEB_PORT / MANAGEMENT_PORT." >&2; exit 1; }
done

"$ROOT/scripts/db.sh" ensure hocvuso
load_db_env
"$ROOT/scripts/keys.sh"
[ -s "$ROOT/.secrets/demo-password" ] || echo "demo-$(head -c 9 /dev/urandom | base64 | tr -d '/+=' | tr 'A-Z' 'a-z')" > "$ROOT/.secrets/demo-password"
DEMO_PASSWORD=$(cat "$ROOT/.secrets/demo-password")

"$ROOT/scripts/media.sh" ensure
echo "[run] building the API"
(cd "$ROOT/backend" && ./mvnw -B -q package -DskipTests)
echo "[run] building the web app"
frontend_deps
(cd "$ROOT/frontend" && npm run --silent build >/dev/null)
frontend_config "http://localhost:$API_PORT"

# Which notification channels the API will have on, from the settings it reads; how to turn on the others.
notification_channels() {
  echo "    in-app     on (the bell in the web app; always on)"
  if [ "${HOCVUSO_NOTIFICATIONS_EMAIL:-false}" = true ] && [ -n "${QUARKUS_MAILER_HOST:-}" ]; then
    echo "    e-mail     on (SMTP $QUARKUS_MAILER_HOST)"
  else
    echo "    e-mail     off: set HOCVUSO_NOTIFICATIONS_EMAIL=true, QUARKUS_MAILER_HOST, QUARKUS_MAILER_PORT, QUARKUS_MAILER_FROM"
  fi
  if [ -n "${HOCVUSO_NOTIFICATIONS_SMS_URL:-}" ] && [ -n "${HOCVUSO_NOTIFICATIONS_SMS_API_KEY:-}" ]; then
    echo "    SMS        on (eSMS at $HOCVUSO_NOTIFICATIONS_SMS_URL)"
  else
    echo "    SMS        off: set HOCVUSO_NOTIFICATIONS_SMS_URL, _API_KEY, _SECRET_KEY, _BRANDNAME (eSMS)"
  fi
  if [ -n "${HOCVUSO_NOTIFICATIONS_ZALO_URL:-}" ] && [ -n "${HOCVUSO_NOTIFICATIONS_ZALO_ACCESS_TOKEN:-}" ]; then
    echo "    Zalo ZNS   on ($HOCVUSO_NOTIFICATIONS_ZALO_URL)"
  else
    echo "    Zalo ZNS   off: set HOCVUSO_NOTIFICATIONS_ZALO_URL, _ACCESS_TOKEN and _TEMPLATE_IDS_<KIND>"
  fi
}

cleanup() { kill "${API_PID:-}" "${WEB_PID:-}" 2>/dev/null || true; }
trap cleanup EXIT INT TERM

start_api "$API_PORT" hocvuso "$RUN_DIR/backend.log" \
  HOCVUSO_CORS_ORIGINS="http://localhost:$WEB_PORT,http://127.0.0.1:$WEB_PORT" \
  HOCVUSO_WEB_BASE_URL="http://localhost:$WEB_PORT" QUARKUS_PROFILE=prod,demo HOCVUSO_DEMO=true \
  HOCVUSO_DEMO_PASSWORD="$DEMO_PASSWORD" HOCVUSO_MEDIA_DIR="$RUN_DIR/media" HOCVUSO_PLAUSIBLE_COMPLETION="${HOCVUSO_PLAUSIBLE_COMPLETION:-true}"
# The two seeded video lessons get real videos (made once into .cache/media/, uploaded through the API).
"$ROOT/scripts/media.sh" seed "http://127.0.0.1:$API_PORT" 0900000004
start_web 0.0.0.0 "$WEB_PORT" "$RUN_DIR/frontend.log"

cat <<MSG

  Học vụ số is running.
    Web app        http://localhost:$WEB_PORT
    API            http://localhost:$API_PORT/api/v1   (contract: http://localhost:$API_PORT/q/openapi)
    Health         http://localhost:$API_PORT/q/health  Metrics: http://localhost:$MANAGEMENT_PORT/q/metrics
    Logs           .run/backend.log, .run/frontend.log

  Demo accounts (password for all: $DEMO_PASSWORD, kept in .secrets/demo-password):
    0900000001  Nguyễn Thị Hoa   learner, Xã Tịnh Khê
    0900000002  Trần Văn Nam     unit manager of Xã Tịnh Khê
    0900000003  Lê Thị Mai       agency manager, Sở Khoa học và Công nghệ
    0900000004  Phạm Quốc Bảo    province administrator

  Notifications (docs/notifications.md; the API's log says the same at start):
$(notification_channels)

  Press Ctrl-C to stop.
MSG
wait -n "$API_PID" "$WEB_PID"

#!/usr/bin/env bash
# `make dev`: Quarkus dev mode (live reload, Swagger UI at /api/docs) and the Vite dev server.
set -euo pipefail
. "$(dirname "$0")/env.sh"
"$ROOT/scripts/db.sh" ensure hocvuso hocvuso_test
load_db_env
"$ROOT/scripts/keys.sh"
[ -s "$ROOT/.secrets/demo-password" ] || echo "demo-$(head -c 9 /dev/urandom | base64 | tr -d '/+=' | tr 'A-Z' 'a-z')" > "$ROOT/.secrets/demo-password"
frontend_deps
cleanup() { kill "${WEB_PID:-}" 2>/dev/null || true; }
trap cleanup EXIT INT TERM
(cd "$ROOT/frontend" && VITE_API_BASE_URL=http://localhost:8080 exec npm run dev -- --port 5173 --strictPort) &
WEB_PID=$!
echo "[dev] web app: http://localhost:5173  API: http://localhost:8080  Swagger UI: http://localhost:8080/api/docs"
echo "[dev] demo password: $(cat "$ROOT/.secrets/demo-password")"
cd "$ROOT/backend"
HOCVUSO_JWT_PRIVATE_KEY="$ROOT/.secrets/jwt/private.pem" HOCVUSO_JWT_PUBLIC_KEY="$ROOT/.secrets/jwt/public.pem" \
HOCVUSO_DEMO_PASSWORD="$(cat "$ROOT/.secrets/demo-password")" ./mvnw quarkus:dev

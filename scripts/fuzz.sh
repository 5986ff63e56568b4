#!/usr/bin/env bash
# The contract fuzzer (make test-fuzz, part of make test): the packaged API on a throw-away database and
# port of its own, and fuzz/fuzz.mjs sending it requests that fast-check draws from openapi.yaml.
# The fuzzer's own settings pass through: FUZZ_SEED (replay a run), FUZZ_RUNS, FUZZ_OPERATION,
# FUZZ_PATH, FUZZ_SHRINK_SECONDS (fuzz/README.md).
set -euo pipefail
. "$(dirname "$0")/env.sh"
API_PORT=${FUZZ_API_PORT:-18090}
FUZZ_DB=${FUZZ_DB:-hocvuso_fuzz}

"$ROOT/scripts/db.sh" recreate "$FUZZ_DB"
load_db_env
"$ROOT/scripts/keys.sh"
[ -f "$ROOT/backend/target/quarkus-app/quarkus-run.jar" ] || (cd "$ROOT/backend" && ./mvnw -B -q package -DskipTests)
need node "install Node.js 20.19 or newer (e.g. from nodejs.org or 'apt-get install nodejs npm')"
if [ ! -d "$ROOT/fuzz/node_modules" ] || [ "$ROOT/fuzz/package-lock.json" -nt "$ROOT/fuzz/node_modules/.package-lock.json" ]; then
  (cd "$ROOT/fuzz" && npm ci --no-audit --no-fund --loglevel=error)
fi

# the fuzzer's own verdicts first: that they fail on answers whose fault is known (fuzz/fuzz.test.mjs)
(cd "$ROOT/fuzz" && node --test --test-reporter=dot fuzz.test.mjs)

cleanup() { kill "${API_PID:-}" 2>/dev/null || true; }
trap cleanup EXIT INT TERM

# The production profile, as deployed: no demo accounts, the limits per address and account on.
# Media the fuzzer's administrator uploads go to a throw-away folder, not ./data/media.
rm -rf "$RUN_DIR/fuzz-media"
start_api "$API_PORT" "$FUZZ_DB" "$RUN_DIR/fuzz-backend.log" QUARKUS_PROFILE=prod HOCVUSO_MEDIA_DIR="$RUN_DIR/fuzz-media"
echo "[fuzz] the API's log: $RUN_DIR/fuzz-backend.log"
FUZZ_API_URL="http://127.0.0.1:$API_PORT" FUZZ_JWT_KEY="$ROOT/.secrets/jwt/private.pem" node "$ROOT/fuzz/fuzz.mjs"

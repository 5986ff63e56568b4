#!/usr/bin/env bash
# Creates the development key pair for signing access tokens in .secrets/jwt (git-ignored), once.
# Production never uses these: it mounts its own pair and sets HOCVUSO_JWT_PRIVATE_KEY/PUBLIC_KEY.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=.secrets/jwt
if [ -s "$dir/private.pem" ] && [ -s "$dir/public.pem" ]; then exit 0; fi
command -v openssl >/dev/null || { echo "[keys] openssl is needed to create the development key pair: apt-get install openssl" >&2; exit 1; }
mkdir -p "$dir"; chmod 700 .secrets "$dir"
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$dir/private.pem" 2>/dev/null
openssl pkey -in "$dir/private.pem" -pubout -out "$dir/public.pem"
chmod 600 "$dir/private.pem"
echo "[keys] created a development key pair in $dir" >&2

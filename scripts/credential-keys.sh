#!/usr/bin/env bash
# The issuer's signing keys for verifiable credentials (docs/operations.md, "Signing keys"), one PEM file each
# in $HOCVUSO_CREDENTIAL_KEY_DIR (default .secrets/credential-keys, git-ignored).
#
#   scripts/credential-keys.sh rotate   a new current key (ECDSA P-256); the older ones stay and keep verifying
#   scripts/credential-keys.sh list     the files, newest (the one that signs) first
#
# The API makes the first key itself when the folder is empty, and every replica reads the folder again within a
# minute: a rotation needs no restart.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${HOCVUSO_CREDENTIAL_KEY_DIR:-.secrets/credential-keys}
case "${1:-}" in
  rotate)
    command -v openssl >/dev/null || { echo "[keys] openssl is needed: apt-get install openssl" >&2; exit 1; }
    mkdir -p "$dir"; chmod 700 "$dir"
    name=$(date -u +%Y%m%dT%H%M%SZ)
    newest=$(ls "$dir"/*.pem 2>/dev/null | sed 's|.*/||; s|\.pem$||' | LC_ALL=C sort | tail -1 || true)
    # Always newer than the newest key, even within the same second or with a clock set back.
    if [[ -n "$newest" && ! "$name" > "$newest" ]]; then name="$newest-1"; fi
    tmp=$(mktemp "$dir/.new-XXXXXX")
    chmod 600 "$tmp"
    openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$tmp" 2>/dev/null
    openssl pkey -in "$tmp" -pubout >> "$tmp"
    # A link never replaces a file: a key the API made at the same second keeps its name.
    target="$dir/$name.pem"; n=0
    until ln "$tmp" "$target" 2>/dev/null; do n=$((n + 1)); target="$dir/$name-$n.pem"; done
    rm "$tmp"
    echo "[keys] $target is the new current signing key (replicas take it up within a minute)" >&2
    ;;
  list)
    ls "$dir"/*.pem 2>/dev/null | LC_ALL=C sort -r || echo "[keys] no key yet in $dir (the API makes one at start)" >&2
    ;;
  *)
    sed -n '2,9p' "$0" >&2; exit 2 ;;
esac

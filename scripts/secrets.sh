#!/usr/bin/env bash
# The keys that are NOT in the database backups, backed up apart from them (docs/operations.md,
# "Secrets and keys"). Without the repository's passphrase no backup can be read; without the token
# key pair every session must log in again. They must never travel with the data they protect.
#
#   make secrets-backup [DEST=/media/usb]   an encrypted bundle (GnuPG, AES-256, a passphrase you type
#                                           or SECRETS_PASSPHRASE_FILE) of the files below, into DEST
#   make secrets-restore FILE=bundle.gpg    puts them back where they were (asks before overwriting,
#                                           SECRETS_OVERWRITE=yes does not ask)
#
# The bundle holds, of the following, those that exist here (absolute paths, owners and modes kept):
#   * the token key pair: $HOCVUSO_JWT_PRIVATE_KEY / $HOCVUSO_JWT_PUBLIC_KEY [.secrets/jwt/*.pem];
#   * the backup settings ($HOCVUSO_BACKUP_ENV), pgBackRest's configuration (holds the repository's
#     passphrase and any S3 credentials) and the passphrase file;
#   * the database role's password (.secrets/db-password, .secrets/db.env);
#   * SECRETS_EXTRA: further files, space-separated (e.g. certificate signing keys once they exist).
set -euo pipefail
SCRIPT=secrets
. "$(dirname "$0")/backup-lib.sh"
command -v gpg >/dev/null || die "GnuPG is missing: apt-get install gnupg"

# A GnuPG home of our own: nothing is read from or left in the operator's keyring.
GNUPGHOME=$(mktemp -d); export GNUPGHOME
work=$(mktemp -d)
trap 'gpgconf --kill gpg-agent 2>/dev/null || true; rm -rf "$GNUPGHOME" "$work"' EXIT
gpg_args=(--yes --quiet --pinentry-mode loopback)
if [ -n "${SECRETS_PASSPHRASE_FILE:-}" ]; then
  gpg_args+=(--batch --passphrase-file "$SECRETS_PASSPHRASE_FILE")
elif [ ! -t 0 ]; then
  die "no terminal to type the bundle's passphrase in: set SECRETS_PASSPHRASE_FILE"
fi

backup() {
  local files=() file dest bundle
  for file in "${HOCVUSO_JWT_PRIVATE_KEY:-$BACKUP_ROOT/.secrets/jwt/private.pem}" \
              "${HOCVUSO_JWT_PUBLIC_KEY:-$BACKUP_ROOT/.secrets/jwt/public.pem}" \
              "$BACKUP_ROOT/.secrets/db-password" "$BACKUP_ROOT/.secrets/db.env" "$BACKUP_ENV"; do
    [ ! -f "$file" ] || files+=("$(readlink -f "$file")")
  done
  if [ -r "$BACKUP_ENV" ]; then
    load_backup_env
    for file in "$HOCVUSO_BACKUP_CONFIG" "$HOCVUSO_BACKUP_CIPHER_PASS_FILE"; do
      [ ! -f "$file" ] || files+=("$(readlink -f "$file")")
    done
  else
    say "warning: backups are not set up here ($BACKUP_ENV missing): the bundle has no repository passphrase"
  fi
  for file in ${SECRETS_EXTRA:-}; do
    [ -f "$file" ] || die "SECRETS_EXTRA: $file is not a file"
    files+=("$(readlink -f "$file")")
  done
  [ ${#files[@]} -gt 0 ] || die "no secret found to back up"
  dest=${DEST:-$BACKUP_ROOT/.secrets/bundles}
  mkdir -p "$dest"
  bundle=$dest/hocvuso-secrets-$(hostname -s)-$(date -u +%Y%m%dT%H%M%SZ).tar.gz.gpg
  printf '%s\n' "${files[@]#/}" > "$work/list"
  tar -C / -czf "$work/bundle.tar.gz" -T "$work/list"
  (umask 077 && gpg "${gpg_args[@]}" --symmetric --cipher-algo AES256 -o "$bundle" "$work/bundle.tar.gz")
  say "wrote $bundle (sha256 $(sha256sum "$bundle" | cut -c1-16)…) holding:"
  printf '  /%s\n' "${files[@]#/}" >&2
  say "keep it apart from the backup repository (another site, offline), and its passphrase apart from both."
}

restore() {
  local bundle=${FILE:-${1:-}} file answer
  [ -n "$bundle" ] && [ -r "$bundle" ] || die "usage: make secrets-restore FILE=hocvuso-secrets-….tar.gz.gpg"
  gpg "${gpg_args[@]}" -d -o "$work/bundle.tar.gz" "$bundle" || die "cannot decrypt $bundle (wrong passphrase?)"
  tar -tzf "$work/bundle.tar.gz" > "$work/contents"
  : > "$work/list"
  local interactive=; [ ! -t 0 ] || interactive=1
  while read -r file; do
    if [ -e "/$file" ] && [ "${SECRETS_OVERWRITE:-ask}" != yes ]; then
      [ -n "$interactive" ] || die "/$file exists; SECRETS_OVERWRITE=yes replaces it"
      read -r -p "[secrets] /$file exists. Replace it? [y/N] " answer </dev/tty
      case $answer in y|Y|yes) ;; *) continue ;; esac
    fi
    echo "$file" >> "$work/list"
  done < "$work/contents"
  [ -s "$work/list" ] || { say "nothing restored"; return 0; }
  tar -C / -xzpf "$work/bundle.tar.gz" -T "$work/list"
  say "restored:"; sed 's|^|  /|' "$work/list" >&2
}

case ${1:-} in
  backup) backup ;;
  restore) shift; restore "$@" ;;
  *) die "usage: secrets.sh backup | restore FILE" ;;
esac

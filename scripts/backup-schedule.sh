#!/usr/bin/env bash
# `make backup-schedule`: installs the backup schedule of scripts/backup/ (docs/operations.md,
# "Schedule"): weekly full, daily differential, incrementals at 07:30, 13:30 and 19:30 Vietnam time.
# systemd timers where systemd runs, else /etc/cron.d/hocvuso-backup; HOCVUSO_BACKUP_SCHEDULER=systemd|cron
# chooses. The units call this checkout's scripts/backup.sh with this checkout's settings
# ($HOCVUSO_BACKUP_ENV), so keep the checkout where it is (e.g. /opt/hocvuso).
set -euo pipefail
SCRIPT=backup-schedule
. "$(dirname "$0")/backup-lib.sh"

need_root "backup-schedule installs system timers"
load_backup_env
source_dir=$BACKUP_ROOT/scripts/backup
install_file() { # install_file SOURCE TARGET: with this checkout's paths
  sed -e "s|@ROOT@|$BACKUP_ROOT|g" -e "s|@BACKUP_ENV@|$BACKUP_ENV|g" "$1" > "$2.new" && chmod 644 "$2.new" && mv "$2.new" "$2"
}

scheduler=${HOCVUSO_BACKUP_SCHEDULER:-}
[ -n "$scheduler" ] || { [ -d /run/systemd/system ] && scheduler=systemd || scheduler=cron; }
case $scheduler in
  systemd)
    for unit in hocvuso-backup@.service hocvuso-backup-full.timer hocvuso-backup-diff.timer hocvuso-backup-incr.timer; do
      install_file "$source_dir/$unit" "/etc/systemd/system/$unit"
    done
    systemctl daemon-reload
    systemctl enable --now hocvuso-backup-full.timer hocvuso-backup-diff.timer hocvuso-backup-incr.timer
    systemctl list-timers 'hocvuso-backup-*' >&2
    say "installed: systemd timers (journalctl -u 'hocvuso-backup@*' shows the runs)" ;;
  cron)
    [ -d /etc/cron.d ] || die "neither systemd nor cron (/etc/cron.d) here: apt-get install cron, or run scripts/backup.sh from your own scheduler"
    install_file "$source_dir/hocvuso-backup.cron" /etc/cron.d/hocvuso-backup
    say "installed: /etc/cron.d/hocvuso-backup (runs in syslog under hocvuso-backup); times are the server's:"
    say "this server's time zone is $(cat /etc/timezone 2>/dev/null || date +%Z), the file assumes Asia/Ho_Chi_Minh" ;;
  *) die "HOCVUSO_BACKUP_SCHEDULER must be systemd or cron" ;;
esac

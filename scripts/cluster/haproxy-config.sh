#!/usr/bin/env bash
# Prints the API balancer's configuration: scripts/cluster/haproxy.cfg (beside this script) with its
# placeholders filled. Used by scripts/cluster.sh (replicas on this machine) and by the compose cluster's
# api-balancer (scripts/compose/api-balancer.sh, replicas in containers).
#   haproxy-config.sh RUN_DIR BIND PORT STATS_PORT "SERVER_OPTIONS" NAME=ADDRESS:PORT...
# SERVER_OPTIONS are appended to every server line (e.g. the resolver for names that are containers).
set -euo pipefail
run_dir=$1 bind=$2 port=$3 stats_port=$4 options=$5
shift 5
servers="" tracking=""
for server in "$@"; do
  name=${server%%=*} address=${server#*=}
  servers+="    server $name $address $options"$'\n'
  tracking+="    server $name $address track replicas/$name $options"$'\n'
done
sed -e "s#@RUN_DIR@#$run_dir#g" -e "s#@BIND@#$bind#g" -e "s#@PORT@#$port#g" -e "s#@STATS_PORT@#$stats_port#g" \
  "$(dirname "$0")/haproxy.cfg" | awk -v servers="$servers" -v tracking="$tracking" \
    '$0 == "@SERVERS@" { printf "%s", servers; next } $0 == "@TRACKING_SERVERS@" { printf "%s", tracking; next } { print }'

#!/usr/bin/env bash
# The compose cluster's load balancer (service api-balancer): the configuration `make run-cluster` uses
# (scripts/cluster/haproxy.cfg) on the API's replicas, the containers hocvuso-backend-1 … -N of the backend
# service (deploy.replicas: N, given here as HOCVUSO_API_REPLICAS), found by Docker's DNS. Runs HAProxy in the
# foreground as its own user.
set -euo pipefail
replicas=${HOCVUSO_API_REPLICAS:-3}
servers=()
for n in $(seq 1 "$replicas"); do servers+=("replica$n=${COMPOSE_PROJECT:-hocvuso}-backend-$n:8080"); done
cfg=/var/lib/haproxy/haproxy.cfg
/usr/local/lib/hocvuso/haproxy-config.sh /var/lib/haproxy 0.0.0.0 8080 8404 \
  "resolvers sys init-addr last,libc,none" "${servers[@]}" > "$cfg"
haproxy -c -q -f "$cfg"
exec setpriv --reuid=haproxy --regid=haproxy --init-groups haproxy -db -f "$cfg"

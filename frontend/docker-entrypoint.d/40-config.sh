#!/bin/sh
# Run-time settings of the web app, written when the container starts (the nginx image runs every
# executable script in /docker-entrypoint.d before nginx). The same image therefore serves any
# environment: only HOCVUSO_API_BASE_URL changes.
#
# Writes:
#   /usr/share/nginx/html/config.js       window.__HOCVUSO_CONFIG__ = { apiBaseUrl: "…" } (read by src/lib/config.ts)
#   /etc/nginx/hocvuso/headers.conf       the security headers, with the API's origin in the CSP connect-src
#
# The URL is checked strictly before it goes into JavaScript and into nginx's configuration: a quote or
# a semicolon in it could otherwise inject code or directives. A bad value stops the container.
set -eu

HTML_DIR=${HOCVUSO_HTML_DIR:-/usr/share/nginx/html}
NGINX_SNIPPETS=${HOCVUSO_NGINX_SNIPPETS:-/etc/nginx/hocvuso}

api=${HOCVUSO_API_BASE_URL:-http://localhost:8080}
# Without a trailing slash, as the app expects.
while [ "${api%/}" != "$api" ]; do api=${api%/}; done

if ! printf '%s' "$api" | grep -Eq '^https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?(/[A-Za-z0-9._~%/-]*)?$'; then
  echo "40-config.sh: HOCVUSO_API_BASE_URL must be an http(s) URL such as https://api.hocvuso.example.vn (got: $api)" >&2
  exit 1
fi
# scheme://host[:port]: what the browser compares for CSP connect-src and media-src (lesson videos,
# captions and audio are served by the API: /api/v1/media/…).
origin=$(printf '%s' "$api" | sed -E 's#^(https?://[^/]+).*$#\1#')

tmp=$(mktemp)
cat > "$tmp" <<JS
// Written at container start by /docker-entrypoint.d/40-config.sh from HOCVUSO_API_BASE_URL.
window.__HOCVUSO_CONFIG__ = {
  apiBaseUrl: "$api",
};
JS
chmod 0644 "$tmp"
mv "$tmp" "$HTML_DIR/config.js"

mkdir -p "$NGINX_SNIPPETS"
tmp=$(mktemp)
cat > "$tmp" <<NGINX
# Written at container start by /docker-entrypoint.d/40-config.sh; included by every location of
# default.conf (nginx drops inherited add_header lines in any location that sets its own).
add_header X-Content-Type-Options "nosniff" always;
add_header Referrer-Policy "strict-origin-when-cross-origin" always;
add_header X-Frame-Options "DENY" always;
add_header Permissions-Policy "camera=(), microphone=(), geolocation=(), payment=()" always;
add_header Cross-Origin-Opener-Policy "same-origin" always;
add_header Content-Security-Policy "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; media-src 'self' blob: $origin; connect-src 'self' $origin; worker-src 'self'; manifest-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'" always;
NGINX
chmod 0644 "$tmp"
mv "$tmp" "$NGINX_SNIPPETS/headers.conf"

echo "40-config.sh: API base URL $api (CSP connect-src and media-src 'self' $origin)"

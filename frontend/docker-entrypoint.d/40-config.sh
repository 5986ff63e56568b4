#!/bin/sh
# Run-time settings of the web app, written when the container starts (the nginx image runs every
# executable script in /docker-entrypoint.d before nginx). The same image therefore serves any
# environment: only the variables below change.
#   HOCVUSO_API_BASE_URL   where the browser reaches the API, another origin (default http://localhost:8080)
#   HOCVUSO_API_UPSTREAM   where this server reaches the API (e.g. http://backend:8080): /api/ is then
#                          proxied there and the app calls the API on its own origin; HOCVUSO_API_BASE_URL
#                          is not used (docs/operations.md, "Web app and API on one origin")
#   HOCVUSO_PROVINCE       the deployment's province, a key of GET /api/v1/provinces (default quang-ngai): the
#                          app names it from its row of the API and shows its figures first on /thong-ke
#   HOCVUSO_PROVINCE_NAME  its name as a sentence writes it, the row's fullName (default "tỉnh Quảng Ngãi",
#                          "thành phố Huế" for a city): the pages' first paint and the web manifest say it
#                          before the app has asked the API
#
# Writes:
#   /usr/share/nginx/html/config.js       window.__HOCVUSO_CONFIG__ = { apiBaseUrl: "…", province: "…",
#                                         provinceName: "…" } (read by src/lib/config.ts; "" means the page's
#                                         own origin)
#   /usr/share/nginx/html/index.html, trang/*.html, manifest.webmanifest
#                                         the built files' "tỉnh Quảng Ngãi" replaced with HOCVUSO_PROVINCE_NAME
#                                         (the header is painted from index.html before any script runs: its
#                                         words must be the deployment's, or they change when the app starts)
#   /etc/nginx/hocvuso/headers.conf       the security headers, with the API's origin in the CSP connect-src
#   /etc/nginx/hocvuso/api.conf           the /api/ proxy and the first screens' answers (/_first-screen/),
#                                         or /_first-screen/ answering nothing
#
# The URLs and the province are checked strictly before they go into JavaScript, HTML and nginx's
# configuration: a quote or a semicolon in them could otherwise inject code or directives. A bad value
# stops the container.
set -eu

HTML_DIR=${HOCVUSO_HTML_DIR:-/usr/share/nginx/html}
NGINX_SNIPPETS=${HOCVUSO_NGINX_SNIPPETS:-/etc/nginx/hocvuso}
upstream=${HOCVUSO_API_UPSTREAM:-}

# The province the build names (src/lib/province.ts: DEFAULT_PROVINCE, DEFAULT_PROVINCE_NAME).
built_province_name="tỉnh Quảng Ngãi"
province=${HOCVUSO_PROVINCE:-quang-ngai}
province_name=${HOCVUSO_PROVINCE_NAME:-$built_province_name}

if ! printf '%s' "$province" | grep -Eq '^[a-z][a-z0-9-]{1,39}$'; then
  echo "40-config.sh: HOCVUSO_PROVINCE must be a province's key as GET /api/v1/provinces lists it, such as quang-ngai (got: $province)" >&2
  exit 1
fi
# "tỉnh …" or "thành phố …", then letters (any byte of a UTF-8 letter), spaces and hyphens only: nothing
# that HTML, JSON, JavaScript or sed's replacement would read as syntax.
if ! printf '%s' "$province_name" | grep -Eq '^(tỉnh|thành phố) [^ ]' \
  || [ "$(printf '%s' "$province_name" | wc -l)" -ne 0 ] || [ "${#province_name}" -gt 100 ] \
  || printf '%s' "$province_name" | LC_ALL=C sed 's/[A-Za-z .-]//g' | LC_ALL=C grep -q '[[:print:][:cntrl:]]'; then
  echo "40-config.sh: HOCVUSO_PROVINCE_NAME must be the province's name as a sentence writes it, the fullName of GET /api/v1/provinces/$province, such as \"tỉnh Quảng Ngãi\" or \"thành phố Huế\" (letters, spaces and hyphens, Unicode NFC; got: $province_name)" >&2
  exit 1
fi
if [ "$province" != quang-ngai ] && [ -z "${HOCVUSO_PROVINCE_NAME:-}" ]; then
  echo "40-config.sh: HOCVUSO_PROVINCE=$province without HOCVUSO_PROVINCE_NAME: the first paint says \"$built_province_name\" until the app has the province's row" >&2
fi

if [ -n "$upstream" ]; then
  while [ "${upstream%/}" != "$upstream" ]; do upstream=${upstream%/}; done
  if ! printf '%s' "$upstream" | grep -Eq '^https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?$'; then
    echo "40-config.sh: HOCVUSO_API_UPSTREAM must be an http(s) URL without a path such as http://backend:8080 (got: $upstream)" >&2
    exit 1
  fi
  # the page's own origin: covered by 'self' in the CSP
  api=""
  origin=""
else
  api=${HOCVUSO_API_BASE_URL:-http://localhost:8080}
  # Without a trailing slash, as the app expects.
  while [ "${api%/}" != "$api" ]; do api=${api%/}; done

  if ! printf '%s' "$api" | grep -Eq '^https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?(/[A-Za-z0-9._~%/-]*)?$'; then
    echo "40-config.sh: HOCVUSO_API_BASE_URL must be an http(s) URL such as https://api.hocvuso.example.vn (got: $api)" >&2
    exit 1
  fi
  # scheme://host[:port]: what the browser compares for CSP connect-src and media-src (lesson videos,
  # captions and audio are served by the API: /api/v1/media/…).
  origin=" $(printf '%s' "$api" | sed -E 's#^(https?://[^/]+).*$#\1#')"
fi

# The one inline script of the app: it draws a course's or a certificate's first screen from the API's
# answer nginx includes into the page (src/app/first-screen.ts, whose test checks this hash).
first_screen_script="'sha256-3ujJwNN/dm70JrCrrhu50OAxQx1R1jdqupqXZ8V8wgY='"

tmp=$(mktemp)
cat > "$tmp" <<JS
// Written at container start by /docker-entrypoint.d/40-config.sh from HOCVUSO_API_BASE_URL, or "" (this origin) with HOCVUSO_API_UPSTREAM,
// and HOCVUSO_PROVINCE, HOCVUSO_PROVINCE_NAME.
window.__HOCVUSO_CONFIG__ = {
  apiBaseUrl: "$api",
  province: "$province",
  provinceName: "$province_name",
};
JS
chmod 0644 "$tmp"
mv "$tmp" "$HTML_DIR/config.js"

# The built pages name the build's province; the deployment's replaces it ("Tỉnh …" where it starts the
# header). A container's variables cannot change without a new container, whose files are the image's:
# the files are only ever rewritten from the build's words. (Where HOCVUSO_HTML_DIR holds config.js alone,
# as scripts/env.sh serves a build, there is nothing else to rewrite.)
if [ "$province_name" != "$built_province_name" ]; then
  capital_name="T${province_name#t}"
  for file in "$HTML_DIR/index.html" "$HTML_DIR"/trang/*.html "$HTML_DIR/manifest.webmanifest"; do
    [ -f "$file" ] || continue
    tmp=$(mktemp)
    sed -e "s/T${built_province_name#t}/$capital_name/g" -e "s/$built_province_name/$province_name/g" "$file" > "$tmp"
    chmod 0644 "$tmp"
    mv "$tmp" "$file"
  done
  echo "40-config.sh: the pages name $province_name ($province)"
fi

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
add_header Content-Security-Policy "default-src 'self'; script-src 'self' $first_screen_script; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; media-src 'self' blob:$origin; connect-src 'self'$origin; worker-src 'self'; manifest-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'" always;
NGINX
chmod 0644 "$tmp"
mv "$tmp" "$NGINX_SNIPPETS/headers.conf"

tmp=$(mktemp)
if [ -n "$upstream" ]; then
  cat > "$tmp" <<NGINX
# Written at container start by /docker-entrypoint.d/40-config.sh from HOCVUSO_API_UPSTREAM; included by
# default.conf's server. The API sets its own headers. It sees this server as the client: list this
# server's address in the API's HOCVUSO_TRUSTED_PROXIES so that limits count the browser's address
# (X-Forwarded-For below); keep the web app's origin in HOCVUSO_CORS_ORIGINS (a browser sends Origin on
# every POST, and behind TLS termination the API cannot tell that it is its own).
location ^~ /api/ {
    proxy_pass $upstream;
    proxy_http_version 1.1;
    proxy_set_header Connection "";
    proxy_set_header Host \$http_host;
    proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
    proxy_set_header X-Forwarded-Proto \$scheme;
    # the API's own limit (quarkus.http.limits.max-body-size) decides; lesson videos are up to 16 MB
    client_max_body_size 0;
    # uploads and exports stream through instead of being spooled to disk first
    proxy_request_buffering off;
    proxy_buffering off;
    proxy_read_timeout 120s;
}

# A course's outline or a certificate's verification, public answers included by nginx into the page's
# HTML (SSI, default.conf) so that its words are drawn before the app's code arrives. A subrequest
# never carries the visitor's credentials, asks for plain JSON, and gives up after a second: the page
# is then served without it and the app asks as usual.
location ^~ /_first-screen/ {
    internal;
    proxy_pass $upstream/api/v1/;
    proxy_http_version 1.1;
    proxy_set_header Connection "";
    proxy_set_header Host \$http_host;
    proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
    proxy_set_header X-Forwarded-Proto \$scheme;
    proxy_set_header Accept "application/json";
    proxy_set_header Accept-Encoding "";
    proxy_set_header Authorization "";
    proxy_set_header Cookie "";
    proxy_pass_request_body off;
    proxy_set_header Content-Length "";
    proxy_connect_timeout 1s;
    proxy_send_timeout 1s;
    proxy_read_timeout 1s;
    subrequest_output_buffer_size 64k;
}
NGINX
  echo "40-config.sh: API proxied from /api/ to $upstream; the app calls its own origin"
else
  cat > "$tmp" <<NGINX
# Written at container start by /docker-entrypoint.d/40-config.sh: the API is another origin ($api),
# nothing to proxy; a page's first screen is drawn by the app (the include answers nothing).
location ^~ /_first-screen/ {
    internal;
    return 204;
}
NGINX
  echo "40-config.sh: API base URL $api (CSP connect-src and media-src 'self'$origin)"
fi
chmod 0644 "$tmp"
mv "$tmp" "$NGINX_SNIPPETS/api.conf"

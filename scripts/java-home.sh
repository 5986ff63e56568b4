#!/usr/bin/env bash
# Prints the home of an installed JDK of version 21 or newer: $JAVA_HOME if it qualifies, else the
# newest one under /usr/lib/jvm (or /opt, /usr/local). Exits 1 with advice when there is none.
set -euo pipefail

major_of() { # the major version from a JDK's release file
  local release="$1/release"
  [ -x "$1/bin/javac" ] && [ -f "$release" ] || { echo 0; return; }
  sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$release" | head -n1
}

if [ -n "${JAVA_HOME:-}" ] && [ "$(major_of "$JAVA_HOME")" -ge 21 ] 2>/dev/null; then
  echo "$JAVA_HOME"; exit 0
fi
best=""; best_major=0
for home in /usr/lib/jvm/* /opt/java/* /opt/jdk* /usr/local/jdk* /usr/local/java/*; do
  [ -d "$home" ] || continue
  major=$(major_of "$home"); major=${major:-0}
  if [ "$major" -ge 21 ] && [ "$major" -gt "$best_major" ]; then best="$home"; best_major=$major; fi
done
if [ -z "$best" ] && command -v javac >/dev/null; then
  home=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
  [ "$(major_of "$home")" -ge 21 ] 2>/dev/null && best="$home"
fi
if [ -z "$best" ]; then
  echo "No JDK 21 or newer found (JAVA_HOME, /usr/lib/jvm). Install one, e.g. 'apt-get install openjdk-21-jdk-headless'," >&2
  echo "or set JAVA_HOME to it." >&2
  exit 1
fi
echo "$best"

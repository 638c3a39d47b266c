#!/usr/bin/env bash
# Builds Vigil's app image (a trimmed Java runtime + the app, started by bin/vigil) with JDK 25's
# jpackage, and with VIGIL_DEB=1 also a .deb from that image.
#
#   bash packaging/jpackage.sh APP_TARGET_DIR OUT_DIR VERSION
#
# APP_TARGET_DIR is app/target after `./mvnw -DskipTests package` (vigil-app.jar and lib/);
# the image lands in OUT_DIR/vigil, the .deb in OUT_DIR. See docs/packaging.md.
set -euo pipefail

die() { printf 'jpackage.sh: %s\n' "$*" >&2; exit 2; }
say() { printf 'jpackage.sh: %s\n' "$*" >&2; }

[[ $# -eq 3 ]] || die "usage: bash packaging/jpackage.sh APP_TARGET_DIR OUT_DIR VERSION"
APP_TARGET="$(cd "$1" && pwd)" || die "no such directory: $1"
mkdir -p "$2"
OUT="$(cd "$2" && pwd)"
VERSION="$3"
NAME=vigil

# --- JDK 25, found the way ./vigil finds it ------------------------------------------------
java_major() { # java-home -> major version, or nothing
  local home="$1" v=""
  [[ -x "$home/bin/java" ]] || return 0
  [[ -f "$home/release" ]] && v=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$home/release")
  [[ -n "$v" ]] || v=$("$home/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n1)
  printf '%s' "$v"
}
find_jdk() {
  local candidates=() c m
  [[ -n "${JAVA_HOME:-}" ]] && candidates+=("$JAVA_HOME")
  for c in /usr/lib/jvm/* /opt/java/* /opt/jdk*; do [[ -d "$c" ]] && candidates+=("$c"); done
  for c in "${candidates[@]}"; do
    m=$(java_major "$c")
    if [[ -n "$m" && "$m" -ge 25 && -x "$c/bin/jpackage" ]]; then printf '%s' "$c"; return 0; fi
  done
  return 1
}
JDK="$(find_jdk)" || die "no JDK 25+ with jpackage found (looked at JAVA_HOME, /usr/lib/jvm, /opt/java). Install Temurin 25 and set JAVA_HOME."
JPACKAGE="$JDK/bin/jpackage"

# --- inputs --------------------------------------------------------------------------------
[[ -f "$APP_TARGET/vigil-app.jar" && -d "$APP_TARGET/lib" ]] \
  || die "$APP_TARGET has no vigil-app.jar and lib/: build first with ./mvnw -DskipTests package"
shopt -s nullglob
FX_JARS=("$APP_TARGET"/lib/javafx-*-linux.jar)
[[ ${#FX_JARS[@]} -gt 0 ]] || die "no JavaFX jars (lib/javafx-*-linux.jar) in $APP_TARGET/lib"
FX_MODULE_PATH=$(IFS=:; printf '%s' "${FX_JARS[*]}")

# jpackage wants a purely numeric version: 0.1.0-SNAPSHOT -> 0.1.0.
APP_VERSION="${VERSION%%-*}"
[[ "$APP_VERSION" =~ ^[0-9]+(\.[0-9]+){0,2}$ ]] || die "version '$VERSION' does not start with a number such as 1.2.3"

# JavaFX becomes part of the runtime (module path); everything else runs from the class path as
# in development. The JDK modules are what `jdeps --print-module-deps` finds in the app and its
# libraries (module-info removed from modular jars so TilesFX does not drag in javafx.web):
#   java.desktop, java.logging, java.xml (logback, ControlsFX, SnakeYAML), java.sql (SQLite,
#   Flyway, PostgreSQL), java.naming, java.management, java.security.jgss (PostgreSQL, logback),
# plus what libraries reach by reflection or the connectors will use: jdk.unsupported
# (sun.misc.Unsafe), java.net.http (Prometheus, Opsgenie clients), jdk.crypto.ec (TLS).
MODULES=javafx.controls,javafx.swing,java.sql,java.naming,java.management,jdk.unsupported,java.net.http
MODULES+=,java.desktop,java.logging,java.xml,java.security.jgss,jdk.crypto.ec

# The main jar's manifest names its libraries lib/*.jar, so the input keeps that layout.
INPUT="$OUT/jpackage-input"
rm -rf "$INPUT" "${OUT:?}/$NAME"
mkdir -p "$INPUT/lib"
cp "$APP_TARGET/vigil-app.jar" "$INPUT/"
for jar in "$APP_TARGET"/lib/*.jar; do
  case "$(basename "$jar")" in
    javafx-*) ;; # in the runtime image instead
    *) cp "$jar" "$INPUT/lib/" ;;
  esac
done

COMMON=(--name "$NAME" --app-version "$APP_VERSION" --vendor "Vigil"
        --description "Desktop operator console for incident response")

# --- the app image -------------------------------------------------------------------------
say "building the app image with $JPACKAGE"
start=$SECONDS
"$JPACKAGE" --type app-image "${COMMON[@]}" \
  --dest "$OUT" \
  --input "$INPUT" \
  --main-jar vigil-app.jar --main-class dev.vigil.app.Main \
  --module-path "$FX_MODULE_PATH" \
  --add-modules "$MODULES" \
  --jlink-options "--strip-debug --no-header-files --no-man-pages --strip-native-commands --compress=zip-6" \
  --java-options "--enable-native-access=ALL-UNNAMED,javafx.graphics" \
  --java-options "-XX:MaxGCPauseMillis=20" \
  --java-options "-XX:MaxTenuringThreshold=2"
[[ -x "$OUT/$NAME/bin/$NAME" ]] || die "jpackage finished but $OUT/$NAME/bin/$NAME is missing"
say "app image: $OUT/$NAME ($(du -sh "$OUT/$NAME" | cut -f1), $((SECONDS - start)) s)"

# --- the .deb (a separate step: jpackage refuses Linux package options for app images) ----
if [[ "${VIGIL_DEB:-0}" == 1 ]]; then
  command -v dpkg-deb >/dev/null && command -v fakeroot >/dev/null \
    || die "building a .deb needs dpkg-deb and fakeroot (apt-get install dpkg-dev fakeroot)"
  say "building the .deb"
  start=$SECONDS
  rm -f "$OUT"/"$NAME"_*.deb
  # jpackage adds the shared libraries it finds; GTK is loaded by JavaFX at run time, so name it
  # (libgtk-3-0t64 is its name from Debian 13 / Ubuntu 24.04 on).
  "$JPACKAGE" --type deb "${COMMON[@]}" \
    --dest "$OUT" \
    --app-image "$OUT/$NAME" \
    --linux-package-name "$NAME" \
    --linux-package-deps "libgtk-3-0 | libgtk-3-0t64" \
    --linux-app-category devel \
    --linux-shortcut
  deb=("$OUT"/"$NAME"_*.deb)
  [[ ${#deb[@]} -eq 1 ]] || die "jpackage finished but no ${NAME}_*.deb is in $OUT"
  say "deb: ${deb[0]} ($(du -h "${deb[0]}" | cut -f1), $((SECONDS - start)) s)"
fi

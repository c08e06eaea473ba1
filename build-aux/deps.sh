#!/usr/bin/env bash
# Installs the Debian 12 packages the build, the app and the tests need.
# Idempotent and quiet when nothing is missing.
set -euo pipefail

packages=(
  build-essential pkg-config meson ninja-build gettext
  libglib2.0-dev libglib2.0-dev-bin libglib2.0-bin
  libgtk-4-dev libadwaita-1-dev libsqlite3-dev libcsv-dev libjson-glib-dev libssl-dev
  libpango1.0-dev libcairo2-dev libpq-dev libsecret-1-dev
  postgresql-15 postgresql-client-15
  sqlite3 time desktop-file-utils
  clang libclang-rt-14-dev
  xvfb xauth poppler-utils locales
  dbus gnome-keyring
  fonts-cantarell fonts-dejavu-core adwaita-icon-theme
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if ((${#missing[@]})); then
  echo "Installing missing packages: ${missing[*]}"
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# French and English locales, so dates and numbers can follow them (the tests use them too).
wanted_locales=(fr_FR en_GB en_US)
missing_locales=()
for l in "${wanted_locales[@]}"; do
  locale -a 2>/dev/null | grep -qi "^$l\.utf-\?8$" || missing_locales+=("$l")
done
if ((${#missing_locales[@]})) && [ -f /etc/locale.gen ]; then
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  for l in "${missing_locales[@]}"; do
    $sudo sed -i "s/^# *\($l.UTF-8 UTF-8\)/\1/" /etc/locale.gen
  done
  $sudo locale-gen >/dev/null 2>&1 || true
fi

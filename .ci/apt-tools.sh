#!/usr/bin/env bash
# Installs the Debian packages the tests check exports with: the sqlite3 shell (the SQLite export, read as its users
# do), Chromium and Firefox (the report page in real browsers, driven by puppeteer-core from .ci/npm-tools.sh) and
# GDAL's ogrinfo (the GeoJSON export). Safe to run again: it installs only
# what is missing, and runs apt-get update once, only then. Needs root, as CI has.
set -euo pipefail

# package:command it provides
wanted=(sqlite3:sqlite3 chromium:chromium firefox-esr:firefox-esr gdal-bin:ogrinfo)

missing=()
for entry in "${wanted[@]}"; do
  command -v "${entry#*:}" >/dev/null 2>&1 || missing+=("${entry%%:*}")
done

if ((${#missing[@]} == 0)); then
  echo "apt tools present: ${wanted[*]%%:*}"
  exit 0
fi

echo "installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
for entry in "${wanted[@]}"; do
  command -v "${entry#*:}" >/dev/null || { echo "${entry%%:*} did not install ${entry#*:}"; exit 1; }
done

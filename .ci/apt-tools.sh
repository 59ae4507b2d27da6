#!/usr/bin/env bash
# Installs the programs from apt that the tests open exports with: the sqlite3 shell reads the SQLite export as its
# users do (required when CI=true). Installs only what is missing, so it is quick to run again; needs root.
set -euo pipefail
packages=(sqlite3)
missing=()
for package in "${packages[@]}"; do
  command -v "$package" >/dev/null 2>&1 || missing+=("$package")
done
if ((${#missing[@]} > 0)); then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
sqlite3 --version

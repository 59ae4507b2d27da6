#!/usr/bin/env bash
# Packs the kazchina tool under a fresh version into a temporary folder feed, installs it with
# `dotnet tool install --tool-path` as the README shows (a private packages folder, so no stale cache can
# stand in), and runs the installed command: a summary, a typed CSV export to a folder, a SQLite export that the
# sqlite3 shell checks (integrity, foreign keys, views), a JSON export that validates
# and summarises the same when read back, and a failing call whose exit code and stderr line are checked.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=lib.sh
source "$repo/.ci/lib.sh"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
version="0.0.0-tool.$(date +%Y%m%d%H%M%S).$$"

echo "packing KazChina.Model.Cli $version"
dotnet pack "$repo/src/KazChina.Model.Cli" -c Release -o "$work/feed" -p:Version="$version" -nologo 2>&1 | tee "$work/pack.log"
if log_has_warnings "$work/pack.log"; then
  echo "packing the tool warned"
  exit 1
fi

cd "$work"
write_local_nuget_config "$work" "$work/feed"
export NUGET_PACKAGES="$work/packages"
dotnet tool install --tool-path "$work/tools" --version "$version" KazChina.Model.Cli
kazchina="$work/tools/kazchina"

"$kazchina" --version
"$kazchina" summary > summary.txt
grep -q 'Kazakhstan Looks East' summary.txt
"$kazchina" export --format csv --out tables
# One typed CSV file per table that datapackage.json describes, and nothing else.
python3 - tables <<'PY'
import json, os, sys
folder = sys.argv[1]
package = json.load(open(os.path.join(folder, "datapackage.json"), encoding="utf-8"))
paths = sorted(r["path"] for r in package["resources"])
assert paths == sorted(f for f in os.listdir(folder) if f.endswith(".csv")), "datapackage.json and the csv files disagree"
assert len(paths) == 40, f"{len(paths)} tables"
PY
"$kazchina" export --format sqlite --out edition.sqlite
test "$(sqlite3 edition.sqlite 'PRAGMA integrity_check;')" = ok
test -z "$(sqlite3 edition.sqlite 'PRAGMA foreign_key_check;')"
test "$(sqlite3 edition.sqlite 'SELECT COUNT(*) FROM records;')" -eq "$(sqlite3 edition.sqlite 'SELECT COUNT(*) FROM record_names;')"
"$kazchina" export --format json --out edition.json
"$kazchina" validate edition.json
"$kazchina" summary --edition edition.json > summary-from-file.txt
cmp summary.txt summary-from-file.txt

set +e
"$kazchina" export --format nope > out.txt 2> err.txt
code=$?
set -e
test "$code" -eq 2
test ! -s out.txt
grep -qx "kazchina: Unknown format 'nope'; use .*" err.txt
echo "tool install: the packed kazchina installs and runs"

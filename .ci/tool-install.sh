#!/usr/bin/env bash
# Packs the kazchina tool under a fresh version into a temporary folder feed, as it ships: the top-level package
# that points at one package per runtime identifier, the NativeAOT linux-x64 package and the framework-dependent
# `any` fallback, all without a warning. Installs it with `dotnet tool install --tool-path` as the README shows (a
# private packages folder, so no stale cache can stand in), proves the installed command is the native executable
# from the linux-x64 package (an x86-64 ELF file, no kazchina.dll anywhere in the install), and runs it: a
# summary, a query, a typed CSV export to a folder, a Parquet export to a folder, a SQLite export that the sqlite3 shell checks (integrity,
# foreign keys, views), a JSON export that validates and summarises the same when read back,
# and a failing call whose exit code and stderr line are checked. The fallback package runs on the dotnet host and
# prints the same summary.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=lib.sh
source "$repo/.ci/lib.sh"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
pack_tool "$work"
install_tool "$work"
cd "$work"
kazchina="$work/tools/kazchina"

"$kazchina" --version
"$kazchina" summary > summary.txt
grep -q 'Kazakhstan Looks East' summary.txt
"$kazchina" query --kind loan --corrected > query.txt
grep -q 'loan-cdb-kazakhmys-aktogay' query.txt
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
# Parquet is written by ParquetSharp's native library, which the package must carry beside the executable.
"$kazchina" export --format parquet --out parquet
test "$(find parquet -name '*.parquet' | wc -l)" -eq 40
test "$(head -c 4 parquet/records.parquet)" = PAR1
test "$(tail -c 4 parquet/records.parquet)" = PAR1
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

# The fallback for every other machine: the framework-dependent package, run by the dotnet host.
grep -q 'RuntimeIdentifier="any" Id="KazChina.Model.Cli.any"' "$work/tools/.store/kazchina.model.cli/$TOOL_VERSION/kazchina.model.cli/$TOOL_VERSION/tools/any/any/DotnetToolSettings.xml"
mkdir any && (cd any && unzip -q "$work/feed/KazChina.Model.Cli.any.$TOOL_VERSION.nupkg")
dotnet any/tools/net10.0/any/kazchina.dll summary > summary-any.txt
cmp summary.txt summary-any.txt
echo "tool install: the packed kazchina installs native and runs; the fallback package runs on the dotnet host"

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
version="0.0.0-tool.$(date +%Y%m%d%H%M%S).$$"

# No runtime identifier: the top-level package; `any`: the fallback; linux-x64: NativeAOT (it compiles natively
# only for the machine's own OS and architecture, so other native packages are packed on their own machines).
for rid in "" any linux-x64; do
  echo "packing KazChina.Model.Cli $version ${rid:-(top-level)}"
  dotnet pack "$repo/src/KazChina.Model.Cli" -c Release ${rid:+-r "$rid"} -o "$work/feed" -p:Version="$version" -nologo 2>&1 | tee "$work/pack.log"
  if log_has_warnings "$work/pack.log"; then
    echo "packing the tool warned"
    exit 1
  fi
done
for id in KazChina.Model.Cli KazChina.Model.Cli.any KazChina.Model.Cli.linux-x64; do
  test -f "$work/feed/$id.$version.nupkg" || { echo "no $id package was packed"; exit 1; }
done

cd "$work"
write_local_nuget_config "$work" "$work/feed"
export NUGET_PACKAGES="$work/packages"
dotnet tool install --tool-path "$work/tools" --version "$version" KazChina.Model.Cli
kazchina="$work/tools/kazchina"

# The command is the native binary of the linux-x64 package, not a host for a managed kazchina.dll.
installed=$(readlink -f "$kazchina")
[[ "$installed" == "$work/tools/.store/"*"/kazchina.model.cli.linux-x64/$version/"* ]] || { echo "kazchina is $installed, not from the linux-x64 package"; exit 1; }
file "$installed" | grep -q 'ELF 64-bit .*x86-64' || { echo "kazchina is not a native executable: $(file "$installed")"; exit 1; }
if find "$work/tools" -name 'kazchina.dll' | grep -q .; then
  echo "the install holds a kazchina.dll: it is not the native tool"
  exit 1
fi
echo "installed: the NativeAOT executable ($(stat -c %s "$installed") bytes)"

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
grep -q 'RuntimeIdentifier="any" Id="KazChina.Model.Cli.any"' "$work/tools/.store/kazchina.model.cli/$version/kazchina.model.cli/$version/tools/any/any/DotnetToolSettings.xml"
mkdir any && (cd any && unzip -q "$work/feed/KazChina.Model.Cli.any.$version.nupkg")
dotnet any/tools/net10.0/any/kazchina.dll summary > summary-any.txt
cmp summary.txt summary-any.txt
echo "tool install: the packed kazchina installs native and runs; the fallback package runs on the dotnet host"

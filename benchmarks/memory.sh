#!/usr/bin/env bash
# Peak memory where users feel it: `kazchina summary`, `validate` and `export` (json, csv) on a generated edition
# of about RECORDS records (default 100,000), beside the bytes that edition holds live once read. Each peak is the
# process's maximum resident set (GNU time, apt-get install time) and is printed with its ratio to the live size.
# The tool measured is KAZCHINA (a command) or else a Release build of src/KazChina.Model.Cli. Files go to
# BenchmarkDotNet.Artifacts/memory (git-ignored); the table is printed and written to memory.md there.
set -euo pipefail
cd "$(dirname "$0")/.."

records=${RECORDS:-100000}
out=BenchmarkDotNet.Artifacts/memory
mkdir -p "$out"
[[ -x /usr/bin/time ]] || { echo "GNU time is needed: apt-get install time" >&2; exit 2; }

dotnet build benchmarks/KazChina.Model.Benchmarks -c Release -nologo -v quiet
bench=(dotnet run -c Release --no-build --project benchmarks/KazChina.Model.Benchmarks --)
edition="$out/edition-$records.json"
[[ -s $edition ]] || "${bench[@]}" --write-synthetic "$records" "$edition"
live=$("${bench[@]}" --live-size "$edition")

if [[ -n ${KAZCHINA:-} ]]; then
  read -r -a kazchina <<< "$KAZCHINA"
else
  dotnet build src/KazChina.Model.Cli -c Release -nologo -v quiet
  kazchina=(dotnet src/KazChina.Model.Cli/bin/Release/net10.0/kazchina.dll)
fi

commands=(
  "summary --edition $edition"
  "validate $edition"
  "export --format json --edition $edition --out $out/export.json --force"
  "export --format csv --edition $edition --out $out/csv --force"
)
{
  printf 'edition: %s records, %s bytes of JSON, %s MiB live\n\n' "$records" "$(stat -c %s "$edition")" "$(awk -v b="$live" 'BEGIN { printf "%.1f", b / 1048576 }')"
  echo "| Command | Peak [MiB] | Peak / live |"
  echo "|:---|---:|---:|"
  for c in "${commands[@]}"; do
    # shellcheck disable=SC2086 # each command is a list of words
    /usr/bin/time -f '%M' -o "$out/peak.txt" "${kazchina[@]}" $c > /dev/null
    label=${c//$edition/EDITION}
    awk -v c="${label%% --out*}" -v kb="$(cat "$out/peak.txt")" -v live="$live" \
      'BEGIN { printf "| `kazchina %s` | %.1f | %.2f |\n", c, kb / 1024, kb * 1024 / live }'
  done
} | tee "$out/memory.md"

#!/usr/bin/env bash
# The report page inlines Vega, Vega-Lite, vega-embed and Natural Earth's country outlines, vendored from npm into
# src/KazChina.Model.Exports/Report/Assets so the page works offline and the build needs no network. This script
# fetches the same package versions from the npm registry again and checks that every vendored file is byte for
# byte the one in the package (the default), or copies them over with --update (after changing a version here and
# in Assets/NOTICE.md).
set -euo pipefail
cd "$(dirname "$0")/.."
assets=src/KazChina.Model.Exports/Report/Assets

# package@version  file-in-package  vendored-name
files=(
  "vega@6.4.0 build/vega.min.js vega.min.js"
  "vega@6.4.0 LICENSE vega.LICENSE"
  "vega-lite@6.5.0 build/vega-lite.min.js vega-lite.min.js"
  "vega-lite@6.5.0 LICENSE vega-lite.LICENSE"
  "vega-embed@7.3.0 build/vega-embed.min.js vega-embed.min.js"
  "vega-embed@7.3.0 LICENSE vega-embed.LICENSE"
  "world-atlas@2.0.2 countries-110m.json countries-110m.json"
  "world-atlas@2.0.2 LICENSE world-atlas.LICENSE"
)

update=false
[[ "${1:-}" == "--update" ]] && update=true
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

status=0
for entry in "${files[@]}"; do
  read -r package path name <<<"$entry"
  folder="$work/$package"
  if [[ ! -d "$folder" ]]; then
    mkdir -p "$folder"
    tarball=$(cd "$folder" && npm pack --silent "$package")
    tar xzf "$folder/$tarball" -C "$folder"
  fi
  fetched="$folder/package/$path"
  if $update; then
    cp "$fetched" "$assets/$name"
    echo "updated $name from $package"
  elif cmp -s "$fetched" "$assets/$name"; then
    echo "ok $name = $package/$path"
  else
    echo "MISMATCH: $assets/$name is not $package/$path as npm serves it"
    status=1
  fi
done

# The page carries all of these inline: keep it a few megabytes at most.
total=$(cat "$assets"/*.js "$assets"/*.json | wc -c)
echo "vendored scripts and data: $total bytes"
((total < 3000000)) || { echo "the vendored assets grew past 3 MB"; status=1; }
exit $status

#!/usr/bin/env bash
# Runs the sample notebook headless against the library packed from this checkout (the package .ci/run packed,
# or a fresh pack when run on its own): a folder feed,
# a private NuGet packages folder (so no cached copy of the same version can stand in), and dotnet-repl
# pinned in the repository's tool manifest. Fails if any cell throws.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# shellcheck source=lib.sh
source "$repo/.ci/lib.sh"

cd "$repo"
dotnet tool restore
library_package "$work"

# Point the notebook's "#r nuget" at the fresh feed by prepending "#i" to its first code cell.
python3 - "$repo/src/samples/KazChina.ipynb" "$work/KazChina.ipynb" "$LIBRARY_FEED" <<'PY'
import json, sys
source, target, feed = sys.argv[1:]
notebook = json.load(open(source, encoding="utf-8"))
first = next(c for c in notebook["cells"] if c["cell_type"] == "code")
first["source"].insert(0, f'#i "nuget:{feed}"\n')
json.dump(notebook, open(target, "w", encoding="utf-8"))
PY

export NUGET_PACKAGES="$work/packages"
dotnet tool run dotnet-repl -- --run "$work/KazChina.ipynb" --exit-after-run --output-format ipynb --output-path "$work/out.ipynb" > "$work/repl.log" 2>&1 || {
  status=$?
  cat "$work/repl.log"
  echo "the notebook failed (dotnet-repl exit $status)"
  exit 1
}
test -d "$NUGET_PACKAGES/kazchina.model" || { echo "the notebook did not restore KazChina.Model from the fresh feed"; exit 1; }
python3 - "$work/out.ipynb" <<'PY'
import json, sys
notebook = json.load(open(sys.argv[1], encoding="utf-8"))
code = [c for c in notebook["cells"] if c["cell_type"] == "code"]
errors = [o for c in code for o in c.get("outputs", []) if o.get("output_type") == "error"]
ran = sum(1 for c in code if c.get("outputs"))
print(f"notebook: {len(code)} code cells, {ran} with output, {len(errors)} errors")
sys.exit(1 if errors or ran < len(code) else 0)
PY

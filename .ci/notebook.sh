#!/usr/bin/env bash
# Runs the sample notebook the way the README's Samples section says, in real Jupyter with the .NET kernel:
# Jupyter's nbconvert (apt), the kernel from .NET Interactive (pinned in .config/dotnet-tools.json), the packages
# packed from this checkout in the notebook's own package source (src/samples/notebook/nuget.config), and a
# private NuGet packages folder so no cached copy of the same version can stand in. Fails if a cell throws, a
# cell has no output or id, the library or its exports package was not restored from that folder, or a view cell did
# not display its view as HTML (.NET Interactive finds the views' formatter by convention, so this is where it is proved).
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap '[[ -n ${KEEP_WORK:-} ]] || rm -rf "$work"' EXIT
cd "$repo"

if ! command -v jupyter-nbconvert >/dev/null; then
  apt-get update -qq >/dev/null && apt-get install -y -qq jupyter-nbconvert python3-notebook >/dev/null
fi

# The README's steps: pack, restore the kernel, install it for Jupyter, run. All but the pack run in a fresh home
# and packages folder, so neither a cached copy of the package nor .NET Interactive's own cache of resolved
# packages can stand in for the folder the notebook's nuget.config names.
# Under .ci/run the pack is the one it made (KAZCHINA_FEED), copied where the README's pack puts it.
rm -rf src/samples/notebook/packages
if [[ -n "${KAZCHINA_FEED:-}" ]]; then
  mkdir -p src/samples/notebook/packages && cp "$KAZCHINA_FEED"/*.nupkg src/samples/notebook/packages/
else
  dotnet pack KazChina.Model.sln -c Release -o src/samples/notebook/packages
fi
export HOME="$work/home" NUGET_PACKAGES="$work/packages" JUPYTER_PATH="$work"
mkdir -p "$HOME" "$work/kernels"
dotnet tool restore
dotnet interactive jupyter install --path "$work/kernels" > "$work/install.log"

notebook=src/samples/notebook/KazChina.ipynb
if ! jupyter nbconvert --to notebook --execute "$notebook" --output-dir "$work" --output out.ipynb \
  --ExecutePreprocessor.timeout=600 --ExecutePreprocessor.kernel_name=.net-csharp > "$work/nbconvert.log" 2>&1; then
  cat "$work/nbconvert.log"
  echo "the notebook failed in Jupyter"
  exit 1
fi
for package in kazchina.model kazchina.model.exports; do
  test -d "$NUGET_PACKAGES/$package" || { echo "the notebook did not restore $package from its package folder"; exit 1; }
done
python3 - "$notebook" "$work/out.ipynb" <<'PY'
import json, sys
shipped = json.load(open(sys.argv[1], encoding="utf-8"))
missing_ids = [i for i, c in enumerate(shipped["cells"]) if not c.get("id")]
notebook = json.load(open(sys.argv[2], encoding="utf-8"))
code = [c for c in notebook["cells"] if c["cell_type"] == "code"]
errors = [o for c in code for o in c.get("outputs", []) if o.get("output_type") == "error"]
ran = sum(1 for c in code if c.get("outputs"))
print(f"notebook: {len(code)} code cells, {ran} with output, {len(errors)} errors, {len(missing_ids)} cells without an id")
for e in errors:
    print(e.get("ename"), e.get("evalue"))
# Each view cell's value must reach Jupyter as an HTML view (one kz-report div), with the chart or words it exists for.
markers = {"views-timeline": 'id="kz_timeline_', "views-trade": 'id="kz_trade_', "views-map": 'id="kz_map_', "views-record": 'class="kz-in-context"'}
unseen = []
for cell_id, marker in markers.items():
    cell = next((c for c in code if c.get("id") == cell_id), None)
    html = ["".join(o.get("data", {}).get("text/html", "")) for o in (cell or {}).get("outputs", []) if o.get("output_type") in ("execute_result", "display_data")]
    if not any(h.lstrip().startswith('<div class="kz-report">') and marker in h for h in html):
        unseen.append(cell_id)
print(f"views: {len(markers) - len(unseen)} of {len(markers)} shown as HTML" + (f"; not shown: {', '.join(unseen)}" if unseen else ""))
sys.exit(1 if errors or ran < len(code) or missing_ids or unseen else 0)
PY

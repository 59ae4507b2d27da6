#!/usr/bin/env bash
# Start-up where users feel it, side by side in one run: the kazchina tool as a user gets it (packed and installed
# here with `dotnet tool install`: the NativeAOT executable on linux-x64) running `summary`, a query and a JSON
# export to standard output; a library consumer (benchmarks/KazChina.Model.Startup: start, the first answered query
# on the embedded edition, exit; with --json the first JSON round trip instead) published on the JIT, ReadyToRun and
# NativeAOT; and the floors they are held to, a NativeAOT and a JIT hello world that this script generates outside
# the repository and builds. Every command runs RUNS times (default 30) after 3 warm-up runs, all in one hyperfine
# run when hyperfine is installed (apt-get install hyperfine), otherwise (or with STARTUP_TIMER=loop) in a timing
# loop. Prints the medians and each ratio to its hello world against the goal; builds, the raw times
# (startup.json or startup.tsv) and the printed report (startup.md) go to BenchmarkDotNet.Artifacts/startup
# (git-ignored).
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=../.ci/lib.sh
source .ci/lib.sh

runs=${RUNS:-30}
out=$PWD/BenchmarkDotNet.Artifacts/startup
project=benchmarks/KazChina.Model.Startup
name=KazChina.Model.Startup
rid=linux-x64
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$out"

publish() { dotnet publish "$1" -c Release -nologo -v quiet "${@:2}"; }
publish "$project" -o "$out/jit"
publish "$project" -r "$rid" --self-contained false -p:PublishReadyToRun=true -o "$out/r2r"
publish "$project" -r "$rid" -p:PublishAot=true -o "$out/aot"

# The floors: the least a program does, start the runtime and write a line. Outside the repository nothing of its
# Directory.Build.props applies; the one setting given is what every measured program runs with and a floor must
# match, invariant globalization (without it a hello world loads ICU as it starts, a few milliseconds the tool and
# the consumer never pay).
hello=$scratch/hello
mkdir "$hello"
cat > "$hello/hello.csproj" <<'XML'
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <InvariantGlobalization>true</InvariantGlobalization>
  </PropertyGroup>
</Project>
XML
echo 'System.Console.WriteLine("Hello, World!");' > "$hello/Program.cs"
echo '<Project />' | tee "$hello/Directory.Build.props" > "$hello/Directory.Build.targets"
publish "$hello" -o "$out/hello-jit"
publish "$hello" -r "$rid" -p:PublishAot=true -o "$out/hello-aot"

mkdir "$scratch/tool"
pack_tool "$scratch/tool"
install_tool "$scratch/tool"
kazchina=$scratch/tool/tools/kazchina

# One row per command: its label, the command, the hello world it is measured against and the goal for that ratio
# (- for none). The order keeps each floor next to what it is the floor of, so load that drifts during the run
# falls on both alike.
rows=(
  "NativeAOT hello world|$out/hello-aot/hello|-|-"
  "kazchina --version|$kazchina --version|NativeAOT hello world|-"
  "kazchina summary|$kazchina summary|NativeAOT hello world|2"
  "kazchina query --kind tradeFigure|$kazchina query --kind tradeFigure|NativeAOT hello world|2"
  "kazchina export --format json --out -|$kazchina export --format json --out -|NativeAOT hello world|2"
  "library consumer, NativeAOT|$out/aot/$name|NativeAOT hello world|-"
  "library consumer --json, NativeAOT|$out/aot/$name --json|NativeAOT hello world|-"
  "JIT hello world|$out/hello-jit/hello|-|-"
  "library consumer, JIT|$out/jit/$name|JIT hello world|2"
  "library consumer, ReadyToRun|$out/r2r/$name|JIT hello world|-"
  "library consumer --json, JIT|$out/jit/$name --json|JIT hello world|-"
)
labels=()
commands=()
for row in "${rows[@]}"; do
  IFS='|' read -r label command _ <<< "$row"
  labels+=("$label")
  commands+=("$command")
  # shellcheck disable=SC2086 # each command is a list of words
  answer=$($command)
  answer=${answer%%$'\n'*}
  echo "$label: ${answer:0:100}"
done

if command -v hyperfine >/dev/null && [[ ${STARTUP_TIMER:-} != loop ]]; then
  times=$out/startup.json
  args=()
  for i in "${!labels[@]}"; do args+=(-n "${labels[i]}" "${commands[i]}"); done
  hyperfine -N --warmup 3 --runs "$runs" --output=null --export-json "$times" "${args[@]}"
else
  times=$out/startup.tsv
  for i in "${!labels[@]}"; do
    # shellcheck disable=SC2086 # each command is a list of words
    for _ in 1 2 3; do ${commands[i]} >/dev/null; done
    for ((run = 0; run < runs; run++)); do
      start=$(date +%s%N)
      # shellcheck disable=SC2086
      ${commands[i]} >/dev/null
      printf '%s\t%s\n' "${labels[i]}" "$(($(date +%s%N) - start))"
    done
  done > "$times"
fi

echo
python3 - "$times" "${rows[@]}" <<'PY' | tee "$out/startup.md"
import json, statistics, sys

path, rows = sys.argv[1], [row.split("|") for row in sys.argv[2:]]
times, cpu = {}, {}
if path.endswith(".json"):  # hyperfine's export: seconds
    for result in json.load(open(path, encoding="utf-8"))["results"]:
        times[result["command"]] = [t * 1000 for t in result["times"]]
        cpu[result["command"]] = f"{(result['user'] + result['system']) * 1000:.1f}"
else:  # the loop's: label and nanoseconds per line
    for line in open(path, encoding="utf-8"):
        label, ns = line.rstrip("\n").split("\t")
        times.setdefault(label, []).append(int(ns) / 1e6)
median = {label: statistics.median(ms) for label, ms in times.items()}

# CPU time (user + system, hyperfine's mean) moves less with the machine's load than wall time does.
print("| Command | Median [ms] | Min [ms] | Max [ms] | CPU [ms] | Runs | Median / its hello world's |")
print("|:---|---:|---:|---:|---:|---:|---:|")
for label, _, floor, _ in rows:
    ms = times[label]
    ratio = f"{median[label] / median[floor]:.2f}x" if floor != "-" else ""
    print(f"| {label} | {median[label]:.1f} | {min(ms):.1f} | {max(ms):.1f} | {cpu.get(label, '')} | {len(ms)} | {ratio} |")
print()
for label, _, floor, goal in rows:
    if goal == "-":
        continue
    ratio, bound = median[label] / median[floor], float(goal)
    verdict = "met" if ratio <= bound else f"missed, {ratio / bound:.2f}x the goal"
    print(f"{label} / {floor}: {ratio:.2f}x (goal <= {goal}x): {verdict}")
PY

echo
echo "sizes on disk (whole publish folder; jit, r2r and hello-jit also need the shared .NET runtime):"
for v in jit r2r aot hello-jit hello-aot; do du -sh "$out/$v" | awk -v v="$v" '{ print "  " v ": " $1 }'; done

#!/usr/bin/env bash
# Start-up: wall time from process start to the first answered query, and to the first JSON round trip
# (benchmarks/KazChina.Model.Startup), published three ways: JIT (framework-dependent), ReadyToRun (JIT
# with precompiled code) and NativeAOT. Each is run RUNS times (default 30) after 3 warm-up runs, with
# hyperfine when it is installed (apt-get install hyperfine), otherwise (or with STARTUP_TIMER=loop) with
# a timing loop; both report the median. Builds go to BenchmarkDotNet.Artifacts/startup (git-ignored);
# the table is printed and written to startup.md there.
set -euo pipefail
cd "$(dirname "$0")/.."

runs=${RUNS:-30}
out=BenchmarkDotNet.Artifacts/startup
project=benchmarks/KazChina.Model.Startup
name=KazChina.Model.Startup
rid=linux-x64
mkdir -p "$out"

publish() { dotnet publish "$project" -c Release -nologo -v quiet "$@"; }
publish -o "$out/jit"
publish -r "$rid" --self-contained false -p:PublishReadyToRun=true -o "$out/r2r"
publish -r "$rid" -p:PublishAot=true -o "$out/aot"

# Each plain variant answers the query; the "-json" rows write the edition as JSON and read it back
# instead (the first round trip through the source-generated contracts); the "-runtime" rows start the
# same binary with --runtime-only (prints a line, never touches the package): the runtime's own share.
variants=(jit r2r aot jit-json aot-json jit-runtime aot-runtime)
command_of() {
  case $1 in
    *-runtime) echo "$out/${1%-runtime}/$name --runtime-only" ;;
    *-json) echo "$out/${1%-json}/$name --json" ;;
    *) echo "$out/$1/$name" ;;
  esac
}
for v in "${variants[@]}"; do
  answer=$($(command_of "$v"))
  echo "$v: $answer"
done

table_header() {
  echo "| Variant | Median [ms] | Min [ms] | Max [ms] | Runs |"
  echo "|:---|---:|---:|---:|---:|"
}

if command -v hyperfine >/dev/null && [[ ${STARTUP_TIMER:-} != loop ]]; then
  args=()
  for v in "${variants[@]}"; do args+=(-n "$v" "$(command_of "$v")"); done
  hyperfine -N --warmup 3 --runs "$runs" --export-json "$out/startup.json" "${args[@]}"
  {
    table_header
    awk -F': ' '
      /"command":/ { gsub(/[",]/, "", $2); c = $2 }
      /"median":/ { gsub(/,/, "", $2); m = $2 }
      /"min":/ { gsub(/,/, "", $2); lo = $2 }
      /"max":/ { gsub(/[, ]/, "", $2); printf "| `%s` | %.1f | %.1f | %.1f | %d |\n", c, m * 1000, lo * 1000, $2 * 1000, n }
    ' n="$runs" "$out/startup.json"
  } | tee "$out/startup.md"
else
  {
    table_header
    for v in "${variants[@]}"; do
      command=$(command_of "$v")
      for _ in 1 2 3; do $command >/dev/null; done
      for ((i = 0; i < runs; i++)); do
        start=$(date +%s%N)
        $command >/dev/null
        echo $(($(date +%s%N) - start))
      done | sort -n | awk -v v="$v" '{ t[NR] = $1 / 1e6 } END {
        m = NR % 2 ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2
        printf "| `%s` | %.1f | %.1f | %.1f | %d |\n", v, m, t[1], t[NR], NR }'
    done
  } | tee "$out/startup.md"
fi

echo
echo "sizes on disk (whole publish folder; jit and r2r also need the shared .NET runtime):"
for v in jit r2r aot; do du -sh "$out/$v" | awk -v v="$v" '{ print "  " v ": " $1 }'; done

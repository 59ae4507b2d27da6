#!/usr/bin/env bash
# Runs every benchmark the way benchmarks/README.md reports them:
#   1. steady state (BenchmarkDotNet short job, with 10 warm-up iterations, since the façade's round trip
#      is still speeding up after the default 3, and 7 measured): queries, scale, serialization;
#   2. the Parquet export beside DuckDB (short job: each invocation writes 1,000 editions, seconds long);
#   3. first calls (one invocation in each of 15 fresh processes): serialization;
#   4. start-up (benchmarks/startup.sh): process start to the first answered query and JSON round trip.
# Extra arguments go to the steady-state run (e.g. --iterationCount 15). Reports go to
# BenchmarkDotNet.Artifacts/ (git-ignored): results/*.md and startup/startup.md.
set -euo pipefail
cd "$(dirname "$0")/.."

project=benchmarks/KazChina.Model.Benchmarks
dotnet run -c Release --project "$project" -- \
  --filter '*QueryBenchmarks*' '*ScaleBenchmarks*' '*SerializationBenchmarks*' \
  --job short --warmupCount 10 --iterationCount 7 "$@"
dotnet run -c Release --project "$project" -- --filter '*ParquetBenchmarks*' --job short
dotnet run -c Release --project "$project" -- \
  --filter '*SerializationFirstCallBenchmarks*' \
  --strategy ColdStart --launchCount 15 --warmupCount 0 --iterationCount 1
bash benchmarks/startup.sh

#!/usr/bin/env bash
# Publishes kazchina NativeAOT for linux-x64, as its tool package ships it, and fails on any warning of the publish
# (trim and AOT analysis included); then runs the CLI tests against that binary: with KAZCHINA_CLI_EXE set, the
# tests' CLI helpers start it as a process (stdout and stderr piped, COLUMNS set to the width a test asks for)
# instead of running the app in-process. Tests that hand the app a fault-injecting file system or a cancellation
# token call it in-process whatever the variable says.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=lib.sh
source "$repo/.ci/lib.sh"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "publishing kazchina NativeAOT for linux-x64"
dotnet publish "$repo/src/KazChina.Model.Cli" -c Release -r linux-x64 -o "$work/native" -nologo 2>&1 | tee "$work/publish.log"
if log_has_warnings "$work/publish.log" || grep -qE 'warning (IL|AOT)[0-9]+' "$work/publish.log"; then
  echo "the NativeAOT publish of kazchina warned"
  exit 1
fi
exe="$work/native/kazchina"
file "$exe" | grep -q 'ELF 64-bit .*x86-64'
test ! -e "$work/native/kazchina.dll"
echo "native kazchina: $(stat -c %s "$exe") bytes"

echo "running the CLI tests against the native binary"
KAZCHINA_CLI_EXE="$exe" dotnet test "$repo/tests/KazChina.Model.Tests" -c Debug --filter "FullyQualifiedName~KazChina.Model.Tests.Cli" 2>&1 | tee "$work/test.log"
test_status=${PIPESTATUS[0]}
grep -qE '^Passed! +- Failed: +0,' "$work/test.log" || test_status=1
((test_status == 0)) || { echo "the CLI tests failed against the native binary"; exit 1; }
echo "cli native: the published binary passes the CLI tests"

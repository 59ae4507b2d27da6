#!/usr/bin/env bash
# Builds a new console project outside the solution that references the packed KazChina.Model (the one .ci/run
# packed, or a fresh pack when run on its own; nuget.org only for its dependencies, a private packages folder so
# no stale cache can stand in), runs it, then publishes it NativeAOT with warnings as errors and runs the native
# binary.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=lib.sh
source "$repo/.ci/lib.sh"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
library_package "$work"
version=$LIBRARY_VERSION

mkdir -p "$work/consumer"
cp "$repo/.ci/fresh-consumer/Program.cs" "$work/consumer/Program.cs"
write_local_nuget_config "$work/consumer" "$LIBRARY_FEED"
cat > "$work/consumer/Consumer.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
    <TrimmerSingleWarn>false</TrimmerSingleWarn>
    <IlcTreatWarningsAsErrors>true</IlcTreatWarningsAsErrors>
    <InvariantGlobalization>true</InvariantGlobalization>
    <RestorePackagesPath>$work/packages</RestorePackagesPath>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="KazChina.Model" Version="$version" />
  </ItemGroup>
</Project>
XML

cd "$work/consumer"
echo "running the consumer on the JIT"
dotnet run -c Release 2>&1 | tee "$work/jit.log"
grep -q '^fresh consumer OK$' "$work/jit.log"
test -f "$work/packages/kazchina.model/$version/kazchina.model.$version.nupkg"

echo "publishing the consumer NativeAOT with warnings as errors"
dotnet publish -c Release -r linux-x64 -p:PublishAot=true -o "$work/native" 2>&1 | tee "$work/publish.log"
if grep -E 'warning (IL|AOT)[0-9]+' "$work/publish.log"; then
  echo "NativeAOT publish produced IL/AOT warnings"
  exit 1
fi
"$work/native/Consumer" | tee "$work/native.log"
grep -q '^fresh consumer OK$' "$work/native.log"
echo "fresh consumer: JIT and NativeAOT runs passed"

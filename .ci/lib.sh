# Shared by the .ci scripts; source it, do not run it.

# write_local_nuget_config DIR FEED: a NuGet.config in DIR that takes KazChina.* packages only from the
# folder feed FEED and everything else only from nuget.org, so a package of ours can never come from a cache
# of another feed.
write_local_nuget_config() {
  cat > "$1/NuGet.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="local" value="$2" />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
  </packageSources>
  <packageSourceMapping>
    <packageSource key="local"><package pattern="KazChina.*" /></packageSource>
    <packageSource key="nuget.org"><package pattern="*" /></packageSource>
  </packageSourceMapping>
</configuration>
XML
}

# log_has_warnings LOG: whether the dotnet build or pack output in LOG reports a warning.
log_has_warnings() {
  grep -qiE '(^|[^0-9])[1-9][0-9]* Warning\(s\)|: warning ' "$1"
}

# library_package WORK: sets LIBRARY_FEED and LIBRARY_VERSION to the KazChina.Model package the step uses.
# Under .ci/run that is the one package it packed (KAZCHINA_FEED names its folder), so every step tests the same
# bytes; a script run on its own packs the library into WORK/feed first. Steps restore into private packages
# folders, so no cached copy of the same version can stand in for it.
library_package() {
  if [[ -n "${KAZCHINA_FEED:-}" ]]; then
    LIBRARY_FEED=$KAZCHINA_FEED
  else
    LIBRARY_FEED="$1/feed"
    echo "packing KazChina.Model into a temporary feed"
    dotnet pack "$(dirname "${BASH_SOURCE[0]}")/../src/KazChina.Model" -c Release -o "$LIBRARY_FEED" -nologo -v quiet
  fi
  local packages=("$LIBRARY_FEED"/KazChina.Model.[0-9]*.nupkg)
  ((${#packages[@]} == 1)) || { echo "expected one KazChina.Model package in $LIBRARY_FEED, found ${#packages[@]}"; return 1; }
  LIBRARY_VERSION=$(basename "${packages[0]}" .nupkg)
  LIBRARY_VERSION=${LIBRARY_VERSION#KazChina.Model.}
}

# pack_tool WORK: packs the kazchina tool as it ships into the folder feed WORK/feed under a fresh version, which it
# sets in TOOL_VERSION: the top-level package that points at one package per runtime identifier, the
# framework-dependent `any` fallback and the NativeAOT linux-x64 package (NativeAOT compiles natively only for the
# machine's own OS and architecture, so other native packages are packed on their own machines). Fails if packing
# warns or a package is missing.
pack_tool() {
  local cli rid id
  cli="$(dirname "${BASH_SOURCE[0]}")/../src/KazChina.Model.Cli"
  TOOL_VERSION="0.0.0-tool.$(date +%Y%m%d%H%M%S).$$"
  for rid in "" any linux-x64; do
    echo "packing KazChina.Model.Cli $TOOL_VERSION ${rid:-(top-level)}"
    dotnet pack "$cli" -c Release ${rid:+-r "$rid"} -o "$1/feed" -p:Version="$TOOL_VERSION" -nologo 2>&1 | tee "$1/pack.log"
    if log_has_warnings "$1/pack.log"; then
      echo "packing the tool warned"
      return 1
    fi
  done
  for id in KazChina.Model.Cli KazChina.Model.Cli.any KazChina.Model.Cli.linux-x64; do
    test -f "$1/feed/$id.$TOOL_VERSION.nupkg" || { echo "no $id package was packed"; return 1; }
  done
}

# install_tool WORK: installs TOOL_VERSION from WORK/feed with `dotnet tool install --tool-path WORK/tools`, as the
# README shows, restoring into WORK/packages (a private packages folder, so no stale cache can stand in). Then proves
# the installed command is the native executable from the linux-x64 package: an x86-64 ELF file, no kazchina.dll
# anywhere in the install.
install_tool() {
  local installed
  write_local_nuget_config "$1" "$1/feed"
  (cd "$1" && NUGET_PACKAGES="$1/packages" dotnet tool install --tool-path "$1/tools" --version "$TOOL_VERSION" KazChina.Model.Cli)
  installed=$(readlink -f "$1/tools/kazchina")
  [[ "$installed" == "$1/tools/.store/"*"/kazchina.model.cli.linux-x64/$TOOL_VERSION/"* ]] || { echo "kazchina is $installed, not from the linux-x64 package"; return 1; }
  file "$installed" | grep -q 'ELF 64-bit .*x86-64' || { echo "kazchina is not a native executable: $(file "$installed")"; return 1; }
  if find "$1/tools" -name 'kazchina.dll' | grep -q .; then
    echo "the install holds a kazchina.dll: it is not the native tool"
    return 1
  fi
  echo "installed: the NativeAOT executable ($(stat -c %s "$installed") bytes)"
}

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

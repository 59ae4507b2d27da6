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

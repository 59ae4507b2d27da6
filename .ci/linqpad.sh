#!/usr/bin/env bash
# Runs the LINQPad sample's statements (src/samples/KazChina.linq) as a .NET 10 file-based app against this checkout,
# so they cannot rot although CI cannot run LINQPad (a Windows program). Its namespaces become using lines; LINQPad's
# two members the sample uses are stood in for: Dump enumerates what it is given (so every query runs) and returns it,
# and Util.RawHtml takes only a report view (one kz-report div). Fails if a line does not compile or throws, or a
# Util.RawHtml line was not run.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
linq="$repo/src/samples/KazChina.linq"

# Outside the repository, so the app does not inherit its build settings (NativeAOT, warnings as errors).
python3 - "$linq" "$repo/src/KazChina.Model.Exports/KazChina.Model.Exports.csproj" > "$work/linqpad.cs" <<'PY'
import re, sys
text = open(sys.argv[1], encoding="utf-8").read()
header, statements = text.split("</Query>", 1)
namespaces = re.findall(r"<Namespace>([\w.]+)</Namespace>", header)
print(f"#:project {sys.argv[2]}")
for namespace in ["System", "System.Collections", "System.Collections.Generic", "System.Linq", *namespaces]:
    print(f"using {namespace};")
print(statements)
print(f"""Console.WriteLine($"linqpad sample: {{LinqPad.Dumps}} dumps, {{LinqPad.Views}} of {statements.count("Util.RawHtml(")} views");
return LinqPad.Views == {statements.count("Util.RawHtml(")} ? 0 : 1;

static class LinqPad
{{
    public static int Dumps, Views;
}}

static class DumpExtensions
{{
    public static T Dump<T>(this T value, string? description = null)
    {{
        if (value is IEnumerable sequence and not string)
        {{
            foreach (object? _ in sequence) {{ }}
        }}

        LinqPad.Dumps++;
        return value;
    }}
}}

static class Util
{{
    public static object RawHtml(string html)
    {{
        if (!html.StartsWith("<div class=\\"kz-report\\">", StringComparison.Ordinal)) throw new InvalidOperationException("Util.RawHtml is given something other than a report view.");
        LinqPad.Views++;
        return html;
    }}
}}""")
PY
cd "$work" && dotnet run linqpad.cs

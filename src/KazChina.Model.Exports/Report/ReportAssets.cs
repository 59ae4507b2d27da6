using System;
using System.IO;
using System.Reflection;
using System.Text;

namespace KazChina.Model.Exports;

/// <summary>The files the page inlines, embedded in this assembly: the vendored Vega libraries and country outlines (Report/Assets/NOTICE.md), and the page's own style and script.</summary>
internal static class ReportAssets
{
    private static readonly Lazy<string> LazyLibraries = new(() =>
        string.Concat(Script(Read("vega.min.js")), Script(Read("vega-lite.min.js")), Script(Read("vega-embed.min.js"))));

    private static readonly Lazy<string> LazyCountries = new(() => Read("countries-110m.json"));

    private static readonly Lazy<string> LazyStyle = new(() => Read("report.css"));

    private static readonly Lazy<string> LazyScript = new(() => Read("report.js"));

    /// <summary>Gets Vega, Vega-Lite and vega-embed as three script elements.</summary>
    public static string Libraries => LazyLibraries.Value;

    /// <summary>Gets Natural Earth's 1:110m country outlines as TopoJSON.</summary>
    public static string Countries => LazyCountries.Value;

    /// <summary>Gets the page's style sheet.</summary>
    public static string Style => LazyStyle.Value;

    /// <summary>Gets the page's own script: drawing the charts, selecting highlights, filtering by kind.</summary>
    public static string PageScript => LazyScript.Value;

    private static string Script(string code)
    {
        // A script element ends at the first "</script"; the vendored files are checked for it once here.
        if (code.Contains("</script", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException("A vendored script contains '</script' and cannot be inlined.");
        }

        return "<script>" + code + "</script>\n";
    }

    private static string Read(string name)
    {
        using Stream stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("KazChina.Model.Exports.Report." + name)
            ?? throw new InvalidOperationException($"The report asset '{name}' is not embedded in the assembly.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}

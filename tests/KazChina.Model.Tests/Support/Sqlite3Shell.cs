using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using Xunit;

namespace KazChina.Model.Tests;

/// <summary>
/// The sqlite3 command-line shell, as <c>.ci/apt-tools.sh</c> installs it from apt: the program people open the SQLite
/// export with, so it judges the file rather than the library that wrote it.
/// </summary>
public static class Sqlite3Shell
{
    /// <summary>Why a test that needs the shell cannot run.</summary>
    public const string MissingMessage = "the sqlite3 shell is not installed: run .ci/apt-tools.sh (apt, as root) to check the SQLite export with it; CI=true requires it.";

    /// <summary>Gets the shell's path, or null when it is not on the PATH.</summary>
    public static string? Executable =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, "sqlite3"))
            .FirstOrDefault(File.Exists);

    /// <summary>Runs the shell in a folder with the given arguments, and returns what it printed; fails the test on a non-zero exit code or anything on stderr.</summary>
    /// <param name="folder">The working folder.</param>
    /// <param name="arguments">The arguments, as a shell would pass them.</param>
    /// <returns>The shell's standard output.</returns>
    public static string Run(string folder, params string[] arguments)
    {
        string executable = Executable ?? throw new InvalidOperationException(MissingMessage);
        var start = new ProcessStartInfo(executable)
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using Process process = Process.Start(start) ?? throw new InvalidOperationException("sqlite3 did not start.");
        process.StandardInput.Close();
        var errors = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(1)), "sqlite3 did not finish in a minute.");
        Assert.True(process.ExitCode == 0 && errors.Result.Length == 0, $"sqlite3 {string.Join(' ', arguments)} failed with exit code {process.ExitCode}: {errors.Result}");
        return output;
    }
}

/// <summary>A fact that needs the sqlite3 shell: skipped, saying why, where it is not installed, except under CI, where it must run.</summary>
public sealed class Sqlite3FactAttribute : FactAttribute
{
    public Sqlite3FactAttribute()
    {
        if (Sqlite3Shell.Executable is null && !Ajv.Required)
        {
            Skip = Sqlite3Shell.MissingMessage;
        }
    }
}

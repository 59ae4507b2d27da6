using System;
using KazChina.Model.Cli;
using Spectre.Console.Testing;
using Xunit;

namespace KazChina.Model.Tests;

/// <summary>What one in-process run of the tool produced.</summary>
/// <param name="ExitCode">The exit code.</param>
/// <param name="Output">Everything written to the output console (stdout).</param>
/// <param name="Error">Everything written to the error console (stderr).</param>
public sealed record CliResult(int ExitCode, string Output, string Error);

/// <summary>
/// Runs the `kazchina` command line in-process against two test consoles, one for stdout and one for stderr; or,
/// when <c>KAZCHINA_CLI_EXE</c> names a built tool (the NativeAOT binary), runs that as a process with stdout and
/// stderr piped and <c>COLUMNS</c> set to the width, so the same tests check the shipped executable.
/// </summary>
public static class CliRun
{
    /// <summary>The width of the output console: wide enough that the tables do not wrap their cells.</summary>
    public const int Width = 200;

    /// <summary>A width at which no cell of the edition's tables wraps, so rows can be read back one per line.</summary>
    public const int Unwrapped = 2000;

    public static CliResult Run(params string[] args) => RunWithWidth(Width, args);

    /// <summary>Asserts that a run failed the way every failure must: the error exit code, nothing on stdout, and exactly <paramref name="error"/> on stderr.</summary>
    public static void AssertFailed(CliResult result, string error)
    {
        Assert.Equal(ExitCodes.Error, result.ExitCode);
        Assert.Equal("", result.Output);
        Assert.Equal(error, result.Error);
    }

    /// <summary>Asserts the error exit code, nothing on stdout, and one stderr line that starts with <paramref name="errorStart"/>.</summary>
    public static void AssertFailedWith(CliResult result, string errorStart)
    {
        Assert.Equal(ExitCodes.Error, result.ExitCode);
        Assert.Equal("", result.Output);
        Assert.StartsWith(errorStart, result.Error, StringComparison.Ordinal);
        Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    public static CliResult RunWithWidth(int width, params string[] args)
    {
        if (ToolProcess.Executable is not null)
        {
            return ToolProcess.Run(Environment.CurrentDirectory, width, args);
        }

        using var output = new TestConsole();
        output.Profile.Width = width;
        using var error = new TestConsole();
        int exitCode = KazChinaApp.Run(args, output, error);
        return new CliResult(exitCode, output.Output, error.Output);
    }
}

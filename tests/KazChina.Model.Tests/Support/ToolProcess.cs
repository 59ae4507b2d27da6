using System;
using System.Diagnostics;
using System.IO;
using System.Threading.Tasks;
using Xunit;

namespace KazChina.Model.Tests;

/// <summary>
/// The built tool running as its own process, as a user runs it: <c>dotnet kazchina.dll …</c> from the test's output
/// folder, or the executable <c>KAZCHINA_CLI_EXE</c> names (the NativeAOT binary, in CI).
/// </summary>
public sealed class ToolProcess : IDisposable
{
    private readonly Process _process;
    private readonly Task<string> _output;
    private readonly Task<string> _error;

    private ToolProcess(Process process)
    {
        _process = process;
        _output = process.StandardOutput.ReadToEndAsync();
        _error = process.StandardError.ReadToEndAsync();
    }

    public int Id => _process.Id;

    /// <summary>Gets the tool executable the tests run instead of the in-process app and <c>kazchina.dll</c>, from <c>KAZCHINA_CLI_EXE</c>; null when it is not set.</summary>
    public static string? Executable { get; } = FindExecutable();

    /// <summary>Starts the tool.</summary>
    /// <param name="workingDirectory">The folder it runs in.</param>
    /// <param name="args">Its arguments.</param>
    /// <returns>The running tool.</returns>
    public static ToolProcess Start(string workingDirectory, params string[] args) => Start(workingDirectory, null, args);

    /// <summary>Starts the tool with its output this many columns wide.</summary>
    /// <param name="workingDirectory">The folder it runs in.</param>
    /// <param name="width">The width (<c>COLUMNS</c>), or null for the tool's default.</param>
    /// <param name="args">Its arguments.</param>
    /// <returns>The running tool.</returns>
    public static ToolProcess Start(string workingDirectory, int? width, params string[] args)
    {
        var start = new ProcessStartInfo(Executable ?? DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
            StandardErrorEncoding = System.Text.Encoding.UTF8,
            WorkingDirectory = workingDirectory,
        };
        if (width is int columns)
        {
            start.Environment["COLUMNS"] = columns.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        else
        {
            start.Environment.Remove("COLUMNS");
        }

        if (Executable is null)
        {
            start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "kazchina.dll"));
        }

        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return new ToolProcess(Process.Start(start)!);
    }

    /// <summary>Runs the tool to its end.</summary>
    /// <param name="workingDirectory">The folder it runs in.</param>
    /// <param name="args">Its arguments.</param>
    /// <returns>Its exit code, stdout and stderr.</returns>
    public static CliResult Run(string workingDirectory, params string[] args) => Run(workingDirectory, null, args);

    /// <summary>Runs the tool to its end with its output this many columns wide.</summary>
    /// <param name="workingDirectory">The folder it runs in.</param>
    /// <param name="width">The width (<c>COLUMNS</c>), or null for the tool's default.</param>
    /// <param name="args">Its arguments.</param>
    /// <returns>Its exit code, stdout and stderr.</returns>
    public static CliResult Run(string workingDirectory, int? width, params string[] args)
    {
        using ToolProcess tool = Start(workingDirectory, width, args);
        return tool.WaitForExit();
    }

    /// <summary>Runs a shell command line with <c>kazchina</c> standing for the built tool, for redirections such as <c>&gt; /dev/full</c>.</summary>
    /// <param name="workingDirectory">The folder it runs in.</param>
    /// <param name="commandLine">The command line, e.g. <c>kazchina validate edition.json &gt; /dev/full</c>.</param>
    /// <returns>Its exit code and the stderr of the shell.</returns>
    public static CliResult RunInShell(string workingDirectory, string commandLine)
    {
        var start = new ProcessStartInfo("/bin/sh")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory,
        };
        start.ArgumentList.Add("-c");
        if (Executable is null)
        {
            start.ArgumentList.Add($"kazchina() {{ \"$KAZCHINA_HOST\" \"$KAZCHINA_DLL\" \"$@\"; }}; {commandLine}");
            start.Environment["KAZCHINA_HOST"] = DotnetHost();
            start.Environment["KAZCHINA_DLL"] = Path.Combine(AppContext.BaseDirectory, "kazchina.dll");
        }
        else
        {
            start.ArgumentList.Add($"kazchina() {{ \"$KAZCHINA_CLI_EXE\" \"$@\"; }}; {commandLine}");
            start.Environment["KAZCHINA_CLI_EXE"] = Executable;
        }

        using var shell = new ToolProcess(Process.Start(start)!);
        return shell.WaitForExit();
    }

    /// <summary>Waits for the tool to end (at most 60 seconds).</summary>
    /// <returns>Its exit code, stdout and stderr.</returns>
    public CliResult WaitForExit()
    {
        Assert.True(_process.WaitForExit(TimeSpan.FromSeconds(60)), "kazchina did not exit within 60 seconds.");
        return new CliResult(_process.ExitCode, _output.Result, _error.Result);
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            _process.WaitForExit();
        }

        _process.Dispose();
    }

    // Set but wrong is an error, not a quiet fall back to the in-process app: CI would pass without testing the binary.
    private static string? FindExecutable()
    {
        if (Environment.GetEnvironmentVariable("KAZCHINA_CLI_EXE") is not { Length: > 0 } path)
        {
            return null;
        }

        string full = Path.GetFullPath(path);
        return File.Exists(full) ? full : throw new FileNotFoundException($"KAZCHINA_CLI_EXE names '{full}', which does not exist.", full);
    }

    // The test host runs under the same dotnet the SDK gives it; fall back to the one on PATH.
    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host
        : Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet" ? Environment.ProcessPath!
        : "dotnet";
}

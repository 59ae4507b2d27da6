using System;
using System.Diagnostics;
using System.IO;
using System.Threading.Tasks;
using Xunit;

namespace KazChina.Model.Tests;

/// <summary>The built tool running as its own process (<c>dotnet kazchina.dll …</c> from the test's output folder), as a user runs it.</summary>
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

    /// <summary>Starts the tool.</summary>
    /// <param name="workingDirectory">The folder it runs in.</param>
    /// <param name="args">Its arguments.</param>
    /// <returns>The running tool.</returns>
    public static ToolProcess Start(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
            StandardErrorEncoding = System.Text.Encoding.UTF8,
            WorkingDirectory = workingDirectory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "kazchina.dll"));
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
    public static CliResult Run(string workingDirectory, params string[] args)
    {
        using ToolProcess tool = Start(workingDirectory, args);
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
        start.ArgumentList.Add($"kazchina() {{ \"$KAZCHINA_HOST\" \"$KAZCHINA_DLL\" \"$@\"; }}; {commandLine}");
        start.Environment["KAZCHINA_HOST"] = DotnetHost();
        start.Environment["KAZCHINA_DLL"] = Path.Combine(AppContext.BaseDirectory, "kazchina.dll");
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

    // The test host runs under the same dotnet the SDK gives it; fall back to the one on PATH.
    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host
        : Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet" ? Environment.ProcessPath!
        : "dotnet";
}

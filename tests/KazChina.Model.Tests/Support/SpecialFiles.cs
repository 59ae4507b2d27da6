using System.Diagnostics;
using System.Runtime.InteropServices;
using Xunit;

namespace KazChina.Model.Tests;

/// <summary>Pipes, device nodes and signals for the tests of the tool's output, made with the system's own commands (the device nodes need root, as CI has).</summary>
public static class SpecialFiles
{
    /// <summary>Signal numbers as Linux has them.</summary>
    public const int SigHup = 1;
    public const int SigInt = 2;
    public const int SigQuit = 3;
    public const int SigKill = 9;
    public const int SigTerm = 15;

    /// <summary>Makes a named pipe (FIFO).</summary>
    public static void MakeFifo(string path) => Run("mkfifo", path);

    /// <summary>Makes a device node, e.g. <c>c 1 3</c> for a null device of one's own; never a real device under /dev.</summary>
    public static void MakeDevice(string path, char type, int major, int minor) => Run("mknod", path, type.ToString(), major.ToString(System.Globalization.CultureInfo.InvariantCulture), minor.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Tells what a path is, as stat(1) says it: "character special file", "fifo", "regular file", "symbolic link", …</summary>
    public static string TypeOf(string path) => Run("stat", "--format=%F", path).TrimEnd('\n');

    /// <summary>Sends a signal to a process.</summary>
    public static void Signal(int processId, int signal) => Assert.Equal(0, Kill(processId, signal));

    private static string Run(string command, params string[] args)
    {
        var start = new ProcessStartInfo(command) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using Process process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{command} failed: {error.Result}");
        return output;
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);
}

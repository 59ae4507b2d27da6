using System;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace KazChina.Model.Cli;

/// <summary>
/// The names of the files and folders an export makes beside its target before publishing it:
/// <c>.kazchina-&lt;process id&gt;-&lt;8 random letters or digits&gt;.&lt;tmp|old|swap&gt;</c> (new content, the
/// replaced folder, the swap journal). They are recognisably the tool's, at most 40 bytes whatever the target's
/// name (a file system allows 255), and say which process made them, so a later export can tell a leftover of a
/// killed run (its process is gone) from the work of one still running.
/// </summary>
internal static partial class OutputNames
{
    /// <summary>The start of every such name.</summary>
    public const string Prefix = ".kazchina-";

    /// <summary>The suffix of new content: a file or a staged folder.</summary>
    public const string Temporary = "tmp";

    /// <summary>The suffix of a replaced folder, kept until the new one is in place.</summary>
    public const string Backup = "old";

    /// <summary>The suffix of a folder swap's journal, which names the folder being replaced.</summary>
    public const string Journal = "swap";

    private const string Letters = "abcdefghijklmnopqrstuvwxyz0123456789";

    /// <summary>The full paths this process has made and not yet finished with, which a sweep must leave alone.</summary>
    private static readonly ConcurrentDictionary<string, byte> InFlight = new(StringComparer.Ordinal);

    /// <summary>Makes a new id: this process's id and 8 random letters or digits.</summary>
    /// <returns>The id, for <see cref="PathFor"/>.</returns>
    public static string NewId() => $"{Environment.ProcessId}-{RandomNumberGenerator.GetString(Letters, 8)}";

    /// <summary>Gets the path of one of an id's entries in a folder.</summary>
    /// <param name="folder">The folder, the target's own.</param>
    /// <param name="id">The id.</param>
    /// <param name="suffix"><see cref="Temporary"/>, <see cref="Backup"/> or <see cref="Journal"/>.</param>
    /// <returns>The full path.</returns>
    public static string PathFor(string folder, string id, string suffix) =>
        System.IO.Path.Combine(folder, $"{Prefix}{id}.{suffix}");

    /// <summary>Marks a path as this process's work in progress, before it is created.</summary>
    /// <param name="path">The full path.</param>
    public static void Reserve(string path) => InFlight.TryAdd(path, 0);

    /// <summary>Marks a path as finished with: published, deleted, or left for a sweep.</summary>
    /// <param name="path">The full path.</param>
    public static void Release(string path) => InFlight.TryRemove(path, out _);

    /// <summary>Reads a name made by <see cref="PathFor"/>.</summary>
    /// <param name="name">A file or folder name.</param>
    /// <param name="id">The id, when the name is the tool's.</param>
    /// <param name="processId">The process that made it.</param>
    /// <param name="suffix">What it is.</param>
    /// <returns>Whether the name is one the tool makes.</returns>
    public static bool TryParse(string name, out string id, out int processId, out string suffix)
    {
        Match match = NamePattern().Match(name);
        if (match.Success && int.TryParse(match.Groups["pid"].ValueSpan, out processId))
        {
            id = match.Groups["id"].Value;
            suffix = match.Groups["suffix"].Value;
            return true;
        }

        (id, processId, suffix) = ("", 0, "");
        return false;
    }

    /// <summary>Tells whether an entry is a leftover: its process has ended, or it is this process's and no export here is working on it.</summary>
    /// <param name="path">The full path.</param>
    /// <param name="processId">The process that made it.</param>
    /// <returns>Whether it may be cleaned up.</returns>
    public static bool IsStale(string path, int processId) =>
        processId == Environment.ProcessId ? !InFlight.ContainsKey(path) : !IsRunning(processId);

    private static bool IsRunning(int processId)
    {
        try
        {
            using Process process = Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            // A process we may not look at is someone else's and running.
            return true;
        }
    }

    [GeneratedRegex(@"^\.kazchina-(?<id>(?<pid>[0-9]{1,10})-[a-z0-9]{8})\.(?<suffix>tmp|old|swap)$", RegexOptions.CultureInvariant)]
    private static partial Regex NamePattern();
}

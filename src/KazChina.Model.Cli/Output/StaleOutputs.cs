using System;
using System.IO;
using System.Linq;
using System.Text;

namespace KazChina.Model.Cli;

/// <summary>
/// Cleans up what a killed or failed export left beside its target: entries named by <see cref="OutputNames"/>
/// whose process has ended (or, for this process, that no export is working on). Nothing else is touched. A
/// folder swap that was cut off between its two renames is finished backwards: its journal names the folder, and
/// the replaced folder goes back in place before the rest is deleted.
/// </summary>
internal static class StaleOutputs
{
    /// <summary>Cleans up the leftovers in a folder; best effort, never failing the export that asks.</summary>
    /// <param name="folder">The folder an output is written to.</param>
    /// <param name="files">The file operations.</param>
    public static void Sweep(string folder, IFileOperations files)
    {
        (string Path, string Id, string Suffix)[] stale;
        try
        {
            stale = [.. Directory.EnumerateFileSystemEntries(folder, OutputNames.Prefix + "*")
                .Select(path => (Path: path, Parsed: OutputNames.TryParse(System.IO.Path.GetFileName(path), out string id, out int processId, out string suffix), Id: id, ProcessId: processId, Suffix: suffix))
                .Where(e => e.Parsed && OutputNames.IsStale(e.Path, e.ProcessId))
                .Select(e => (e.Path, e.Id, e.Suffix))];
        }
        catch (Exception e) when (IoErrors.IsFileError(e))
        {
            return;
        }

        foreach (var leftovers in stale.GroupBy(e => e.Id))
        {
            // A journal says whether its swap's replaced folder must go back before anything is deleted.
            if (leftovers.FirstOrDefault(e => e.Suffix == OutputNames.Journal) is { Path: { } journal })
            {
                Recover(folder, leftovers.Key, journal, files);
                continue;
            }

            foreach ((string path, _, _) in leftovers)
            {
                TryDelete(path, files);
            }
        }
    }

    /// <summary>Writes a folder swap's journal: the name of the folder being replaced.</summary>
    /// <param name="journal">The journal's path.</param>
    /// <param name="folderName">The target folder's name, in the journal's own folder.</param>
    /// <param name="files">The file operations.</param>
    public static void WriteJournal(string journal, string folderName, IFileOperations files)
    {
        using Stream stream = files.CreateFile(journal);
        stream.Write(Encoding.UTF8.GetBytes(folderName));
        files.FlushToDisk(stream);
    }

    /// <summary>Deletes a file or a folder with what it holds, if it is there; best effort.</summary>
    /// <param name="path">The path.</param>
    /// <param name="files">The file operations.</param>
    /// <returns>Whether nothing is left at <paramref name="path"/>.</returns>
    public static bool TryDelete(string path, IFileOperations files)
    {
        if (!Path.Exists(path))
        {
            return true;
        }

        try
        {
            if (Directory.Exists(path))
            {
                files.DeleteDirectory(path, recursive: true);
            }
            else
            {
                files.DeleteFile(path);
            }

            return true;
        }
        catch (Exception e) when (IoErrors.IsFileError(e))
        {
            return false;
        }
    }

    private static void Recover(string folder, string id, string journal, IFileOperations files)
    {
        string backup = OutputNames.PathFor(folder, id, OutputNames.Backup);
        if (Directory.Exists(backup))
        {
            if (ReadJournal(journal) is not { } name)
            {
                // Which folder this was cannot be told: leave it rather than delete data.
                return;
            }

            string target = Path.Combine(folder, name);
            if (!Path.Exists(target))
            {
                try
                {
                    files.MoveDirectory(backup, target);
                }
                catch (Exception e) when (IoErrors.IsFileError(e))
                {
                    // Keep the journal and the replaced folder for the next export to try again.
                    return;
                }
            }
        }

        if (TryDelete(backup, files) && TryDelete(OutputNames.PathFor(folder, id, OutputNames.Temporary), files))
        {
            TryDelete(journal, files);
        }
    }

    private static string? ReadJournal(string journal)
    {
        try
        {
            string name = File.ReadAllText(journal, Encoding.UTF8);
            return name.Length > 0 && name == Path.GetFileName(name) && name is not "." and not ".." ? name : null;
        }
        catch (Exception e) when (IoErrors.IsFileError(e))
        {
            return null;
        }
    }
}

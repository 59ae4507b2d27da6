using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;

namespace KazChina.Model.Cli;

/// <summary>One file to write: where, and what goes in it.</summary>
/// <param name="Path">The target path.</param>
/// <param name="Write">Writes the content to the stream it is given.</param>
internal sealed record OutputFile(string Path, Action<Stream> Write);

/// <summary>
/// Writes output files so that each appears whole or not at all. The content goes to a hidden temporary file
/// in the target's own folder (so the final step is a rename on one file system), which is moved over the
/// target only once every file of the export is written. A failure or a cancellation on the way deletes the
/// temporary files and leaves the targets as they were; an existing target is replaced only when asked to.
/// </summary>
internal static class AtomicFile
{
    /// <summary>The start of every temporary file's name, so a leftover from a killed process is recognisable.</summary>
    public const string TemporaryPrefix = ".kazchina-";

    /// <summary>Writes one file atomically.</summary>
    /// <param name="file">The file.</param>
    /// <param name="overwrite">Whether an existing file may be replaced.</param>
    /// <param name="cancellationToken">Stops the export before the files are moved into place.</param>
    /// <exception cref="CliException">The target is a folder, exists without <paramref name="overwrite"/>, or cannot be written.</exception>
    public static void Write(OutputFile file, bool overwrite, CancellationToken cancellationToken) =>
        WriteAll([file], overwrite, cancellationToken);

    /// <summary>Writes several files: every target is checked before anything is written, and none is moved into place until all are written.</summary>
    /// <param name="files">The files.</param>
    /// <param name="overwrite">Whether existing files may be replaced.</param>
    /// <param name="cancellationToken">Stops the export before the files are moved into place.</param>
    /// <exception cref="CliException">A target is a folder, exists without <paramref name="overwrite"/>, or cannot be written.</exception>
    public static void WriteAll(IReadOnlyList<OutputFile> files, bool overwrite, CancellationToken cancellationToken)
    {
        foreach (OutputFile file in files)
        {
            CheckTarget(file.Path, overwrite);
        }

        var pending = new List<(string Temporary, string Target)>();
        string current = files.Count > 0 ? files[0].Path : "";
        try
        {
            foreach (OutputFile file in files)
            {
                cancellationToken.ThrowIfCancellationRequested();
                current = file.Path;
                string temporary = TemporaryPathFor(file.Path);
                pending.Add((temporary, file.Path));
                using var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None);
                file.Write(stream);
                stream.Flush(flushToDisk: true);
            }

            cancellationToken.ThrowIfCancellationRequested();
            while (pending.Count > 0)
            {
                (string temporary, string target) = pending[0];
                current = target;
                File.Move(temporary, target, overwrite);
                pending.RemoveAt(0);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException(CannotWrite(current, e), e);
        }
        finally
        {
            foreach ((string temporary, _) in pending)
            {
                TryDelete(temporary);
            }
        }
    }

    private static void CheckTarget(string path, bool overwrite)
    {
        if (Directory.Exists(path))
        {
            throw new CliException($"Cannot write '{path}': it is a folder; give a file name.");
        }

        string folder = FolderOf(path);
        if (!Directory.Exists(folder))
        {
            throw new CliException($"Cannot write '{path}': the folder '{folder}' does not exist.");
        }

        if (!overwrite && File.Exists(path))
        {
            throw new CliException($"'{path}' already exists; pass --force to overwrite it.");
        }
    }

    private static string TemporaryPathFor(string path) =>
        System.IO.Path.Combine(FolderOf(path), TemporaryPrefix + System.IO.Path.GetFileName(path) + "." + System.IO.Path.GetRandomFileName() + ".tmp");

    private static string FolderOf(string path) =>
        System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path)) ?? System.IO.Path.GetFullPath(path);

    private static string CannotWrite(string path, Exception e) =>
        e is UnauthorizedAccessException ? $"Cannot write '{path}': access is denied." : $"Cannot write '{path}': {e.Message}";

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The export already failed or was cancelled; the original error is the one to report.
        }
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;

namespace KazChina.Model.Cli;

/// <summary>
/// A folder of files written as a whole: after any failure, cancellation or signal it holds either all its old
/// files or all the new ones. The new folder is staged beside the target (named by <see cref="OutputNames"/>) and
/// swapped in: with a journal that names the target written first, the old folder is renamed aside, the new one
/// renamed into place, and the old one deleted. A failure on the way renames the old folder back. A run killed
/// outright (SIGKILL, a power cut) leaves the journal, from which the next export to the same place puts the old
/// folder back, before it deletes what the killed run left.
/// </summary>
/// <remarks>
/// The folder is the export's: one that holds anything the export does not write is never replaced (nothing of
/// the user's is deleted with the old folder), nor is the current folder, nor a symbolic link. Without
/// overwriting, an existing folder is replaced only when it is empty, which removing it checks in the same step.
/// </remarks>
internal sealed class AtomicFolder : IPendingOutput, IDisposable
{
    private readonly OutputSession _session;
    private readonly string _target;
    private readonly string _fullTarget;
    private readonly string _parent;
    private readonly bool _overwrite;
    private readonly IReadOnlySet<string> _fileNames;
    private readonly string _staged;
    private readonly string _backup;
    private readonly string _journal;
    private bool _published;
    private bool _oldFolderAside;

    private AtomicFolder(string target, string fullTarget, string parent, bool overwrite, IReadOnlySet<string> fileNames, OutputSession session)
    {
        _target = target;
        _fullTarget = fullTarget;
        _parent = parent;
        _overwrite = overwrite;
        _fileNames = fileNames;
        _session = session;
        string id = OutputNames.NewId();
        _staged = OutputNames.PathFor(parent, id, OutputNames.Temporary);
        _backup = OutputNames.PathFor(parent, id, OutputNames.Backup);
        _journal = OutputNames.PathFor(parent, id, OutputNames.Journal);
    }

    /// <summary>Checks the target, cleans up leftovers of killed runs beside it, and creates the staging folder, before any content is made.</summary>
    /// <param name="target">The target folder, as the user gave it; created with its parents if missing.</param>
    /// <param name="overwrite">Whether a folder that holds files of an earlier export may be replaced.</param>
    /// <param name="fileNames">The names of the files the export writes: the only ones a folder it replaces may hold (besides the tool's temporary files).</param>
    /// <param name="session">The run's outputs.</param>
    /// <returns>The folder, to <see cref="Write"/> and <see cref="Publish"/>, and to dispose.</returns>
    /// <exception cref="CliException">The target cannot be replaced (see the remarks on <see cref="AtomicFolder"/>), holds an export without <paramref name="overwrite"/>, or cannot be written.</exception>
    public static AtomicFolder Create(string target, bool overwrite, IReadOnlySet<string> fileNames, OutputSession session)
    {
        string fullTarget = Path.TrimEndingDirectorySeparator(Path.GetFullPath(target));
        string? parent = Path.GetDirectoryName(fullTarget);
        string here = Path.TrimEndingDirectorySeparator(Environment.CurrentDirectory);
        if (parent is null || here == fullTarget || here.StartsWith(fullTarget + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new CliException($"Cannot replace '{target}' as a whole: it is the current folder or holds it; give a folder for the export, e.g. --out tables.");
        }

        // Leftovers first: a swap a killed run left half done puts the old folder back before it is looked at.
        StaleOutputs.Sweep(parent, session.Files);
        switch (TargetKinds.Of(fullTarget))
        {
            case TargetKind.Folder when new DirectoryInfo(fullTarget).LinkTarget is not null:
                throw new CliException($"Cannot replace '{target}': it is a symbolic link; give the folder it points to, or a new name.");
            case TargetKind.Folder:
                CheckReplaceable(target, fullTarget, overwrite, fileNames);
                break;
            case TargetKind.Missing:
                break;
            default:
                throw new CliException($"Cannot write to '{target}': it is a file; for csv and parquet, --out names a folder.");
        }

        var folder = new AtomicFolder(target, fullTarget, parent, overwrite, fileNames, session);
        try
        {
            if (!Directory.Exists(parent))
            {
                session.Run(() => session.Files.CreateDirectory(parent));
            }

            session.Run(() =>
            {
                OutputNames.Reserve(folder._staged);
                session.Files.CreateDirectory(folder._staged);
                session.Track(folder);
            });
        }
        catch (Exception e) when (IoErrors.IsFileError(e))
        {
            folder.Dispose();
            throw IoErrors.Cannot("create the folder", target, e);
        }

        return folder;
    }

    /// <summary>Writes one file of the new folder and flushes it to disk.</summary>
    /// <param name="fileName">The file's name in the folder.</param>
    /// <param name="write">Writes the content.</param>
    /// <exception cref="CliException">The file cannot be written.</exception>
    public void Write(string fileName, Action<Stream> write)
    {
        try
        {
            using Stream stream = _session.Run(() => _session.Files.CreateFile(Path.Combine(_staged, fileName)));
            write(stream);
            _session.Files.FlushToDisk(stream);
        }
        catch (Exception e) when (IoErrors.IsFileError(e))
        {
            throw IoErrors.Cannot("write", Path.Combine(_target, fileName), e);
        }
    }

    /// <summary>Puts the new folder in place of the old one, or where none was.</summary>
    /// <param name="cancellationToken">Stops the export before the folder is put in place.</param>
    /// <exception cref="CliException">The folder cannot be put in place; the old one is then as it was.</exception>
    public void Publish(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            _session.Run(() =>
            {
                if (!Path.Exists(_fullTarget))
                {
                    _session.Files.MoveDirectory(_staged, _fullTarget);
                }
                else if (!_overwrite)
                {
                    // Only an empty folder may be replaced without --force; removing it fails, in the same step, if it is not.
                    _session.Files.DeleteDirectory(_fullTarget, recursive: false);
                    _session.Files.MoveDirectory(_staged, _fullTarget);
                }
                else
                {
                    Swap();
                }

                _published = true;
                _session.MarkChanged();
                _session.Forget(this);
            });
        }
        catch (Exception e) when (IoErrors.IsFileError(e))
        {
            RollBack();
            throw !_overwrite && Path.Exists(_fullTarget)
                ? new CliException($"'{_target}' already exists and is not empty; pass --force to replace it.", ExitCodes.Error, e)
                : IoErrors.Cannot("write", _target, e);
        }

        // The new folder is in place; the old one is garbage now, and the journal with it.
        if (StaleOutputs.TryDelete(_backup, _session.Files))
        {
            StaleOutputs.TryDelete(_journal, _session.Files);
        }
    }

    /// <inheritdoc/>
    public void RollBack()
    {
        if (_published)
        {
            return;
        }

        if (_oldFolderAside)
        {
            try
            {
                _session.Files.MoveDirectory(_backup, _fullTarget);
                _oldFolderAside = false;
            }
            catch (Exception e) when (IoErrors.IsFileError(e))
            {
                // The journal stays, so the next export to this place puts the old folder back.
            }
        }

        StaleOutputs.TryDelete(_staged, _session.Files);
        if (!_oldFolderAside)
        {
            StaleOutputs.TryDelete(_journal, _session.Files);
        }
    }

    /// <summary>Rolls back unless published, then cleans up whatever a failed deletion left.</summary>
    public void Dispose()
    {
        _session.Forget(this);
        RollBack();
        foreach (string path in new[] { _staged, _backup, _journal })
        {
            OutputNames.Release(path);
        }

        if (Path.Exists(_staged) || Path.Exists(_backup) || Path.Exists(_journal))
        {
            StaleOutputs.Sweep(_parent, _session.Files);
        }
    }

    private static void CheckReplaceable(string target, string fullTarget, bool overwrite, IReadOnlySet<string> fileNames)
    {
        string[] foreign;
        string? exported;
        try
        {
            foreign = ForeignEntries(fullTarget, fileNames, out exported);
        }
        catch (Exception e) when (IoErrors.IsFileError(e))
        {
            throw IoErrors.Cannot("read the folder", target, e);
        }

        if (foreign.Length > 0)
        {
            throw Foreign(target, foreign);
        }

        if (exported is not null && !overwrite)
        {
            throw new CliException($"'{Path.Combine(target, exported)}' already exists; pass --force to overwrite it.");
        }
    }

    private static CliException Foreign(string target, string[] names) =>
        new($"Cannot replace '{target}': it holds {string.Join(", ", names.Take(3).Select(n => $"'{n}'"))}{(names.Length > 3 ? $" and {names.Length - 3} more" : "")}, which the export does not write; give an empty or new folder.");

    /// <summary>Lists what a folder holds that the export does not write, sorted, and finds the first file it holds that the export writes.</summary>
    private static string[] ForeignEntries(string folder, IReadOnlySet<string> fileNames, out string? exported)
    {
        FileSystemInfo[] entries = [.. new DirectoryInfo(folder).EnumerateFileSystemInfos().OrderBy(e => e.Name, StringComparer.Ordinal)];
        exported = entries.FirstOrDefault(e => IsExported(e, fileNames))?.Name;
        return [.. entries.Where(e => !IsExported(e, fileNames) && !IsTemporary(e)).Select(e => e.Name)];
    }

    private static bool IsExported(FileSystemInfo entry, IReadOnlySet<string> fileNames) => entry is FileInfo && fileNames.Contains(entry.Name);

    // Temporary files of any version of the tool: they go with the old folder.
    private static bool IsTemporary(FileSystemInfo entry) =>
        entry is FileInfo && entry.Name.StartsWith(OutputNames.Prefix, StringComparison.Ordinal) && entry.Name.EndsWith(".tmp", StringComparison.Ordinal);

    /// <summary>Replaces the old folder: journal, old aside, new in place. On a failure the old folder goes back.</summary>
    private void Swap()
    {
        OutputNames.Reserve(_journal);
        StaleOutputs.WriteJournal(_journal, Path.GetFileName(_fullTarget), _session.Files);
        OutputNames.Reserve(_backup);
        _session.Files.MoveDirectory(_fullTarget, _backup);
        _oldFolderAside = true;

        // Checked again now that nothing else can add to it: whatever is there goes when the old folder is deleted.
        string[] foreign = ForeignEntries(_backup, _fileNames, out _);
        if (foreign.Length > 0)
        {
            throw Foreign(_target, foreign);
        }

        _session.Files.MoveDirectory(_staged, _fullTarget);
        _oldFolderAside = false;
    }
}

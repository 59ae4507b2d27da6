using System;
using System.IO;
using System.Threading;

namespace KazChina.Model.Cli;

/// <summary>
/// One file written so that it appears whole or not at all. The content goes to a temporary file in the target's
/// own folder (named by <see cref="OutputNames"/>, so the final step is a rename on one file system), which is
/// renamed over the target only once it is written and flushed to disk. Without overwriting, that rename fails if
/// anything exists at the target by then: there is no window between a check and the rename. A failure, a
/// cancellation or a signal on the way deletes the temporary file and leaves the target as it was; a temporary
/// file a killed run left is deleted by the next export to the same folder.
/// </summary>
/// <remarks>
/// A symbolic link at the target is replaced itself (with overwriting): nothing is written through a link into a
/// file elsewhere. Devices, pipes and sockets are not replaced: <see cref="ThroughFile"/> writes through them.
/// </remarks>
internal sealed class AtomicFile : IPendingOutput, IDisposable
{
    private readonly OutputSession _session;
    private readonly string _target;
    private readonly string _fullTarget;
    private readonly string _folder;
    private readonly string _temporary;
    private readonly bool _overwrite;
    private Stream? _stream;
    private bool _published;

    private AtomicFile(string target, string fullTarget, string folder, bool overwrite, OutputSession session)
    {
        _target = target;
        _fullTarget = fullTarget;
        _folder = folder;
        _overwrite = overwrite;
        _session = session;
        _temporary = OutputNames.PathFor(folder, OutputNames.NewId(), OutputNames.Temporary);
    }

    /// <summary>Checks the target, cleans up leftovers of killed runs beside it, and creates the temporary file, before any content is made.</summary>
    /// <param name="target">The target path, as the user gave it.</param>
    /// <param name="overwrite">Whether an existing file may be replaced.</param>
    /// <param name="session">The run's outputs.</param>
    /// <returns>The file, to <see cref="Write"/> and <see cref="Publish"/>, and to dispose.</returns>
    /// <exception cref="CliException">The target is a folder, its folder does not exist, it exists without <paramref name="overwrite"/>, or the temporary file cannot be created.</exception>
    public static AtomicFile Create(string target, bool overwrite, OutputSession session)
    {
        string fullTarget = Path.GetFullPath(target);
        string folder = Path.GetDirectoryName(fullTarget) ?? fullTarget;
        StaleOutputs.Sweep(folder, session.Files);
        TargetKind kind = TargetKinds.Of(fullTarget);
        if (kind == TargetKind.Folder)
        {
            throw new CliException($"Cannot write '{target}': it is a folder; give a file name.");
        }

        if (!Directory.Exists(folder))
        {
            throw new CliException($"Cannot write '{target}': the folder '{folder}' does not exist.");
        }

        if (!overwrite && kind != TargetKind.Missing)
        {
            throw AlreadyExists(target);
        }

        var file = new AtomicFile(target, fullTarget, folder, overwrite, session);
        try
        {
            session.Run(() =>
            {
                OutputNames.Reserve(file._temporary);
                file._stream = session.Files.CreateFile(file._temporary);
                session.Track(file);
            });
        }
        catch (Exception e) when (IoErrors.IsFileError(e))
        {
            file.Dispose();
            throw IoErrors.Cannot("write", target, e);
        }

        return file;
    }

    /// <summary>Writes the content to the temporary file and flushes it to disk.</summary>
    /// <param name="write">Writes the content.</param>
    /// <exception cref="CliException">The content cannot be written.</exception>
    public void Write(Action<Stream> write)
    {
        Stream stream = _stream ?? throw new InvalidOperationException("The file is not open.");
        try
        {
            write(stream);
            _session.Files.FlushToDisk(stream);
        }
        catch (Exception e) when (IoErrors.IsFileError(e))
        {
            throw IoErrors.Cannot("write", _target, e);
        }
    }

    /// <summary>Renames the temporary file over the target.</summary>
    /// <param name="cancellationToken">Stops the export before the file is put in place.</param>
    /// <exception cref="CliException">The target exists (without overwriting) or cannot be replaced.</exception>
    public void Publish(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            _session.Run(() =>
            {
                _stream?.Dispose();
                _session.Files.MoveFile(_temporary, _fullTarget, _overwrite);
                _published = true;
                _session.MarkChanged();
                _session.Forget(this);
            });
        }
        catch (IOException e) when (!_overwrite && TargetKinds.Of(_fullTarget) != TargetKind.Missing)
        {
            throw AlreadyExists(_target, e);
        }
        catch (Exception e) when (IoErrors.IsFileError(e))
        {
            throw IoErrors.Cannot("write", _target, e);
        }
    }

    /// <inheritdoc/>
    public void RollBack()
    {
        if (!_published)
        {
            StaleOutputs.TryDelete(_temporary, _session.Files);
        }
    }

    /// <summary>Deletes the temporary file unless it was published, and then whatever a failed deletion left.</summary>
    public void Dispose()
    {
        _stream?.Dispose();
        _session.Forget(this);
        RollBack();
        OutputNames.Release(_temporary);
        if (!_published && File.Exists(_temporary))
        {
            StaleOutputs.Sweep(_folder, _session.Files);
        }
    }

    private static CliException AlreadyExists(string target, Exception? inner = null) =>
        new($"'{target}' already exists; pass --force to overwrite it.", ExitCodes.Error, inner);
}

using System.IO;
using KazChina.Model.Cli;

namespace KazChina.Model.Tests;

/// <summary>The real file operations, counted, with the <see cref="FailAt"/>th one (from 1) failing with an I/O error instead of running.</summary>
internal sealed class FaultyFileOperations : IFileOperations
{
    private readonly SystemFileOperations _inner = SystemFileOperations.Instance;

    /// <summary>Initializes the operations.</summary>
    /// <param name="failAt">Which operation fails, counting from 1; 0 for none.</param>
    public FaultyFileOperations(int failAt)
    {
        FailAt = failAt;
    }

    public int FailAt { get; }

    /// <summary>Gets how many operations were asked for, the failed one included.</summary>
    public int Count { get; private set; }

    /// <summary>Gets what the failed operation was, e.g. "MoveDirectory", or null if none failed.</summary>
    public string? Failed { get; private set; }

    public void CreateDirectory(string path) => Step(nameof(CreateDirectory), () => _inner.CreateDirectory(path));

    public Stream CreateFile(string path)
    {
        Step(nameof(CreateFile), () => { });
        return _inner.CreateFile(path);
    }

    public Stream OpenExisting(string path)
    {
        Step(nameof(OpenExisting), () => { });
        return _inner.OpenExisting(path);
    }

    public void FlushToDisk(Stream stream) => Step(nameof(FlushToDisk), () => _inner.FlushToDisk(stream));

    public void MoveFile(string source, string destination, bool overwrite) => Step(nameof(MoveFile), () => _inner.MoveFile(source, destination, overwrite));

    public void MoveDirectory(string source, string destination) => Step(nameof(MoveDirectory), () => _inner.MoveDirectory(source, destination));

    public void DeleteFile(string path) => Step(nameof(DeleteFile), () => _inner.DeleteFile(path));

    public void DeleteDirectory(string path, bool recursive) => Step(nameof(DeleteDirectory), () => _inner.DeleteDirectory(path, recursive));

    private void Step(string name, System.Action operation)
    {
        Count++;
        if (Count == FailAt)
        {
            Failed = name;
            throw new IOException($"injected failure of operation {Count} ({name})");
        }

        operation();
    }
}

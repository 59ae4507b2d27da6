using System.IO;

namespace KazChina.Model.Cli;

/// <summary>
/// The file-system operations that change something, one call each, as an export makes them. Everything an
/// export creates, publishes or removes goes through here, so a test can fail any one operation (the Nth) and
/// check that the export still leaves its target whole.
/// </summary>
internal interface IFileOperations
{
    /// <summary>Creates a folder and any missing parents.</summary>
    /// <param name="path">The folder.</param>
    void CreateDirectory(string path);

    /// <summary>Creates a new file for writing, failing if anything exists at <paramref name="path"/>; no other process may open it meanwhile.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The open stream.</returns>
    Stream CreateFile(string path);

    /// <summary>Opens something that exists (a device, a pipe) for writing through it, without creating or truncating anything.</summary>
    /// <param name="path">The path.</param>
    /// <returns>The open stream.</returns>
    Stream OpenExisting(string path);

    /// <summary>Writes what <paramref name="stream"/> buffers through to the disk, so a rename after it publishes complete content.</summary>
    /// <param name="stream">A stream from <see cref="CreateFile"/>.</param>
    void FlushToDisk(Stream stream);

    /// <summary>Renames a file. Without <paramref name="overwrite"/> it fails if <paramref name="destination"/> exists, in one step (no window between a check and the rename).</summary>
    /// <param name="source">The file.</param>
    /// <param name="destination">Its new path.</param>
    /// <param name="overwrite">Whether an existing file at <paramref name="destination"/> is replaced.</param>
    void MoveFile(string source, string destination, bool overwrite);

    /// <summary>Renames a folder; fails if anything exists at <paramref name="destination"/> that holds data.</summary>
    /// <param name="source">The folder.</param>
    /// <param name="destination">Its new path.</param>
    void MoveDirectory(string source, string destination);

    /// <summary>Deletes a file, if it exists.</summary>
    /// <param name="path">The file.</param>
    void DeleteFile(string path);

    /// <summary>Deletes a folder.</summary>
    /// <param name="path">The folder.</param>
    /// <param name="recursive">Whether to delete what it holds too; otherwise it fails unless the folder is empty.</param>
    void DeleteDirectory(string path, bool recursive);
}

/// <summary>The real file system.</summary>
internal sealed class SystemFileOperations : IFileOperations
{
    private SystemFileOperations()
    {
    }

    /// <summary>Gets the one instance.</summary>
    public static SystemFileOperations Instance { get; } = new();

    public void CreateDirectory(string path) => Directory.CreateDirectory(path);

    public Stream CreateFile(string path) => new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);

    public Stream OpenExisting(string path) => new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.ReadWrite, bufferSize: 0);

    public void FlushToDisk(Stream stream)
    {
        if (stream is FileStream file)
        {
            file.Flush(flushToDisk: true);
        }
        else
        {
            stream.Flush();
        }
    }

    public void MoveFile(string source, string destination, bool overwrite) => File.Move(source, destination, overwrite);

    public void MoveDirectory(string source, string destination) => Directory.Move(source, destination);

    public void DeleteFile(string path) => File.Delete(path);

    public void DeleteDirectory(string path, bool recursive) => Directory.Delete(path, recursive);
}

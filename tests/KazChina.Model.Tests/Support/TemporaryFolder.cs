using System;
using System.IO;
using System.Linq;

namespace KazChina.Model.Tests;

/// <summary>A fresh, empty folder under the system's temporary folder, deleted with everything in it on dispose.</summary>
public sealed class TemporaryFolder : IDisposable
{
    public TemporaryFolder()
    {
        Path = Directory.CreateTempSubdirectory("kazchina-tests-").FullName;
    }

    public string Path { get; }

    public string this[string name] => System.IO.Path.Combine(Path, name);

    /// <summary>Lists the names of the files in the folder (hidden temporary files too), sorted.</summary>
    public string[] FileNames(string? subfolder = null) =>
        Directory.GetFiles(subfolder is null ? Path : this[subfolder]).Select(f => System.IO.Path.GetFileName(f)).Order(StringComparer.Ordinal).ToArray();

    /// <summary>Lists the names of everything in the folder (files, folders, hidden entries), sorted.</summary>
    public string[] Entries() =>
        Directory.GetFileSystemEntries(Path).Select(f => System.IO.Path.GetFileName(f)).Order(StringComparer.Ordinal).ToArray();

    public void Dispose() => Directory.Delete(Path, recursive: true);
}

using System;
using System.IO;
using System.Threading;
using KazChina.Model.Cli;
using Xunit;

namespace KazChina.Model.Tests.Cli;

public sealed class AtomicFileTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Write_NewFile_WritesTheContentAndNoTemporaryFile()
    {
        AtomicFile.Write(new OutputFile(_folder["a.txt"], s => s.Write("abc"u8)), overwrite: false, CancellationToken.None);

        Assert.Equal("abc", File.ReadAllText(_folder["a.txt"]));
        Assert.Equal(["a.txt"], _folder.FileNames());
    }

    [Fact]
    public void Write_WriterFailsHalfway_LeavesNoFileBehind()
    {
        Assert.Throws<InvalidOperationException>(() => AtomicFile.Write(
            new OutputFile(_folder["a.txt"], s =>
            {
                s.Write("partial"u8);
                throw new InvalidOperationException("interrupted");
            }),
            overwrite: false,
            CancellationToken.None));

        Assert.Empty(_folder.FileNames());
    }

    [Fact]
    public void Write_WriterFailsHalfwayOverAnExistingFile_KeepsTheOldContent()
    {
        File.WriteAllText(_folder["a.txt"], "old");

        Assert.Throws<InvalidOperationException>(() => AtomicFile.Write(
            new OutputFile(_folder["a.txt"], s =>
            {
                s.Write("new, partial"u8);
                throw new InvalidOperationException("interrupted");
            }),
            overwrite: true,
            CancellationToken.None));

        Assert.Equal("old", File.ReadAllText(_folder["a.txt"]));
        Assert.Equal(["a.txt"], _folder.FileNames());
    }

    [Fact]
    public void WriteAll_SecondFileFails_MovesNeitherIntoPlace()
    {
        OutputFile[] files =
        [
            new(_folder["a.txt"], s => s.Write("a"u8)),
            new(_folder["b.txt"], _ => throw new IOException("disk full")),
        ];

        var error = Assert.Throws<CliException>(() => AtomicFile.WriteAll(files, overwrite: false, CancellationToken.None));

        Assert.Equal($"Cannot write '{_folder["b.txt"]}': disk full", error.Message);
        Assert.Empty(_folder.FileNames());
    }

    [Fact]
    public void WriteAll_CancelledWhileWriting_LeavesNoFileBehind()
    {
        using var cancellation = new CancellationTokenSource();
        OutputFile[] files =
        [
            new(_folder["a.txt"], s =>
            {
                s.Write("a"u8);
                cancellation.Cancel();
            }),
            new(_folder["b.txt"], s => s.Write("b"u8)),
        ];

        Assert.Throws<OperationCanceledException>(() => AtomicFile.WriteAll(files, overwrite: false, cancellation.Token));

        Assert.Empty(_folder.FileNames());
    }

    [Fact]
    public void Write_ExistingFileWithoutOverwrite_ThrowsAndKeepsIt()
    {
        File.WriteAllText(_folder["a.txt"], "old");

        var error = Assert.Throws<CliException>(() =>
            AtomicFile.Write(new OutputFile(_folder["a.txt"], s => s.Write("new"u8)), overwrite: false, CancellationToken.None));

        Assert.Equal($"'{_folder["a.txt"]}' already exists; pass --force to overwrite it.", error.Message);
        Assert.Equal("old", File.ReadAllText(_folder["a.txt"]));
    }

    [Fact]
    public void Write_ExistingFileWithOverwrite_ReplacesIt()
    {
        File.WriteAllText(_folder["a.txt"], "old");

        AtomicFile.Write(new OutputFile(_folder["a.txt"], s => s.Write("new"u8)), overwrite: true, CancellationToken.None);

        Assert.Equal("new", File.ReadAllText(_folder["a.txt"]));
        Assert.Equal(["a.txt"], _folder.FileNames());
    }
}

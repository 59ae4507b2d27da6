using System;
using System.IO;
using System.Linq;
using System.Threading;
using KazChina.Model.Cli;
using Xunit;

namespace KazChina.Model.Tests.Cli;

public sealed class AtomicFileTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();
    private readonly OutputSession _session = new(SystemFileOperations.Instance);

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Publish_NewFile_WritesTheContentAndNoTemporaryFile()
    {
        Export(_folder["a.txt"], "abc", overwrite: false);

        Assert.Equal("abc", File.ReadAllText(_folder["a.txt"]));
        Assert.Equal(["a.txt"], _folder.FileNames());
    }

    [Fact]
    public void Create_BeforeAnyContent_MakesOneTemporaryFileNamedAsTheToolsBesideTheTarget()
    {
        using AtomicFile file = AtomicFile.Create(_folder["a.txt"], overwrite: false, _session);

        string temporary = Assert.Single(_folder.FileNames());
        Assert.Matches($@"^\.kazchina-{Environment.ProcessId}-[a-z0-9]{{8}}\.tmp$", temporary);
    }

    [Fact]
    public void Publish_TargetNameOf250Characters_WorksBecauseTheTemporaryNameIsShort()
    {
        string name = new('n', 250);

        Export(_folder[name], "abc", overwrite: false);

        Assert.Equal([name], _folder.FileNames());
    }

    [Fact]
    public void Dispose_WriterFailedHalfway_LeavesNoFileBehind()
    {
        Assert.Throws<InvalidOperationException>(() =>
        {
            using AtomicFile file = AtomicFile.Create(_folder["a.txt"], overwrite: false, _session);
            file.Write(s =>
            {
                s.Write("partial"u8);
                throw new InvalidOperationException("interrupted");
            });
        });

        Assert.Empty(_folder.FileNames());
    }

    [Fact]
    public void Dispose_WriterFailedHalfwayOverAnExistingFile_KeepsTheOldContent()
    {
        File.WriteAllText(_folder["a.txt"], "old");

        Assert.Throws<InvalidOperationException>(() =>
        {
            using AtomicFile file = AtomicFile.Create(_folder["a.txt"], overwrite: true, _session);
            file.Write(_ => throw new InvalidOperationException("interrupted"));
        });

        Assert.Equal("old", File.ReadAllText(_folder["a.txt"]));
        Assert.Equal(["a.txt"], _folder.FileNames());
    }

    [Fact]
    public void Write_IoError_NamesTheTargetNotTheTemporaryFile()
    {
        using AtomicFile file = AtomicFile.Create(_folder["a.txt"], overwrite: false, _session);

        var error = Assert.Throws<CliException>(() => file.Write(_ => throw new IOException("disk full")));

        Assert.Equal($"Cannot write '{_folder["a.txt"]}': disk full.", error.Message);
    }

    [Fact]
    public void Publish_Cancelled_LeavesNoFileBehind()
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        Assert.Throws<OperationCanceledException>(() =>
        {
            using AtomicFile file = AtomicFile.Create(_folder["a.txt"], overwrite: false, _session);
            file.Write(s => s.Write("a"u8));
            file.Publish(cancellation.Token);
        });

        Assert.Empty(_folder.FileNames());
    }

    [Fact]
    public void Create_ExistingFileWithoutOverwrite_ThrowsAndKeepsIt()
    {
        File.WriteAllText(_folder["a.txt"], "old");

        var error = Assert.Throws<CliException>(() => AtomicFile.Create(_folder["a.txt"], overwrite: false, _session));

        Assert.Equal($"'{_folder["a.txt"]}' already exists; pass --force to overwrite it.", error.Message);
        Assert.Equal("old", File.ReadAllText(_folder["a.txt"]));
        Assert.Equal(["a.txt"], _folder.FileNames());
    }

    [Fact]
    public void Publish_FileCreatedAfterTheCheckWithoutOverwrite_IsNotOverwritten()
    {
        using AtomicFile file = AtomicFile.Create(_folder["a.txt"], overwrite: false, _session);
        file.Write(s => s.Write("ours"u8));
        File.WriteAllText(_folder["a.txt"], "theirs");

        var error = Assert.Throws<CliException>(() => file.Publish(CancellationToken.None));

        Assert.Equal($"'{_folder["a.txt"]}' already exists; pass --force to overwrite it.", error.Message);
        Assert.Equal("theirs", File.ReadAllText(_folder["a.txt"]));
    }

    [Fact]
    public void Publish_ExistingFileWithOverwrite_ReplacesIt()
    {
        File.WriteAllText(_folder["a.txt"], "old");

        Export(_folder["a.txt"], "new", overwrite: true);

        Assert.Equal("new", File.ReadAllText(_folder["a.txt"]));
        Assert.Equal(["a.txt"], _folder.FileNames());
    }

    [Fact]
    public void Publish_SymbolicLinkToAFileWithOverwrite_ReplacesTheLinkAndNeverWritesThroughIt()
    {
        Directory.CreateDirectory(_folder["elsewhere"]);
        File.WriteAllText(_folder["elsewhere/a.txt"], "theirs");
        File.CreateSymbolicLink(_folder["a.txt"], _folder["elsewhere/a.txt"]);

        Export(_folder["a.txt"], "new", overwrite: true);

        Assert.Null(new FileInfo(_folder["a.txt"]).LinkTarget);
        Assert.Equal("new", File.ReadAllText(_folder["a.txt"]));
        Assert.Equal("theirs", File.ReadAllText(_folder["elsewhere/a.txt"]));
    }

    [Fact]
    public void Create_LeftoversBesideTheTarget_DeletesOnlyTheToolsWhoseProcessHasEnded()
    {
        string[] kept =
        [
            ".kazchina-1-abcdefgh.tmp", // process 1 is running
            ".kazchina-notes.txt", // not a name the tool makes
            "kazchina-2147483647-abcdefgh.tmp",
        ];
        foreach (string name in kept)
        {
            File.WriteAllText(_folder[name], "keep");
        }

        File.WriteAllText(_folder[".kazchina-2147483647-abcdefgh.tmp"], "a killed run's");
        Directory.CreateDirectory(_folder[".kazchina-2147483647-stagedxx.tmp"]);

        Export(_folder["a.txt"], "new", overwrite: false);

        Assert.Equal([.. kept.Append("a.txt").Order(StringComparer.Ordinal)], _folder.FileNames());
        Assert.False(Directory.Exists(_folder[".kazchina-2147483647-stagedxx.tmp"]));
    }

    [Fact]
    public void Abandon_WhileWriting_DeletesTheTemporaryFileAndPublishesNothing()
    {
        File.WriteAllText(_folder["a.txt"], "old");
        using AtomicFile file = AtomicFile.Create(_folder["a.txt"], overwrite: true, _session);
        file.Write(s => s.Write("new"u8));

        bool changed = _session.Abandon(parkLaterSteps: false);

        Assert.False(changed);
        Assert.Equal(["a.txt"], _folder.FileNames());
        Assert.Throws<OperationCanceledException>(() => file.Publish(CancellationToken.None));
        Assert.Equal("old", File.ReadAllText(_folder["a.txt"]));
    }

    private void Export(string path, string content, bool overwrite)
    {
        using AtomicFile file = AtomicFile.Create(path, overwrite, _session);
        file.Write(s => s.Write(System.Text.Encoding.UTF8.GetBytes(content)));
        file.Publish(CancellationToken.None);
    }
}

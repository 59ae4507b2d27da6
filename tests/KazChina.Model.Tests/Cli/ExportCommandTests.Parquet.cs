using System;
using System.IO;
using System.Linq;
using KazChina.Model.Cli;
using KazChina.Model.Exports;
using Xunit;

namespace KazChina.Model.Tests.Cli;

/// <summary><c>export --format parquet</c>: a folder written as a whole, never to a stream; what DuckDB reads in it is in <c>Exports/ParquetExportTests</c>.</summary>
public sealed partial class ExportCommandTests
{
    [Fact]
    public void ExportParquet_ToFolder_WritesOneFilePerTableAsTheWriterDoes()
    {
        CliResult result = CliRun.Run("export", "--format", "parquet", "--out", _folder["parquet"]);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Equal("", result.Error);
        Assert.Equal($"Wrote {EditionDatabase.Schema.Count} files (Parquet tables) to {_folder["parquet"]}\n", result.Output);
        Assert.Equal(EditionDatabase.Schema.Select(t => t.Name + ".parquet").Order(StringComparer.Ordinal), _folder.FileNames("parquet"));
        foreach ((string fileName, Action<Stream> write) in ParquetExport.Files(KazChinaEdition.Current))
        {
            using var expected = new MemoryStream();
            write(expected);
            Assert.Equal(expected.ToArray(), File.ReadAllBytes(Path.Combine(_folder["parquet"], fileName)));
        }
    }

    [Fact]
    public void ExportParquet_ExistingFolderWithForce_ReplacesItAsAWhole()
    {
        CliRun.Run("export", "--format", "parquet", "--out", _folder["parquet"]);
        File.WriteAllText(Path.Combine(_folder["parquet"], "records.parquet"), "mine");

        CliResult result = CliRun.Run("export", "--format", "parquet", "--out", _folder["parquet"], "--force");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Equal(ParquetExport.FileNames.Order(StringComparer.Ordinal), _folder.FileNames("parquet"));
        Assert.NotEqual("mine"u8.ToArray(), File.ReadAllBytes(Path.Combine(_folder["parquet"], "records.parquet")));
        Assert.Equal(["parquet"], _folder.Entries());
    }

    [Fact]
    public void ExportParquet_FolderHoldingOtherFiles_IsNotReplacedEvenWithForce()
    {
        Directory.CreateDirectory(_folder["parquet"]);
        File.WriteAllText(Path.Combine(_folder["parquet"], "notes.txt"), "mine");

        CliResult result = CliRun.Run("export", "--format", "parquet", "--out", _folder["parquet"], "--force");

        CliRun.AssertFailed(result, $"kazchina: Cannot replace '{_folder["parquet"]}': it holds 'notes.txt', which the export does not write; give an empty or new folder.\n");
        Assert.Equal(["notes.txt"], _folder.FileNames("parquet"));
    }

    [Theory]
    [InlineData("export", "--format", "parquet")]
    [InlineData("export", "--format", "parquet", "--out", "-")]
    public void ExportParquet_ToStdout_IsRefusedWithExitCode2(params string[] args)
    {
        CliResult result = CliRun.Run(args);

        CliRun.AssertFailed(result, "kazchina: parquet writes a folder of files, one per table, not stdout; give --out FOLDER.\n");
        Assert.Empty(_folder.Entries());
    }

    [Fact]
    public void ExportParquet_ToACharacterDevice_IsRefusedWithExitCode2AndTheDeviceStays()
    {
        string device = _folder["null"];
        SpecialFiles.MakeDevice(device, 'c', 1, 3);

        CliResult result = CliRun.Run("export", "--format", "parquet", "--out", device, "--force");

        CliRun.AssertFailed(result, $"kazchina: parquet writes a folder of files, one per table, not the stream '{device}'; give --out FOLDER.\n");
        Assert.Equal("character special file", SpecialFiles.TypeOf(device));
    }
}

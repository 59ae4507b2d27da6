using System.IO;
using System.Text;
using System.Threading.Tasks;
using KazChina.Model.Cli;
using KazChina.Model.Exports;
using Xunit;

namespace KazChina.Model.Tests.Cli;

/// <summary>Where an export goes: stdout, devices and pipes written through, links, names the user gets wrong.</summary>
public sealed partial class ExportCommandTests
{
    [Fact]
    public void Export_OutEmpty_IsAUsageErrorWithExitCode2()
    {
        CliResult result = CliRun.Run("export", "--format", "json", "--out", "");

        CliRun.AssertFailed(result, "kazchina: --out needs a path: a file, a folder for csv or parquet, or - for stdout.\n");
        Assert.Empty(_folder.Entries());
    }

    [Theory]
    [InlineData("json")]
    [InlineData("csv")]
    public void Export_OutDash_WritesWhatStdoutGets(string format)
    {
        CliResult withoutOut = CliRun.Run("export", "--format", format);

        CliResult result = CliRun.Run("export", "--format", format, "--out", "-");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Equal("", result.Error);
        Assert.Equal(withoutOut.Output, result.Output);
    }

    [Fact]
    public void ExportJson_CharacterDeviceWithForce_IsWrittenThroughAndStaysADevice()
    {
        string device = _folder["null"];
        SpecialFiles.MakeDevice(device, 'c', 1, 3);

        CliResult result = CliRun.Run("export", "--format", "json", "--out", device, "--force");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Equal("", result.Output + result.Error);
        Assert.Equal("character special file", SpecialFiles.TypeOf(device));
        Assert.Equal(["null"], _folder.Entries());
    }

    [Fact]
    public void ExportJson_DeviceThatFailsEveryWrite_NamesItAndExits2AndStaysADevice()
    {
        string device = _folder["full"];
        SpecialFiles.MakeDevice(device, 'c', 1, 7);

        CliResult result = CliRun.Run("export", "--format", "json", "--out", device, "--force");

        CliRun.AssertFailed(result, $"kazchina: Cannot write '{device}': No space left on device.\n");
        Assert.Equal("character special file", SpecialFiles.TypeOf(device));
    }

    [Fact]
    public void ExportJson_SymbolicLinkToADevice_IsWrittenThroughTheLinkWhichStays()
    {
        SpecialFiles.MakeDevice(_folder["null"], 'c', 1, 3);
        File.CreateSymbolicLink(_folder["stdout"], _folder["null"]);

        CliResult result = CliRun.Run("export", "--format", "json", "--out", _folder["stdout"], "--force");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Equal("symbolic link", SpecialFiles.TypeOf(_folder["stdout"]));
        Assert.Equal("character special file", SpecialFiles.TypeOf(_folder["null"]));
    }

    [Theory]
    [InlineData("json")]
    [InlineData("csv")]
    public async Task Export_FifoWithForce_IsWrittenThroughAndStaysAFifo(string format)
    {
        string fifo = _folder["pipe"];
        SpecialFiles.MakeFifo(fifo);
        Task<byte[]> reader = Task.Run(() => File.ReadAllBytes(fifo));

        CliResult result = CliRun.Run("export", "--format", format, "--out", fifo, "--force");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Equal("", result.Output + result.Error);
        Assert.Equal(CliRun.Run("export", "--format", format).Output, Encoding.UTF8.GetString(await reader));
        Assert.Equal("fifo", SpecialFiles.TypeOf(fifo));
        Assert.Equal(["pipe"], _folder.Entries());
    }

    [Fact]
    public void ExportJson_BlockDeviceWithoutForce_IsRefusedBeforeAnythingIsOpened()
    {
        // A block device node of a loop device number no system has: nothing could be written even if it were opened.
        string device = _folder["disk"];
        SpecialFiles.MakeDevice(device, 'b', 7, 1048575);

        CliResult result = CliRun.Run("export", "--format", "json", "--out", device);

        CliRun.AssertFailed(result, $"kazchina: '{device}' is a block device; pass --force to write through it.\n");
        Assert.Equal("block special file", SpecialFiles.TypeOf(device));
    }

    [Fact]
    public void ExportJson_TargetNameOf250Characters_IsWritten()
    {
        string path = _folder[new string('e', 245) + ".json"];

        CliResult result = CliRun.Run("export", "--format", "json", "--out", path);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Equal([Path.GetFileName(path)], _folder.Entries());
    }

    [Fact]
    public void ExportCsv_ExistingEmptyFolderWithoutForce_IsFilled()
    {
        Directory.CreateDirectory(_folder["tables"]);

        CliResult result = CliRun.Run("export", "--format", "csv", "--out", _folder["tables"]);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Equal(CsvPackageExport.FileNames.Count, _folder.FileNames("tables").Length);
        Assert.Equal(["tables"], _folder.Entries());
    }
}

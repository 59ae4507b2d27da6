using System.IO;
using KazChina.Model.Cli;
using KazChina.Model.Tests.Exports;
using Xunit;

namespace KazChina.Model.Tests.Cli;

public sealed partial class ExportCommandTests
{
    [Theory]
    [InlineData("bibtex", "bibliography.bib")]
    [InlineData("ris", "bibliography.ris")]
    public void ExportBibliography_ToFile_IsTheExportsPackagesGoldenFileByteForByte(string format, string golden)
    {
        CliResult result = CliRun.Run("export", "--format", format, "--out", _folder[golden]);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Equal($"Wrote {_folder[golden]}\n", result.Output);
        Assert.Equal(File.ReadAllBytes(Path.Combine(BibliographyFiles.GoldenFolder, golden)), File.ReadAllBytes(_folder[golden]));
    }

    [Theory]
    [InlineData("bibtex")]
    [InlineData("RIS")]
    public void ExportBibliography_ExistingFileWithoutForce_KeepsTheFileAndExits2(string format)
    {
        File.WriteAllText(_folder["refs"], "mine");

        CliResult result = CliRun.Run("export", "--format", format, "--out", _folder["refs"]);

        CliRun.AssertFailed(result, $"kazchina: '{_folder["refs"]}' already exists; pass --force to overwrite it.\n");
        Assert.Equal("mine", File.ReadAllText(_folder["refs"]));
    }
}

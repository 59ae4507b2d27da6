using System;
using System.IO;
using System.Text.Json.Nodes;
using KazChina.Model.Cli;
using KazChina.Model.Exports;
using Xunit;

namespace KazChina.Model.Tests.Cli;

public sealed class ReportCommandTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Report_Out_WritesThePageAndSaysWhere()
    {
        string path = _folder["report.html"];

        CliResult result = CliRun.Run("report", "--out", path);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Equal($"Wrote {path}\n", result.Output);
        Assert.Equal(EditionReport.ToHtml(KazChinaEdition.Current), File.ReadAllText(path));
        Assert.Equal(["report.html"], _folder.FileNames());
    }

    [Fact]
    public void Report_ExistingFile_IsKeptWithoutForceAndReplacedWithIt()
    {
        string path = _folder["report.html"];
        File.WriteAllText(path, "keep me");

        CliResult refused = CliRun.Run("report", "--out", path);

        CliRun.AssertFailed(refused, $"kazchina: '{path}' already exists; pass --force to overwrite it.\n");
        Assert.Equal("keep me", File.ReadAllText(path));

        Assert.Equal(ExitCodes.Success, CliRun.Run("report", "--out", path, "--force").ExitCode);
        Assert.StartsWith("<!DOCTYPE html>", File.ReadAllText(path), StringComparison.Ordinal);
    }

    [Fact]
    public void Report_WithoutOut_FailsSayingWhatItNeeds()
    {
        CliResult result = CliRun.Run("report");

        CliRun.AssertFailed(result, "kazchina: --out is required: the HTML file to write, e.g. --out report.html.\n");
    }

    [Fact]
    public void Report_InvalidEdition_FailsWithValidatesLinesAndExitCodeAndWritesNothing()
    {
        JsonObject edition = JsonNode.Parse(KazChinaJson.SerializeToUtf8Bytes(KazChinaEdition.Current))!.AsObject();
        edition["loans"]![0]!["lenderId"] = "nobody";
        edition["citations"]![1]!["evidence"]!["spans"]![0]!["start"] = 5;
        string input = EditionFiles.WriteText(_folder, "edited.json", edition.ToJsonString());
        string target = _folder["report.html"];

        CliResult validate = CliRun.Run("validate", input);
        CliResult report = CliRun.Run("report", "--edition", input, "--out", target);

        Assert.Equal(ExitCodes.Invalid, validate.ExitCode);
        Assert.Equal(validate.ExitCode, report.ExitCode);
        Assert.Equal(validate.Output, report.Output);
        Assert.Equal(validate.Error, report.Error);
        Assert.False(File.Exists(target));
        Assert.Equal(["edited.json"], _folder.FileNames());
    }

    [Fact]
    public void Report_EditionThatIsNotJson_FailsAsValidateDoes()
    {
        string input = EditionFiles.WriteText(_folder, "broken.json", "{ not json");

        CliResult validate = CliRun.Run("validate", input);
        CliResult report = CliRun.Run("report", "--edition", input, "--out", _folder["report.html"]);

        Assert.Equal(ExitCodes.Error, validate.ExitCode);
        Assert.Equal(validate.ExitCode, report.ExitCode);
        Assert.Equal(validate.Error, report.Error);
    }

    [Fact]
    public void Report_EditionWithMarkupInNames_WritesThemAsText()
    {
        CliResult result = HostileText.RunOnEditionWithAgreementTitle("</script><script>alert(1)</script>", "report", "--out", _folder["report.html"]);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        string html = File.ReadAllText(_folder["report.html"]);
        Assert.Contains("&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert(1)", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_GeoJson_WritesTheFeatureCollection()
    {
        string path = _folder["places.geojson"];

        CliResult result = CliRun.Run("export", "--format", "geojson", "--out", path);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Equal(EditionGeoJson.ToGeoJson(KazChinaEdition.Current), File.ReadAllText(path));
    }
}

using System;
using System.IO;
using KazChina.Model.Cli;
using Xunit;

namespace KazChina.Model.Tests.Exports;

/// <summary>
/// The report page in a real browser: <c>.ci/npm-tools/check-report.js</c> opens what <c>kazchina report</c> wrote in
/// headless Chromium and checks it against the edition's JSON export (see the script for the list). With
/// KAZCHINA_UPDATE_GOLDEN=1 the screenshot it takes replaces the README's (src/KazChina.Model.Exports/Report/report.png).
/// </summary>
public sealed class ReportBrowserTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [BrowserFact]
    public void Report_InChromium_PassesEveryCheck()
    {
        string page = _folder["report.html"];
        string edition = _folder["edition.json"];
        string screenshot = _folder["report.png"];
        Assert.Equal(ExitCodes.Success, CliRun.Run("report", "--out", page).ExitCode);
        Assert.Equal(ExitCodes.Success, CliRun.Run("export", "--format", "json", "--out", edition).ExitCode);

        (int exit, string output) = ExternalTools.Run("node", Path.Combine(ExternalTools.NpmFolder, "check-report.js"), page, edition, screenshot);

        Assert.True(exit == 0, output);
        Assert.Contains("report check passed", output, StringComparison.Ordinal);
        Golden.RewriteIfUpdating(Path.Combine(RepositoryRoot.Path, "src", "KazChina.Model.Exports", "Report", "report.png"), File.ReadAllBytes(screenshot));
    }
}

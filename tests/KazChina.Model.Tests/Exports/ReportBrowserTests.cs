using System;
using System.Collections.Generic;
using System.IO;
using KazChina.Model.Cli;
using Xunit;

namespace KazChina.Model.Tests.Exports;

/// <summary>
/// The report page in real browsers: <c>.ci/npm-tools/check-report.js</c> opens what <c>kazchina report</c> wrote in
/// headless Chromium, and again in headless Firefox, and checks it against the edition's JSON export (see the script for the list). With
/// KAZCHINA_UPDATE_GOLDEN=1 the screenshot it takes replaces the README's (src/KazChina.Model.Exports/Report/report.png).
/// </summary>
public sealed class ReportBrowserTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [BrowserFact]
    public void Report_InChromium_PassesEveryCheck()
    {
        string screenshot = _folder["report.png"];

        string output = Check("chromium", screenshot);

        Assert.Contains(" in Chrome/", output, StringComparison.Ordinal);
        Golden.RewriteIfUpdating(Path.Combine(RepositoryRoot.Path, "src", "KazChina.Model.Exports", "Report", "report.png"), File.ReadAllBytes(screenshot));
    }

    [FirefoxFact]
    public void Report_InFirefox_PassesEveryCheck()
    {
        string output = Check("firefox", screenshot: null);

        Assert.Contains(" in firefox/", output, StringComparison.Ordinal);
    }

    // Writes the page and the edition's JSON with the tool, and runs the check script in the browser named.
    private string Check(string browser, string? screenshot)
    {
        string page = _folder["report.html"];
        string edition = _folder["edition.json"];
        Assert.Equal(ExitCodes.Success, CliRun.Run("report", "--out", page, "--force").ExitCode);
        Assert.Equal(ExitCodes.Success, CliRun.Run("export", "--format", "json", "--out", edition, "--force").ExitCode);

        (int exit, string output) = ExternalTools.RunIn(
            new Dictionary<string, string> { ["BROWSER"] = browser },
            "node",
            [Path.Combine(ExternalTools.NpmFolder, "check-report.js"), page, edition, .. screenshot is null ? [] : (string[])[screenshot]]);

        Assert.True(exit == 0, output);
        Assert.Contains("report check passed", output, StringComparison.Ordinal);
        return output;
    }
}

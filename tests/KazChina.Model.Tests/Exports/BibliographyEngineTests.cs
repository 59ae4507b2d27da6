using System.IO;
using System.Linq;
using System.Text.Json;
using KazChina.Model.Exports;
using Xunit;

namespace KazChina.Model.Tests.Exports;

/// <summary>
/// The bibliography as users' tools see it: citeproc-js (through citation-js) renders the CSL-JSON in APA and in
/// Chicago author-date, compared with golden text files, and citation-js reads the BibTeX and the RIS back as the
/// same items. Skipped where node and citation-js are not installed, required under CI.
/// </summary>
public class BibliographyEngineTests
{
    [CitationJsFact]
    public void Render_CurrentEdition_MatchesTheGoldenApaAndChicagoBibliographiesAndBibTeXAndRisReadBackAlike()
    {
        Assert.True(CitationJs.Installed, CitationJs.MissingMessage);

        using JsonDocument result = Run(Bibliography.From(KazChinaEdition.Current));

        Assert.Empty(result.RootElement.GetProperty("differences").EnumerateArray().Select(d => d.GetString()));
        string apa = result.RootElement.GetProperty("apa").GetString()!;
        string chicago = result.RootElement.GetProperty("chicagoAuthorDate").GetString()!;
        BibliographyFiles.AssertMatchesGolden("bibliography.apa.txt", apa);
        BibliographyFiles.AssertMatchesGolden("bibliography.chicago-author-date.txt", chicago);
        Assert.DoesNotContain("[Graphic]. (n.d.). [Graphic]", apa, System.StringComparison.Ordinal);
        Assert.Equal(Bibliography.From(KazChinaEdition.Current).Items.Count, apa.Split('\n', System.StringSplitOptions.RemoveEmptyEntries).Length);
    }

    // BibTeX and RIS values are one line each, so the title is given on one line here; its braces, %, &, #, $, _,
    // ~, ^ and backslash must survive both formats as they are.
    [CitationJsFact]
    public void ReadBack_TitleWithHostileText_BibTeXAndRisGiveTheSameItems()
    {
        Assert.True(CitationJs.Installed, CitationJs.MissingMessage);

        using JsonDocument result = Run(Bibliography.From(BibTeXWriterTests.EditionWithCitationTitle(string.Join(' ', BibTeXWriterTests.Hostile.Split((char[]?)null, System.StringSplitOptions.RemoveEmptyEntries)))));

        Assert.Empty(result.RootElement.GetProperty("differences").EnumerateArray().Select(d => d.GetString()));
    }

    [Fact]
    public void Readme_ApaExample_IsTheGoldenBibliography()
    {
        string apa = File.ReadAllText(Path.Combine(BibliographyFiles.GoldenFolder, "bibliography.apa.txt"));

        Assert.Contains("\n```text\n" + apa + "```\n", File.ReadAllText(Path.Combine(RepositoryRoot.Path, "README.md")), System.StringComparison.Ordinal);
    }

    private static JsonDocument Run(Bibliography bibliography)
    {
        using var folder = new TemporaryFolder();
        File.WriteAllText(folder["items.csl.json"], BibliographyFiles.CslJson(bibliography));
        File.WriteAllText(folder["items.bib"], BibliographyFiles.BibTeX(bibliography));
        File.WriteAllText(folder["items.ris"], BibliographyFiles.Ris(bibliography));
        return CitationJs.Run(folder["items.csl.json"], folder["items.bib"], folder["items.ris"]);
    }
}

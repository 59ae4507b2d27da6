using KazChina.Model.Exports;
using Xunit;

namespace KazChina.Model.Tests.Exports;

public class BibliographyGoldenTests
{
    [Theory]
    [InlineData("bibliography.bib")]
    [InlineData("bibliography.ris")]
    public void Write_CurrentEdition_MatchesTheGoldenFile(string name)
    {
        Bibliography bibliography = Bibliography.From(KazChinaEdition.Current);

        BibliographyFiles.AssertMatchesGolden(name, name.EndsWith(".bib", System.StringComparison.Ordinal) ? BibliographyFiles.BibTeX(bibliography) : BibliographyFiles.Ris(bibliography));
    }
}

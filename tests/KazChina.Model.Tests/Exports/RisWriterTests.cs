using System;
using System.Linq;
using System.Text.RegularExpressions;
using KazChina.Model.Exports;
using Xunit;

namespace KazChina.Model.Tests.Exports;

public class RisWriterTests
{
    [Fact]
    public void Escape_LineBreaksTabsAndControls_BecomeSingleSpacesAndTheEndsAreTrimmed()
    {
        Assert.Equal("a ER - b TY - JOUR c", RisWriter.Escape(" a\r\nER  - \nb\u2029TY  - JOUR\u0000c\t"));
    }

    [Fact]
    public void Write_CurrentEdition_EveryLineIsATagEndingInCrLfAndEveryRecordRunsFromTyToEr()
    {
        Bibliography bibliography = Bibliography.From(KazChinaEdition.Current);

        string ris = BibliographyFiles.Ris(bibliography);

        Assert.EndsWith("\r\n", ris, StringComparison.Ordinal);
        string[] lines = ris[..^2].Split("\r\n");
        Assert.All(lines, line => Assert.Matches("^[A-Z][A-Z0-9]  - ", line));
        Assert.DoesNotContain(lines, line => line.Contains('\n', StringComparison.Ordinal) || line.Contains('\r', StringComparison.Ordinal));
        Assert.Equal(bibliography.Items.Select(i => "TY  - " + RisWriter.TypeOf(i.Kind)), lines.Where(l => l.StartsWith("TY", StringComparison.Ordinal)));
        Assert.Equal(bibliography.Items.Select(i => "ID  - " + i.Key), lines.Where(l => l.StartsWith("ID", StringComparison.Ordinal)));
        Assert.Equal(bibliography.Items.Count, lines.Count(l => l == "ER  - "));
    }

    [Fact]
    public void Write_DatedItems_DaHasThePrecisionKnownAndSaysWhenTheYearIsInferred()
    {
        string ris = BibliographyFiles.Ris(Bibliography.From(KazChinaEdition.Current));

        Assert.Contains("ID  - xinhua-2011-06-13\r\nTI  - [Xinhua item; title not given in the citing article]\r\nT2  - Xinhua\r\nPY  - 2011\r\nDA  - 2011/06/13/year inferred\r\n", ris, StringComparison.Ordinal);
        Assert.Contains("PY  - 2011\r\nDA  - 2011///year inferred\r\n", ris, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_TitleWithHostileText_StartsNoTagOfItsOwn()
    {
        Bibliography bibliography = Bibliography.From(BibTeXWriterTests.EditionWithCitationTitle(BibTeXWriterTests.Hostile));

        string ris = BibliographyFiles.Ris(bibliography);

        Assert.Equal(bibliography.Items.Count, Regex.Count(ris, "^TY  - ", RegexOptions.Multiline));
        Assert.Equal(bibliography.Items.Count, Regex.Count(ris, "^ER  - ", RegexOptions.Multiline));
        Assert.Contains("\r\nTI  - Evil} @misc{injected, title = {x} 100% & #1 $5 a_b ~ ^ \\relax TY - JOUR ER - x\r\n", ris, StringComparison.Ordinal);
    }
}

using System;
using System.Linq;
using System.Text.RegularExpressions;
using KazChina.Model.Exports;
using Xunit;

namespace KazChina.Model.Tests.Exports;

public class BibTeXWriterTests
{
    /// <summary>A title that tries to close its field, open an entry of its own, comment out the rest and break the line.</summary>
    public const string Hostile = "Evil} @misc{injected, title = {x} 100% & #1 $5 a_b ~ ^ \\relax\n\nTY  - JOUR\r\nER  - x";

    [Fact]
    public void Escape_TeXSpecialCharacters_BecomeTheirTeXForms()
    {
        Assert.Equal(
            @"\{x\} 50\% \& \#1 \$5 a\_b \textasciitilde{} \textasciicircum{} \textbackslash{}relax",
            BibTeXWriter.Escape("{x} 50% & #1 $5 a_b ~ ^ \\relax"));
    }

    [Fact]
    public void Escape_LineBreaksTabsAndControls_BecomeSingleSpacesAndTheEndsAreTrimmed()
    {
        Assert.Equal("a b c d e", BibTeXWriter.Escape("\n a\n\nb\tc\u2028d\u0000\u0085e \r\n"));
    }

    [Fact]
    public void Write_CurrentEdition_OneEntryPerItemOfItsKindsTypeAndKey()
    {
        Bibliography bibliography = Bibliography.From(KazChinaEdition.Current);

        string[] heads = [.. Regex.Matches(BibliographyFiles.BibTeX(bibliography), "^@([a-z]+)\\{([^,]+),$", RegexOptions.Multiline).Select(m => m.Groups[1].Value + " " + m.Groups[2].Value)];

        Assert.Equal(bibliography.Items.Select(i => BibTeXWriter.EntryTypeOf(i.Kind) + " " + i.Key), heads);
    }

    [Fact]
    public void Write_TitleWithHostileText_StaysInItsFieldOnOneLine()
    {
        Bibliography bibliography = Bibliography.From(EditionWithCitationTitle(Hostile));

        string bibTeX = BibliographyFiles.BibTeX(bibliography);

        Assert.Equal(bibliography.Items.Count, Regex.Count(bibTeX, "^@", RegexOptions.Multiline));
        string entry = bibTeX.Split("\n\n").Single(e => e.Contains("Evil", StringComparison.Ordinal));
        Assert.Single(Regex.Matches(entry, "^@", RegexOptions.Multiline));
        Assert.DoesNotContain("\r", bibTeX, StringComparison.Ordinal);
        string titleLine = entry.Split('\n').Single(l => l.StartsWith("  title = ", StringComparison.Ordinal));
        Assert.Equal(
            @"  title = {{Evil\} @misc\{injected, title = \{x\} 100\% \& \#1 \$5 a\_b \textasciitilde{} \textasciicircum{} \textbackslash{}relax TY - JOUR ER - x}},",
            titleLine);
        Assert.Equal(0, BraceDepthAfter(entry));
    }

    /// <summary>The edition with the joint statement citation's title replaced.</summary>
    public static KazChinaEdition EditionWithCitationTitle(string title) =>
        EditionEditor.Map(KazChinaEdition.Current, record => record is Citation { Title: not null } c
            ? new CitationBuilder(c) { Title = title }.Build()
            : record);

    // Counts unescaped braces as TeX does: a backslash makes the next character literal.
    private static int BraceDepthAfter(string text)
    {
        int depth = 0;
        for (int i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '\\':
                    i++;
                    break;
                case '{':
                    depth++;
                    break;
                case '}':
                    depth--;
                    Assert.True(depth >= 0, $"A brace closes more than was opened at {i}.");
                    break;
            }
        }

        return depth;
    }
}

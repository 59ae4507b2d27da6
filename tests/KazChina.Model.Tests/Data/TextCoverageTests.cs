using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace KazChina.Model.Tests.Data;

/// <summary>
/// Coverage computed from the article's text, not from a hand-made list: every figure, number word and
/// parenthetical of the article lies inside the evidence of some record. The line
/// "Publication: … Volume: 8 Issue: 128" is the article's metadata, checked against <see cref="Article"/> instead.
/// </summary>
public sealed partial class TextCoverageTests
{
    /// <summary>
    /// The number words looked for: the cardinals one to twenty, the ordinals first to third, and the
    /// multipliers twice, double, doubled and doubling. "both" is not counted.
    /// </summary>
    private const string NumberWords =
        "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty"
        + "|first|second|third|twice|double|doubled|doubling";

    private static string Text => EditionTestKit.Text;

    private static int BodyStart
    {
        get
        {
            int publicationLine = Text.IndexOf("Publication:", StringComparison.Ordinal);
            return Text.IndexOf('\n', publicationLine);
        }
    }

    [GeneratedRegex(@"\$?\d+(?:\.\d+)?(?: (?:million|billion))?")]
    private static partial Regex Figure();

    [GeneratedRegex(@"\b(?:" + NumberWords + @")\b", RegexOptions.IgnoreCase)]
    private static partial Regex NumberWord();

    [GeneratedRegex(@"\(([^()]*)\)")]
    private static partial Regex Parenthetical();

    [GeneratedRegex(@"^(?:Source: .+|.+, (?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2})$")]
    private static partial Regex CitationSegment();

    [Fact]
    public void HeaderLine_VolumeAndIssue_MatchArticleMetadata()
    {
        string header = Text[..BodyStart];
        Assert.Contains($"Volume: {EditionTestKit.Edition.Article.Volume} Issue: {EditionTestKit.Edition.Article.Issue}", header, StringComparison.Ordinal);
        Assert.Equal(["8", "128"], Figure().Matches(header).Select(m => m.Value));
    }

    [Fact]
    public void EveryFigure_InArticleBody_LiesInsideSomeEvidenceSpan()
    {
        var matches = Figure().Matches(Text, BodyStart).ToList();
        Assert.NotEmpty(matches);
        AssertAllCovered(matches, "figures");
    }

    [Fact]
    public void EveryNumberWord_InArticleBody_LiesInsideSomeEvidenceSpan()
    {
        var matches = NumberWord().Matches(Text, BodyStart).ToList();
        Assert.Contains(matches, m => m.Value == "twenty");
        AssertAllCovered(matches, "number words");
    }

    [Theory]
    [InlineData("phase two")]
    [InlineData("second stage")]
    [InlineData("twenty years")]
    [InlineData("four years")]
    [InlineData("second violin section")]
    public void NumberPhrase_InArticle_LiesInsideSomeEvidenceSpan(string phrase)
    {
        int start = Text.IndexOf(phrase, StringComparison.Ordinal);
        Assert.True(start >= 0);
        Assert.True(EditionTestKit.IsCoveredByEvidence(start, phrase.Length), $"\"{phrase}\" is in no record's evidence.");
    }

    [Fact]
    public void EveryParenthetical_InArticleBody_LiesInsideSomeEvidenceSpan()
    {
        // A parenthetical holding two sources ("NTDTV, June 15; www.centralasianewswire, June 13") is
        // covered when each of its parts is: each part is its own citation.
        var parts = Parenthetical().Matches(Text, BodyStart).SelectMany(m => PartsOf(m.Groups[1])).ToList();
        Assert.NotEmpty(parts);
        var uncovered = parts.Where(p => !EditionTestKit.IsCoveredByEvidence(p.Start, p.Text.Length)).Select(p => $"[{p.Start}] \"{p.Text}\"").ToList();
        Assert.True(uncovered.Count == 0, "Parentheticals in no record's evidence:\n" + string.Join('\n', uncovered));
    }

    [Fact]
    public void EveryCitationInParentheses_EachOfItsSources_IsExactlyOneCitationSpan()
    {
        var segments = Parenthetical().Matches(Text)
            .SelectMany(m => PartsOf(m.Groups[1]))
            .Where(p => CitationSegment().IsMatch(p.Text))
            .ToList();

        var problems = new List<string>();
        foreach ((int start, string words) in segments)
        {
            int count = EditionTestKit.Edition.Citations.Count(c => c.Span is { } span && span.Start == start && span.Text == words);
            if (count != 1)
            {
                problems.Add($"[{start}] \"{words}\" has {count} citation records");
            }
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
        Assert.Equal(segments.Count, EditionTestKit.Edition.Citations.Count);
    }

    private static IEnumerable<(int Start, string Text)> PartsOf(Group inner)
    {
        int offset = inner.Index;
        foreach (string part in inner.Value.Split("; "))
        {
            yield return (offset, part);
            offset += part.Length + 2;
        }
    }

    private static void AssertAllCovered(List<Match> matches, string what)
    {
        var uncovered = matches
            .Where(m => !EditionTestKit.IsCoveredByEvidence(m.Index, m.Length))
            .Select(m => $"[{m.Index}] \"{m.Value}\" in \"…{Text.Substring(Math.Max(0, m.Index - 30), Math.Min(60 + m.Length, Text.Length - Math.Max(0, m.Index - 30)))}…\"")
            .ToList();
        Assert.True(uncovered.Count == 0, $"{what} in no record's evidence:\n" + string.Join('\n', uncovered));
    }
}

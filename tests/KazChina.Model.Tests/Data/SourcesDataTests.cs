using System.Linq;
using Xunit;

namespace KazChina.Model.Tests.Data;

/// <summary>Exact values of the article's record, the citations and the quotes.</summary>
public sealed class SourcesDataTests
{
    private static KazChinaEdition Edition => EditionTestKit.Edition;

    [Fact]
    public void Article_Header_StatesTitlePublicationVolumeAndIssueInItsSpans()
    {
        Article article = Edition.Article;

        Assert.Equal(new RecordId("article"), article.Id);
        Assert.Same(article, Edition.Get("article"));
        Assert.Equal(
            [
                "Kazakhstan Looks East: Sino-Kazakh Strategic Partnership Deepens",
                "Publication: Eurasia Daily Monitor",
                "Volume: 8",
                "Issue: 128",
            ],
            article.Evidence.Spans.Select(s => s.Text));
        Assert.Equal(article.Title, article.Evidence.Spans[0].Text);
        Assert.Equal($"Publication: {article.Publication}", article.Evidence.Spans[1].Text);
        Assert.Equal($"Volume: {article.Volume}", article.Evidence.Spans[2].Text);
        Assert.Equal($"Issue: {article.Issue}", article.Evidence.Spans[3].Text);
        Assert.Empty(article.Evidence.CitationIds);
    }

    [Theory]
    [InlineData("xinhua", 6)]
    [InlineData("interfax-kazakhstan", 1)]
    [InlineData("central-asia-online", 1)]
    [InlineData("ntdtv", 1)]
    [InlineData("central-asia-newswire", 1)]
    public void Citations_PerOutlet_CountEveryOccurrence(string outletId, int count)
    {
        Assert.Equal(count, Edition.Citations.Count(c => c.OutletId == new RecordId(outletId)));
    }

    [Fact]
    public void Citations_OfXinhua_AreFiveInTextAndTheImageCredit()
    {
        var xinhua = Edition.Citations.Where(c => c.OutletId == new RecordId("xinhua")).ToList();
        Assert.Equal(5, xinhua.Count(c => c.CitationKind == CitationKind.InText));
        Citation credit = Assert.Single(xinhua, c => c.CitationKind == CitationKind.ImageCredit);
        Assert.Equal("cite-image-xinhua", credit.Id.ToString());
        Assert.Equal("Source: Xinhua", credit.Span!.Text);
        Assert.Null(credit.Date);
    }

    [Fact]
    public void JointStatementCitation_Title_IsTheFullTextTitle()
    {
        Citation citation = EditionTestKit.Get<Citation>("cite-xinhua-2011-06-13-joint-statement");
        Assert.Equal("Full Text of China-Kazakhstan Joint Statement on the Development of All-Round Strategic Partnership", citation.Title);
        Assert.Equal(new PartialDate(2011, 6, 13, yearInferred: true), citation.Date);
        Assert.Equal(1, Edition.Citations.Count(c => c.Title is not null));
    }

    [Fact]
    public void CentralAsiaOnlineCitation_Outlet_IsAsWrittenWithItsWebAddress()
    {
        Citation citation = EditionTestKit.Get<Citation>("cite-central-asia-online-2011-06-14");
        Assert.Equal("www.centralasiaonline.com", citation.OutletAsWritten);
        Assert.Equal("June 14", citation.DateAsWritten);
        Assert.Equal(new TextSpan(2843, 34, "www.centralasiaonline.com, June 14"), citation.Span);
    }

    [Fact]
    public void Quotes_ByKind_AreTwoSpokenFiveDocumentAndTenTerms()
    {
        Assert.Equal(2, Edition.Quotes.Count(q => q.QuoteKind == QuoteKind.Spoken));
        Assert.Equal(5, Edition.Quotes.Count(q => q.QuoteKind == QuoteKind.DocumentText));
        Assert.Equal(10, Edition.Quotes.Count(q => q.QuoteKind == QuoteKind.Term));
    }

    [Fact]
    public void ChengQuote_Words_AreSpokenByChengWithTheirClosingComma()
    {
        Quote quote = EditionTestKit.Get<Quote>("quote-cheng-we-have-witnessed");
        Assert.Equal(QuoteKind.Spoken, quote.QuoteKind);
        Assert.Equal(new RecordId("cheng-guoping"), quote.SpeakerId);
        Assert.StartsWith("We have witnessed increasing political mutual trust, over $20 billion", quote.Words.Text, System.StringComparison.Ordinal);
        Assert.EndsWith("between the two countries,", quote.Words.Text, System.StringComparison.Ordinal);
        Assert.Equal([new RecordId("cite-xinhua-2011-06-07")], quote.Evidence.CitationIds);
    }

    [Fact]
    public void JointStatementPassages_Speaker_IsTheJune13JointStatement()
    {
        var passages = Edition.Quotes.Where(q => q.SpeakerId == new RecordId("all-round-strategic-partnership-2011") && q.Evidence.CitationIds.Contains(new RecordId("cite-xinhua-2011-06-13-joint-statement"))).ToList();
        Assert.Equal(6, passages.Count);
        Assert.Equal(8, Edition.Quotes.Count(q => q.SpeakerId == new RecordId("all-round-strategic-partnership-2011")));
        Assert.All(passages, q => Assert.Contains(new RecordId("cite-xinhua-2011-06-13-joint-statement"), q.Evidence.CitationIds));
        Assert.Equal("one China", EditionTestKit.Get<Quote>("quote-one-china").Words.Text);
        Assert.Equal("establish or engage in official ties with Taiwan.", EditionTestKit.Get<Quote>("quote-joint-statement-official-ties-with-taiwan").Words.Text);
    }

    [Theory]
    [InlineData("quote-sincere-and-trustworthy-partners", "sincere and trustworthy partners")]
    [InlineData("quote-sovereignty-and-security", "sovereignty and security")]
    [InlineData("quote-win-win", "win-win")]
    [InlineData("quote-new-energy", "new")]
    [InlineData("quote-three-forces", "three forces")]
    public void HuTerm_Words_AreHisQuotedWording(string id, string words)
    {
        Quote quote = EditionTestKit.Get<Quote>(id);
        Assert.Equal(QuoteKind.Term, quote.QuoteKind);
        Assert.Equal(new RecordId("hu-jintao"), quote.SpeakerId);
        Assert.Equal(words, quote.Words.Text);
        Assert.Equal([new RecordId("cite-xinhua-2011-06-13-b")], quote.Evidence.CitationIds);
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using KazChina.Model.Exports;
using Xunit;

namespace KazChina.Model.Tests.Exports;

public class BibliographyTests
{
    private static readonly KazChinaEdition Edition = KazChinaEdition.Current;

    private static readonly Bibliography Current = Bibliography.From(Edition);

    private static IEnumerable<BibliographyItem> Pieces => Current.Items.Where(i => i.Kind != BibliographyItemKind.Article);

    [Fact]
    public void From_CurrentEdition_EveryCitationIsInExactlyOneItem()
    {
        RecordId[] listed = [.. Pieces.SelectMany(i => i.RecordIds)];

        Assert.Equal(Edition.Citations.Select(c => c.Id).Order(), listed.Order());
        Assert.Equal(listed.Length, listed.Distinct().Count());
    }

    [Fact]
    public void From_CurrentEdition_OneItemPerPieceAndNoTwoItemsAlike()
    {
        int pieces = Edition.Citations.Select(c => (c.CitationKind, c.OutletId, c.Date, c.Title)).Distinct().Count();

        Assert.Equal(pieces, Pieces.Count());
        Assert.Equal(Current.Items.Count, Current.Items.Select(i => (i.Kind, i.Title, i.ContainerTitle, i.Publisher, i.Issued)).Distinct().Count());
        Assert.All(Pieces, item => Assert.All(item.RecordIds, id =>
        {
            Citation citation = Edition.Get<Citation>(id);
            Assert.Equal(Edition.Get<Citation>(item.RecordIds[0]).Date, citation.Date);
            Assert.Equal(Edition.Get<Citation>(item.RecordIds[0]).Title, citation.Title);
        }));
    }

    [Fact]
    public void From_CurrentEdition_TheTwoXinhuaJune13CitationsAreOneItemListingBothOccurrences()
    {
        BibliographyItem item = Current.Items.Single(i => i.RecordIds.Contains("cite-xinhua-2011-06-13-a"));

        Assert.Equal(["cite-xinhua-2011-06-13-a", "cite-xinhua-2011-06-13-b"], item.RecordIds.Select(id => id.Value));
        Assert.Equal([603, 5002], item.Spans.Select(s => s.Start));
        Assert.All(item.Spans, s => Assert.Equal("Xinhua, June 13", s.Text));
        Assert.Equal("xinhua-2011-06-13", item.Key);
        Assert.Contains("Cited twice", item.Note, StringComparison.Ordinal);
        Assert.Contains("603 and 5002", item.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void From_CurrentEdition_TheArticleIsTheFirstItemWithNothingInvented()
    {
        BibliographyItem article = Current.Items[0];

        Assert.Equal(BibliographyItemKind.Article, article.Kind);
        Assert.Equal(Edition.Article.Title, article.Title);
        Assert.False(article.TitleSupplied);
        Assert.Equal("Eurasia Daily Monitor", article.ContainerTitle);
        Assert.Equal(8, article.Volume);
        Assert.Equal(128, article.Issue);
        Assert.Equal(PartialDate.OfYear(2011, yearInferred: true), article.Issued);
        Assert.Null(article.Publisher);
        Assert.Null(article.Url);
        Assert.Equal(["article"], article.RecordIds.Select(id => id.Value));
        Assert.Contains("names no author", article.Note, StringComparison.Ordinal);
        Assert.Contains("2011-06-15 and 2011-07-15", article.Note, StringComparison.Ordinal);
        Assert.Single(Current.Items, i => i.Kind == BibliographyItemKind.Article);
    }

    [Fact]
    public void From_CurrentEdition_TitlesAreTheArticlesOrBracketedDescriptionsMarkedAsSupplied()
    {
        Assert.All(Pieces, item =>
        {
            Citation first = Edition.Get<Citation>(item.RecordIds[0]);
            Assert.Equal(first.Title is null, item.TitleSupplied);
            if (first.Title is { } title)
            {
                Assert.Equal(title, item.Title);
            }
            else
            {
                Assert.StartsWith("[", item.Title, StringComparison.Ordinal);
                Assert.EndsWith("]", item.Title, StringComparison.Ordinal);
                Assert.Contains("editors' description", item.Note, StringComparison.Ordinal);
            }
        });
        Assert.Equal(
            "Full Text of China-Kazakhstan Joint Statement on the Development of All-Round Strategic Partnership",
            Current.Items.Single(i => i.RecordIds.Contains("cite-xinhua-2011-06-13-joint-statement")).Title);
    }

    [Fact]
    public void From_CurrentEdition_UrlsAreWebAddressesExactlyAsWrittenAndAnIncompleteOneIsOnlyQuoted()
    {
        string[] websites = [.. Edition.Organizations.Select(o => o.Website).OfType<string>()];

        Assert.All(Current.Items.Where(i => i.Url is not null), i => Assert.Contains(i.Url, websites));
        Assert.Equal("www.centralasiaonline.com", Current.Items.Single(i => i.Key == "central-asia-online-2011-06-14").Url);
        BibliographyItem newswire = Current.Items.Single(i => i.Key == "central-asia-newswire-2011-06-13");
        Assert.Equal(BibliographyItemKind.WebPage, newswire.Kind);
        Assert.Null(newswire.Url);
        Assert.Contains("“www.centralasianewswire”, which is not a complete address", newswire.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void From_CurrentEdition_TheImageCreditIsAnUndatedImageCreditedToItsSource()
    {
        BibliographyItem image = Current.Items.Single(i => i.Kind == BibliographyItemKind.Image);

        Assert.Equal(["cite-image-xinhua"], image.RecordIds.Select(id => id.Value));
        Assert.Equal("Xinhua", image.Publisher);
        Assert.Null(image.ContainerTitle);
        Assert.Null(image.Issued);
        Assert.Equal("Image", image.Medium);
        Assert.True(image.TitleSupplied);
        Assert.Equal($"[Image accompanying “{Edition.Article.Title}”]", image.Title);
        Assert.Contains("“Source: Xinhua”", image.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void From_CurrentEdition_InferredYearsAreSaidAndDatesAreTheCitations()
    {
        Assert.All(Pieces, item =>
        {
            Assert.Equal(Edition.Get<Citation>(item.RecordIds[0]).Date, item.Issued);
            Assert.Equal(item.Issued?.YearInferred ?? false, item.Note.Contains("is inferred", StringComparison.Ordinal));
        });
    }

    [Fact]
    public void From_CurrentEdition_KeysAreUniqueKebabCaseSlugs()
    {
        Assert.Equal(Current.Items.Count, Current.Items.Select(i => i.Key).Distinct(StringComparer.Ordinal).Count());
        Assert.All(Current.Items, i => Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*$", i.Key));
        Assert.All(Current.Items, i => Assert.False(string.IsNullOrWhiteSpace(i.Title)));
    }

    [Fact]
    public void From_TwoTitledPiecesWithTheSameOutletDateAndFirstWords_NumbersTheSecondKey()
    {
        Citation titled = Edition.Get<Citation>("cite-xinhua-2011-06-13-joint-statement");
        Citation twin = new CitationBuilder(titled) { Id = "cite-twin", Title = titled.Title + ", second part" }.Build();

        Bibliography bibliography = Bibliography.From(EditionEditor.Map(Edition, r => r, [twin]));

        string[] keys = [.. bibliography.Items.Where(i => i.RecordIds.Contains(titled.Id) || i.RecordIds.Contains(twin.Id)).Select(i => i.Key)];
        Assert.Equal(["xinhua-2011-06-13-full-text-of-china-kazakhstan-joint", "xinhua-2011-06-13-full-text-of-china-kazakhstan-joint-2"], keys);
    }

    [Theory]
    [InlineData("www.centralasiaonline.com", true)]
    [InlineData("centralasiaonline.com", true)]
    [InlineData("https://www.example.org/page?id=1", true)]
    [InlineData("www.centralasianewswire", false)]
    [InlineData("centralasianewswire", false)]
    [InlineData("www.example.c0m", false)]
    [InlineData("ftp://example.org", false)]
    [InlineData("http://www.centralasianewswire/page", false)]
    [InlineData("www.example.com/{x}", false)]
    [InlineData("www.example .com", false)]
    public void WebAddressIsComplete_Address_TellsWhetherItCanStandAsAUrlUnchanged(string address, bool complete)
    {
        Assert.Equal(complete, WebAddress.IsComplete(address));
    }
}

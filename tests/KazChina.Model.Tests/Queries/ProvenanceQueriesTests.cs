using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck.Xunit;
using Xunit;
using static KazChina.Model.Tests.Queries.QueryTestKit;

namespace KazChina.Model.Tests.Queries;

public partial class ProvenanceQueriesTests
{
    [Property(Arbitrary = [typeof(Generators)], MaxTest = 100)]
    public void ProvenanceOf_EveryRecord_IsItsSpansCitationsOutletsAndNotes(KazChinaEdition edition)
    {
        foreach (EditionRecord record in edition.Records)
        {
            Provenance provenance = edition.ProvenanceOf(record.Id);
            var citations = record.Evidence.CitationIds.Select(id => edition.Citations.Single(c => c.Id == id)).ToList();

            Assert.Same(record, provenance.Record);
            Assert.Same(record.Evidence.Spans, provenance.Spans);
            SameRecords(citations, provenance.Citations);
            SameRecords(citations.Select(c => c.OutletId).Distinct().Select(o => edition.Organizations.Single(x => x.Id == o)), provenance.Outlets);
            SameRecords(edition.EditorialNotes.Where(n => n.TargetIds.Contains(record.Id)), provenance.Notes);
            SameRecords(provenance.Notes, edition.NotesOn(record.Id));
        }
    }

    [Property(Arbitrary = [typeof(Generators)], MaxTest = 100)]
    public void SupportedByAndCitationsFrom_EveryCitationAndOutlet_AgreeWithLinearScan(KazChinaEdition edition)
    {
        foreach (Citation citation in edition.Citations)
        {
            SameRecords(edition.Records.Where(r => r.Evidence.CitationIds.Contains(citation.Id)), edition.SupportedBy(citation.Id));
        }

        foreach (Organization outlet in edition.Organizations)
        {
            var citations = edition.Citations.Where(c => c.OutletId == outlet.Id).ToList();
            SameRecords(citations, edition.CitationsFrom(outlet.Id));
            SameRecords(edition.Records.Where(r => r.Evidence.CitationIds.Any(id => citations.Any(c => c.Id == id))), edition.SupportedByOutlet(outlet.Id));
        }
    }

    [Property(Arbitrary = [typeof(Generators)], MaxTest = 100)]
    public void AnnotatedRecords_AnyEdition_IsEveryNoteTargetWithItsNotes(KazChinaEdition edition)
    {
        IReadOnlyList<AnnotatedRecord> annotated = edition.AnnotatedRecords();

        SameRecords(edition.Records.Where(r => edition.EditorialNotes.Any(n => n.TargetIds.Contains(r.Id))), annotated.Select(a => a.Record));
        Assert.All(annotated, a => SameRecords(edition.EditorialNotes.Where(n => n.TargetIds.Contains(a.Record.Id)), a.Notes));
    }

    /// <summary>The typographic folding search promises, spelt out character by character.</summary>
    private static string Plain(string text) => text
        .Replace('‘', '\'').Replace('’', '\'').Replace('“', '"').Replace('”', '"').Replace('–', '-').Replace('—', '-');

    [Property(Arbitrary = [typeof(Generators)], MaxTest = 100)]
    public void SearchEvidence_WordsOfAnySpan_FindThatSpanAndAgreeWithLinearScan(KazChinaEdition edition)
    {
        foreach (string words in edition.Records.SelectMany(r => r.Evidence.Spans).Select(s => s.Text.Split(' ')[0]).Distinct())
        {
            IReadOnlyList<EvidenceMatch> matches = edition.SearchEvidence(words.ToUpperInvariant());
            var expected = edition.Records
                .SelectMany(r => r.Evidence.Spans.Select(s => (r, s)))
                .Where(p => Plain(p.s.Text).Contains(Plain(words), StringComparison.OrdinalIgnoreCase))
                .ToList();

            Assert.Equal(expected.Count, matches.Count);
            for (int i = 0; i < matches.Count; i++)
            {
                Assert.Same(expected[i].r, matches[i].Record);
                Assert.Same(expected[i].s, matches[i].Span);
                Assert.Equal(expected[i].s.Start + Plain(expected[i].s.Text).IndexOf(Plain(words), StringComparison.OrdinalIgnoreCase), matches[i].Start);
                Assert.Equal(edition.Article.Text.Substring(matches[i].Start, matches[i].Length), matches[i].Text);
                Assert.Equal(Plain(words), Plain(matches[i].Text), ignoreCase: true);
            }
        }
    }

    [Fact]
    public void SearchEvidence_StraightQuotesAndHyphens_FindCurlyQuotesAndDashes()
    {
        KazChinaEdition edition = SyntheticEdition.Create(8, 12);
        EvidenceMatch curly = edition.SearchEvidence("\"all-round\"")[0];
        EvidenceMatch apostrophe = edition.SearchEvidence("Kazakhstan's")[0];

        Assert.Equal("“all-round”", curly.Text);
        Assert.Equal("Kazakhstan’s", apostrophe.Text);
        Assert.NotEmpty(edition.SearchEvidence("—"));
        Assert.Subset(
            edition.SearchEvidence("-").Select(m => (m.Record, m.Span)).ToHashSet(),
            edition.SearchEvidence("—").Select(m => (m.Record, m.Span)).ToHashSet());
    }

    [Fact]
    public void Helpers_BadArguments_ThrowNamingTheArgument()
    {
        KazChinaEdition edition = SyntheticEdition.Create(3, 3);
        KazChinaEdition none = null!;

        Assert.Equal("edition", Assert.Throws<ArgumentNullException>(() => none.ProvenanceOf("loan-0")).ParamName);
        Assert.Equal("edition", Assert.Throws<ArgumentNullException>(() => none.SupportedBy("citation-0")).ParamName);
        Assert.Equal("edition", Assert.Throws<ArgumentNullException>(() => none.SupportedByOutlet("organization-0")).ParamName);
        Assert.Equal("edition", Assert.Throws<ArgumentNullException>(() => none.CitationsFrom("organization-0")).ParamName);
        Assert.Equal("edition", Assert.Throws<ArgumentNullException>(() => none.NotesOn("loan-0")).ParamName);
        Assert.Equal("edition", Assert.Throws<ArgumentNullException>(() => none.AnnotatedRecords()).ParamName);
        Assert.Equal("edition", Assert.Throws<ArgumentNullException>(() => none.SearchEvidence("a")).ParamName);
        Assert.Equal("id", Assert.Throws<ArgumentException>(() => edition.ProvenanceOf(default)).ParamName);
        Assert.Equal("citationId", Assert.Throws<ArgumentException>(() => edition.SupportedBy("organization-0")).ParamName);
        Assert.Equal("outletId", Assert.Throws<ArgumentException>(() => edition.SupportedByOutlet("citation-0")).ParamName);
        Assert.Equal("outletId", Assert.Throws<ArgumentException>(() => edition.CitationsFrom("country-0")).ParamName);
        Assert.Equal("id", Assert.Throws<ArgumentException>(() => edition.NotesOn(default)).ParamName);
        Assert.Equal("text", Assert.Throws<ArgumentNullException>(() => edition.SearchEvidence(null!)).ParamName);
        Assert.Equal("text", Assert.Throws<ArgumentException>(() => edition.SearchEvidence(" \n")).ParamName);
        Assert.Throws<KeyNotFoundException>(() => edition.ProvenanceOf("loan-99"));
        Assert.Throws<KeyNotFoundException>(() => edition.NotesOn("loan-99"));
    }
}

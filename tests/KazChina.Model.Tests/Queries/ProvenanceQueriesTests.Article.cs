using System.Linq;
using Xunit;
using static KazChina.Model.Tests.Queries.QueryTestKit;

namespace KazChina.Model.Tests.Queries;

/// <summary>The article's provenance questions, with their exact answers.</summary>
public partial class ProvenanceQueriesTests
{
    [Fact]
    public void ProvenanceOf_KazakhmysLoan_IsItsSentenceTwoCitationsAndTheFigureNote()
    {
        Provenance provenance = Embedded.ProvenanceOf("loan-cdb-kazakhmys-aktogay");

        TextSpan span = Assert.Single(provenance.Spans);
        Assert.Equal(3334, span.Start);
        Assert.StartsWith("The China Development Bank also extended a $15 billion loan", span.Text, System.StringComparison.Ordinal);
        Assert.Equal(["cite-ntdtv-2011-06-15", "cite-central-asia-newswire-2011-06-13"], IdsOf(provenance.Citations));
        Assert.Equal(["New Tang Dynasty Television", "Central Asia Newswire"], provenance.Outlets.Select(o => o.Name));
        EditorialNote note = Assert.Single(provenance.Notes);
        Assert.Equal("note-kazakhmys-loan-amount", note.Id.Value);
        Assert.Equal(EditorialNoteKind.LikelyFigureError, note.NoteKind);
    }

    [Fact]
    public void SupportedBy_FirstXinhuaJune13Citation_IsThePartnershipOpening()
    {
        Assert.Equal(
            [
                "quote-all-round",
                "strategic-partnership-2005",
                "all-round-strategic-partnership-2011",
                "provision-boost-bilateral-trade-by-2015",
                "provision-regular-prime-ministerial-meetings",
                "event-signing-strategic-partnership-2005",
                "event-signing-all-round-strategic-partnership-2011",
                "assessment-partnership-significant-step",
            ],
            IdsOf(Embedded.SupportedBy("cite-xinhua-2011-06-13-a")));
    }

    [Fact]
    public void CitationsFromAndSupportedByOutlet_Xinhua_AreSixCitationsBehindSixtyThreeRecords()
    {
        Assert.Equal(
            ["cite-image-xinhua", "cite-xinhua-2011-06-13-a", "cite-xinhua-2011-06-07", "cite-xinhua-2011-06-01", "cite-xinhua-2011-06-13-b", "cite-xinhua-2011-06-13-joint-statement"],
            IdsOf(Embedded.CitationsFrom("xinhua")));
        var supported = Embedded.SupportedByOutlet("xinhua");
        Assert.Equal(63, supported.Count);
        Assert.Equal(
            [(RecordKind.Place, 8), (RecordKind.Quote, 14), (RecordKind.Agreement, 2), (RecordKind.Provision, 23), (RecordKind.Event, 6), (RecordKind.TradeFigure, 1), (RecordKind.InfrastructureProject, 5), (RecordKind.Assessment, 4)],
            supported.GroupBy(r => r.Kind).Select(g => (g.Key, g.Count())));
        Assert.Equal(["trade-china-kazakhstan-over-20bn-cheng"], IdsOf(supported.Where(r => r.Kind == RecordKind.TradeFigure)));
    }

    [Fact]
    public void AnnotatedRecords_Article_HuHorgosAndTheLoanCarryTheirNotes()
    {
        var annotated = Embedded.AnnotatedRecords().ToDictionary(a => a.Record.Id.Value, a => a.ToString());

        Assert.Equal(28, annotated.Count);
        Assert.Equal("hu-jintao: Spelling", annotated["hu-jintao"]);
        Assert.Equal("horgos-border-cooperation-center: YearInferred, MissingUnit, LikelyFigureError, Scope, LaterDevelopment", annotated["horgos-border-cooperation-center"]);
        Assert.Equal("loan-cdb-kazakhmys-aktogay: LikelyFigureError", annotated["loan-cdb-kazakhmys-aktogay"]);
        Assert.Equal("almaty: Naming", annotated["almaty"]);
        Assert.Equal("russia: Metonym", annotated["russia"]);
        Assert.Equal("oil-delivered-2010: Unconfirmed", annotated["oil-delivered-2010"]);
        Assert.Equal(["note-hu-jintau-spelling"], IdsOf(Embedded.NotesOn("hu-jintao")));
        Assert.Empty(Embedded.NotesOn("cheng-guoping"));
    }

    [Fact]
    public void SearchEvidence_ArticleWords_FindTheRecordsThatRestOnThem()
    {
        Assert.Equal(["aktogay", "loan-cdb-kazakhmys-aktogay", "aktogay-copper-mine"], IdsOf(Embedded.SearchEvidence("copper").Select(m => m.Record)));
        EvidenceMatch russia = Assert.Single(Embedded.SearchEvidence("Kazakhstan's trade"));
        Assert.Equal("trade-kazakhstan-russia-2010", russia.Record.Id.Value);
        Assert.Equal(2608, russia.Start);
        Assert.Equal("Kazakhstan’s trade", russia.Text);
        Assert.Empty(Embedded.SearchEvidence("Moscow's gas"));
    }
}

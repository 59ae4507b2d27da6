using System.Linq;
using Xunit;
using static KazChina.Model.Tests.Queries.QueryTestKit;

namespace KazChina.Model.Tests.Queries;

/// <summary>The article's records read corrected, with the notes applied and the values stated beside them.</summary>
public partial class ReadingQueriesTests
{
    [Fact]
    public void Read_KazakhmysLoanCorrected_Is1Point5BillionFromItsNoteWith15BillionBeside()
    {
        ReadRecord read = Embedded.Read("loan-cdb-kazakhmys-aktogay", ReadingChoice.Corrected);

        Loan loan = Assert.IsType<Loan>(read.Record);
        Assert.Equal(new StatedAmount(Money.Usd(1_500_000_000m), Bound.Exact, "$1.5 billion"), loan.Amount);
        Assert.Equal(TimeReference.At(new PartialDate(2011, 6, 13)), loan.When);
        Assert.Equal("$15 billion", Assert.IsType<Loan>(read.AsStated).Amount.AsWritten);
        Assert.Equal(["note-kazakhmys-loan-amount"], IdsOf(read.AppliedNoteIds));
        Assert.Equal([ReadMember.Amount, ReadMember.When], read.ChangedMembers);
        Assert.Equal("loan-cdb-kazakhmys-aktogay (corrected): amount, when by note-kazakhmys-loan-amount", read.ToString());
    }

    [Fact]
    public void Read_NamesCorrected_AreTheCanonicalNamesFromTheirNotes()
    {
        Assert.Equal("Hu Jintao", ((Person)Embedded.Read("hu-jintao", ReadingChoice.Corrected).Record).NameAsWritten);
        Assert.Equal("Almaty", ((Place)Embedded.Read("almaty", ReadingChoice.Corrected).Record).NameAsWritten);
        Assert.Equal("Zhetygen–Khorgos railway", ((InfrastructureProject)Embedded.Read("zhetygen-horgos-railway", ReadingChoice.Corrected).Record).NameAsWritten);
        Assert.Equal("World Trade Organization", ((Organization)Embedded.Read("world-trade-organization", ReadingChoice.Corrected).Record).NameAsWritten);
        Assert.Equal(
            "China–Kazakhstan Joint Statement on the Development of All-Round Strategic Partnership",
            ((Agreement)Embedded.Read("all-round-strategic-partnership-2011", ReadingChoice.Corrected).Record).Title);
        Assert.Contains(new NameForm("Beijing", NameFormKind.Metonym), ((Country)Embedded.Read("china", ReadingChoice.Corrected).Record).FormsAsWritten);
    }

    [Fact]
    public void Read_HorgosAsStated_KeepsThePrintedValuesAndListsEveryReadingOfIt()
    {
        ReadRecord read = Embedded.Read("horgos-border-cooperation-center");

        Assert.Same(Embedded.Get("horgos-border-cooperation-center"), read.Record);
        Assert.Empty(read.AppliedNoteIds);
        Assert.Equal(
            [
                ("note-year-inferred", false),
                ("note-horgos-kazakh-area-unit", true),
                ("note-horgos-china-area-transposition", true),
                ("note-horgos-cost-scope", false),
                ("note-horgos-opening-later-development", true),
            ],
            read.Readings.Select(r => (r.NoteId.Value, r.ChangesValue)));
    }

    [Fact]
    public void CaveatsOf_OilDelivered_IsUnconfirmedInBothReadings()
    {
        Caveat caveat = Assert.Single(Embedded.CaveatsOf("oil-delivered-2010"));

        Assert.Equal(CaveatKind.UnconfirmedInput, caveat.Kind);
        Assert.Equal("oil-delivered-2010's quantity (11 million tons) is not confirmed elsewhere (note-oil-delivered-unconfirmed).", caveat.Message);
        Assert.Equal([caveat], Embedded.CaveatsOf("oil-delivered-2010", ReadingChoice.Corrected));
    }

    [Fact]
    public void CaveatsOf_HorgosCenter_IsDisputedAsStatedCorrectedOtherwiseAndChinasShareInBoth()
    {
        Assert.Equal(
            [CaveatKind.BoundedInput, CaveatKind.DisputedInput, CaveatKind.DisputedInput, CaveatKind.DisputedInput, CaveatKind.PartialScope],
            Embedded.CaveatsOf("horgos-border-cooperation-center").Select(c => c.Kind));
        Assert.Equal(
            [CaveatKind.BoundedInput, CaveatKind.CorrectedInput, CaveatKind.CorrectedInput, CaveatKind.CorrectedInput, CaveatKind.PartialScope],
            Embedded.CaveatsOf("horgos-border-cooperation-center", ReadingChoice.Corrected).Select(c => c.Kind));
        Assert.Equal(
            "note-horgos-cost-scope reads horgos-border-cooperation-center's cost (more than 880 million Yuan ($136.14 million)) as the share of china only.",
            Embedded.CaveatsOf("horgos-border-cooperation-center").Single(c => c.Kind == CaveatKind.PartialScope).Message);
    }

    [Fact]
    public void CaveatsOf_ARecordNoNoteReads_IsEmpty()
    {
        Assert.Empty(Embedded.CaveatsOf("trade-target-40bn-2015"));
        Assert.Empty(Embedded.CaveatsOf("currency-swap-2011", ReadingChoice.Corrected));
    }
}

using System;
using System.Linq;
using Xunit;

namespace KazChina.Model.Tests.Validation;

/// <summary>The rules on typed readings, each shown by breaking a note of the embedded edition on purpose.</summary>
public partial class KazChinaEditionValidateTests
{
    private static readonly KazChinaEdition Embedded = KazChinaEdition.Current;

    private static readonly StatedAmount OnePointFiveBillion = new(Money.Usd(1_500_000_000m), Bound.Exact, "$1.5 billion");

    [Fact]
    public void Validate_EmbeddedEdition_IsEmpty()
    {
        Assert.Empty(Embedded.Validate());
    }

    [Fact]
    public void Validate_AmountReadingOfAPerson_IsATypeMismatchNamingWhatItCanRead()
    {
        ValidationIssue issue = Assert.Single(WithLoanNoteReading(new AmountReading("hu-jintao", ReadMember.Amount, OnePointFiveBillion)).Validate());

        Assert.Equal(ValidationRule.ReadingTypeMismatch, issue.Rule);
        Assert.Equal("note-kazakhmys-loan-amount", issue.RecordId.Value);
        Assert.Equal(LoanNotePath + ".readings[0]", issue.Path);
        Assert.Equal(
            "AmountReading cannot read the Amount of the Person 'hu-jintao'; it reads Loan.Amount, CurrencySwap.Amount, TradeFigure.Amount or InfrastructureProject.Cost.",
            issue.Message);
    }

    [Theory]
    [InlineData("loan-cdb-kazakhmys-aktogay", ReadMember.Period)]
    [InlineData("trade-china-kazakhstan-20bn-2011", ReadMember.When)]
    [InlineData("cite-xinhua-2011-06-13-a", ReadMember.When)]
    public void Validate_TimeReadingOfAMemberTheTargetLacks_IsATypeMismatch(string target, ReadMember member)
    {
        ValidationIssue issue = Assert.Single(WithLoanNoteReading(new TimeReading(target, member, TimeReference.At(new PartialDate(2011, 6, 13)))).Validate());

        Assert.Equal(ValidationRule.ReadingTypeMismatch, issue.Rule);
    }

    [Fact]
    public void Validate_NameReadingOfALoan_IsATypeMismatch()
    {
        ValidationIssue issue = Assert.Single(WithLoanNoteReading(new NameReading("loan-cdb-kazakhmys-aktogay", ReadMember.Title, "A loan")).Validate());

        Assert.Equal(ValidationRule.ReadingTypeMismatch, issue.Rule);
    }

    [Fact]
    public void Validate_AreaReadingForACountryWithoutAnArea_IsNotApplicable()
    {
        var russia = new ProjectArea("russia", new Quantity(1m, QuantityUnit.SquareKilometre, Bound.Exact, "1 square kilometre"));

        ValidationIssue issue = Assert.Single(WithLoanNoteReading(new AreaReading("horgos-border-cooperation-center", ReadMember.Areas, russia)).Validate());

        Assert.Equal(ValidationRule.ReadingNotApplicable, issue.Rule);
        Assert.Equal("'horgos-border-cooperation-center' states no area in 'russia' for the reading to stand for.", issue.Message);
    }

    [Fact]
    public void Validate_AmountReadingOfAFigureStatedAsAQuantity_IsNotApplicable()
    {
        ValidationIssue issue = Assert.Single(WithLoanNoteReading(new AmountReading("oil-delivered-2010", ReadMember.Amount, OnePointFiveBillion)).Validate());

        Assert.Equal(ValidationRule.ReadingNotApplicable, issue.Rule);
    }

    [Fact]
    public void Validate_TwoNotesGivingOneMemberDifferentValues_Conflict()
    {
        var otherAmount = new AmountReading("loan-cdb-kazakhmys-aktogay", ReadMember.Amount, new StatedAmount(Money.Usd(2_000_000_000m), Bound.Exact, "$2 billion"));
        EditorialNote wto = Embedded.Get<EditorialNote>("note-wto-capitalisation");
        KazChinaEdition broken = EditionEditor.Map(Embedded, r => r.Id == wto.Id ? new EditorialNoteBuilder(wto) { Readings = ValueList.Create<Reading>([.. wto.Readings, otherAmount]) }.Build() : r);

        ValidationIssue issue = Assert.Single(broken.Validate());

        Assert.Equal(ValidationRule.ConflictingReadings, issue.Rule);
        Assert.Equal(wto.Id, issue.RecordId);
        Assert.Contains(LoanNotePath + ".readings[0]", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ReadingThatConfirmsTheStatedValue_DoesNotConflictWithOneThatChangesIt()
    {
        InfrastructureProject center = Embedded.Get<InfrastructureProject>("horgos-border-cooperation-center");
        Assert.Contains(Embedded.Get<EditorialNote>("note-year-inferred").Readings, r => r == new TimeReading(center.Id, ReadMember.When, center.When!));
        Assert.Contains(Embedded.Get<EditorialNote>("note-horgos-opening-later-development").Readings, r => r is TimeReading { TargetId.Value: "horgos-border-cooperation-center" });

        Assert.DoesNotContain(Embedded.Validate(), i => i.Rule == ValidationRule.ConflictingReadings);
    }

    [Fact]
    public void Validate_ReadingOfNoRecord_IsADanglingReferenceAtItsTarget()
    {
        ValidationIssue issue = Assert.Single(WithLoanNoteReading(new AmountReading("loan-that-never-was", ReadMember.Amount, OnePointFiveBillion)).Validate());

        Assert.Equal(ValidationRule.DanglingReference, issue.Rule);
        Assert.Equal(LoanNotePath + ".readings[0].targetId", issue.Path);
    }

    [Fact]
    public void Validate_ShareOfNoActor_IsAReferenceToTheWrongKind()
    {
        ValidationIssue issue = Assert.Single(WithLoanNoteReading(new ShareReading("horgos-border-cooperation-center", ReadMember.Cost, "horgos")).Validate());

        Assert.Equal(ValidationRule.WrongReferenceKind, issue.Rule);
        Assert.Equal(LoanNotePath + ".readings[0].partyId", issue.Path);
    }

    private static string LoanNotePath => $"$.editorialNotes[{Embedded.EditorialNotes.Select(n => n.Id.Value).ToList().IndexOf("note-kazakhmys-loan-amount")}]";

    /// <summary>The embedded edition with the Kazakhmys loan note's readings replaced by <paramref name="reading"/>.</summary>
    private static KazChinaEdition WithLoanNoteReading(Reading reading)
    {
        EditorialNote note = Embedded.Get<EditorialNote>("note-kazakhmys-loan-amount");
        return EditionEditor.Map(Embedded, r => r.Id == note.Id ? new EditorialNoteBuilder(note) { Readings = ValueList.Create(reading) }.Build() : r);
    }
}

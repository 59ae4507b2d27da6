using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace KazChina.Model.Tests.Records;

public class EditionRecordTests
{
    [Property(Arbitrary = [typeof(Generators)], MaxTest = 1000)]
    public void Copy_AnyRecord_IsEqualWithSameHash(EditionRecord record)
    {
        EqualityContract.AssertEqualValues(record, Copies.Of(record));
    }

    [Property(Arbitrary = [typeof(Generators)], MaxTest = 300)]
    public void Equality_RecordsWithDifferentIds_AreNotEqual(EditionRecord record)
    {
        EditionRecord renamed = WithId(record, record.Id.Value + "-copy");

        EqualityContract.AssertDifferent(record, renamed);
    }

    [Property(Arbitrary = [typeof(Generators)], MaxTest = 300)]
    public void GetReferences_AnyRecord_ListsEveryCitationOfItsEvidence(EditionRecord record)
    {
        var cited = record.GetReferences().Where(r => r.Member == "Evidence.CitationIds[]").ToList();

        Assert.Equal(record.Evidence.CitationIds, cited.Select(r => r.Target));
        Assert.Equal(Enumerable.Range(0, cited.Count).Select(i => $"Evidence.CitationIds[{i}]"), cited.Select(r => r.Location));
        Assert.All(record.GetReferences(), r => Assert.NotEmpty(r.AllowedKinds));
    }

    [Fact]
    public void GetReferences_Project_ListsCitationsThenMembersInOrderWithPositionsAndKinds()
    {
        Quantity area = new(1m, QuantityUnit.SquareKilometre, Bound.Exact, "1 square kilometer");
        InfrastructureProject project = new InfrastructureProjectBuilder
        {
            CountryIds = ValueList.Create<RecordId>("china", "kazakhstan"), PlaceIds = ValueList.Create<RecordId>("khorgos"), Areas = ValueList.Create(new ProjectArea("kazakhstan", area)),
            FinancingIds = ValueList.Create<RecordId>("loan-1"), RelatedIds = ValueList.Create<RecordId>("event-1"), Evidence = Evidence.Of(new TextSpan(0, 1, "K")).Citing("cite-1"),
        }.Build();

        var references = project.GetReferences().ToList();

        Assert.Equal(
            ["Evidence.CitationIds[0]", "CountryIds[0]", "CountryIds[1]", "PlaceIds[0]", "Areas[0].CountryId", "FinancingIds[0]", "RelatedIds[0]"],
            references.Select(r => r.Location));
        Assert.Equal(["cite-1", "china", "kazakhstan", "khorgos", "kazakhstan", "loan-1", "event-1"], references.Select(r => r.Target.Value));
        Assert.Equal([RecordKind.Loan, RecordKind.CurrencySwap], references[5].AllowedKinds);
        Assert.Equal(new RecordReference("Areas[].CountryId", "kazakhstan", ValueList.Create(RecordKind.Country), 0), references[4]);
    }

    [Fact]
    public void GetReferences_OptionalIds_AreListedOnlyWhenPresent()
    {
        Loan loan = new LoanBuilder { ProjectId = null }.Build();

        Assert.Equal(["LenderId", "BorrowerId"], loan.GetReferences().Select(r => r.Location));
        Assert.All(loan.GetReferences(), r => Assert.Null(r.Index));
    }

    [Property(Arbitrary = [typeof(Generators)], MaxTest = 200)]
    public void ToDump_FoundAsLinqPadFindsIt_ShowsKindIdAndEvidenceWords(EditionRecord record)
    {
        MethodInfo? toDump = record.GetType().GetMethod("ToDump", BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic, Type.EmptyTypes);

        Assert.NotNull(toDump);
        var view = Assert.IsAssignableFrom<IReadOnlyDictionary<string, string>>(toDump.Invoke(record, null));
        Assert.Equal(record.Kind.ToString(), view["kind"]);
        Assert.Equal(record.Id.Value, view["id"]);
        Assert.Equal(string.Join(" … ", record.Evidence.Spans.Select(s => s.Text)), view["evidenceText"]);
        Assert.Equal("kind", view.Keys.First());
    }

    [Fact]
    public void Evidence_RepeatedSpanOrCitation_Throws()
    {
        var span = new TextSpan(0, 1, "K");

        Assert.Equal("spans", Assert.Throws<ArgumentException>(() => new Evidence(ValueList.Create(span, new TextSpan(0, 1, "K")), ValueList.Empty<RecordId>())).ParamName);
        Assert.Equal("citationIds", Assert.Throws<ArgumentException>(() => Evidence.Of(span).Citing("cite-1", "cite-1")).ParamName);
    }

    [Fact]
    public void Constructors_RecordSpecificRules_ThrowNamingTheArgument()
    {
        Evidence e = Evidence.Of(new TextSpan(0, 1, "K"));
        StatedAmount usd = new(Money.Usd(1m), Bound.Exact, "$1");
        Quantity tonnes = new(11_000_000m, QuantityUnit.Tonne, Bound.Exact, "11 million tons");

        Assert.Equal("alpha2", Assert.Throws<ArgumentException>(() => new Country("kz", "Kazakhstan", "kz", "KAZ", ValueList.Empty<string>(), e)).ParamName);
        Assert.Equal("alpha3", Assert.Throws<ArgumentException>(() => new Country("kz", "Kazakhstan", "KZ", "KA", ValueList.Empty<string>(), e)).ParamName);
        Assert.Equal("formsAsWritten", Assert.Throws<ArgumentException>(() => new Country("kz", "Kazakhstan", "KZ", "KAZ", ValueList.Create("a", "a"), e)).ParamName);
        Assert.Equal("subdivisionCodes", Assert.Throws<ArgumentException>(() => new Place("p", "P", "P", PlaceKind.City, ValueList.Empty<RecordId>(), ValueList.Create("KZ_ALA"), null, e)).ParamName);
        Assert.Equal("date", Assert.Throws<ArgumentException>(() => new Citation("c", CitationKind.InText, "xinhua", "Xinhua", "June 13", null, null, e)).ParamName);
        Assert.Equal("evidence", Assert.Throws<ArgumentException>(() => new Citation("c", CitationKind.InText, "xinhua", "Xinhua", null, null, null, e.Citing("cite-1"))).ParamName);
        Assert.Equal("targetIds", Assert.Throws<ArgumentException>(() => new EditorialNote("n", EditorialNoteKind.Spelling, ValueList.Empty<RecordId>(), "K", "r", null, Confidence.High, e)).ParamName);
        Assert.Equal("partyIds", Assert.Throws<ArgumentException>(() => new Agreement("a", "A", AgreementKind.Treaty, ValueList.Empty<RecordId>(), null, AgreementStatus.Signed, ValueList.Empty<RecordId>(), e)).ParamName);
        Assert.Equal("actorIds", Assert.Throws<ArgumentException>(() => new Provision("p", "a", ProvisionKind.Commitment, ValueList.Create<RecordId>("x", "x"), "s", ValueList.Empty<RecordId>(), e)).ParamName);
        Assert.Equal("eventKind", Assert.Throws<ArgumentOutOfRangeException>(() => new Event("e", (EventKind)77, "E", null, ValueList.Empty<RecordId>(), null, ValueList.Empty<RecordId>(), e)).ParamName);
        Assert.Equal("partnerId", Assert.Throws<ArgumentException>(() => new TradeFigure("t", null, "china", "china", null, TradeMeasure.BilateralTradeVolume, FigureBasis.Actual, usd, null, null, e)).ParamName);
        Assert.Equal("amount", Assert.Throws<ArgumentException>(() => new TradeFigure("t", null, "china", "kazakhstan", null, TradeMeasure.BilateralTradeVolume, FigureBasis.Actual, usd, tonnes, null, e)).ParamName);
        Assert.Equal("amount", Assert.Throws<ArgumentException>(() => new TradeFigure("t", null, "china", "kazakhstan", null, TradeMeasure.BilateralTradeVolume, FigureBasis.Actual, null, null, null, e)).ParamName);
        Assert.Equal("commodity", Assert.Throws<ArgumentException>(() => new TradeFigure("t", null, "kazakhstan", "china", null, TradeMeasure.CommodityDelivered, FigureBasis.Actual, null, tonnes, null, e)).ParamName);
        Assert.Equal("borrowerId", Assert.Throws<ArgumentException>(() => new Loan("l", "cdb", "cdb", usd, "p", null, null, e)).ParamName);
        Assert.Equal("partyIds", Assert.Throws<ArgumentException>(() => new CurrencySwap("s", ValueList.Create<RecordId>("china"), usd, null, null, e)).ParamName);
        Assert.Equal("areas", Assert.Throws<ArgumentException>(() => new InfrastructureProject(
            "p", "P", "P", ProjectKind.Railway, ValueList.Create<RecordId>("china"), ValueList.Empty<RecordId>(), null, ProjectStatus.Planned,
            ValueList.Create(new ProjectArea("china", tonnes), new ProjectArea("china", tonnes)), null, ValueList.Empty<RecordId>(), null, ValueList.Empty<RecordId>(), e)).ParamName);
        Assert.Equal("holderId", Assert.Throws<ArgumentException>(() => new Assessment("a", AssessmentSource.Author, "china", AssessmentKind.Prediction, "s", ValueList.Empty<RecordId>(), e)).ParamName);
        Assert.Equal("holderId", Assert.Throws<ArgumentException>(() => new Assessment("a", AssessmentSource.Attributed, null, AssessmentKind.Prediction, "s", ValueList.Empty<RecordId>(), e)).ParamName);
    }

    [Property(Arbitrary = [typeof(Generators)], MaxTest = 300)]
    public void Constructors_BlankOrPaddedText_Throw(EditionRecord record, bool padded)
    {
        if (record is Quote)
        {
            return;
        }

        string bad = padded ? " x" : "   ";

        var ex = Assert.Throws<ArgumentException>(() => WithText(record, bad));
        Assert.False(string.IsNullOrEmpty(ex.ParamName));
    }

    [Property(Arbitrary = [typeof(Generators)], MaxTest = 300)]
    public void Constructors_NullEvidence_ThrowArgumentNull(EditionRecord record)
    {
        var ex = Assert.Throws<ArgumentNullException>(() => WithEvidence(record, null!));
        Assert.Equal("evidence", ex.ParamName);
    }

    private static EditionRecord WithId(EditionRecord record, string id) => (RecordBuilder.From(record) with { Id = id }).BuildRecord();

    private static EditionRecord WithEvidence(EditionRecord record, Evidence evidence) => (RecordBuilder.From(record) with { Evidence = evidence }).BuildRecord();

    /// <summary>Rebuilds a record through its constructor with a text member replaced (quotes have none).</summary>
    private static EditionRecord WithText(EditionRecord record, string text) => record switch
    {
        Country c => new CountryBuilder(c) { Name = text }.Build(),
        Person p => new PersonBuilder(p) { Name = text }.Build(),
        Organization o => new OrganizationBuilder(o) { Name = text }.Build(),
        Place p => new PlaceBuilder(p) { Name = text }.Build(),
        Citation c => new CitationBuilder(c) { OutletAsWritten = text }.Build(),
        EditorialNote n => new EditorialNoteBuilder(n) { Reading = text }.Build(),
        Agreement a => new AgreementBuilder(a) { Title = text }.Build(),
        Provision p => new ProvisionBuilder(p) { Statement = text }.Build(),
        Event v => new EventBuilder(v) { Title = text }.Build(),
        TradeFigure t => new TradeFigureBuilder(t)
        {
            Measure = TradeMeasure.CommodityDelivered, Amount = null, Quantity = new Quantity(1m, QuantityUnit.Tonne, Bound.Exact, "1 ton"), Commodity = text,
        }.Build(),
        Loan l => new LoanBuilder(l) { Purpose = text }.Build(),
        CurrencySwap s => new CurrencySwapBuilder(s) { Amount = new StatedAmount(s.Amount.Value, s.Amount.Bound, text) }.Build(),
        InfrastructureProject p => new InfrastructureProjectBuilder(p) { Name = text }.Build(),
        Assessment a => new AssessmentBuilder(a) { Statement = text }.Build(),
        _ => throw new ArgumentOutOfRangeException(nameof(record), record.GetType().Name, "No text member to replace."),
    };
}

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
        Article a => new ArticleBuilder(a) { Title = text }.Build(),
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

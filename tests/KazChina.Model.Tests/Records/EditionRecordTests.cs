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
        var project = new InfrastructureProject(
            "p", "P", "P", ProjectKind.Railway, ValueList.Create<RecordId>("china", "kazakhstan"), ValueList.Create<RecordId>("khorgos"), null, ProjectStatus.Planned,
            ValueList.Create(new ProjectArea("kazakhstan", area)), null, ValueList.Create<RecordId>("loan-1"), null, ValueList.Create<RecordId>("event-1"),
            Evidence.Of(new TextSpan(0, 1, "K")).Citing("cite-1"));

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
        var loan = new Loan("l", "cdb", "kazakhstan", new StatedAmount(Money.Usd(1m), Bound.Exact, "$1"), "p", null, null, Evidence.Of(new TextSpan(0, 1, "K")));

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

    private static EditionRecord WithId(EditionRecord record, string id) => Rebuild(record, id: id);

    private static EditionRecord WithText(EditionRecord record, string text) => Rebuild(record, text: text);

    private static EditionRecord WithEvidence(EditionRecord record, Evidence evidence) => Rebuild(record, evidence: evidence, replaceEvidence: true);

    /// <summary>Rebuilds a record through its constructor with the id, a text member (quotes have none) or its evidence replaced.</summary>
    private static EditionRecord Rebuild(EditionRecord r, string? id = null, string? text = null, Evidence? evidence = null, bool replaceEvidence = false)
    {
        RecordId i = id is null ? r.Id : new RecordId(id);
        Evidence e = replaceEvidence ? evidence! : r.Evidence;
        return r switch
        {
            Country c => new Country(i, text ?? c.Name, c.Alpha2, c.Alpha3, c.FormsAsWritten, e),
            Person p => new Person(i, text ?? p.Name, p.NameAsWritten, p.OtherFormsAsWritten, p.Role, p.CountryId, e),
            Organization o => new Organization(i, text ?? o.Name, o.NameAsWritten, o.OrganizationKind, o.CountryId, o.Description, o.Website, e),
            Place p => new Place(i, text ?? p.Name, p.NameAsWritten, p.PlaceKind, p.CountryIds, p.SubdivisionCodes, p.Location, e),
            Citation c => new Citation(i, c.CitationKind, c.OutletId, text ?? c.OutletAsWritten, c.DateAsWritten, c.Date, c.Title, e),
            Quote q => new Quote(i, q.QuoteKind, q.SpeakerId, q.Words, e),
            EditorialNote n => new EditorialNote(i, n.NoteKind, n.TargetIds, n.AsWritten, text ?? n.Reading, n.Reference, n.Confidence, e),
            Agreement a => new Agreement(i, text ?? a.Title, a.AgreementKind, a.PartyIds, a.When, a.Status, a.RelatedIds, e),
            Provision p => new Provision(i, p.AgreementId, p.ProvisionKind, p.ActorIds, text ?? p.Statement, p.SubjectIds, e),
            Event v => new Event(i, v.EventKind, text ?? v.Title, v.When, v.ParticipantIds, v.PlaceId, v.RelatedIds, e),
            TradeFigure t when text is not null => new TradeFigure(i, t.StatedById, t.CountryId, t.PartnerId, t.Period, TradeMeasure.CommodityDelivered, t.Basis, null, new Quantity(1m, QuantityUnit.Tonne, Bound.Exact, "1 ton"), text, e),
            TradeFigure t => new TradeFigure(i, t.StatedById, t.CountryId, t.PartnerId, t.Period, t.Measure, t.Basis, t.Amount, t.Quantity, t.Commodity, e),
            Loan l => new Loan(i, l.LenderId, l.BorrowerId, l.Amount, text ?? l.Purpose, l.ProjectId, l.When, e),
            CurrencySwap s when text is not null => new CurrencySwap(i, s.PartyIds, new StatedAmount(s.Amount.Value, s.Amount.Bound, text), s.AgreementId, s.When, e),
            CurrencySwap s => new CurrencySwap(i, s.PartyIds, s.Amount, s.AgreementId, s.When, e),
            InfrastructureProject p => new InfrastructureProject(i, text ?? p.Name, p.NameAsWritten, p.ProjectKind, p.CountryIds, p.PlaceIds, p.Phase, p.Status, p.Areas, p.Cost, p.FinancingIds, p.When, p.RelatedIds, e),
            Assessment a => new Assessment(i, a.Source, a.HolderId, a.AssessmentKind, text ?? a.Statement, a.SubjectIds, e),
            _ => throw new ArgumentOutOfRangeException(nameof(r), r.GetType().Name, "Unknown record type."),
        };
    }
}

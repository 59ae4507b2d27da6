using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace KazChina.Model.Tests;

/// <summary>
/// FsCheck generators for every public type, built through the real constructors; records and the article
/// through their builders, naming each member they vary (<c>RecordMemberGuardTests</c> checks that every
/// optional member is set in some of their output). Ids come from small pools so that independently generated
/// values often collide; sizes are bounded with <see cref="Gen.Sized{T}"/>.
/// Use with <c>[Property(Arbitrary = [typeof(Generators)])]</c>.
/// </summary>
public static class Generators
{
    private static readonly string[] IdPool = ["kazakhstan", "china", "russia", "hu-jintao", "xinhua", "astana", "loan-a", "cite-1", "cite-2", "x"];

    private static readonly string[] TextPool = ["Astana", "Beijing", "Hu Jintau", "“all-round”", "Kazakhstan’s", "$20 billion", "Қазақстан", "中国", "a", "June 13"];

    private static readonly string[] CurrencyPool = [Currency.Usd, Currency.Cny, Currency.Kzt, Currency.Rub, "EUR"];

    /// <summary>An id from a small pool.</summary>
    public static Gen<RecordId> IdGen { get; } = Gen.Elements(IdPool).Select(s => new RecordId(s));

    /// <summary>
    /// Up to 40 ids in which repeats are common: long enough for both ways lists are checked for repeats (pair by
    /// pair up to 16, through a set beyond).
    /// </summary>
    public static Gen<RecordId[]> IdArrayWithRepeatsGen { get; } =
        Gen.Choose(0, 40)
            .SelectMany(count => Gen.Choose(0, count + 3).ArrayOf(count))
            .Select(numbers => numbers.Select(n => new RecordId($"citation-{n}")).ToArray());

    /// <summary>A short non-blank text from a small pool.</summary>
    public static Gen<string> TextGen { get; } = Gen.Elements(TextPool);

    /// <summary>An optional text.</summary>
    public static Gen<string?> OptionalTextGen { get; } = Gen.OneOf(Gen.Constant<string?>(null), TextGen.Select(t => (string?)t));

    /// <summary>An optional id.</summary>
    public static Gen<RecordId?> OptionalIdGen { get; } = Gen.OneOf(Gen.Constant<RecordId?>(null), IdGen.Select(i => (RecordId?)i));

    /// <summary>A list of distinct ids, at most four.</summary>
    public static Gen<ValueList<RecordId>> IdsGen { get; } =
        Gen.SubListOf(IdPool).Select(ids => ids.Take(4).Select(s => new RecordId(s)).ToValueList());

    /// <summary>A non-empty list of distinct ids.</summary>
    public static Gen<ValueList<RecordId>> NonEmptyIdsGen { get; } = IdsGen.Where(ids => ids.Count > 0);

    /// <summary>Up to three distinct texts.</summary>
    public static Gen<ValueList<string>> TextsGen { get; } = Gen.SubListOf(TextPool).Select(t => t.Take(3).ToValueList());

    /// <summary>A name form of any kind.</summary>
    public static Gen<NameForm> NameFormGen { get; } =
        from form in TextGen
        from kind in Gen.Elements(Enum.GetValues<NameFormKind>())
        select new NameForm(form, kind);

    /// <summary>Up to three name forms with distinct words.</summary>
    public static Gen<ValueList<NameForm>> NameFormsGen { get; } =
        Gen.ListOf(NameFormGen, 3).Select(forms => forms.DistinctBy(f => f.Form).ToValueList());

    /// <summary>A span whose text has the span's length.</summary>
    public static Gen<TextSpan> SpanGen { get; } =
        from start in Gen.Choose(0, 50)
        from text in TextGen
        select new TextSpan(start * 7, text.Length, text);

    /// <summary>A non-negative amount with at most two decimals.</summary>
    public static Gen<decimal> AmountGen { get; } =
        from units in Gen.Elements(0L, 1L, 13L, 880L, 20_000_000_000L, 40_000_000_000L, 136_140_000L)
        from cents in Gen.Choose(0, 2)
        select units + (cents * 0.25m);

    /// <summary>Money in a currency from a small pool.</summary>
    public static Gen<Money> MoneyGen { get; } =
        from amount in AmountGen
        from currency in Gen.Elements(CurrencyPool)
        select new Money(amount, currency);

    /// <summary>A bound.</summary>
    public static Gen<Bound> BoundGen { get; } = Gen.Elements(Enum.GetValues<Bound>());

    /// <summary>A stated amount, sometimes with a second currency.</summary>
    public static Gen<StatedAmount> StatedAmountGen { get; } =
        from value in MoneyGen
        from bound in BoundGen
        from text in TextGen
        from second in Gen.OneOf(Gen.Constant<Money?>(null), MoneyGen.Where(m => m.Currency != value.Currency).Select(m => (Money?)m))
        select new StatedAmount(value, bound, text, second);

    /// <summary>A quantity.</summary>
    public static Gen<Quantity> QuantityGen { get; } =
        from value in AmountGen
        from unit in Gen.Elements(Enum.GetValues<QuantityUnit>())
        from bound in BoundGen
        from text in TextGen
        select new Quantity(value, unit, bound, text);

    /// <summary>A position of either precision.</summary>
    public static Gen<GeoPoint> GeoPointGen { get; } =
        from lat in Gen.Choose(-900, 900)
        from lon in Gen.Choose(-1800, 1800)
        from precision in Gen.Elements(Enum.GetValues<CoordinatePrecision>())
        select new GeoPoint(lat / 10m, lon / 10m, precision);

    /// <summary>A partial date of any precision, around the article's years.</summary>
    public static Gen<PartialDate> PartialDateGen { get; } =
        from year in Gen.Elements(2002, 2005, 2010, 2011, 2015)
        from precision in Gen.Elements(Enum.GetValues<DatePrecision>())
        from month in Gen.Choose(1, 12)
        from day in Gen.Choose(1, 28)
        from part in Gen.Elements(Enum.GetValues<MonthPart>())
        from inferred in Gen.Elements(false, true)
        select precision switch
        {
            DatePrecision.Year => PartialDate.OfYear(year, inferred),
            DatePrecision.Month => new PartialDate(year, month, part: part, yearInferred: inferred),
            _ => new PartialDate(year, month, day, yearInferred: inferred),
        };

    /// <summary>A time reference.</summary>
    public static Gen<TimeReference> TimeReferenceGen { get; } =
        from relation in Gen.Elements(Enum.GetValues<TimeRelation>())
        from date in PartialDateGen
        select new TimeReference(relation, date);

    /// <summary>An optional time reference.</summary>
    public static Gen<TimeReference?> OptionalTimeGen { get; } =
        Gen.OneOf(Gen.Constant<TimeReference?>(null), TimeReferenceGen.Select(t => (TimeReference?)t));

    /// <summary>Evidence with one to three distinct spans and up to two citation ids.</summary>
    public static Gen<Evidence> EvidenceGen { get; } =
        from spans in Gen.ListOf(SpanGen, 3)
        from first in SpanGen
        from citations in Gen.SubListOf("cite-1", "cite-2")
        select new Evidence(
            spans.Prepend(first).Distinct().ToValueList(),
            citations.Select(c => new RecordId(c)).ToValueList());

    /// <summary>Evidence with spans only.</summary>
    public static Gen<Evidence> SpanOnlyEvidenceGen { get; } = EvidenceGen.Select(e => new Evidence(e.Spans, ValueList.Empty<RecordId>()));

    /// <summary>A publication date estimate.</summary>
    public static Gen<DateEstimate> DateEstimateGen { get; } =
        from start in Gen.Choose(0, 400)
        from days in Gen.Choose(0, 60)
        from basis in TextGen
        let earliest = new LocalDate(2011, 1, 1).PlusDays(start)
        select new DateEstimate(earliest, earliest.PlusDays(days), basis);

    /// <summary>An article over a short generated text.</summary>
    public static Gen<Article> ArticleGen { get; } =
        from id in IdGen
        from title in TextGen
        from publication in TextGen
        from volume in Gen.Choose(1, 20)
        from issue in Gen.Choose(1, 250)
        from date in Gen.OneOf(Gen.Constant<DateEstimate?>(null), DateEstimateGen.Select(d => (DateEstimate?)d))
        from words in Gen.NonEmptyListOf(TextGen)
        from evidence in EvidenceGen
        select new ArticleBuilder { Id = id, Title = title, Publication = publication, Volume = volume, Issue = issue, PublicationDate = date, Text = string.Join(' ', words), Evidence = evidence }.Build();

    /// <summary>A country.</summary>
    public static Gen<Country> CountryGen { get; } =
        from id in IdGen
        from name in TextGen
        from codes in Gen.Elements(("KZ", "KAZ"), ("CN", "CHN"), ("RU", "RUS"))
        from forms in NameFormsGen
        from evidence in EvidenceGen
        select new CountryBuilder { Id = id, Name = name, Alpha2 = codes.Item1, Alpha3 = codes.Item2, FormsAsWritten = forms, Evidence = evidence }.Build();

    /// <summary>A person.</summary>
    public static Gen<Person> PersonGen { get; } =
        from id in IdGen
        from name in TextGen
        from written in TextGen
        from forms in NameFormsGen
        from role in TextGen
        from country in IdGen
        from evidence in EvidenceGen
        select new PersonBuilder { Id = id, Name = name, NameAsWritten = written, OtherFormsAsWritten = forms, Role = role, CountryId = country, Evidence = evidence }.Build();

    /// <summary>An organization.</summary>
    public static Gen<Organization> OrganizationGen { get; } =
        from id in IdGen
        from name in TextGen
        from written in TextGen
        from forms in NameFormsGen
        from kind in Gen.Elements(Enum.GetValues<OrganizationKind>())
        from country in OptionalIdGen
        from description in OptionalTextGen
        from website in OptionalTextGen
        from evidence in EvidenceGen
        select new OrganizationBuilder { Id = id, Name = name, NameAsWritten = written, OtherFormsAsWritten = forms, OrganizationKind = kind, CountryId = country, Description = description, Website = website, Evidence = evidence }.Build();

    /// <summary>A place.</summary>
    public static Gen<Place> PlaceGen { get; } =
        from id in IdGen
        from name in TextGen
        from written in TextGen
        from kind in Gen.Elements(Enum.GetValues<PlaceKind>())
        from countries in IdsGen
        from codes in Gen.SubListOf("KZ-AST", "CN-XJ", "KZ-ALM", "CN-BJ")
        from location in Gen.OneOf(Gen.Constant<GeoPoint?>(null), GeoPointGen.Select(g => (GeoPoint?)g))
        from evidence in EvidenceGen
        select new PlaceBuilder { Id = id, Name = name, NameAsWritten = written, PlaceKind = kind, CountryIds = countries, SubdivisionCodes = codes.ToValueList(), Location = location, Evidence = evidence }.Build();

    /// <summary>A citation.</summary>
    public static Gen<Citation> CitationGen { get; } =
        from id in IdGen
        from kind in Gen.Elements(Enum.GetValues<CitationKind>())
        from outlet in IdGen
        from outletText in TextGen
        from date in Gen.OneOf(Gen.Constant<PartialDate?>(null), PartialDateGen.Select(d => (PartialDate?)d))
        from title in OptionalTextGen
        from evidence in SpanOnlyEvidenceGen
        select new CitationBuilder { Id = id, CitationKind = kind, OutletId = outlet, OutletAsWritten = outletText, DateAsWritten = date is null ? null : "June 13", Date = date, Title = title, Evidence = evidence }.Build();

    /// <summary>A quote.</summary>
    public static Gen<Quote> QuoteGen { get; } =
        from id in IdGen
        from kind in Gen.Elements(Enum.GetValues<QuoteKind>())
        from speaker in IdGen
        from words in SpanGen
        from evidence in EvidenceGen
        select new QuoteBuilder { Id = id, QuoteKind = kind, SpeakerId = speaker, Words = words, Evidence = evidence }.Build();

    /// <summary>An area per country.</summary>
    public static Gen<ProjectArea> ProjectAreaGen { get; } =
        from country in IdGen
        from area in QuantityGen
        select new ProjectArea(country, area);

    /// <summary>A typed reading of any type, of a member that type can read.</summary>
    public static Gen<Reading> ReadingGen { get; } =
        from target in IdGen
        from type in Gen.Choose(0, 7)
        from pick in Gen.Choose(0, 9)
        from amount in StatedAmountGen
        from area in ProjectAreaGen
        from time in TimeReferenceGen
        from date in PartialDateGen
        from name in TextGen
        from formKind in Gen.Elements(Enum.GetValues<NameFormKind>())
        from party in IdGen
        select type switch
        {
            0 => (Reading)new AmountReading(target, Pick(pick, ReadMember.Amount, ReadMember.Cost), amount),
            1 => new AreaReading(target, ReadMember.Areas, area),
            2 => new TimeReading(target, Pick(pick, ReadMember.When, ReadMember.Period), time),
            3 => new DateReading(target, ReadMember.Date, date),
            4 => new NameReading(target, Pick(pick, ReadMember.NameAsWritten, ReadMember.Title), name),
            5 => new NameFormReading(target, Pick(pick, ReadMember.FormsAsWritten, ReadMember.OtherFormsAsWritten), new NameForm(name, formKind)),
            6 => new ShareReading(target, Pick(pick, ReadMember.Amount, ReadMember.Cost), party),
            _ => new UnconfirmedReading(target, Pick(pick, ReadMember.Amount, ReadMember.Cost, ReadMember.Quantity, ReadMember.Areas, ReadMember.When, ReadMember.Period, ReadMember.Date, ReadMember.Title, ReadMember.NameAsWritten)),
        };

    /// <summary>An editorial note with one to three distinct readings.</summary>
    public static Gen<EditorialNote> EditorialNoteGen { get; } =
        from id in IdGen
        from kind in Gen.Elements(Enum.GetValues<EditorialNoteKind>())
        from readings in Gen.NonEmptyListOf(ReadingGen)
        from evidence in EvidenceGen
        from reading in TextGen
        from reference in OptionalTextGen
        from confidence in Gen.Elements(Enum.GetValues<Confidence>())
        select new EditorialNoteBuilder
        {
            Id = id, NoteKind = kind, AsWritten = evidence.Spans[0].Text, Reading = reading, Readings = readings.Distinct().Take(3).ToValueList(),
            Reference = reference, Confidence = confidence, Evidence = evidence,
        }.Build();

    /// <summary>An agreement.</summary>
    public static Gen<Agreement> AgreementGen { get; } =
        from id in IdGen
        from title in TextGen
        from names in TextsGen
        from kind in Gen.Elements(Enum.GetValues<AgreementKind>())
        from parties in NonEmptyIdsGen
        from when in OptionalTimeGen
        from status in Gen.Elements(Enum.GetValues<AgreementStatus>())
        from related in IdsGen
        from evidence in EvidenceGen
        select new AgreementBuilder { Id = id, Title = title, NamesAsWritten = names, AgreementKind = kind, PartyIds = parties, When = when, Status = status, RelatedIds = related, Evidence = evidence }.Build();

    /// <summary>A provision.</summary>
    public static Gen<Provision> ProvisionGen { get; } =
        from id in IdGen
        from agreement in IdGen
        from kind in Gen.Elements(Enum.GetValues<ProvisionKind>())
        from proposer in IdGen
        from actors in NonEmptyIdsGen
        from statement in TextGen
        from subjects in IdsGen
        from evidence in EvidenceGen
        select new ProvisionBuilder
        {
            Id = id, AgreementId = agreement, ProvisionKind = kind, ProposedById = kind == ProvisionKind.Proposal ? proposer : (RecordId?)null, ActorIds = actors,
            Statement = statement, SubjectIds = subjects, Evidence = evidence,
        }.Build();

    /// <summary>An event.</summary>
    public static Gen<Event> EventGen { get; } =
        from id in IdGen
        from kind in Gen.Elements(Enum.GetValues<EventKind>())
        from title in TextGen
        from when in OptionalTimeGen
        from participants in IdsGen
        from place in OptionalIdGen
        from related in IdsGen
        from evidence in EvidenceGen
        select new EventBuilder { Id = id, EventKind = kind, Title = title, When = when, ParticipantIds = participants, PlaceId = place, RelatedIds = related, Evidence = evidence }.Build();

    /// <summary>A trade figure, with an amount or a quantity.</summary>
    public static Gen<TradeFigure> TradeFigureGen { get; } =
        from id in IdGen
        from statedBy in OptionalIdGen
        from pair in Gen.Elements(("kazakhstan", "china"), ("china", "kazakhstan"), ("kazakhstan", "russia"))
        from period in OptionalTimeGen
        from measure in Gen.Elements(Enum.GetValues<TradeMeasure>())
        from basis in Gen.Elements(Enum.GetValues<FigureBasis>())
        from amount in StatedAmountGen
        from quantity in QuantityGen
        from evidence in EvidenceGen
        let delivered = measure == TradeMeasure.CommodityDelivered
        select new TradeFigureBuilder
        {
            Id = id, StatedById = statedBy, CountryId = pair.Item1, PartnerId = pair.Item2, Period = period, Measure = measure, Basis = basis,
            Amount = delivered ? null : amount, Quantity = delivered ? quantity : null, Commodity = delivered ? "oil" : null, Evidence = evidence,
        }.Build();

    /// <summary>A loan.</summary>
    public static Gen<Loan> LoanGen { get; } =
        from id in IdGen
        from lender in IdGen
        from borrower in IdGen.Where(b => b != lender)
        from amount in StatedAmountGen
        from purpose in TextGen
        from project in OptionalIdGen
        from when in OptionalTimeGen
        from evidence in EvidenceGen
        select new LoanBuilder { Id = id, LenderId = lender, BorrowerId = borrower, Amount = amount, Purpose = purpose, ProjectId = project, When = when, Evidence = evidence }.Build();

    /// <summary>A currency swap.</summary>
    public static Gen<CurrencySwap> CurrencySwapGen { get; } =
        from id in IdGen
        from parties in IdsGen.Where(p => p.Count >= 2)
        from amount in StatedAmountGen
        from agreement in OptionalIdGen
        from when in OptionalTimeGen
        from evidence in EvidenceGen
        select new CurrencySwapBuilder { Id = id, PartyIds = parties, Amount = amount, AgreementId = agreement, When = when, Evidence = evidence }.Build();

    /// <summary>A project.</summary>
    public static Gen<InfrastructureProject> ProjectGen { get; } =
        from id in IdGen
        from name in TextGen
        from written in TextGen
        from kind in Gen.Elements(Enum.GetValues<ProjectKind>())
        from countries in NonEmptyIdsGen
        from places in IdsGen
        from phase in OptionalTextGen
        from status in Gen.Elements(Enum.GetValues<ProjectStatus>())
        from areas in Gen.ListOf(ProjectAreaGen, 3)
        from cost in Gen.OneOf(Gen.Constant<StatedAmount?>(null), StatedAmountGen.Select(a => (StatedAmount?)a))
        from financing in IdsGen
        from when in OptionalTimeGen
        from related in IdsGen
        from evidence in EvidenceGen
        select new InfrastructureProjectBuilder
        {
            Id = id, Name = name, NameAsWritten = written, ProjectKind = kind, CountryIds = countries, PlaceIds = places, Phase = phase, Status = status,
            Areas = areas.DistinctBy(a => a.CountryId).ToValueList(), Cost = cost, FinancingIds = financing, When = when, RelatedIds = related, Evidence = evidence,
        }.Build();

    /// <summary>An assessment.</summary>
    public static Gen<Assessment> AssessmentGen { get; } =
        from id in IdGen
        from holder in OptionalIdGen
        from kind in Gen.Elements(Enum.GetValues<AssessmentKind>())
        from statement in TextGen
        from subjects in IdsGen
        from evidence in EvidenceGen
        select new AssessmentBuilder { Id = id, Source = holder is null ? AssessmentSource.Author : AssessmentSource.Attributed, HolderId = holder, AssessmentKind = kind, Statement = statement, SubjectIds = subjects, Evidence = evidence }.Build();

    /// <summary>A reference from a record to another, as <see cref="EditionRecord.GetReferences"/> lists them.</summary>
    public static Gen<RecordReference> RecordReferenceGen { get; } =
        from member in Gen.Elements("LenderId", "Evidence.CitationIds[]", "PartyIds[]", "Areas[].CountryId")
        from position in Gen.Choose(0, 3)
        from target in IdGen
        from kinds in Gen.SubListOf(Enum.GetValues<RecordKind>()).Where(k => k.Count > 0)
        select new RecordReference(member, target, kinds.ToValueList(), member.Contains("[]", StringComparison.Ordinal) ? position : null);

    /// <summary>A validation issue, as <see cref="KazChinaEdition.Validate"/> reports them.</summary>
    public static Gen<ValidationIssue> ValidationIssueGen { get; } =
        from rule in Gen.Elements(Enum.GetValues<ValidationRule>())
        from id in IdGen
        from path in Gen.Elements("$.loans[0].lenderId", "$.countries[3].evidence.spans[1]", "$.quotes[0].words")
        from message in TextGen
        select new ValidationIssue(rule, id, path, message);

    /// <summary>A whole, valid edition (see <see cref="SyntheticEdition"/>), from one to <c>size</c> records per kind, at most 12.</summary>
    public static Gen<KazChinaEdition> EditionGen { get; } =
        Gen.Sized(size =>
            from seed in Gen.Choose(0, int.MaxValue)
            from perKind in Gen.Choose(1, Math.Clamp(size, 1, 12))
            select SyntheticEdition.Create(seed, perKind));

    /// <summary>
    /// An edition of independently generated records, zero to <c>size</c> (at most 4) of each kind: the constructor
    /// checks no references, so such an edition rarely passes <see cref="KazChinaEdition.Validate"/>, but it carries
    /// every shape the record generators make (publication dates, second currencies, quantities, fractional
    /// amounts), which <see cref="EditionGen"/> does not all reach.
    /// </summary>
    public static Gen<KazChinaEdition> EditionOfRecordsGen { get; } =
        from article in ArticleGen
        from countries in SomeOf(CountryGen)
        from people in SomeOf(PersonGen)
        from organizations in SomeOf(OrganizationGen)
        from places in SomeOf(PlaceGen)
        from citations in SomeOf(CitationGen)
        from quotes in SomeOf(QuoteGen)
        from notes in SomeOf(EditorialNoteGen)
        from agreements in SomeOf(AgreementGen)
        from provisions in SomeOf(ProvisionGen)
        from events in SomeOf(EventGen)
        from figures in SomeOf(TradeFigureGen)
        from loans in SomeOf(LoanGen)
        from swaps in SomeOf(CurrencySwapGen)
        from projects in SomeOf(ProjectGen)
        from assessments in SomeOf(AssessmentGen)
        select new KazChinaEdition("0.0.1", article, countries, people, organizations, places, citations, quotes, notes, agreements, provisions, events, figures, loans, swaps, projects, assessments);

    /// <summary>A range of days within the synthetic editions' years (2000 to 2015), from one day to three years long.</summary>
    public static Gen<DateInterval> DateIntervalGen { get; } =
        from start in Gen.Choose(0, 16 * 365)
        from days in Gen.Elements(0, 9, 30, 365, 3 * 365)
        let first = new LocalDate(2000, 1, 1).PlusDays(start)
        select new DateInterval(first, first.PlusDays(days));

    /// <summary>Arbitrary record ids.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<RecordId> RecordIdArb() => IdGen.ToArbitrary();

    /// <summary>Arbitrary spans.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<TextSpan> TextSpanArb() => SpanGen.ToArbitrary();

    /// <summary>Arbitrary money.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Money> MoneyArb() => MoneyGen.ToArbitrary();

    /// <summary>Arbitrary stated amounts.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<StatedAmount> StatedAmountArb() => StatedAmountGen.ToArbitrary();

    /// <summary>Arbitrary quantities.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Quantity> QuantityArb() => QuantityGen.ToArbitrary();

    /// <summary>Arbitrary name forms.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<NameForm> NameFormArb() => NameFormGen.ToArbitrary();

    /// <summary>Arbitrary positions.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<GeoPoint> GeoPointArb() => GeoPointGen.ToArbitrary();

    /// <summary>Arbitrary partial dates.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<PartialDate> PartialDateArb() => PartialDateGen.ToArbitrary();

    /// <summary>Arbitrary time references.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<TimeReference> TimeReferenceArb() => TimeReferenceGen.ToArbitrary();

    /// <summary>Arbitrary evidence.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Evidence> EvidenceArb() => EvidenceGen.ToArbitrary();

    /// <summary>Arbitrary estimates.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<DateEstimate> DateEstimateArb() => DateEstimateGen.ToArbitrary();

    /// <summary>Arbitrary articles.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Article> ArticleArb() => ArticleGen.ToArbitrary();

    /// <summary>Arbitrary countries.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Country> CountryArb() => CountryGen.ToArbitrary();

    /// <summary>Arbitrary people.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Person> PersonArb() => PersonGen.ToArbitrary();

    /// <summary>Arbitrary organizations.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Organization> OrganizationArb() => OrganizationGen.ToArbitrary();

    /// <summary>Arbitrary places.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Place> PlaceArb() => PlaceGen.ToArbitrary();

    /// <summary>Arbitrary citations.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Citation> CitationArb() => CitationGen.ToArbitrary();

    /// <summary>Arbitrary quotes.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Quote> QuoteArb() => QuoteGen.ToArbitrary();

    /// <summary>Arbitrary editorial notes.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<EditorialNote> EditorialNoteArb() => EditorialNoteGen.ToArbitrary();

    /// <summary>Arbitrary readings.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Reading> ReadingArb() => ReadingGen.ToArbitrary();

    /// <summary>Arbitrary agreements.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Agreement> AgreementArb() => AgreementGen.ToArbitrary();

    /// <summary>Arbitrary provisions.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Provision> ProvisionArb() => ProvisionGen.ToArbitrary();

    /// <summary>Arbitrary events.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Event> EventArb() => EventGen.ToArbitrary();

    /// <summary>Arbitrary trade figures.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<TradeFigure> TradeFigureArb() => TradeFigureGen.ToArbitrary();

    /// <summary>Arbitrary loans.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Loan> LoanArb() => LoanGen.ToArbitrary();

    /// <summary>Arbitrary swaps.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<CurrencySwap> CurrencySwapArb() => CurrencySwapGen.ToArbitrary();

    /// <summary>Arbitrary areas.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<ProjectArea> ProjectAreaArb() => ProjectAreaGen.ToArbitrary();

    /// <summary>Arbitrary projects.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<InfrastructureProject> ProjectArb() => ProjectGen.ToArbitrary();

    /// <summary>Arbitrary assessments.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Assessment> AssessmentArb() => AssessmentGen.ToArbitrary();

    /// <summary>Arbitrary ranges of days.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<DateInterval> DateIntervalArb() => DateIntervalGen.ToArbitrary();

    /// <summary>Arbitrary references.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<RecordReference> RecordReferenceArb() => RecordReferenceGen.ToArbitrary();

    /// <summary>Arbitrary validation issues.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<ValidationIssue> ValidationIssueArb() => ValidationIssueGen.ToArbitrary();

    /// <summary>Arbitrary valid editions.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<KazChinaEdition> EditionArb() => EditionGen.ToArbitrary();

    /// <summary>Every record generator, as records, for properties over all kinds.</summary>
    public static Gen<EditionRecord> AnyRecordGen { get; } = Gen.OneOf(
        ArticleGen.Select(r => (EditionRecord)r),
        CountryGen.Select(r => (EditionRecord)r),
        PersonGen.Select(r => (EditionRecord)r),
        OrganizationGen.Select(r => (EditionRecord)r),
        PlaceGen.Select(r => (EditionRecord)r),
        CitationGen.Select(r => (EditionRecord)r),
        QuoteGen.Select(r => (EditionRecord)r),
        EditorialNoteGen.Select(r => (EditionRecord)r),
        AgreementGen.Select(r => (EditionRecord)r),
        ProvisionGen.Select(r => (EditionRecord)r),
        EventGen.Select(r => (EditionRecord)r),
        TradeFigureGen.Select(r => (EditionRecord)r),
        LoanGen.Select(r => (EditionRecord)r),
        CurrencySwapGen.Select(r => (EditionRecord)r),
        ProjectGen.Select(r => (EditionRecord)r),
        AssessmentGen.Select(r => (EditionRecord)r));

    /// <summary>Arbitrary records of any kind.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<EditionRecord> AnyRecordArb() => AnyRecordGen.ToArbitrary();

    /// <summary>One of <paramref name="members"/>, chosen by <paramref name="pick"/>.</summary>
    private static ReadMember Pick(int pick, params ReadMember[] members) => members[pick % members.Length];

    /// <summary>A list of zero to <c>size</c> values, at most 4.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="element">The generator of each element.</param>
    /// <returns>The generator of the list.</returns>
    private static Gen<ValueList<T>> SomeOf<T>(Gen<T> element) =>
        Gen.Sized(size =>
            from count in Gen.Choose(0, Math.Clamp(size, 0, 4))
            from items in Gen.ListOf(element, count)
            select items.ToValueList());
}

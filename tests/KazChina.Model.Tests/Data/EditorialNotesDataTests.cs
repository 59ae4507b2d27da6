using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace KazChina.Model.Tests.Data;

/// <summary>Every row of the editors' table of slips has its note, and the notes leave the as-stated values alone.</summary>
public sealed partial class EditorialNotesDataTests
{
    private static KazChinaEdition Edition => EditionTestKit.Edition;

    [GeneratedRegex(@"\b(?>(?:early )?(?:January|February|March|April|May|June|July|August|September|October|November|December)(?: \d{1,2})?)(?!, \d{4})")]
    private static partial Regex DateWithoutYear();

    public static TheoryData<string, EditorialNoteKind, string, string, string?, Confidence, string> SlipTable => new()
    {
        { "note-hu-jintau-spelling", EditorialNoteKind.Spelling, "President Hu Jintau", "Hu Jintao, President of the People's Republic of China", "China Daily, 2011-06-14", Confidence.High, "hu-jintao" },
        { "note-year-inferred", EditorialNoteKind.YearInferred, "June 13", "the year 2011 is inferred from context", "the article itself (SCO summit in Astana, 2011)", Confidence.High, "cite-xinhua-2011-06-13-a" },
        { "note-horgos-kazakh-area-unit", EditorialNoteKind.MissingUnit, "1.85 kilometers in Kazakhstan", "1.85 square kilometres (the unit is missing)", "China Daily USA, 2011-11-29", Confidence.High, "horgos-border-cooperation-center" },
        { "note-horgos-china-area-transposition", EditorialNoteKind.LikelyFigureError, "3.34 square kilometers in China", "other reports give 3.43 km²; likely a transposition", "China Daily USA, 2011-11-29", Confidence.High, "horgos-border-cooperation-center" },
        { "note-horgos-cost-scope", EditorialNoteKind.Scope, "cost more than 880 million Yuan ($136.14 million)", "880 million yuan was reported as China's share of the investment", "dbw.cn, 2011-09-23", Confidence.Medium, "horgos-border-cooperation-center" },
        { "note-horgos-opening-later-development", EditorialNoteKind.LaterDevelopment, "by July 1", "the plan as announced; the launch ceremony took place on 2011-12-02", "China Daily USA, 2011-11-29", Confidence.High, "horgos-border-cooperation-center" },
        { "note-kazakhmys-loan-amount", EditorialNoteKind.LikelyFigureError, "a $15 billion loan to the Kazakhstani mining company, Kazakhmys", "other reports give $1.5 billion (memorandum 2011-06-13, facilities finalised 2011-12-16)", "Reuters, 2011-12-16; AidData GCDF record 41941", Confidence.High, "loan-cdb-kazakhmys-aktogay" },
        { "note-trade-20bn-2011-scope", EditorialNoteKind.Scope, "trade volume reaching $20 billion in 2011", "about $20.3–20.4 billion was the 2010 figure", "Kazakh statistics via Tengrinews; China Daily 2011-06-13", Confidence.Medium, "trade-china-kazakhstan-20bn-2011" },
        { "note-alamutu-naming", EditorialNoteKind.Naming, "Astana-Alamutu Railway", "Astana–Almaty railway (\"Alamutu\" is the pinyin of 阿拉木图, Almaty)", "Chinese name of Almaty", Confidence.High, "astana-almaty-railway" },
        { "note-reteken-naming", EditorialNoteKind.Naming, "Reteken-Horgos Railway", "Zhetygen–Khorgos (Korgas) railway, 293 km (\"Reteken\" renders 热特肯, Zhetygen; renamed Alatau in 2024)", "Tengrinews, 2011", Confidence.High, "zhetygen-horgos-railway" },
        { "note-good-neighborly-treaty-title", EditorialNoteKind.Naming, "China-Kazakhstan Good-Neighborly Treaty of Friendship", "Treaty of Good-Neighbourliness, Friendship and Cooperation, signed 2002-12-23", "joint statement texts (Xinhua)", Confidence.High, "good-neighborly-treaty" },
        { "note-wto-capitalisation", EditorialNoteKind.Capitalisation, "the world Trade Organization", "World Trade Organization (capitalisation)", null, Confidence.High, "world-trade-organization" },
        { "note-june-13-document-one-agreement", EditorialNoteKind.Naming, "Development of an All-Round Strategic Partnership", "one document: the China–Kazakhstan Joint Statement on the Development of All-Round Strategic Partnership, issued in Astana on 2011-06-13", "China Daily, 2011-06-14; Xinhua full text, 2011-06-13", Confidence.High, "all-round-strategic-partnership-2011" },
        { "note-oil-delivered-unconfirmed", EditorialNoteKind.Unconfirmed, "11 million tons of oil to China in 2010", "not confirmed elsewhere (2009: 7.73 million tonnes; the pipeline's first-phase capacity was 10 million tonnes a year)", "none found: the figure stands unconfirmed", Confidence.Low, "oil-delivered-2010" },
        { "note-currency-swap-amount", EditorialNoteKind.Confirmed, "a $1 billion currency swap", "$1 billion per the National Bank of Kazakhstan's deputy chairman; a yuan amount (7 billion) appears in some reports, unverified", "Tengrinews, 2011", Confidence.Medium, "currency-swap-2011" },
        { "note-capitals-as-governments", EditorialNoteKind.Metonym, "Beijing will also support", "the governments of China / Kazakhstan / Russia (metonyms), not the cities", "usage", Confidence.High, "china" },
    };

    public static TheoryData<string> NoteIds => new(SlipTable.Select(row => (string)row[0]));

    /// <summary>
    /// The typed readings of each row but the year-inferred one (whose readings follow from the data; see
    /// <see cref="YearInferredNote_EachReading_GivesItsTargetsDateAsStated"/>): which member of which record, and the value.
    /// </summary>
    private static readonly Dictionary<string, Reading[]> TypedReadings = new()
    {
        ["note-hu-jintau-spelling"] = [new NameReading("hu-jintao", ReadMember.NameAsWritten, "Hu Jintao")],
        ["note-horgos-kazakh-area-unit"] = [new AreaReading(Horgos, ReadMember.Areas, new ProjectArea("kazakhstan", new Quantity(1.85m, QuantityUnit.SquareKilometre, Bound.Exact, "1.85 square kilometres")))],
        ["note-horgos-china-area-transposition"] = [new AreaReading(Horgos, ReadMember.Areas, new ProjectArea("china", new Quantity(3.43m, QuantityUnit.SquareKilometre, Bound.Exact, "3.43 square kilometres")))],
        ["note-horgos-cost-scope"] = [new ShareReading(Horgos, ReadMember.Cost, "china")],
        ["note-horgos-opening-later-development"] = [new TimeReading(Horgos, ReadMember.When, TimeReference.At(new PartialDate(2011, 12, 2)))],
        ["note-kazakhmys-loan-amount"] =
        [
            new AmountReading("loan-cdb-kazakhmys-aktogay", ReadMember.Amount, new StatedAmount(Money.Usd(1_500_000_000m), Bound.Exact, "$1.5 billion")),
            new TimeReading("loan-cdb-kazakhmys-aktogay", ReadMember.When, TimeReference.At(new PartialDate(2011, 6, 13))),
        ],
        ["note-trade-20bn-2011-scope"] = [new TimeReading("trade-china-kazakhstan-20bn-2011", ReadMember.Period, TimeReference.During(new PartialDate(2010)))],
        ["note-alamutu-naming"] =
        [
            new NameReading("astana-almaty-railway", ReadMember.NameAsWritten, "Astana–Almaty railway"),
            new NameReading("almaty", ReadMember.NameAsWritten, "Almaty"),
        ],
        ["note-reteken-naming"] =
        [
            new NameReading("zhetygen-horgos-railway", ReadMember.NameAsWritten, "Zhetygen–Khorgos railway"),
            new NameReading("zhetygen", ReadMember.NameAsWritten, "Zhetygen"),
        ],
        ["note-good-neighborly-treaty-title"] =
        [
            new NameReading("good-neighborly-treaty", ReadMember.Title, "Treaty of Good-Neighbourliness, Friendship and Cooperation"),
            new TimeReading("good-neighborly-treaty", ReadMember.When, TimeReference.At(new PartialDate(2002, 12, 23))),
            new TimeReading("event-good-neighborly-treaty-signed", ReadMember.When, TimeReference.At(new PartialDate(2002, 12, 23))),
        ],
        ["note-wto-capitalisation"] = [new NameReading("world-trade-organization", ReadMember.NameAsWritten, "World Trade Organization")],
        ["note-june-13-document-one-agreement"] = [new NameReading("all-round-strategic-partnership-2011", ReadMember.Title, "China–Kazakhstan Joint Statement on the Development of All-Round Strategic Partnership")],
        ["note-oil-delivered-unconfirmed"] = [new UnconfirmedReading("oil-delivered-2010", ReadMember.Quantity)],
        ["note-currency-swap-amount"] = [new AmountReading("currency-swap-2011", ReadMember.Amount, new StatedAmount(Money.Usd(1_000_000_000m), Bound.Exact, "$1 billion"))],
        ["note-capitals-as-governments"] =
        [
            new NameFormReading("china", ReadMember.FormsAsWritten, new NameForm("Beijing", NameFormKind.Metonym)),
            new NameFormReading("kazakhstan", ReadMember.FormsAsWritten, new NameForm("Astana", NameFormKind.Metonym)),
            new NameFormReading("russia", ReadMember.FormsAsWritten, new NameForm("Moscow", NameFormKind.Metonym)),
        ],
    };

    private const string Horgos = "horgos-border-cooperation-center";

    [Theory]
    [MemberData(nameof(SlipTable))]
    public void SlipTableRow_InEdition_HasItsNote(string id, EditorialNoteKind kind, string asWritten, string reading, string? reference, Confidence confidence, string target)
    {
        EditorialNote note = EditionTestKit.Get<EditorialNote>(id);
        Assert.Equal(kind, note.NoteKind);
        Assert.Equal(asWritten, note.AsWritten);
        Assert.Equal(reading, note.Reading);
        Assert.Equal(reference, note.Reference);
        Assert.Equal(confidence, note.Confidence);
        Assert.Contains(new RecordId(target), note.TargetIds);
        Assert.True(EditionTestKit.EvidenceContains(note, asWritten));
    }

    [Theory]
    [MemberData(nameof(NoteIds))]
    public void SlipTableRow_InEdition_HasItsTypedReadings(string id)
    {
        EditorialNote note = EditionTestKit.Get<EditorialNote>(id);

        if (id == "note-year-inferred")
        {
            Assert.All(note.Readings, r => Assert.IsType(r.TargetId.Value.StartsWith("cite-", StringComparison.Ordinal) ? typeof(DateReading) : typeof(TimeReading), r));
        }
        else
        {
            Assert.Equal(TypedReadings[id], note.Readings);
        }
    }

    [Fact]
    public void YearInferredNote_EachReading_GivesItsTargetsDateAsStated()
    {
        EditorialNote note = EditionTestKit.Get<EditorialNote>("note-year-inferred");

        Assert.All(note.Readings, r =>
        {
            EditionRecord target = Edition.Get(r.TargetId);
            switch (r)
            {
                case DateReading date:
                    Assert.Equal(ReadMember.Date, date.Member);
                    Assert.Equal(((Citation)target).Date, date.Value);
                    break;
                case TimeReading time:
                    Assert.Equal(ReadMember.When, time.Member);
                    Assert.Equal(target switch { Agreement a => a.When, Event e => e.When, InfrastructureProject p => p.When, _ => null }, time.Value);
                    break;
                default:
                    Assert.Fail($"The year-inferred note reads {r} with a {r.GetType().Name}.");
                    break;
            }

            Assert.False(Edition.Read(r.TargetId, ReadingChoice.Corrected).Readings.Single(nr => nr.Reading == r).ChangesValue);
        });
    }

    [Fact]
    public void EditorialNotes_InEdition_AreExactlyTheSlipTableRows()
    {
        var expected = SlipTable.Select(row => (string)row[0]).Order(StringComparer.Ordinal);
        var actual = Edition.EditorialNotes.Select(n => n.Id.ToString()).Order(StringComparer.Ordinal);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void YearInferredNote_Targets_AreExactlyTheRecordsWithAnInferredYear()
    {
        var expected = Edition.Records
            .Where(r => EditionTestKit.DatesOf(r).Any(d => d.YearInferred))
            .Select(r => r.Id.ToString())
            .Order(StringComparer.Ordinal)
            .ToList();
        var targets = EditionTestKit.Get<EditorialNote>("note-year-inferred").TargetIds.Select(t => t.ToString()).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, targets);
    }

    [Fact]
    public void YearInferredNote_Spans_AreEveryDateWithoutAYearInTheText()
    {
        var expected = DateWithoutYear().Matches(EditionTestKit.Text).Select(m => (m.Index, m.Value)).ToList();
        var actual = EditionTestKit.Get<EditorialNote>("note-year-inferred").Evidence.Spans.Select(s => (s.Start, s.Text)).OrderBy(s => s.Start).ToList();
        Assert.Contains((1722, "early June"), expected);
        Assert.DoesNotContain(expected, d => d.Value.StartsWith("July 4", StringComparison.Ordinal));
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void EveryDate_WithoutYearInTheText_IsNotDatedAsIfStated()
    {
        var stated = Edition.Records.SelectMany(EditionTestKit.DatesOf).Where(d => !d.YearInferred).Select(d => d.Year).Distinct().Order();
        Assert.Equal([2005, 2010, 2011, 2015], stated);
    }

    [Fact]
    public void Loan_AsStated_Is15BillionUsdWhileItsNoteReads1Point5Billion()
    {
        Loan loan = EditionTestKit.Get<Loan>("loan-cdb-kazakhmys-aktogay");
        Assert.Equal(Money.Usd(15_000_000_000m), loan.Amount.Value);
        Assert.Equal(Bound.Exact, loan.Amount.Bound);
        Assert.Equal("$15 billion", loan.Amount.AsWritten);
        Assert.Contains("$1.5 billion", EditionTestKit.Get<EditorialNote>("note-kazakhmys-loan-amount").Reading, StringComparison.Ordinal);
    }

    [Fact]
    public void HorgosAreas_AsStated_KeepPrintedFiguresAndUnits()
    {
        InfrastructureProject center = EditionTestKit.Get<InfrastructureProject>("horgos-border-cooperation-center");
        ProjectArea kazakh = Assert.Single(center.Areas, a => a.CountryId == new RecordId("kazakhstan"));
        ProjectArea chinese = Assert.Single(center.Areas, a => a.CountryId == new RecordId("china"));
        Assert.Equal(new Quantity(1.85m, QuantityUnit.Kilometre, Bound.Exact, "1.85 kilometers"), kazakh.Area);
        Assert.Equal(new Quantity(3.34m, QuantityUnit.SquareKilometre, Bound.Exact, "3.34 square kilometers"), chinese.Area);
        Assert.Contains("square kilometres", EditionTestKit.Get<EditorialNote>("note-horgos-kazakh-area-unit").Reading, StringComparison.Ordinal);
        Assert.Contains("3.43", EditionTestKit.Get<EditorialNote>("note-horgos-china-area-transposition").Reading, StringComparison.Ordinal);
    }

    [Fact]
    public void Names_AsStated_KeepPrintedSpellingsWhileNotesGiveCanonicalOnes()
    {
        Assert.Equal("Hu Jintau", EditionTestKit.Get<Person>("hu-jintao").NameAsWritten);
        Assert.Equal("Hu Jintao", EditionTestKit.Get<Person>("hu-jintao").Name);
        Assert.Equal("Alamutu", EditionTestKit.Get<Place>("almaty").NameAsWritten);
        Assert.Equal("Reteken", EditionTestKit.Get<Place>("zhetygen").NameAsWritten);
        Assert.Equal("Astana-Alamutu Railway", EditionTestKit.Get<InfrastructureProject>("astana-almaty-railway").NameAsWritten);
        Assert.Equal("Reteken-Horgos Railway", EditionTestKit.Get<InfrastructureProject>("zhetygen-horgos-railway").NameAsWritten);
        Assert.Equal("world Trade Organization", EditionTestKit.Get<Organization>("world-trade-organization").NameAsWritten);
        Assert.Equal("China-Kazakhstan Good-Neighborly Treaty of Friendship", EditionTestKit.Get<Agreement>("good-neighborly-treaty").Title);
    }

    [Fact]
    public void TradeFigureOf2011_AsStated_Keeps20BillionAndItsYear()
    {
        TradeFigure figure = EditionTestKit.Get<TradeFigure>("trade-china-kazakhstan-20bn-2011");
        Assert.Equal(Money.Usd(20_000_000_000m), figure.Amount!.Value);
        Assert.Equal(TimeReference.During(new PartialDate(2011)), figure.Period);
    }

    [Fact]
    public void HorgosOpening_AsStated_IsByJuly1WithTheYearInferred()
    {
        InfrastructureProject center = EditionTestKit.Get<InfrastructureProject>("horgos-border-cooperation-center");
        Assert.Equal(TimeReference.By(new PartialDate(2011, 7, 1, yearInferred: true)), center.When);
        Assert.Equal(ProjectStatus.Planned, center.Status);
    }
}

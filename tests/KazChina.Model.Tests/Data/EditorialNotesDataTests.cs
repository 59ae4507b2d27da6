using System;
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
    };

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

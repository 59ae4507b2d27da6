using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace KazChina.Model.Tests.Data;

/// <summary>
/// Every agreement, event, project, loan, swap and trade figure is dated where the text dates it, and only there:
/// each date with the words that give it, and no date words in the evidence of an undated record unless they date
/// something else.
/// </summary>
public sealed partial class DatesDataTests
{
    private static KazChinaEdition Edition => EditionTestKit.Edition;

    /// <summary>The dated records, each with its date and the words of its evidence that state it.</summary>
    public static TheoryData<string, TimeReference, string> DatedRecords => new()
    {
        { "strategic-partnership-2005", TimeReference.At(new PartialDate(2005, 7, 4)), "signed between Kazakhstan and China on July 4, 2005" },
        { "event-signing-strategic-partnership-2005", TimeReference.At(new PartialDate(2005, 7, 4)), "signed between Kazakhstan and China on July 4, 2005" },
        { "all-round-strategic-partnership-2011", TimeReference.At(new PartialDate(2011, 6, 13, yearInferred: true)), "strategic partnership on June 13" },
        { "event-signing-all-round-strategic-partnership-2011", TimeReference.At(new PartialDate(2011, 6, 13, yearInferred: true)), "strategic partnership on June 13" },
        { "event-beijing-announces-horgos-center", TimeReference.At(new PartialDate(2011, 6, part: MonthPart.Early, yearInferred: true)), "announced in early June" },
        { "horgos-border-cooperation-center", TimeReference.By(new PartialDate(2011, 7, 1, yearInferred: true)), "by July 1" },
        { "trade-china-kazakhstan-20bn-2011", TimeReference.During(new PartialDate(2011)), "reaching $20 billion in 2011" },
        { "trade-kazakhstan-russia-2010", TimeReference.During(new PartialDate(2010)), "with Russia in 2010" },
        { "trade-target-40bn-2015", TimeReference.By(new PartialDate(2015)), "annual trade by 2015" },
        { "oil-delivered-2010", TimeReference.During(new PartialDate(2010)), "oil to China in 2010" },
    };

    /// <summary>Undated records whose evidence holds a date that belongs to something else, and what it dates.</summary>
    private static readonly Dictionary<string, string> DateWordsOfOthers = new()
    {
        ["event-china-becomes-main-trading-partner"] = "\"in 2011\" dates the $20 billion trade volume the references are to, not the change of rank",
        ["kazakhstan-china-oil-pipeline"] = "\"in 2010\" dates the oil it delivered (oil-delivered-2010), not the pipeline",
    };

    private static IEnumerable<EditionRecord> DatableRecords =>
        Edition.Records.Where(r => r.Kind is RecordKind.Agreement or RecordKind.Event or RecordKind.InfrastructureProject or RecordKind.Loan or RecordKind.CurrencySwap or RecordKind.TradeFigure);

    [Theory]
    [MemberData(nameof(DatedRecords))]
    public void DatedRecord_When_IsWhatItsWordsSayWithTheYearInferredOnlyWhereTheyGiveNone(string id, TimeReference when, string words)
    {
        EditionRecord record = Edition.Get(id);

        Assert.Equal(when, EditionIndex.WhenOf(record));
        Assert.True(EditionTestKit.EvidenceContains(record, words), $"No span of {id} reads \"{words}\".");
        Assert.Equal(!YearPattern().IsMatch(words), when.Date.YearInferred);
    }

    [Fact]
    public void DatedRecords_InEdition_AreExactlyThoseTheTextDates()
    {
        EditionTestKit.AssertRowsList(DatableRecords.Where(r => EditionIndex.WhenOf(r) is not null), DatedRecords);
    }

    [Fact]
    public void UndatedRecords_Evidence_StatesNoDateOfTheirOwn()
    {
        var dateWords = new List<string>();
        foreach (EditionRecord record in DatableRecords.Where(r => EditionIndex.WhenOf(r) is null && !DateWordsOfOthers.ContainsKey(r.Id.Value)))
        {
            dateWords.AddRange(record.Evidence.Spans.Where(s => DatePattern().IsMatch(s.Text)).Select(s => $"{record.Id}: \"{s.Text}\""));
        }

        Assert.True(dateWords.Count == 0, "Undated records whose evidence states a date (date them, or say what the date belongs to):\n" + string.Join('\n', dateWords));
        Assert.All(DateWordsOfOthers.Keys, id => Assert.Null(EditionIndex.WhenOf(Edition.Get(id))));
    }

    [Theory]
    [InlineData("currency-swap-2011", "During Hu’s visit")]
    [InlineData("currency-swap-agreement-2011", "During Hu’s visit")]
    [InlineData("event-hu-visit-astana", "During Hu’s visit")]
    [InlineData("event-kazakhstan-sco-presidency-2011", "Kazakhstan’s presidency of the Shanghai Cooperation Organization")]
    [InlineData("loan-cdb-kazakhmys-aktogay", "also extended a $15 billion loan")]
    [InlineData("good-neighborly-treaty", "signed the “China-Kazakhstan Good-Neighborly Treaty of Friendship,”")]
    public void UndatedRecord_ItsWords_GiveNoCalendarDate(string id, string words)
    {
        EditionRecord record = Edition.Get(id);

        Assert.Null(EditionIndex.WhenOf(record));
        Assert.True(EditionTestKit.EvidenceContains(record, words), $"No span of {id} reads \"{words}\".");
        Assert.DoesNotMatch(DatePattern(), words);
    }

    [GeneratedRegex(@"\b(1[89]|20)\d\d\b")]
    private static partial Regex YearPattern();

    [GeneratedRegex(@"\b((1[89]|20)\d\d|January|February|March|April|May|June|July|August|September|October|November|December)\b")]
    private static partial Regex DatePattern();
}

using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace KazChina.Model.Tests.Data;

/// <summary>Shared look-ups over the embedded edition for the data tests.</summary>
internal static class EditionTestKit
{
    public static KazChinaEdition Edition => KazChinaEdition.Current;

    public static string Text => ArticleText.Value;

    public static T Get<T>(string id)
        where T : EditionRecord
    {
        Assert.True(Edition.ById.TryGetValue(new RecordId(id), out EditionRecord? record), $"No record has the id '{id}'.");
        return Assert.IsType<T>(record);
    }

    /// <summary>Every span the edition holds: each record's evidence spans and each quote's words.</summary>
    public static IEnumerable<(RecordId Id, string Member, TextSpan Span)> AllSpans()
    {
        foreach (EditionRecord record in Edition.Records)
        {
            for (int i = 0; i < record.Evidence.Spans.Count; i++)
            {
                yield return (record.Id, $"Evidence.Spans[{i}]", record.Evidence.Spans[i]);
            }

            if (record is Quote quote)
            {
                yield return (record.Id, nameof(Quote.Words), quote.Words);
            }
        }
    }

    /// <summary>Whether the range lies inside the evidence span of some record.</summary>
    public static bool IsCoveredByEvidence(int start, int length) =>
        Edition.Records.Any(r => r.Evidence.Spans.Any(s => s.Covers(start, length)));

    /// <summary>The dates a record holds, of whatever kind of record it is.</summary>
    public static IEnumerable<PartialDate> DatesOf(EditionRecord record)
    {
        PartialDate? date = record switch
        {
            Citation c => c.Date,
            Agreement a => a.When?.Date,
            Event e => e.When?.Date,
            TradeFigure t => t.Period?.Date,
            Loan l => l.When?.Date,
            CurrencySwap s => s.When?.Date,
            InfrastructureProject p => p.When?.Date,
            _ => null,
        };
        return date is null ? [] : [date];
    }

    /// <summary>Asserts that a table of test rows, each starting with an id, lists exactly <paramref name="records"/>: none left out, none extra.</summary>
    public static void AssertRowsList(IEnumerable<EditionRecord> records, IEnumerable<object[]> rows) =>
        Assert.Equal(
            records.Select(r => r.Id.Value).Order(System.StringComparer.Ordinal),
            rows.Select(row => (string)row[0]).Order(System.StringComparer.Ordinal));

    /// <summary>Whether some evidence span of the record contains <paramref name="words"/>.</summary>
    public static bool EvidenceContains(EditionRecord record, string words) =>
        record.Evidence.Spans.Any(s => s.Text.Contains(words, System.StringComparison.Ordinal));
}

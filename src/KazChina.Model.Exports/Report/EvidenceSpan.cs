using System;
using System.Collections.Generic;
using System.Linq;

namespace KazChina.Model.Exports;

/// <summary>
/// One distinct run of the article that evidence points to: its start and length (records citing the same run
/// share it), the records that rest on it, in edition order, and their kinds.
/// </summary>
/// <param name="Index">Its number in the page, in text order: the anchor <c>kz_span_{Index}</c>.</param>
/// <param name="Start">The offset of its first code unit.</param>
/// <param name="Length">Its length in code units.</param>
/// <param name="Records">The records it supports, in edition order.</param>
internal sealed record EvidenceSpan(int Index, int Start, int Length, IReadOnlyList<EditionRecord> Records)
{
    /// <summary>Gets the offset just past the span.</summary>
    public int End => Start + Length;

    /// <summary>Gets the kinds of the records it supports, distinct, in the order of <see cref="RecordKind"/>.</summary>
    public IReadOnlyList<RecordKind> Kinds { get; } = Records.Select(r => r.Kind).Distinct().Order().ToList();

    /// <summary>Gets the anchor of its first piece in the page.</summary>
    public string Anchor => Anchors.Span(Index);

    /// <summary>Collects the distinct spans of every record's evidence, in text order (by start, the longer first).</summary>
    /// <param name="edition">A valid edition: every span lies in the text.</param>
    /// <returns>The spans, numbered from 1 in that order.</returns>
    public static IReadOnlyList<EvidenceSpan> Of(KazChinaEdition edition)
    {
        var byRun = new Dictionary<(int Start, int Length), List<EditionRecord>>();
        foreach (EditionRecord record in edition.Records)
        {
            foreach (TextSpan span in record.Evidence.Spans)
            {
                if (!byRun.TryGetValue((span.Start, span.Length), out List<EditionRecord>? records))
                {
                    byRun.Add((span.Start, span.Length), records = []);
                }

                if (!records.Contains(record))
                {
                    records.Add(record);
                }
            }
        }

        return byRun
            .OrderBy(pair => pair.Key.Start)
            .ThenByDescending(pair => pair.Key.Length)
            .Select((pair, i) => new EvidenceSpan(i + 1, pair.Key.Start, pair.Key.Length, pair.Value))
            .ToList();
    }
}

/// <summary>The ids of the page's own elements: each has an underscore, which no record id has (ids are kebab-case), so none can clash with a record's anchor.</summary>
internal static class Anchors
{
    public const string Reading = "kz_reading";
    public const string Timeline = "kz_timeline";
    public const string Trade = "kz_trade";
    public const string Map = "kz_map";
    public const string Records = "kz_records";
    public const string Selection = "kz_selection";

    /// <summary>Returns the anchor of an evidence span's first piece.</summary>
    /// <param name="index">The span's number.</param>
    /// <returns>The anchor.</returns>
    public static string Span(int index) => FormattableString.Invariant($"kz_span_{index}");
}

using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;

namespace KazChina.Model;

/// <summary>
/// The edition's timeline: every dated record in chronological order, each entry showing how precise its
/// date is.
/// </summary>
/// <remarks>
/// <para>
/// Dated records are agreements, events, trade figures, loans, currency swaps and projects that have a
/// date (<c>When</c> or <c>Period</c>), and citations that give one (the date of the cited piece, as
/// <see cref="TimeRelation.At"/>). Records without a date are not on the timeline.
/// </para>
/// <para>
/// Order: by <see cref="TimeReference.CompareTo"/>, that is by date as <see cref="PartialDate.CompareTo"/>
/// orders dates — by the first day the date can mean; on the same first day, the longer span first (a
/// year before its January, a month before its first day); then a stated year before an inferred one —
/// then by relation in the order of <see cref="TimeRelation"/> (at, by, during, since, before, after);
/// records still tied keep edition order. So "2011" comes before "June 2011", which comes before
/// "June 13, 2011", and "by 2015" after everything in 2014.
/// </para>
/// <para>The timeline is built once per edition and shared; the list is read-only.</para>
/// </remarks>
public static class TimelineQueries
{
    /// <summary>Returns every dated record in the order stated on the type, or those whose date falls in <paramref name="range"/>.</summary>
    /// <param name="edition">The edition.</param>
    /// <param name="range">The days, inclusive, in the ISO calendar; null (the default) for the whole timeline.</param>
    /// <param name="match">Whether a date must lie wholly in the range (<see cref="DateMatch.Within"/>, the default) or may only overlap it.</param>
    /// <param name="reading">As stated (the default), or corrected: the values with the editorial notes' readings applied, so that dates a note gives or corrects place their records (each entry names the notes applied).</param>
    /// <returns>The entries in timeline order; without a range, a permutation of the dated records.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="edition"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="range"/> is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="match"/> or <paramref name="reading"/> is not defined.</exception>
    public static IReadOnlyList<TimelineEntry> Timeline(this KazChinaEdition edition, DateInterval? range = null, DateMatch match = DateMatch.Within, ReadingChoice reading = ReadingChoice.AsStated)
    {
        edition = QueryChecks.Read(edition, reading);
        ValueList<TimelineEntry> timeline = edition.Index.Timeline;
        if (range is null)
        {
            Preconditions.CheckDefined(match, nameof(match));
            return timeline;
        }

        DateRanges.Check(range, match, nameof(range), nameof(match));
        return timeline.Where(e => DateRanges.Matches(e.Date, range, match)).ToValueList();
    }
}

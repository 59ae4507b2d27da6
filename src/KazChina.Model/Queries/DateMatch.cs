using NodaTime;

namespace KazChina.Model;

/// <summary>
/// How a partial date must relate to a range of days for a query to count it as in the range. A partial
/// date means one day from <see cref="PartialDate.Start"/> to <see cref="PartialDate.End"/>; which day is
/// not known, so a query either asks for dates certainly in the range or for dates possibly in it.
/// Only the date is compared, not its <see cref="TimeRelation"/>: a deadline "by July 1" counts as July 1,
/// and a target "by 2015" as 2015, so a range query finds when a record is dated, not when it holds.
/// </summary>
public enum DateMatch
{
    /// <summary>Every day the date can mean lies in the range: the date is certainly in it ("2011-06-13" is within June 2011; "2011" is not).</summary>
    Within,

    /// <summary>At least one day the date can mean lies in the range: the date is possibly in it ("2011" overlaps June 2011).</summary>
    Overlapping,
}

/// <summary>The one place the date-range rule of <see cref="DateMatch"/> is applied.</summary>
internal static class DateRanges
{
    public static void Check(DateInterval range, DateMatch match, string rangeName, string matchName)
    {
        Preconditions.CheckNotNull(range, rangeName);
        Preconditions.CheckArgument(range.Start.Calendar == CalendarSystem.Iso, rangeName, "The range must be in the ISO calendar, the calendar of every date in the edition.");
        Preconditions.CheckDefined(match, matchName);
    }

    public static bool Matches(PartialDate date, DateInterval range, DateMatch match) => match switch
    {
        DateMatch.Within => range.Start <= date.Start && date.End <= range.End,
        _ => date.Start <= range.End && range.Start <= date.End,
    };

    public static bool Matches(TimeReference? when, DateInterval range, DateMatch match) =>
        when is not null && Matches(when.Date, range, match);
}

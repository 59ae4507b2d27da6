using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace KazChina.Model;

/// <summary>How a statement relates to its date.</summary>
[JsonConverter(typeof(CamelCaseEnumJsonConverter<TimeRelation>))]
public enum TimeRelation
{
    /// <summary>It happened on or in the date ("on June 13", "on July 4, 2005").</summary>
    At,

    /// <summary>A deadline: no later than the date ("by 2015", "by July 1").</summary>
    By,

    /// <summary>Over the period ("in 2010", "during 2011").</summary>
    During,

    /// <summary>From the date onward ("since 2008").</summary>
    Since,

    /// <summary>Some time before the date ("ahead of the summit").</summary>
    Before,

    /// <summary>Some time after the date ("later").</summary>
    After,
}

/// <summary>A date and how a statement relates to it: "by 2015" is <see cref="TimeRelation.By"/> a year-precision 2015.</summary>
/// <remarks>Equality compares the relation and the date.</remarks>
public sealed record TimeReference : IComparable<TimeReference>
{
    /// <summary>Creates a time reference.</summary>
    /// <param name="relation">How the statement relates to the date.</param>
    /// <param name="date">The date.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="relation"/> is not defined.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="date"/> is null.</exception>
    public TimeReference(TimeRelation relation, PartialDate date)
    {
        Relation = Preconditions.CheckDefined(relation, nameof(relation));
        Date = Preconditions.CheckNotNull(date, nameof(date));
    }

    /// <summary>Gets how the statement relates to the date.</summary>
    public TimeRelation Relation { get; }

    /// <summary>Gets the date.</summary>
    public PartialDate Date { get; }

    /// <summary>Creates an <see cref="TimeRelation.At"/> reference.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The reference.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="date"/> is null.</exception>
    public static TimeReference At(PartialDate date) => new(TimeRelation.At, date);

    /// <summary>Creates a <see cref="TimeRelation.By"/> reference (a deadline).</summary>
    /// <param name="date">The deadline.</param>
    /// <returns>The reference.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="date"/> is null.</exception>
    public static TimeReference By(PartialDate date) => new(TimeRelation.By, date);

    /// <summary>Creates a <see cref="TimeRelation.During"/> reference.</summary>
    /// <param name="date">The period.</param>
    /// <returns>The reference.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="date"/> is null.</exception>
    public static TimeReference During(PartialDate date) => new(TimeRelation.During, date);

    /// <summary>Orders by the rule stated on the type.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether <paramref name="left"/> sorts first.</returns>
    public static bool operator <(TimeReference? left, TimeReference? right) => Comparer<TimeReference>.Default.Compare(left, right) < 0;

    /// <summary>Orders by the rule stated on the type.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether <paramref name="left"/> sorts last.</returns>
    public static bool operator >(TimeReference? left, TimeReference? right) => Comparer<TimeReference>.Default.Compare(left, right) > 0;

    /// <summary>Orders by the rule stated on the type.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether <paramref name="left"/> sorts first or together.</returns>
    public static bool operator <=(TimeReference? left, TimeReference? right) => Comparer<TimeReference>.Default.Compare(left, right) <= 0;

    /// <summary>Orders by the rule stated on the type.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether <paramref name="left"/> sorts last or together.</returns>
    public static bool operator >=(TimeReference? left, TimeReference? right) => Comparer<TimeReference>.Default.Compare(left, right) >= 0;

    /// <summary>Orders references by their date (see <see cref="PartialDate.CompareTo"/>), then by relation.</summary>
    /// <param name="other">Another reference; null sorts first.</param>
    /// <returns>Negative, zero or positive.</returns>
    public int CompareTo(TimeReference? other)
    {
        if (other is null)
        {
            return 1;
        }

        int byDate = Date.CompareTo(other.Date);
        return byDate != 0 ? byDate : Relation.CompareTo(other.Relation);
    }

    /// <summary>Returns the relation and date, e.g. <c>by 2015</c>.</summary>
    /// <returns>A readable rendering.</returns>
    public override string ToString() => Relation.ToString().ToLowerInvariant() + " " + Date;
}

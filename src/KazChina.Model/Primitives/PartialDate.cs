using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json.Serialization;
using NodaTime;

namespace KazChina.Model;

/// <summary>How much of a date the article gives.</summary>
[JsonConverter(typeof(CamelCaseEnumJsonConverter<DatePrecision>))]
public enum DatePrecision
{
    /// <summary>Only the year ("in 2011").</summary>
    Year,

    /// <summary>The year and month ("early June").</summary>
    Month,

    /// <summary>The full date ("June 13").</summary>
    Day,
}

/// <summary>Which part of a month a month-precision date means.</summary>
[JsonConverter(typeof(CamelCaseEnumJsonConverter<MonthPart>))]
public enum MonthPart
{
    /// <summary>The whole month, or the month is not narrowed.</summary>
    Whole,

    /// <summary>Days 1 to 10 ("early June").</summary>
    Early,

    /// <summary>Days 11 to 20 ("mid-June").</summary>
    Mid,

    /// <summary>Day 21 to the month's end ("late June").</summary>
    Late,
}

/// <summary>
/// A date as precise as the article gives it: a year, a month (optionally narrowed to its early, middle
/// or late part) or a day, in the ISO calendar, with a flag when the year is not in the text but inferred
/// (the article says "June 13"; the year 2011 is inferred from context).
/// </summary>
/// <remarks>
/// <para>Equality compares every member, including <see cref="YearInferred"/>.</para>
/// <para>
/// Ordering (<see cref="CompareTo"/>) is by the first day the date can mean (<see cref="Start"/>); when two
/// dates start on the same day, the longer span sorts first (a year before its January, a month before
/// its first day), then the one whose year is stated before the inferred one. So "June 2011" sorts
/// before "June 1, 2011", and "June 13" after both.
/// </para>
/// <para>
/// In JSON a partial date is one string: <c>2011</c>, <c>2011-06</c>, <c>2011-06 (early)</c>,
/// <c>2011-06-13 (year inferred)</c> — the ISO 8601 date to the precision given, then the part of the month,
/// then the inferred-year mark.
/// </para>
/// </remarks>
[JsonConverter(typeof(PartialDateJsonConverter))]
public sealed record PartialDate : IComparable<PartialDate>
{
    /// <summary>The earliest year accepted.</summary>
    public const int MinYear = 1900;

    /// <summary>The latest year accepted.</summary>
    public const int MaxYear = 2100;

    /// <summary>Creates a partial date. Give a month without a day for month precision, and neither for year precision.</summary>
    /// <param name="year">The year, from <see cref="MinYear"/> to <see cref="MaxYear"/>.</param>
    /// <param name="month">The month (1–12), or null for a year-precision date.</param>
    /// <param name="day">The day of the month, or null; requires <paramref name="month"/>.</param>
    /// <param name="part">The part of the month meant; only for month precision.</param>
    /// <param name="yearInferred">Whether the year is inferred rather than stated in the text.</param>
    /// <exception cref="ArgumentOutOfRangeException">A component is out of range, or <paramref name="part"/> is not defined.</exception>
    /// <exception cref="ArgumentException"><paramref name="day"/> is given without <paramref name="month"/>, or <paramref name="part"/> narrows a date that is not of month precision.</exception>
    public PartialDate(int year, int? month = null, int? day = null, MonthPart part = MonthPart.Whole, bool yearInferred = false)
    {
        Preconditions.CheckRange(year is >= MinYear and <= MaxYear, nameof(year), year, $"The year must be from {MinYear} to {MaxYear}.");
        Preconditions.CheckRange(month is null or (>= 1 and <= 12), nameof(month), month, "The month must be from 1 to 12.");
        Preconditions.CheckArgument(day is null || month is not null, nameof(day), "A day needs a month.");
        if (day is int d)
        {
            int days = CalendarSystem.Iso.GetDaysInMonth(year, month!.Value);
            Preconditions.CheckRange(d >= 1 && d <= days, nameof(day), day, $"The day must be from 1 to {days} in {year:D4}-{month:D2}.");
        }

        Preconditions.CheckDefined(part, nameof(part));
        Preconditions.CheckArgument(part == MonthPart.Whole || (month is not null && day is null), nameof(part), "Only a month-precision date can be narrowed to part of the month.");
        Year = year;
        Month = month;
        Day = day;
        Part = part;
        YearInferred = yearInferred;
    }

    /// <summary>Gets how much of the date is given.</summary>
    public DatePrecision Precision => Day is not null ? DatePrecision.Day : Month is not null ? DatePrecision.Month : DatePrecision.Year;

    /// <summary>Gets the year.</summary>
    public int Year { get; }

    /// <summary>Gets the month (1–12), or null for a year-precision date.</summary>
    public int? Month { get; }

    /// <summary>Gets the day of the month, or null unless the precision is <see cref="DatePrecision.Day"/>.</summary>
    public int? Day { get; }

    /// <summary>Gets the part of the month meant (only ever not <see cref="MonthPart.Whole"/> for month precision).</summary>
    public MonthPart Part { get; }

    /// <summary>Gets whether the year is inferred from context rather than stated in the text.</summary>
    public bool YearInferred { get; }

    /// <summary>Gets the day, for day precision; otherwise null.</summary>
    public LocalDate? Date => Day is int d ? new LocalDate(Year, Month!.Value, d) : null;

    /// <summary>Gets the month, for month or day precision; otherwise null.</summary>
    public YearMonth? YearMonth => Month is int m ? new YearMonth(Year, m) : null;

    /// <summary>Gets the first day the date can mean.</summary>
    public LocalDate Start => Precision switch
    {
        DatePrecision.Day => Date!.Value,
        DatePrecision.Month => new LocalDate(Year, Month!.Value, Part switch { MonthPart.Mid => 11, MonthPart.Late => 21, _ => 1 }),
        _ => new LocalDate(Year, 1, 1),
    };

    /// <summary>Gets the last day the date can mean.</summary>
    public LocalDate End => Precision switch
    {
        DatePrecision.Day => Date!.Value,
        DatePrecision.Month => new LocalDate(Year, Month!.Value, Part switch
        {
            MonthPart.Early => 10,
            MonthPart.Mid => 20,
            _ => CalendarSystem.Iso.GetDaysInMonth(Year, Month!.Value),
        }),
        _ => new LocalDate(Year, 12, 31),
    };

    /// <summary>Creates a year-precision date.</summary>
    /// <param name="year">The year.</param>
    /// <param name="yearInferred">Whether the year is inferred.</param>
    /// <returns>The date.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is out of range.</exception>
    public static PartialDate OfYear(int year, bool yearInferred = false) => new(year, yearInferred: yearInferred);

    /// <summary>Creates a month-precision date.</summary>
    /// <param name="month">The month.</param>
    /// <param name="part">The part of the month meant.</param>
    /// <param name="yearInferred">Whether the year is inferred.</param>
    /// <returns>The date.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is out of range, or <paramref name="part"/> is not defined.</exception>
    public static PartialDate OfMonth(YearMonth month, MonthPart part = MonthPart.Whole, bool yearInferred = false) =>
        new(month.Year, month.Month, part: part, yearInferred: yearInferred);

    /// <summary>Creates a day-precision date.</summary>
    /// <param name="date">The day.</param>
    /// <param name="yearInferred">Whether the year is inferred.</param>
    /// <returns>The date.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is out of range.</exception>
    public static PartialDate OfDay(LocalDate date, bool yearInferred = false) =>
        new(date.Year, date.Month, date.Day, yearInferred: yearInferred);

    /// <summary>Tells whether <paramref name="date"/> is one of the days this date can mean.</summary>
    /// <param name="date">A day.</param>
    /// <returns><see langword="true"/> when <see cref="Start"/> ≤ <paramref name="date"/> ≤ <see cref="End"/>.</returns>
    public bool Contains(LocalDate date) => Start <= date && date <= End;

    /// <summary>Orders by the rule stated on the type.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether <paramref name="left"/> sorts first.</returns>
    public static bool operator <(PartialDate? left, PartialDate? right) => Comparer<PartialDate>.Default.Compare(left, right) < 0;

    /// <summary>Orders by the rule stated on the type.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether <paramref name="left"/> sorts last.</returns>
    public static bool operator >(PartialDate? left, PartialDate? right) => Comparer<PartialDate>.Default.Compare(left, right) > 0;

    /// <summary>Orders by the rule stated on the type.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether <paramref name="left"/> sorts first or together.</returns>
    public static bool operator <=(PartialDate? left, PartialDate? right) => Comparer<PartialDate>.Default.Compare(left, right) <= 0;

    /// <summary>Orders by the rule stated on the type.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether <paramref name="left"/> sorts last or together.</returns>
    public static bool operator >=(PartialDate? left, PartialDate? right) => Comparer<PartialDate>.Default.Compare(left, right) >= 0;

    /// <summary>Orders dates by the rule stated on the type.</summary>
    /// <param name="other">Another date; null sorts first.</param>
    /// <returns>Negative, zero or positive.</returns>
    public int CompareTo(PartialDate? other)
    {
        if (other is null)
        {
            return 1;
        }

        int byStart = Start.CompareTo(other.Start);
        if (byStart != 0)
        {
            return byStart;
        }

        int byLength = other.End.CompareTo(End);
        if (byLength != 0)
        {
            return byLength;
        }

        return YearInferred.CompareTo(other.YearInferred);
    }

    /// <summary>Gets the date in ISO 8601 at its precision, without part or inference: <c>2011</c>, <c>2011-06</c> or <c>2011-06-13</c>.</summary>
    internal string IsoText => Precision switch
    {
        DatePrecision.Day => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}-{Day:D2}"),
        DatePrecision.Month => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}"),
        _ => Year.ToString("D4", CultureInfo.InvariantCulture),
    };

    /// <summary>
    /// Returns the date's one text form, which is also its JSON wire form: <c>2011</c>, <c>2011-06</c>,
    /// <c>2011-06 (early)</c> or <c>2011-06-13</c>, with <c> (year inferred)</c> where it is.
    /// </summary>
    /// <returns>A readable rendering.</returns>
    public override string ToString()
    {
        string text = Part == MonthPart.Whole ? IsoText : $"{IsoText} ({CamelCaseEnumJsonConverter<MonthPart>.NameOf(Part)})";
        return YearInferred ? text + " (year inferred)" : text;
    }
}

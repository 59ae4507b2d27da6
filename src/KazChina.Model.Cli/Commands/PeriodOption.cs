using System;
using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;

namespace KazChina.Model.Cli;

/// <summary>
/// A period on the command line: a year (<c>2011</c>), a month (<c>2011-06</c>), a day (<c>2011-06-13</c>), or
/// two of these joined by <c>..</c> (<c>2010..2011-06</c>), meaning every day from the first day of the start to
/// the last day of the end.
/// </summary>
internal static partial class PeriodOption
{
    /// <summary>Parses a period.</summary>
    /// <param name="text">The period as given.</param>
    /// <returns>The days, inclusive.</returns>
    /// <exception cref="CliException">The text is not a period, or it ends before it starts.</exception>
    public static DateInterval Parse(string text)
    {
        string[] ends = text.Split("..", StringSplitOptions.TrimEntries);
        if (ends.Length > 2)
        {
            throw Invalid(text, "give one date, or two joined by '..'");
        }

        PartialDate from = ParseDate(text, ends[0]);
        PartialDate to = ends.Length == 2 ? ParseDate(text, ends[1]) : from;
        if (to.End < from.Start)
        {
            throw Invalid(text, "it ends before it starts");
        }

        return new DateInterval(from.Start, to.End);
    }

    private static PartialDate ParseDate(string period, string text)
    {
        Match match = DatePattern().Match(text);
        if (!match.Success)
        {
            throw Invalid(period, "use YYYY, YYYY-MM or YYYY-MM-DD, or two of them joined by '..'");
        }

        try
        {
            return new PartialDate(
                int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture),
                match.Groups["month"].Success ? int.Parse(match.Groups["month"].Value, CultureInfo.InvariantCulture) : null,
                match.Groups["day"].Success ? int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture) : null);
        }
        catch (ArgumentOutOfRangeException)
        {
            throw Invalid(period, $"'{text}' is not a date from {PartialDate.MinYear} to {PartialDate.MaxYear}");
        }
    }

    private static CliException Invalid(string period, string why) => new($"Invalid period '{period}': {why}.");

    [GeneratedRegex(@"^(?<year>[0-9]{4})(?:-(?<month>[0-9]{2})(?:-(?<day>[0-9]{2}))?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex DatePattern();
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace KazChina.Model.Tests.Serialization;

/// <summary>
/// The schema's patterns against the reader, exhaustively where the space is small: every date form around the
/// edges of the calendar, and every UTF-16 code unit at the start, inside and at the end of a text.
/// </summary>
public partial class KazChinaJsonTests
{
    [Fact]
    public void SchemaPattern_PartialDate_AcceptsExactlyWhatTheReaderAccepts()
    {
        var pattern = AsEcmaScript(EditionSchemaGenerator.PartialDatePattern);
        int[] years = [1899, 1900, 1901, 1904, 1996, 2000, 2011, 2012, 2096, 2099, 2100, 2101];
        string[] parts = ["", " (early)", " (mid)", " (late)"];
        var disagreements = new List<string>();
        int accepted = 0;

        foreach (string date in DateForms(years, dayOnlyWithMonth: false))
        {
            foreach (string text in parts.SelectMany(part => new[] { date + part, date + part + " (year inferred)" }))
            {
                bool byReader = ReaderAccepts(() => PartialDateJsonConverter.Parse(text));
                accepted += byReader ? 1 : 0;
                if (byReader != pattern.IsMatch(text))
                {
                    disagreements.Add($"{text}: reader {byReader}");
                }
            }
        }

        Assert.Empty(disagreements);
        Assert.True(accepted > 5_000, $"only {accepted} forms were valid dates");
        Assert.DoesNotMatch(pattern, "2011-13-45 (year inferred)");
        Assert.DoesNotMatch(pattern, "2011-02-31");
        Assert.DoesNotMatch(pattern, "2011-02-29");
        Assert.Matches(pattern, "2012-02-29");
    }

    [Fact]
    public void SchemaPattern_LocalDate_AcceptsExactlyWhatTheReaderAccepts()
    {
        var pattern = AsEcmaScript(EditionSchemaGenerator.LocalDatePattern);
        int[] years = [0, 1, 4, 100, 400, 1600, 1700, 1900, 2000, 2011, 2012, 2100, 9996, 9999];

        string[] disagreements =
        [
            .. DateForms(years, dayOnlyWithMonth: true)
                .Where(text => LocalDateJsonConverter.TryParse(text, out _) != pattern.IsMatch(text)),
        ];

        Assert.Empty(disagreements);
        Assert.Matches(pattern, "2000-02-29");
        Assert.DoesNotMatch(pattern, "1900-02-29");
    }

    [Fact]
    public void SchemaPattern_Text_AcceptsExactlyWhatTheReaderAcceptsForEveryCodeUnit()
    {
        var pattern = AsEcmaScript(EditionSchemaGenerator.TextPattern);
        var disagreements = new List<string>();

        for (int code = 0; code <= char.MaxValue; code++)
        {
            char c = (char)code;
            foreach (string text in new[] { c.ToString(), "x" + c, c + "x", "x" + c + "x" })
            {
                string json = "{\"earliest\":\"2011-06-15\",\"latest\":\"2011-07-15\",\"basis\":\"" + string.Concat(text.Select(u => $"\\u{(int)u:x4}")) + "\"}";
                bool byReader = ReaderAccepts(() => KazChinaJson.Deserialize<DateEstimate>(json));
                if (byReader != pattern.IsMatch(text) && disagreements.Count < 20)
                {
                    disagreements.Add($"U+{code:X4} in {json}: reader {byReader}");
                }
            }
        }

        Assert.Empty(disagreements);
        Assert.Matches(pattern, "\ud83d\ude00");
        Assert.Matches(pattern, "\ufeffx");
    }

    /// <summary>Years, months 00 to 13 and days 00 to 32 written as dates, with the year alone and year and month too unless only full dates are wanted.</summary>
    private static IEnumerable<string> DateForms(int[] years, bool dayOnlyWithMonth)
    {
        foreach (int year in years)
        {
            string y = year.ToString("D4", CultureInfo.InvariantCulture);
            if (!dayOnlyWithMonth)
            {
                yield return y;
            }

            for (int month = 0; month <= 13; month++)
            {
                string ym = $"{y}-{month:D2}";
                if (!dayOnlyWithMonth)
                {
                    yield return ym;
                }

                for (int day = 0; day <= 32; day++)
                {
                    yield return $"{ym}-{day:D2}";
                }
            }
        }
    }

    /// <summary>A schema pattern as ECMA-262 reads it: its final <c>$</c> matches only at the very end, where .NET's also matches before a final line feed.</summary>
    private static Regex AsEcmaScript(string pattern) =>
        new(pattern.EndsWith('$') ? pattern[..^1] + "\\z" : pattern, RegexOptions.CultureInvariant);

    private static bool ReaderAccepts(Action read)
    {
        try
        {
            read();
            return true;
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or ArgumentException)
        {
            return false;
        }
    }
}

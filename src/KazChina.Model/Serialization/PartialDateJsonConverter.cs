using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace KazChina.Model;

/// <summary>
/// Reads and writes a <see cref="PartialDate"/> as one short string: the ISO 8601 date to the precision given
/// (<c>2011</c>, <c>2011-06</c>, <c>2011-06-13</c>), then <c> (early)</c>, <c> (mid)</c> or <c> (late)</c> for part
/// of a month, then <c> (year inferred)</c> where the year is not in the text — e.g. <c>2011-06-13 (year inferred)</c>.
/// </summary>
internal sealed partial class PartialDateJsonConverter : JsonConverter<PartialDate>
{
    /// <summary>The grammar of the text, as the JSON Schema states it (ECMA-262; no culture-dependent classes).</summary>
    public const string Pattern = "^" + Body + "$";

    /// <summary>The grammar without its anchors: .NET's <c>$</c> also matches before a final line feed, so the regular expression here ends with <c>\z</c> instead.</summary>
    private const string Body = "([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?(?: \\((early|mid|late)\\))?( \\(year inferred\\))?";

    private const string Expected = "expected uuuu, uuuu-MM or uuuu-MM-dd, optionally followed by \" (early)\", \" (mid)\" or \" (late)\" and by \" (year inferred)\", e.g. \"2011-06 (early)\"";

    /// <inheritdoc/>
    public override PartialDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw JsonErrors.WrongToken("a partial date string", reader.TokenType);
        }

        return Parse(reader.GetString()!);
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, PartialDate value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStringValue(Format(value));
    }

    /// <summary>Writes the wire form of a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The text.</returns>
    public static string Format(PartialDate date)
    {
        ArgumentNullException.ThrowIfNull(date);
        return date.ToString();
    }

    /// <summary>Reads the wire form of a date.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The date.</returns>
    /// <exception cref="JsonException">The text does not follow the grammar or names a day that does not exist.</exception>
    public static PartialDate Parse(string text)
    {
        Match match = Grammar().Match(text);
        if (!match.Success)
        {
            throw new JsonException($"{JsonErrors.Quote(text)} is not a partial date; {Expected}.");
        }

        int year = int.Parse(match.Groups[1].ValueSpan, CultureInfo.InvariantCulture);
        int? month = match.Groups[2].Success ? int.Parse(match.Groups[2].ValueSpan, CultureInfo.InvariantCulture) : null;
        int? day = match.Groups[3].Success ? int.Parse(match.Groups[3].ValueSpan, CultureInfo.InvariantCulture) : null;
        MonthPart part = match.Groups[4].Value switch
        {
            "early" => MonthPart.Early,
            "mid" => MonthPart.Mid,
            "late" => MonthPart.Late,
            _ => MonthPart.Whole,
        };
        try
        {
            return new PartialDate(year, month, day, part, yearInferred: match.Groups[5].Success);
        }
        catch (ArgumentException exception)
        {
            throw new JsonException($"{JsonErrors.Quote(text)} is not a valid partial date: {JsonErrors.Reason(exception)}", exception);
        }
    }

    /// <summary>
    /// Parses the usual form of a partial date straight from UTF-8, without a string or a regular expression: the
    /// grammar of <see cref="Pattern"/> exactly, nothing more. False for anything else, which <see cref="Parse"/>
    /// then judges.
    /// </summary>
    /// <param name="utf8">The unescaped UTF-8 bytes of the JSON string.</param>
    /// <param name="date">The date, when the bytes are in the usual form.</param>
    /// <returns>Whether the bytes are a partial date in the usual form.</returns>
    /// <exception cref="ArgumentException">The form is right but the date does not exist (the constructor's check).</exception>
    internal static bool TryParseUtf8(ReadOnlySpan<byte> utf8, [NotNullWhen(true)] out PartialDate? date)
    {
        date = null;
        if (!TryDigits(utf8, 0, 4, out int year))
        {
            return false;
        }

        int at = 4;
        int? month = null, day = null;
        if (at < utf8.Length && utf8[at] == (byte)'-')
        {
            if (!TryDigits(utf8, at + 1, 2, out int m))
            {
                return false;
            }

            month = m;
            at += 3;
            if (at < utf8.Length && utf8[at] == (byte)'-')
            {
                if (!TryDigits(utf8, at + 1, 2, out int d))
                {
                    return false;
                }

                day = d;
                at += 3;
            }
        }

        ReadOnlySpan<byte> rest = utf8[at..];
        MonthPart part = MonthPart.Whole;
        if (rest.StartsWith(" (early)"u8))
        {
            part = MonthPart.Early;
            rest = rest[8..];
        }
        else if (rest.StartsWith(" (mid)"u8))
        {
            part = MonthPart.Mid;
            rest = rest[6..];
        }
        else if (rest.StartsWith(" (late)"u8))
        {
            part = MonthPart.Late;
            rest = rest[7..];
        }

        bool yearInferred = rest.SequenceEqual(" (year inferred)"u8);
        if (!yearInferred && !rest.IsEmpty)
        {
            return false;
        }

        date = new PartialDate(year, month, day, part, yearInferred);
        return true;
    }

    private static bool TryDigits(ReadOnlySpan<byte> utf8, int start, int count, out int value)
    {
        value = 0;
        if (start + count > utf8.Length)
        {
            return false;
        }

        foreach (byte digit in utf8.Slice(start, count))
        {
            if (digit is < (byte)'0' or > (byte)'9')
            {
                return false;
            }

            value = (value * 10) + (digit - '0');
        }

        return true;
    }

    // The pattern has no nested quantifiers, so matching is linear and needs no timeout (whose exception would escape the reader).
    [GeneratedRegex("^" + Body + "\\z", RegexOptions.CultureInvariant)]
    private static partial Regex Grammar();
}

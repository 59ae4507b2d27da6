using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace KazChina.Model;

/// <summary>
/// Reads and writes a NodaTime <see cref="LocalDate"/> as an ISO 8601 calendar date (<c>2011-06-15</c>).
/// Written here, not taken from NodaTime.Serialization.SystemTextJson, whose reflection makes NativeAOT consumers warn.
/// </summary>
internal sealed class LocalDateJsonConverter : JsonConverter<LocalDate>
{
    /// <summary>The pattern of the text, as the JSON Schema states it (ECMA-262).</summary>
    public const string Pattern = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";

    private static readonly LocalDatePattern Iso = LocalDatePattern.Iso;

    /// <inheritdoc/>
    public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw JsonErrors.WrongToken("an ISO 8601 date string (uuuu-MM-dd)", reader.TokenType);
        }

        string text = reader.GetString()!;
        return TryParse(text, out LocalDate date)
            ? date
            : throw new JsonException($"{JsonErrors.Quote(text)} is not an ISO 8601 calendar date; expected uuuu-MM-dd, e.g. 2011-06-15.");
    }

    /// <summary>Parses the wire form of a date: exactly <c>uuuu-MM-dd</c> with a year from 0000 to 9999.</summary>
    /// <param name="text">The text of the JSON string.</param>
    /// <param name="date">The date, when the text is one.</param>
    /// <returns>Whether <paramref name="text"/> is a date in the wire form.</returns>
    internal static bool TryParse(string text, out LocalDate date)
    {
        ParseResult<LocalDate> result = Iso.Parse(text);
        bool valid = result.Success && text.Length == 10 && text[0] != '-';
        date = valid ? result.Value : default;
        return valid;
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(Format(value));
    }

    /// <summary>Returns the wire form of a date, for writers that bypass the converter (<see cref="EditionJsonWriter"/>).</summary>
    /// <param name="date">The date.</param>
    /// <returns>The ISO 8601 text, e.g. <c>2011-06-15</c>.</returns>
    public static string Format(LocalDate date) => Iso.Format(date);
}

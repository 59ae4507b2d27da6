using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace KazChina.Model;

/// <summary>Reads and writes a <see cref="RecordId"/> as its plain kebab-case string.</summary>
internal sealed class RecordIdJsonConverter : JsonConverter<RecordId>
{
    /// <summary>The pattern of a well-formed id, as the JSON Schema states it (ECMA-262).</summary>
    public const string Pattern = "^[a-z0-9]+(-[a-z0-9]+)*$";

    /// <inheritdoc/>
    public override RecordId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw JsonErrors.WrongToken("an id string", reader.TokenType);
        }

        string value = reader.GetString()!;
        if (!RecordId.IsValid(value))
        {
            throw new JsonException($"{JsonErrors.Quote(value)} is not a record id; expected lowercase ASCII letters and digits in groups joined by single hyphens, 1 to {RecordId.MaxLength} characters.");
        }

        return new RecordId(value);
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, RecordId value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value.IsDefault)
        {
            throw new JsonException("default(RecordId) has no text to write.");
        }

        writer.WriteStringValue(value.Value);
    }
}

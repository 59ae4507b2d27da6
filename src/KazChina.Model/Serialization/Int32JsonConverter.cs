using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace KazChina.Model;

/// <summary>
/// Reads a JSON number into an <see cref="int"/> (span offsets and lengths, volume and issue numbers) and writes
/// ints as System.Text.Json does; a string, a fraction or a number out of range is an error that says what was
/// expected and what was found, where System.Text.Json would name .NET types and tokens.
/// </summary>
internal sealed class Int32JsonConverter : JsonConverter<int>
{
    /// <summary>What an int is read from, in words.</summary>
    public static readonly string Expected = $"a whole number from {int.MinValue} to {int.MaxValue}";

    /// <inheritdoc/>
    public override int Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.Number)
        {
            throw JsonErrors.WrongToken(Expected, reader.TokenType);
        }

        return reader.TryGetInt32(out int value) ? value : throw new JsonException($"Expected {Expected}, found {JsonErrors.ShownNumber(ref reader)}.");
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, int value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteNumberValue(value);
    }
}

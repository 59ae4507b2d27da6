using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace KazChina.Model;

/// <summary>
/// Reads and writes an enum as the camelCase form of its member name, and nothing else: no numbers, no
/// other casing, no padding, no comma-separated combinations (the built-in converter accepts all four).
/// </summary>
/// <typeparam name="TEnum">The enum type.</typeparam>
internal sealed class CamelCaseEnumJsonConverter<TEnum> : JsonConverter<TEnum>
    where TEnum : struct, Enum
{
    private static readonly TEnum[] Values = Enum.GetValues<TEnum>();

    private static readonly string[] Names = Array.ConvertAll(Values, value => JsonNamingPolicy.CamelCase.ConvertName(value.ToString()));

    private static readonly JsonEncodedText[] EncodedNames = Array.ConvertAll(Names, name => JsonEncodedText.Encode(name));

    /// <summary>Gets the names written for the members, in declaration order.</summary>
    public static IReadOnlyList<string> WireNames => Names;

    /// <summary>Returns the name written for <paramref name="value"/>, the one wire name the flat tables use too.</summary>
    /// <param name="value">A defined member.</param>
    /// <returns>Its camelCase name.</returns>
    public static string NameOf(TEnum value)
    {
        int index = Array.IndexOf(Values, value);
        return index >= 0 ? Names[index] : throw new ArgumentOutOfRangeException(nameof(value), value, $"Not a defined {typeof(TEnum).Name} value.");
    }

    /// <summary>Returns the encoded name written for <paramref name="value"/>, for writers that bypass the converter (<see cref="EditionJsonWriter"/>).</summary>
    /// <param name="value">The value to write.</param>
    /// <returns>Its camelCase name, encoded once for every writer.</returns>
    /// <exception cref="JsonException"><paramref name="value"/> is not a defined member, so it has no name.</exception>
    public static JsonEncodedText EncodedNameOf(TEnum value)
    {
        int index = Array.IndexOf(Values, value);
        return index >= 0 ? EncodedNames[index] : throw new JsonException($"{value} is not a defined {typeof(TEnum).Name} value and has no name to write.");
    }

    /// <inheritdoc/>
    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw JsonErrors.WrongToken(Expected(), reader.TokenType);
        }

        if (TryMatch(ref reader, out TEnum value))
        {
            return value;
        }

        throw new JsonException($"{JsonErrors.Quote(reader.GetString()!)} is not a {typeof(TEnum).Name}; expected {Expected()}.");
    }

    /// <summary>Matches the string token under <paramref name="reader"/> against the members' names, without allocating.</summary>
    /// <param name="reader">A reader on a string token.</param>
    /// <param name="value">The member named, when one is.</param>
    /// <returns>Whether the token names a member exactly.</returns>
    internal static bool TryMatch(ref Utf8JsonReader reader, out TEnum value)
    {
        for (int i = 0; i < EncodedNames.Length; i++)
        {
            if (reader.ValueTextEquals(EncodedNames[i].EncodedUtf8Bytes))
            {
                value = Values[i];
                return true;
            }
        }

        value = default;
        return false;
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(EncodedNameOf(value));
    }

    private static string Expected() => "one of " + string.Join(", ", Names);
}

using System;
using System.Buffers;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace KazChina.Model;

/// <summary>
/// Reads a JSON number into a <see cref="decimal"/> (amounts of money, quantities, coordinates) only when the decimal
/// holds it exactly, and writes decimals as System.Text.Json does. System.Text.Json alone reads <c>0.1e-400</c> as 0
/// and rounds a number with more significant digits than a decimal keeps, so a figure could change on the way in
/// without a word; here either is an error that says what would have been lost.
/// </summary>
internal sealed class DecimalJsonConverter : JsonConverter<decimal>
{
    /// <summary>The most significant digits a decimal holds: its 96-bit integer goes up to 79228162514264337593543950335.</summary>
    private const int MaxSignificantDigits = 29;

    /// <inheritdoc/>
    public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.Number)
        {
            throw JsonErrors.WrongToken("a number", reader.TokenType);
        }

        return TryGetExact(ref reader, out decimal value) ? value : throw new JsonException(WhyInexact(ref reader));
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteNumberValue(value);
    }

    /// <summary>Reads the number the reader is on, when a decimal holds exactly the value it writes.</summary>
    /// <param name="reader">The reader, on a number token.</param>
    /// <param name="value">The value, as <see cref="Utf8JsonReader.TryGetDecimal"/> reads it (so <c>1.50</c> keeps its scale).</param>
    /// <returns>False when the number is beyond a decimal's range, underflows to zero, or would be rounded.</returns>
    public static bool TryGetExact(ref Utf8JsonReader reader, out decimal value) =>
        reader.TryGetDecimal(out value) && IsExact(Number(ref reader), value);

    /// <summary>Says why <see cref="TryGetExact"/> refused the number the reader is on.</summary>
    /// <param name="reader">The reader, on the number token <see cref="TryGetExact"/> refused.</param>
    /// <returns>The reason, as a sentence.</returns>
    public static string WhyInexact(ref Utf8JsonReader reader)
    {
        string shown = JsonErrors.ShownNumber(ref reader);
        if (!reader.TryGetDecimal(out decimal rounded))
        {
            return $"{shown} is beyond the range of a decimal number, at most {decimal.MaxValue} in size.";
        }

        return rounded == 0m
            ? $"{shown} is too small to keep: a decimal number holds at most 28 digits after the point, and it would become 0."
            : $"{shown} has more significant digits than a decimal number keeps ({MaxSignificantDigits - 1} to {MaxSignificantDigits}); it would become {rounded.ToString(CultureInfo.InvariantCulture)}.";
    }

    private static ReadOnlySpan<byte> Number(ref Utf8JsonReader reader) =>
        reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan;

    /// <summary>
    /// Compares the number's significant digits and power of ten with the decimal's, both without leading or
    /// trailing zeros. The JSON text is well-formed (the reader checked it): <c>-? digits (. digits)? ([eE] [+-]? digits)?</c>.
    /// </summary>
    private static bool IsExact(ReadOnlySpan<byte> number, decimal value)
    {
        int at = number[0] == (byte)'-' ? 1 : 0;
        int end = number.IndexOfAny((byte)'e', (byte)'E');
        ReadOnlySpan<byte> mantissa = number[at..(end < 0 ? number.Length : end)];
        long exponent = end < 0 ? 0 : Exponent(number[(end + 1)..]);
        int point = mantissa.IndexOf((byte)'.');
        if (point >= 0)
        {
            exponent -= mantissa.Length - point - 1;
        }

        UInt128 digits = 0;
        int significant = 0;
        int pendingZeros = 0;
        foreach (byte b in mantissa)
        {
            if (b == (byte)'.' || (b == (byte)'0' && significant == 0))
            {
                continue;
            }

            // Zeros are held back until a later digit shows they are not trailing.
            if (b == (byte)'0')
            {
                pendingZeros++;
                continue;
            }

            significant += pendingZeros + 1;
            if (significant > MaxSignificantDigits)
            {
                return false;
            }

            for (; pendingZeros > 0; pendingZeros--)
            {
                digits *= 10;
            }

            digits = (digits * 10) + (uint)(b - '0');
        }

        if (significant == 0)
        {
            return value == 0m;
        }

        exponent += pendingZeros;
        (UInt128 held, int heldExponent) = Normalised(value);
        return held == digits && heldExponent == exponent;
    }

    /// <summary>The decimal's integer without trailing zeros, and the power of ten that scales it.</summary>
    private static (UInt128 Digits, int Exponent) Normalised(decimal value)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        UInt128 digits = ((UInt128)unchecked((uint)bits[2]) << 64) | ((UInt128)unchecked((uint)bits[1]) << 32) | unchecked((uint)bits[0]);
        int exponent = -((bits[3] >> 16) & 0xFF);
        while (digits != 0 && digits % 10 == 0)
        {
            digits /= 10;
            exponent++;
        }

        return (digits, exponent);
    }

    /// <summary>Reads an exponent, saturating far beyond any decimal's range so that a huge one cannot overflow.</summary>
    private static long Exponent(ReadOnlySpan<byte> text)
    {
        bool negative = text[0] == (byte)'-';
        long exponent = 0;
        foreach (byte b in text[(text[0] is (byte)'-' or (byte)'+' ? 1 : 0)..])
        {
            exponent = Math.Min((exponent * 10) + (b - '0'), 1_000_000);
        }

        return negative ? -exponent : exponent;
    }
}

using System;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace KazChina.Model;

/// <summary>The one place constructors validate their arguments, so every message has the same form.</summary>
internal static class Preconditions
{
    /// <summary>Throws <see cref="ArgumentException"/> naming <paramref name="paramName"/> when <paramref name="condition"/> is false.</summary>
    public static void CheckArgument([DoesNotReturnIf(false)] bool condition, string paramName, string message)
    {
        if (!condition)
        {
            throw new ArgumentException(message, paramName);
        }
    }

    /// <summary>
    /// Throws <see cref="ArgumentException"/> naming <paramref name="paramName"/> when <paramref name="condition"/> is false;
    /// the interpolated message is formatted only then, so a check that passes allocates nothing.
    /// </summary>
    public static void CheckArgument([DoesNotReturnIf(false)] bool condition, string paramName, [InterpolatedStringHandlerArgument(nameof(condition))] ref FailureMessage message)
    {
        if (!condition)
        {
            throw new ArgumentException(message.ToStringAndClear(), paramName);
        }
    }

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> naming <paramref name="paramName"/> when <paramref name="condition"/> is false.</summary>
    /// <remarks>Generic so that <paramref name="actualValue"/> is boxed only when the check fails.</remarks>
    public static void CheckRange<TValue>([DoesNotReturnIf(false)] bool condition, string paramName, TValue actualValue, string message)
    {
        if (!condition)
        {
            throw new ArgumentOutOfRangeException(paramName, actualValue, message);
        }
    }

    /// <summary>
    /// Throws <see cref="ArgumentOutOfRangeException"/> naming <paramref name="paramName"/> when <paramref name="condition"/> is false;
    /// the interpolated message is formatted, and <paramref name="actualValue"/> boxed, only then.
    /// </summary>
    public static void CheckRange<TValue>([DoesNotReturnIf(false)] bool condition, string paramName, TValue actualValue, [InterpolatedStringHandlerArgument(nameof(condition))] ref FailureMessage message)
    {
        if (!condition)
        {
            throw new ArgumentOutOfRangeException(paramName, actualValue, message.ToStringAndClear());
        }
    }

    /// <summary>Returns <paramref name="value"/>, or throws <see cref="ArgumentNullException"/> naming <paramref name="paramName"/>.</summary>
    public static T CheckNotNull<T>([NotNull] T? value, string paramName)
        where T : class
    {
        return value ?? throw new ArgumentNullException(paramName);
    }

    /// <summary>Returns <paramref name="value"/> when it has visible text and no leading or trailing white space.</summary>
    public static string CheckText([NotNull] string? value, string paramName)
    {
        ArgumentNullException.ThrowIfNull(value, paramName);
        CheckArgument(value.Length > 0 && !string.IsNullOrWhiteSpace(value), paramName, "Must not be empty or white space.");
        CheckArgument(value.Trim().Length == value.Length, paramName, "Must not start or end with white space.");
        return value;
    }

    /// <summary>Returns <paramref name="value"/> when it is null or passes <see cref="CheckText"/>.</summary>
    public static string? CheckOptionalText(string? value, string paramName)
    {
        return value is null ? null : CheckText(value, paramName);
    }

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> when <paramref name="value"/> is not a defined member of its enum.</summary>
    public static TEnum CheckDefined<TEnum>(TEnum value, string paramName)
        where TEnum : struct, Enum
    {
        CheckRange(Enum.IsDefined(value), paramName, value, $"Not a defined {typeof(TEnum).Name} value.");
        return value;
    }
}

/// <summary>
/// The message of a precondition, written as an interpolated string: the compiler skips every part of it
/// when the condition holds, so checks on hot paths (list indexers, constructors run for every record read)
/// cost no allocation unless they fail. Formats exactly as the same interpolated string would.
/// </summary>
[InterpolatedStringHandler]
internal ref struct FailureMessage
{
    private DefaultInterpolatedStringHandler _text;

    /// <summary>Starts a message, or skips it when <paramref name="condition"/> holds.</summary>
    public FailureMessage(int literalLength, int formattedCount, bool condition, out bool shouldAppend)
    {
        shouldAppend = !condition;
        _text = shouldAppend ? new DefaultInterpolatedStringHandler(literalLength, formattedCount) : default;
    }

    /// <summary>Appends literal text.</summary>
    public void AppendLiteral(string value) => _text.AppendLiteral(value);

    /// <summary>Appends a value.</summary>
    public void AppendFormatted<T>(T value) => _text.AppendFormatted(value);

    /// <summary>Appends a value in a format.</summary>
    public void AppendFormatted<T>(T value, string? format) => _text.AppendFormatted(value, format);

    /// <summary>Returns the message.</summary>
    public string ToStringAndClear() => _text.ToStringAndClear();
}

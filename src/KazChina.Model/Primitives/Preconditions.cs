using System;
using System.Diagnostics.CodeAnalysis;

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

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> naming <paramref name="paramName"/> when <paramref name="condition"/> is false.</summary>
    public static void CheckRange([DoesNotReturnIf(false)] bool condition, string paramName, object? actualValue, string message)
    {
        if (!condition)
        {
            throw new ArgumentOutOfRangeException(paramName, actualValue, message);
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

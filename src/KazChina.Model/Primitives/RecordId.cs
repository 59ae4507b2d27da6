using System;
using System.Text.Json.Serialization;

namespace KazChina.Model;

/// <summary>
/// The stable, human-readable identifier of a record in the edition: a kebab-case slug such as
/// <c>hu-jintao</c> or <c>cite-xinhua-2011-06-13-a</c> (lowercase ASCII letters and digits in groups
/// joined by single hyphens, at most 80 characters).
/// </summary>
/// <remarks>
/// Two ids are equal when their text is equal (ordinal). <c>default(RecordId)</c> has no text; it is
/// never a valid id, every record constructor rejects it, and <see cref="IsDefault"/> tells it apart.
/// In JSON an id is its plain string (<c>"hu-jintao"</c>).
/// </remarks>
[JsonConverter(typeof(RecordIdJsonConverter))]
public readonly struct RecordId : IEquatable<RecordId>, IComparable<RecordId>
{
    /// <summary>The longest id accepted, in characters.</summary>
    public const int MaxLength = 80;

    private readonly string? _value;

    /// <summary>Creates an id from its kebab-case text.</summary>
    /// <param name="value">The slug: lowercase ASCII letters and digits in groups joined by single hyphens.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is not a kebab-case slug of at most <see cref="MaxLength"/> characters.</exception>
    public RecordId(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        Preconditions.CheckArgument(IsValid(value), nameof(value), $"'{value}' is not a kebab-case id (lowercase letters and digits in groups joined by single hyphens, 1 to {MaxLength} characters).");
        _value = value;
    }

    /// <summary>Gets the id's text.</summary>
    /// <exception cref="InvalidOperationException">This is <c>default(RecordId)</c>.</exception>
    public string Value => _value ?? throw new InvalidOperationException("default(RecordId) has no value.");

    /// <summary>Gets whether this is <c>default(RecordId)</c>, which is not a valid id.</summary>
    public bool IsDefault => _value is null;

    /// <summary>Tells whether <paramref name="value"/> is a well-formed id.</summary>
    /// <param name="value">The text to check; null is not well-formed.</param>
    /// <returns><see langword="true"/> when <paramref name="value"/> would be accepted by the constructor.</returns>
    public static bool IsValid(string? value)
    {
        if (string.IsNullOrEmpty(value) || value.Length > MaxLength || value[0] == '-' || value[^1] == '-')
        {
            return false;
        }

        char previous = ' ';
        foreach (char c in value)
        {
            bool ok = c is (>= 'a' and <= 'z') or (>= '0' and <= '9') || (c == '-' && previous != '-');
            if (!ok)
            {
                return false;
            }

            previous = c;
        }

        return true;
    }

    /// <summary>
    /// Converts text to an id, so that <c>edition.Get("hu-jintao")</c> reads naturally. Like the constructor,
    /// it validates: an id literal that is not kebab-case fails at the first use, not silently.
    /// </summary>
    /// <param name="value">The slug.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is not a kebab-case slug.</exception>
    public static implicit operator RecordId(string value) => new(value);

    /// <summary>Converts text to an id; the named alternative to the implicit conversion.</summary>
    /// <param name="value">The slug.</param>
    /// <returns>The id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is not a kebab-case slug.</exception>
    public static RecordId FromString(string value) => new(value);

    /// <summary>Compares two ids by value.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns>Whether both have the same text.</returns>
    public static bool operator ==(RecordId left, RecordId right) => left.Equals(right);

    /// <summary>Compares two ids by value.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns>Whether their text differs.</returns>
    public static bool operator !=(RecordId left, RecordId right) => !left.Equals(right);

    /// <summary>Orders ids ordinally.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns>Whether <paramref name="left"/> sorts first.</returns>
    public static bool operator <(RecordId left, RecordId right) => left.CompareTo(right) < 0;

    /// <summary>Orders ids ordinally.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns>Whether <paramref name="left"/> sorts last.</returns>
    public static bool operator >(RecordId left, RecordId right) => left.CompareTo(right) > 0;

    /// <summary>Orders ids ordinally.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns>Whether <paramref name="left"/> sorts first or equal.</returns>
    public static bool operator <=(RecordId left, RecordId right) => left.CompareTo(right) <= 0;

    /// <summary>Orders ids ordinally.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns>Whether <paramref name="left"/> sorts last or equal.</returns>
    public static bool operator >=(RecordId left, RecordId right) => left.CompareTo(right) >= 0;

    /// <inheritdoc/>
    public bool Equals(RecordId other) => string.Equals(_value, other._value, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is RecordId other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _value is null ? 0 : StringComparer.Ordinal.GetHashCode(_value);

    /// <summary>Orders ids ordinally by their text; the default id sorts first.</summary>
    /// <param name="other">The id to compare with.</param>
    /// <returns>Negative, zero or positive as in <see cref="string.CompareOrdinal(string, string)"/>.</returns>
    public int CompareTo(RecordId other) => string.CompareOrdinal(_value, other._value);

    /// <summary>Returns the id's text, or an empty string for <c>default(RecordId)</c>.</summary>
    /// <returns>The id's text.</returns>
    public override string ToString() => _value ?? string.Empty;
}

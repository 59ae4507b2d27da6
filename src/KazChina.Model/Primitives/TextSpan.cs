using System;
using System.Text.Json.Serialization;

namespace KazChina.Model;

/// <summary>
/// A run of the article's text: its start and length in UTF-16 code units of <see cref="ArticleText.Value"/>,
/// and the exact words found there. The constructor checks that the words are as long as the span;
/// whether they equal the article at that position is checked by <see cref="KazChinaEdition.Validate"/>,
/// since a span is only meaningful against one text.
/// </summary>
/// <remarks>Equality compares start, length and text.</remarks>
public sealed record TextSpan
{
    /// <summary>Creates a span.</summary>
    /// <param name="start">Zero-based offset of the first code unit.</param>
    /// <param name="length">Number of UTF-16 code units; at least 1.</param>
    /// <param name="text">The exact words of the article at that position.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="start"/> is negative, or <paramref name="length"/> is less than 1.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="text"/> is not <paramref name="length"/> code units long.</exception>
    public TextSpan(int start, int length, string text)
    {
        Preconditions.CheckRange(start >= 0, nameof(start), start, "A span starts at offset 0 or later.");
        Preconditions.CheckRange(length >= 1, nameof(length), length, "A span covers at least one code unit.");
        ArgumentNullException.ThrowIfNull(text);
        Preconditions.CheckArgument(text.Length == length, nameof(text), $"The quoted words are {text.Length} code units long but the span's length is {length}.");
        Preconditions.CheckRange(start <= int.MaxValue - length, nameof(start), start, "The span's end is beyond the largest offset.");
        Start = start;
        Length = length;
        Text = text;
    }

    /// <summary>Gets the zero-based offset of the first code unit.</summary>
    public int Start { get; }

    /// <summary>Gets the number of UTF-16 code units covered.</summary>
    public int Length { get; }

    /// <summary>Gets the exact words of the article covered by the span.</summary>
    public string Text { get; }

    /// <summary>Gets the offset just past the span's last code unit.</summary>
    [JsonIgnore]
    public int End => Start + Length;

    /// <summary>Tells whether this span lies inside <paramref name="source"/> and its words equal the text there.</summary>
    /// <param name="source">The text the span points into, normally <see cref="ArticleText.Value"/>.</param>
    /// <returns><see langword="true"/> when the span is in range and matches.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    public bool Matches(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return End <= source.Length && source.AsSpan(Start, Length).SequenceEqual(Text);
    }

    /// <summary>Tells whether <paramref name="other"/> lies entirely inside this span.</summary>
    /// <param name="other">Another span.</param>
    /// <returns><see langword="true"/> when this span covers <paramref name="other"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    public bool Contains(TextSpan other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return other.Start >= Start && other.End <= End;
    }

    /// <summary>Tells whether the offset range [<paramref name="start"/>, <paramref name="start"/> + <paramref name="length"/>) lies inside this span.</summary>
    /// <param name="start">The range's first offset.</param>
    /// <param name="length">The range's length.</param>
    /// <returns><see langword="true"/> when the range is covered.</returns>
    public bool Covers(int start, int length) => start >= Start && (long)start + length <= End;

    /// <summary>Returns <c>[start+length] "text"</c>.</summary>
    /// <returns>A readable rendering.</returns>
    public override string ToString() => $"[{Start}+{Length}] \"{Text}\"";
}

using System;
using System.Globalization;
using System.Text;

namespace KazChina.Model;

/// <summary>
/// Makes text from a document safe to show to a person: every character that a terminal, a log viewer or an
/// editor would act on or hide instead of showing appears as a visible escape (<c>\u001B</c>, <c>\U000E0041</c>).
/// Used for messages that quote a document and, compiled into the tool as well, for everything it prints.
/// </summary>
/// <remarks>
/// Escaped: control characters (C0, DEL and C1: escape sequences, carriage returns that overwrite a line);
/// format characters (bidirectional embeddings, overrides, isolates and marks, which reorder what is shown as
/// "Trojan Source" does; zero-width spaces, word joiners, the byte order mark, soft hyphens and tag characters,
/// which hide text), except the zero-width non-joiner and joiner that Persian, Indic scripts and emoji need; the
/// line and paragraph separators; unpaired surrogates. Everything else, every letter of every script included,
/// is kept as it is. Backslashes are not doubled: the escapes are for reading, not for decoding back.
/// </remarks>
internal static class SafeText
{
    /// <summary>Tells whether any character of <paramref name="text"/> would be escaped.</summary>
    /// <param name="text">The text.</param>
    /// <param name="keepLayout">Whether tab, line feed and carriage return are kept (machine-readable output laid out in lines).</param>
    /// <returns>Whether <see cref="Escape"/> changes the text.</returns>
    public static bool NeedsEscaping(ReadOnlySpan<char> text, bool keepLayout = false)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (IsUnsafe(text, i, keepLayout, out int width))
            {
                return true;
            }

            i += width - 1;
        }

        return false;
    }

    /// <summary>Returns <paramref name="text"/> with every unsafe character escaped (see the remarks on <see cref="SafeText"/>).</summary>
    /// <param name="text">The text.</param>
    /// <param name="keepLayout">Whether tab, line feed and carriage return are kept (machine-readable output laid out in lines).</param>
    /// <returns>The text to show; the same instance when nothing needed escaping.</returns>
    public static string Escape(string text, bool keepLayout = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!NeedsEscaping(text, keepLayout))
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 16);
        Append(escaped, text, keepLayout);
        return escaped.ToString();
    }

    /// <summary>Appends <paramref name="text"/> to <paramref name="destination"/> with every unsafe character escaped.</summary>
    /// <param name="destination">Where the text goes.</param>
    /// <param name="text">The text.</param>
    /// <param name="keepLayout">Whether tab, line feed and carriage return are kept.</param>
    public static void Append(StringBuilder destination, ReadOnlySpan<char> text, bool keepLayout = false)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (!IsUnsafe(text, i, keepLayout, out int width))
            {
                destination.Append(text.Slice(i, width));
            }
            else if (width == 2)
            {
                destination.Append(CultureInfo.InvariantCulture, $"\\U{char.ConvertToUtf32(text[i], text[i + 1]):X8}");
            }
            else
            {
                destination.Append(CultureInfo.InvariantCulture, $"\\u{(int)text[i]:X4}");
            }

            i += width - 1;
        }
    }

    /// <summary>Judges the character (one code unit, or a surrogate pair) at <paramref name="index"/>.</summary>
    private static bool IsUnsafe(ReadOnlySpan<char> text, int index, bool keepLayout, out int width)
    {
        char c = text[index];
        if (char.IsHighSurrogate(c) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
        {
            width = 2;
            return IsUnsafe(CharUnicodeInfo.GetUnicodeCategory(char.ConvertToUtf32(c, text[index + 1])));
        }

        width = 1;
        if (c is >= ' ' and <= '~')
        {
            return false;
        }

        if (keepLayout && c is '\t' or '\n' or '\r')
        {
            return false;
        }

        // The joiners shape Persian, Indic scripts and emoji sequences and cannot reorder or hide other text.
        return c is not ('\u200C' or '\u200D') && IsUnsafe(CharUnicodeInfo.GetUnicodeCategory(c));
    }

    private static bool IsUnsafe(UnicodeCategory category) => category is
        UnicodeCategory.Control
        or UnicodeCategory.Format
        or UnicodeCategory.LineSeparator
        or UnicodeCategory.ParagraphSeparator
        or UnicodeCategory.Surrogate;
}

using System;
using System.IO;
using System.Text;

namespace KazChina.Model.Exports;

/// <summary>What the line-based bibliography formats (BibTeX, RIS) share: values on one line, items written in order.</summary>
internal static class OneLine
{
    /// <summary>Writes each item of a bibliography as text, in UTF-8 without a byte order mark.</summary>
    /// <param name="bibliography">The bibliography.</param>
    /// <param name="destination">Where the bytes go; left open.</param>
    /// <param name="append">Appends one item.</param>
    public static void Write(Bibliography bibliography, Stream destination, Action<StringBuilder, BibliographyItem> append)
    {
        ArgumentNullException.ThrowIfNull(bibliography);
        ArgumentNullException.ThrowIfNull(destination);
        var text = new StringBuilder();
        foreach (BibliographyItem item in bibliography.Items)
        {
            append(text, item);
        }

        destination.Write(Encoding.UTF8.GetBytes(text.ToString()));
    }

    /// <summary>Turns every run of white space and control characters (line and paragraph separators included) into one space, and trims the ends.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The text on one line.</returns>
    public static string Of(string text)
    {
        var line = new StringBuilder(text.Length);
        bool space = false;
        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                space = line.Length > 0;
                continue;
            }

            if (space)
            {
                line.Append(' ');
                space = false;
            }

            line.Append(c);
        }

        return line.ToString();
    }
}

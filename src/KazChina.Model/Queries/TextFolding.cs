using System.Text;

namespace KazChina.Model;

/// <summary>
/// Folds typographic characters to their plain forms so that a query typed on an ordinary keyboard finds
/// the article's curly quotes and dashes: ’ ‘ to ', “ ” to ", and the dashes to -. Each character maps to
/// one character, so offsets in folded text are offsets in the original. Case is left to the comparer.
/// </summary>
internal static class TextFolding
{
    /// <summary>Folds each character; the result has the same length as <paramref name="text"/>.</summary>
    public static string FoldCharacters(string text)
    {
        return string.Create(text.Length, text, static (chars, source) =>
        {
            for (int i = 0; i < source.Length; i++)
            {
                chars[i] = Fold(source[i]);
            }
        });
    }

    /// <summary>Folds a name for lookup: characters folded, surrounding white space removed, inner runs of white space made one space.</summary>
    public static string FoldName(string name)
    {
        var folded = new StringBuilder(name.Length);
        bool pendingSpace = false;
        foreach (char c in name)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = folded.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                folded.Append(' ');
                pendingSpace = false;
            }

            folded.Append(Fold(c));
        }

        return folded.ToString();
    }

    private static char Fold(char c) => c switch
    {
        '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' => '\'',
        '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' => '"',
        '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' => '-',
        '\u00A0' => ' ',
        _ => c,
    };
}

using System.Text;

namespace KazChina.Model.Exports;

/// <summary>Escaping for the two places text from the edition lands in the report: HTML text and attribute values, and JSON inside a script element.</summary>
internal static class Html
{
    /// <summary>Appends text escaped for HTML element content and double- or single-quoted attribute values.</summary>
    /// <param name="html">The HTML being built.</param>
    /// <param name="text">Any text: names, words of the article, notes.</param>
    /// <returns><paramref name="html"/>.</returns>
    public static StringBuilder Text(this StringBuilder html, string text)
    {
        foreach (char c in text)
        {
            _ = c switch
            {
                '&' => html.Append("&amp;"),
                '<' => html.Append("&lt;"),
                '>' => html.Append("&gt;"),
                '"' => html.Append("&quot;"),
                '\'' => html.Append("&#39;"),
                _ => html.Append(c),
            };
        }

        return html;
    }

    /// <summary>Returns text escaped for HTML content and attributes.</summary>
    /// <param name="text">Any text.</param>
    /// <returns>The escaped text.</returns>
    public static string Escape(string text) => new StringBuilder(text.Length + 16).Text(text).ToString();
}

using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;

namespace KazChina.Model;

/// <summary>
/// Thrown by <see cref="KazChinaJson"/> when JSON cannot be read as the requested type: the text is not
/// well-formed JSON, has content after the value, nests deeper than <see cref="KazChinaJson.MaxDepth"/>, has a
/// member the type does not have, lacks a required member, has null, a wrong kind of value or an unknown name
/// where it is not allowed, repeats a member, names another <c>schemaVersion</c>, or holds a value the model's
/// constructors reject (a negative amount, an unknown currency code, a day that does not exist).
/// </summary>
/// <remarks>
/// <para>
/// <see cref="JsonException.Path"/> is always set: the JSON path of the offending value, such as
/// <c>$.loans[0].amount.value.amount</c>, or <c>$</c> for the document as a whole. The message starts with
/// the same path and says what was expected. <see cref="JsonException.LineNumber"/> and
/// <see cref="JsonException.BytePositionInLine"/> (zero-based) are set for malformed JSON.
/// </para>
/// <para>
/// Paths and messages quote the document, so characters in them that could hide or disguise text where they are
/// shown (control characters such as the escape that starts a terminal's escape sequence, bidirectional overrides
/// and isolates, invisible format characters) are written as visible escapes such as <c>\u001B</c>.
/// </para>
/// <para>It derives from <see cref="JsonException"/>, so code that already handles that type handles this one.</para>
/// </remarks>
public class KazChinaJsonException : JsonException
{
    /// <summary>Creates the exception with a generic message and the path <c>$</c>.</summary>
    public KazChinaJsonException()
        : this("The JSON could not be read as KazChina.Model data.")
    {
    }

    /// <summary>Creates the exception for the document as a whole (path <c>$</c>).</summary>
    /// <param name="message">What went wrong.</param>
    public KazChinaJsonException(string? message)
        : this(message, innerException: null)
    {
    }

    /// <summary>Creates the exception for the document as a whole (path <c>$</c>).</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The underlying exception, or null.</param>
    public KazChinaJsonException(string? message, Exception? innerException)
        : base(message, "$", lineNumber: null, bytePositionInLine: null, innerException)
    {
    }

    /// <summary>Creates the exception for a value at <paramref name="path"/>.</summary>
    /// <param name="path">The JSON path of the offending value, e.g. <c>$.loans[0].amount</c>.</param>
    /// <param name="reason">What was wrong or expected, as a sentence; the message is the path, a colon and this.</param>
    /// <param name="lineNumber">The zero-based line of the error in the text, where known.</param>
    /// <param name="bytePositionInLine">The zero-based byte offset of the error in its line, where known.</param>
    /// <param name="innerException">The underlying exception, or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> or <paramref name="reason"/> is null.</exception>
    public KazChinaJsonException(string path, string reason, long? lineNumber, long? bytePositionInLine, Exception? innerException)
        : this(path, reason, [], lineNumber, bytePositionInLine, innerException)
    {
    }

    /// <summary>Creates the exception with a reason followed by more lines, each indented on a line of its own.</summary>
    private protected KazChinaJsonException(string path, string reason, IReadOnlyList<string> moreLines, long? lineNumber = null, long? bytePositionInLine = null, Exception? innerException = null)
        : base(Compose(path, reason, moreLines), Shown(path, nameof(path)), lineNumber, bytePositionInLine, innerException)
    {
        Reason = Message[(Path!.Length + 2)..];
    }

    /// <summary>Gets what was wrong or expected, without the path; the message is <c>path: reason</c>.</summary>
    public string? Reason { get; }

    /// <summary>
    /// Writes <c>path: reason</c>, with the characters of both that could hide or disguise text where the message
    /// is shown (control characters, bidirectional overrides; see <see cref="SafeText"/>) escaped, since paths,
    /// names and values come from the document.
    /// </summary>
    private static string Compose(string path, string reason, IReadOnlyList<string> moreLines)
    {
        var message = new StringBuilder(Shown(path, nameof(path))).Append(": ").Append(Shown(reason, nameof(reason)));
        foreach (string line in moreLines)
        {
            message.Append("\n  ");
            SafeText.Append(message, line);
        }

        return message.ToString();
    }

    private static string Shown(string text, string paramName)
    {
        ArgumentNullException.ThrowIfNull(text, paramName);
        return SafeText.Escape(text);
    }
}

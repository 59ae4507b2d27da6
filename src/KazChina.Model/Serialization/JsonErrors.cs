using System;
using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace KazChina.Model;

/// <summary>Wording shared by the converters and the reader, so that every error says where and what was expected in the same form.</summary>
internal static class JsonErrors
{
    private const int MaxQuotedLength = 60;

    /// <summary>Creates the error for a token of the wrong kind.</summary>
    /// <param name="expected">What was expected, e.g. <c>an id string</c>.</param>
    /// <param name="found">The token found.</param>
    /// <returns>The exception to throw.</returns>
    public static JsonException WrongToken(string expected, JsonTokenType found) =>
        new($"Expected {expected}, found {Describe(found)}.");

    /// <summary>Names a token kind in words.</summary>
    /// <param name="token">The token.</param>
    /// <returns>E.g. <c>a number</c>.</returns>
    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => "no value",
    };

    /// <summary>Quotes a value for a message: characters that could hide or disguise text escaped (<see cref="SafeText"/>), long values shortened.</summary>
    /// <param name="value">The value as read.</param>
    /// <returns>The value in single quotes.</returns>
    public static string Quote(string value)
    {
        var text = new StringBuilder("'");
        int shown = Math.Min(value.Length, MaxQuotedLength);
        SafeText.Append(text, value.AsSpan(0, shown));
        if (shown < value.Length)
        {
            text.Append('…');
        }

        return text.Append('\'').ToString();
    }

    /// <summary>Shows the number token the reader is on as the document writes it, shortened when long.</summary>
    /// <param name="reader">The reader, on a number.</param>
    /// <returns>The number's text.</returns>
    public static string ShownNumber(ref Utf8JsonReader reader)
    {
        string text = Encoding.UTF8.GetString(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan);
        return text.Length <= MaxQuotedLength ? text : string.Concat(text.AsSpan(0, MaxQuotedLength), "…");
    }

    /// <summary>
    /// Removes the location System.Text.Json appends to its own messages (" Path: … | LineNumber: … | BytePositionInLine: …."),
    /// since the reader states the full path itself, and shortens this library's type names.
    /// </summary>
    /// <param name="message">The message.</param>
    /// <returns>The message without location.</returns>
    public static string WithoutLocation(string message)
    {
        int cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
        if (cut < 0)
        {
            cut = message.IndexOf(" LineNumber: ", StringComparison.Ordinal);
        }

        string core = (cut < 0 ? message : message[..cut]).TrimEnd();
        core = core.Replace("KazChina.Model.", string.Empty, StringComparison.Ordinal);
        return core.EndsWith('.') ? core : core + ".";
    }

    /// <summary>
    /// Words System.Text.Json's complaint: its message without location, except that a value of the wrong kind
    /// says what was expected and what was found ("Expected a string, found a number."), and "could not be
    /// converted", which names no token, gives way to the reader's own reason where there is one or says which type
    /// was expected.
    /// </summary>
    /// <param name="exception">The exception.</param>
    /// <returns>The reason, as a sentence.</returns>
    public static string Reason(JsonException exception)
    {
        const string Unconvertible = "The JSON value could not be converted to ";
        const string UnknownDiscriminator = "Read unrecognized type discriminator id ";
        string message = WithoutLocation(exception.Message);
        if (message.StartsWith(UnknownDiscriminator, StringComparison.Ordinal))
        {
            return $"{message[UnknownDiscriminator.Length..].TrimEnd('.')} is not a kind of record; expected $type to be one of {string.Join(", ", CamelCaseEnumJsonConverter<RecordKind>.WireNames)}.";
        }

        if (!message.StartsWith(Unconvertible, StringComparison.Ordinal))
        {
            // Advice meant for whoever writes the .NET types, not for whoever wrote the document.
            return message
                .Replace(" Consider updating its nullability annotation.", string.Empty, StringComparison.Ordinal)
                .Replace("could not be mapped to any .NET member contained in type", "is not a member of type", StringComparison.Ordinal);
        }

        return exception.InnerException is InvalidOperationException or FormatException
            ? WrongKind(WithoutLocation(exception.InnerException.Message)) ?? WithoutLocation(exception.InnerException.Message)
            : $"Expected a JSON value of type {message[Unconvertible.Length..].TrimEnd('.')}: an object for a record or value, a string for an id, date or name, an array for a list.";
    }

    /// <summary>
    /// Rewords System.Text.Json's complaint about a value of the wrong kind read as a string or a boolean ("Cannot
    /// get the value of a token type 'Number' as a string.") as this library says it everywhere: what was expected
    /// and what was found. The message is the only place System.Text.Json names the token.
    /// </summary>
    /// <param name="message">The message, without location.</param>
    /// <returns>The reworded reason; null for any other message.</returns>
    private static string? WrongKind(string message)
    {
        const string Start = "Cannot get the value of a token type '";
        const string Middle = "' as a ";
        if (!message.StartsWith(Start, StringComparison.Ordinal) || !message.EndsWith('.'))
        {
            return null;
        }

        int middle = message.IndexOf(Middle, Start.Length, StringComparison.Ordinal);
        return middle > 0 && Enum.TryParse(message.AsSpan(Start.Length, middle - Start.Length), out JsonTokenType found)
            ? $"Expected a {message[(middle + Middle.Length)..^1]}, found {Describe(found)}."
            : null;
    }

    /// <summary>Words a complaint that is not a <see cref="JsonException"/>, such as a missing <c>$type</c>, without location.</summary>
    /// <param name="exception">The exception.</param>
    /// <returns>The reason, as a sentence.</returns>
    public static string Reason(NotSupportedException exception) => WithoutLocation(exception.Message);

    /// <summary>Takes the path System.Text.Json writes into the message of exceptions that have no path property.</summary>
    /// <param name="message">The message.</param>
    /// <returns>The path, or <c>$</c>.</returns>
    public static string PathInMessage(string message)
    {
        int start = message.IndexOf(" Path: ", StringComparison.Ordinal);
        if (start < 0)
        {
            return "$";
        }

        start += " Path: ".Length;
        int end = message.IndexOf(" | ", start, StringComparison.Ordinal);
        string path = end < 0 ? message[start..].TrimEnd('.') : message[start..end];
        return path.StartsWith('$') ? path : "$";
    }

    /// <summary>Words a model constructor's complaint: its message without the parameter suffix, with the rejected value where known.</summary>
    /// <param name="exception">The constructor's exception.</param>
    /// <returns>The reason, as a sentence.</returns>
    public static string Reason(ArgumentException exception)
    {
        string message = exception.Message;
        int lineBreak = message.IndexOf('\n', StringComparison.Ordinal);
        if (lineBreak >= 0)
        {
            message = message[..lineBreak].TrimEnd('\r');
        }

        if (exception.ParamName is { } name)
        {
            string suffix = $" (Parameter '{name}')";
            if (message.EndsWith(suffix, StringComparison.Ordinal))
            {
                message = message[..^suffix.Length];
            }
        }

        if (exception is ArgumentOutOfRangeException { ActualValue: { } actual })
        {
            message = message.TrimEnd('.') + $" (found {Convert.ToString(actual, CultureInfo.InvariantCulture)}).";
        }

        return message;
    }
}

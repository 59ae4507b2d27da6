using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace KazChina.Model.Tests.Serialization;

/// <summary>
/// Mutates a JSON document the way broken, hostile or careless input does: truncation, byte flips, deleted,
/// duplicated and renamed members, values swapped for values of another kind, deep nesting, huge and non-finite
/// numbers, odd Unicode, and stray syntax. Deterministic: the same document and <see cref="Random"/> seed give
/// the same mutation. Structural mutations edit the text at token boundaries found with a
/// <see cref="Utf8JsonReader"/>, so they can also produce duplicates, which a DOM cannot hold.
/// </summary>
public static class JsonMutator
{
    private static readonly string[] OtherValues =
    [
        "null", "true", "false", "0", "-0", "-1", "1.5", "2147483648", "-2147483649", "1e400", "-1e400", "1e-400",
        "79228162514264337593543950336", "99999999999999999999999999999999999999", "\"\"", "\" \"", "\"x\"", "[]", "{}",
        "[null]", "[\"\"]", "{\"\":null}", "NaN", "Infinity", "-Infinity", "\"NaN\"", "0x10", "+1", ".5", "1.", "01",
        "\"2011-02-29\"", "\"2012-02-29\"", "\"2011-02-31\"", "\"2011-13-45 (year inferred)\"", "\"2011-06-13 (mid)\"", "\"2011-06 (soon)\"",
        "0.1e-400", "1.00000000000000000000000000001", "1.0", "1E2", "\" padded\"", "\"\\u00a0x\"", "\"x\\u0085\"", "\"usd\"", "\"USD \"", "\"ZZZ\"", "\"a--b\"", "\"-a\"", "\"exact, about\"",
        "\"\\ud800\"", "\"\\udc00x\"", "\"\\u0000\"", "\"\\uFEFF\"", "\"\u202Eevil\"", "\"e\u0301\"", "\"\u2028\"", "\"😀\"",
        "\"\\\"\"", "\"\\q\"", "\"\\u12\"", "\"" + new string('a', 5000) + "\"",
    ];

    private static readonly string[] OtherNames =
    [
        "$type", "kind", "sha256", "end", "records", "currency", "span", "Id", "ID", "id ", "", "\\u0069d", "$id", "$ref",
        "schemaVersion", "__proto__", "constructor", "evidence", "spans", "text",
    ];

    private static readonly byte[][] OddBytes =
    [
        [0xFF], [0xC0, 0x80], [0xC3], [0xE2, 0x82], [0xF0, 0x9F, 0x98], [0xED, 0xA0, 0x80], [0x00], [0x7F], [0xEF, 0xBB, 0xBF],
        "\\"u8.ToArray(), "\""u8.ToArray(), "}"u8.ToArray(), "]"u8.ToArray(), ","u8.ToArray(), ":"u8.ToArray(), "/*x*/"u8.ToArray(), "//"u8.ToArray(),
    ];

    /// <summary>The kinds of mutation, for statistics.</summary>
    public enum Kind
    {
        /// <summary>The document cut short.</summary>
        Truncate,

        /// <summary>Bits of one to four bytes flipped.</summary>
        FlipBytes,

        /// <summary>Bytes inserted that break UTF-8 or the syntax.</summary>
        InsertOddBytes,

        /// <summary>A member removed.</summary>
        DeleteMember,

        /// <summary>A member repeated.</summary>
        DuplicateMember,

        /// <summary>A member renamed.</summary>
        RenameMember,

        /// <summary>A value replaced by one of another kind, or an extreme one.</summary>
        SwapValue,

        /// <summary>A number nudged (spans, amounts, years).</summary>
        NudgeNumber,

        /// <summary>A string changed slightly (ids, names, dates, codes).</summary>
        EditString,

        /// <summary>A value replaced by another value of the same document (ids, spans, whole records).</summary>
        CopyValue,

        /// <summary>An array element repeated.</summary>
        DuplicateElement,

        /// <summary>A value wrapped in deep nesting.</summary>
        DeepNesting,

        /// <summary>Stray syntax or whitespace between tokens.</summary>
        StraySyntax,
    }

    /// <summary>Applies one random mutation.</summary>
    /// <param name="document">The UTF-8 document.</param>
    /// <param name="random">The source of choices.</param>
    /// <param name="kind">The kind applied.</param>
    /// <returns>The mutated document.</returns>
    public static byte[] Mutate(byte[] document, Random random, out Kind kind)
    {
        List<Token> tokens = Tokens(document);
        kind = (Kind)random.Next(Enum.GetValues<Kind>().Length);
        if (tokens.Count == 0 && kind > Kind.InsertOddBytes)
        {
            kind = Kind.FlipBytes;
        }

        return kind switch
        {
            Kind.Truncate => document[..random.Next(document.Length)],
            Kind.FlipBytes => FlipBytes(document, random),
            Kind.InsertOddBytes => Splice(document, random.Next(document.Length + 1), 0, OddBytes[random.Next(OddBytes.Length)]),
            Kind.DeleteMember => WithMember(document, tokens, random, member => DeleteMember(document, member)),
            Kind.DuplicateMember => WithMember(document, tokens, random, member => Splice(document, member.ValueEnd, 0, [.. ","u8, .. document.AsSpan(member.NameStart, member.ValueEnd - member.NameStart)])),
            Kind.RenameMember => WithMember(document, tokens, random, member => Splice(document, member.NameStart, member.NameEnd - member.NameStart, Quote(OtherNames[random.Next(OtherNames.Length)]))),
            Kind.SwapValue => ReplaceValue(document, Pick(tokens, random), OtherValues[random.Next(OtherValues.Length)]),
            Kind.NudgeNumber => Nudge(document, tokens, random),
            Kind.EditString => EditString(document, tokens, random),
            Kind.CopyValue => CopyValue(document, tokens, random),
            Kind.DuplicateElement => DuplicateElement(document, tokens, random),
            Kind.DeepNesting => ReplaceValue(document, Pick(tokens, random), Deep(random)),
            _ => StraySyntax(document, tokens, random),
        };
    }

    private static byte[] FlipBytes(byte[] document, Random random)
    {
        byte[] copy = [.. document];
        int flips = random.Next(1, 5);
        for (int i = 0; i < flips && copy.Length > 0; i++)
        {
            copy[random.Next(copy.Length)] ^= (byte)(1 << random.Next(8));
        }

        return copy;
    }

    private static byte[] WithMember(byte[] document, List<Token> tokens, Random random, Func<Token, byte[]> edit)
    {
        Token[] members = [.. tokens.Where(t => t.NameStart >= 0)];
        return members.Length == 0 ? FlipBytes(document, random) : edit(members[random.Next(members.Length)]);
    }

    private static byte[] DeleteMember(byte[] document, Token member)
    {
        int start = member.NameStart;
        int end = member.ValueEnd;
        int after = SkipWhitespace(document, end);
        if (after < document.Length && document[after] == (byte)',')
        {
            end = after + 1;
        }
        else
        {
            int before = start - 1;
            while (before >= 0 && IsWhitespace(document[before]))
            {
                before--;
            }

            if (before >= 0 && document[before] == (byte)',')
            {
                start = before;
            }
        }

        return Splice(document, start, end - start, []);
    }

    private static byte[] Nudge(byte[] document, List<Token> tokens, Random random)
    {
        Token[] numbers = [.. tokens.Where(t => t.Type == JsonTokenType.Number)];
        if (numbers.Length == 0)
        {
            return FlipBytes(document, random);
        }

        Token number = numbers[random.Next(numbers.Length)];
        if (!decimal.TryParse(document.AsSpan(number.ValueStart, number.ValueEnd - number.ValueStart), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out decimal value))
        {
            return ReplaceValue(document, number, "0");
        }

        decimal[] deltas = [1, -1, 2, -7, 100, -100, 0.5m, -1_000_000, 10_000];
        decimal nudged = random.Next(4) == 0 ? -value : value + deltas[random.Next(deltas.Length)];
        return ReplaceValue(document, number, nudged.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    private static byte[] EditString(byte[] document, List<Token> tokens, Random random)
    {
        Token[] strings = [.. tokens.Where(t => t.Type == JsonTokenType.String)];
        if (strings.Length == 0)
        {
            return FlipBytes(document, random);
        }

        Token token = strings[random.Next(strings.Length)];
        var reader = new Utf8JsonReader(document.AsSpan(token.ValueStart, token.ValueEnd - token.ValueStart));
        string text;
        try
        {
            reader.Read();
            text = reader.GetString()!;
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException)
        {
            return FlipBytes(document, random);
        }

        string edited = random.Next(8) switch
        {
            0 => text.ToUpperInvariant(),
            1 => text + "-",
            2 => text.Length > 0 ? text[..^1] : "x",
            3 => " " + text,
            4 => text + "x",
            5 => text.Replace('-', '_'),
            6 => new string([.. text.Reverse()]),
            _ => text.Length > 0 ? text.Insert(random.Next(text.Length), "\u200B") : "\u200B",
        };
        return ReplaceValue(document, token, Literal(edited));
    }

    private static byte[] CopyValue(byte[] document, List<Token> tokens, Random random)
    {
        Token from = Pick(tokens, random);
        Token[] sameKind = [.. tokens.Where(t => t.Type == from.Type)];
        Token to = sameKind[random.Next(sameKind.Length)];
        return Splice(document, to.ValueStart, to.ValueEnd - to.ValueStart, document.AsSpan(from.ValueStart, from.ValueEnd - from.ValueStart));
    }

    private static byte[] DuplicateElement(byte[] document, List<Token> tokens, Random random)
    {
        Token[] elements = [.. tokens.Where(t => t.InArray)];
        if (elements.Length == 0)
        {
            return FlipBytes(document, random);
        }

        Token element = elements[random.Next(elements.Length)];
        return Splice(document, element.ValueEnd, 0, [.. ","u8, .. document.AsSpan(element.ValueStart, element.ValueEnd - element.ValueStart)]);
    }

    private static string Deep(Random random)
    {
        int depth = random.Next(2) == 0 ? random.Next(20, 40) : random.Next(1_000, 5_000);
        return random.Next(2) == 0
            ? new string('[', depth) + new string(']', depth)
            : string.Concat(Enumerable.Repeat("{\"a\":", depth)) + "1" + new string('}', depth);
    }

    private static byte[] StraySyntax(byte[] document, List<Token> tokens, Random random)
    {
        string[] strays = [",", ",,", "//x\n", "/**/", " \t\r\n ", ":", "null", "\u00A0", "\uFEFF", "'", "]", "}"];
        Token token = Pick(tokens, random);
        int at = random.Next(2) == 0 ? token.ValueStart : token.ValueEnd;
        return Splice(document, at, 0, Encoding.UTF8.GetBytes(strays[random.Next(strays.Length)]));
    }

    /// <summary>A JSON string literal with every character outside printable ASCII escaped, so that even lone surrogates can be written.</summary>
    private static string Literal(string text)
    {
        var literal = new StringBuilder("\"");
        foreach (char c in text)
        {
            if (c is >= ' ' and <= '~' and not '"' and not '\\')
            {
                literal.Append(c);
            }
            else
            {
                literal.Append(System.Globalization.CultureInfo.InvariantCulture, $"\\u{(int)c:x4}");
            }
        }

        return literal.Append('"').ToString();
    }

    private static byte[] ReplaceValue(byte[] document, Token token, string replacement) =>
        Splice(document, token.ValueStart, token.ValueEnd - token.ValueStart, Encoding.UTF8.GetBytes(replacement));

    private static byte[] Quote(string name) => Encoding.UTF8.GetBytes("\"" + name + "\"");

    private static Token Pick(List<Token> tokens, Random random) => tokens[random.Next(tokens.Count)];

    private static byte[] Splice(byte[] document, int start, int removed, ReadOnlySpan<byte> inserted) =>
        [.. document.AsSpan(0, start), .. inserted, .. document.AsSpan(start + removed)];

    private static int SkipWhitespace(byte[] document, int at)
    {
        while (at < document.Length && IsWhitespace(document[at]))
        {
            at++;
        }

        return at;
    }

    private static bool IsWhitespace(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r';

    /// <summary>Every value of a well-formed document with its extent, and its member name's extent where it has one (one linear pass).</summary>
    private static List<Token> Tokens(byte[] document)
    {
        var tokens = new List<Token>();
        var reader = new Utf8JsonReader(document, new JsonReaderOptions { MaxDepth = 256 });
        var open = new Stack<(int Token, bool IsArray)>();
        int nameStart = -1;
        int nameEnd = -1;
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        nameStart = (int)reader.TokenStartIndex;
                        nameEnd = (int)reader.BytesConsumed;
                        continue;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        int index = open.Pop().Token;
                        tokens[index] = tokens[index] with { ValueEnd = (int)reader.BytesConsumed };
                        continue;
                }

                bool inArray = open.Count > 0 && open.Peek().IsArray;
                tokens.Add(new Token(reader.TokenType, (int)reader.TokenStartIndex, (int)reader.BytesConsumed, inArray ? -1 : nameStart, inArray ? -1 : nameEnd, inArray));
                nameStart = nameEnd = -1;
                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    open.Push((tokens.Count - 1, reader.TokenType == JsonTokenType.StartArray));
                }
            }
        }
        catch (JsonException)
        {
            // An already mutated document: keep the values read whole.
        }

        while (open.Count > 0)
        {
            tokens.RemoveAt(open.Pop().Token);
        }

        return tokens;
    }

    private readonly record struct Token(JsonTokenType Type, int ValueStart, int ValueEnd, int NameStart, int NameEnd, bool InArray);
}

using System;
using System.Text.Json;

namespace KazChina.Model;

/// <summary>
/// The first pass over a document: checks that it is one well-formed JSON value (no comments, no trailing
/// commas, nothing after it, valid UTF-8 and escapes, at most <see cref="KazChinaJson.MaxDepth"/> levels deep)
/// and reports the first fault with its path, line and byte; also picks up the root <c>schemaVersion</c>, so
/// that a document of another version is reported as such rather than by the first member this version lacks.
/// </summary>
internal static class JsonSyntax
{
    /// <summary>The options of every reader in the package.</summary>
    public static readonly JsonReaderOptions ReaderOptions = new()
    {
        MaxDepth = KazChinaJson.MaxDepth,
        CommentHandling = JsonCommentHandling.Disallow,
        AllowTrailingCommas = false,
    };

    /// <summary>Checks the document, tracking the path as it reads so that a fault is reported where it is.</summary>
    /// <param name="utf8Json">The document's UTF-8 bytes.</param>
    /// <returns>The root <c>schemaVersion</c> when it is a whole number, otherwise null.</returns>
    /// <exception cref="KazChinaJsonException">The document is not well-formed JSON.</exception>
    /// <remarks>
    /// Whole editions, the large documents, are read by <see cref="EditionJsonReader"/> and come here only when
    /// that reader gives up on them, so this pass need not be cheap on well-formed input.
    /// </remarks>
    public static int? Check(ReadOnlySpan<byte> utf8Json)
    {
        var reader = new Utf8JsonReader(utf8Json, ReaderOptions);
        var path = new JsonPathTracker();
        int? schemaVersion = null;
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject:
                        path.Open(isArray: false);
                        break;
                    case JsonTokenType.StartArray:
                        path.Open(isArray: true);
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        path.Close();
                        break;
                    case JsonTokenType.PropertyName:
                        path.MemberIs(reader.GetString()!);
                        break;
                    default:
                        path.ValueStarts();
                        if (reader.TokenType == JsonTokenType.String && reader.ValueIsEscaped)
                        {
                            // Unescaping is where lone surrogates such as "\ud800" are found.
                            _ = reader.GetString();
                        }
                        else if (path.Depth == 1 && path.RootMember == "schemaVersion" && reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out int version))
                        {
                            schemaVersion = version;
                        }

                        break;
                }
            }
        }
        catch (JsonException exception)
        {
            throw new KazChinaJsonException(
                path.ToString(),
                $"The text is not well-formed JSON: {JsonErrors.WithoutLocation(exception.Message)} (line {exception.LineNumber + 1}, byte {exception.BytePositionInLine + 1} of the line)",
                exception.LineNumber,
                exception.BytePositionInLine,
                exception);
        }
        catch (InvalidOperationException exception)
        {
            throw new KazChinaJsonException(path.ToString(), $"The text is not well-formed JSON: {JsonErrors.WithoutLocation(exception.Message)}", null, null, exception);
        }

        return schemaVersion;
    }
}

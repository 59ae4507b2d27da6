using System;
using System.Text.Json;
using System.Text.Unicode;

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

    /// <summary>Checks the document.</summary>
    /// <param name="utf8Json">The document's UTF-8 bytes.</param>
    /// <returns>The root <c>schemaVersion</c> when it is a whole number, otherwise null.</returns>
    /// <exception cref="KazChinaJsonException">The document is not well-formed JSON.</exception>
    /// <remarks>
    /// A first pass reads the document without tracking where it is, so a well-formed document costs a token
    /// scan and no string per member name; only when that pass fails is the document read again, tracking the
    /// path, to report the fault. Both passes read the same tokens the same way, so they fail on the same input.
    /// </remarks>
    public static int? Check(ReadOnlySpan<byte> utf8Json) =>
        TryCheckUntracked(utf8Json, out int? schemaVersion) ? schemaVersion : CheckTracked(utf8Json);

    /// <summary>Reads the document as <see cref="CheckTracked"/> does, without tracking the path.</summary>
    /// <returns><see langword="false"/> when the document is not well-formed.</returns>
    private static bool TryCheckUntracked(ReadOnlySpan<byte> utf8Json, out int? schemaVersion)
    {
        var reader = new Utf8JsonReader(utf8Json, ReaderOptions);
        schemaVersion = null;
        bool inRootSchemaVersion = false;
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        if (reader.ValueIsEscaped)
                        {
                            _ = reader.GetString();
                        }
                        else if (!Utf8.IsValid(reader.ValueSpan))
                        {
                            return false;
                        }

                        inRootSchemaVersion = reader.CurrentDepth == 1 && reader.ValueTextEquals("schemaVersion"u8);
                        break;
                    case JsonTokenType.String when reader.ValueIsEscaped:
                        _ = reader.GetString();
                        break;
                    case JsonTokenType.Number when inRootSchemaVersion && reader.CurrentDepth == 1 && reader.TryGetInt32(out int version):
                        schemaVersion = version;
                        break;
                }
            }
        }
        catch (JsonException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }

        return true;
    }

    /// <summary>Reads the document tracking the path, and reports the first fault with it.</summary>
    private static int? CheckTracked(ReadOnlySpan<byte> utf8Json)
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

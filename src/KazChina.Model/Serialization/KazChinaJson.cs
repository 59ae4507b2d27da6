using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;

namespace KazChina.Model;

/// <summary>
/// Reads and writes the edition and every public type of the model as JSON, through source-generated
/// contracts (no reflection), and publishes the JSON Schema of the format.
/// </summary>
/// <remarks>
/// <para>
/// A whole edition, the common case, is written and read by hand-written code held to the contracts' format
/// (the same bytes out; the same documents accepted, and equal editions read), several times faster than the
/// contracts. A document that code does not accept is read again through the contracts, whose errors name
/// the JSON path.
/// </para>
/// <para>
/// The wire format: camelCase members in a fixed order, every member written (null where a value is absent,
/// and required when read, except a stated amount's <c>alsoStatedAs</c>); enums as camelCase names; ids as plain strings; lists as arrays; NodaTime dates as ISO 8601 strings
/// (<c>2011-06-15</c>); partial dates as short strings (<c>2011</c>, <c>2011-06 (early)</c>,
/// <c>2011-06-13 (year inferred)</c>); money as <c>{"amount": 880000000, "currency": "CNY"}</c>; a record read
/// or written as an <see cref="EditionRecord"/> carries a <c>$type</c> member naming its kind; the edition
/// starts with <c>"schemaVersion": 2</c>. Text is written as UTF-8 with non-ASCII characters as they are.
/// </para>
/// <para>
/// Reading is strict. It accepts exactly one JSON value (a UTF-8 byte order mark is skipped) and rejects
/// comments, trailing commas, content after the value, nesting deeper than <see cref="MaxDepth"/>, unknown or
/// repeated members, missing members, null where a value is required, values of the wrong kind, unknown enum
/// names, <c>$type</c> discriminators and currency codes, impossible dates, and any value a model constructor
/// rejects. Each is a <see cref="KazChinaJsonException"/> whose message starts with the JSON path of the value
/// and says what was expected. An edition is then checked with <see cref="KazChinaEdition.Validate"/>; any
/// violation raises one <see cref="EditionValidationException"/> listing them all. Nothing partly built is ever
/// returned.
/// </para>
/// <para>All members are thread-safe.</para>
/// </remarks>
public static class KazChinaJson
{
    /// <summary>The version of the wire format this package writes and reads, written first in an edition as <c>schemaVersion</c>.</summary>
    public const int SchemaVersion = 2;

    /// <summary>The deepest nesting of arrays and objects accepted; an edition needs 6 levels.</summary>
    public const int MaxDepth = 32;

    /// <summary>The longest document accepted, in UTF-8 bytes (64 MiB); the edition is far smaller.</summary>
    public const int MaxDocumentLength = 64 * 1024 * 1024;

    /// <summary>How much room each read of a stream asks for.</summary>
    private const int ReadChunk = 81920;

    private const string SchemaResourceName = "KazChina.Model.Serialization.kazchina-edition.schema.json";

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly JsonWriterOptions CompactWriter = WriterOptions(indented: false);

    private static readonly JsonWriterOptions IndentedWriter = WriterOptions(indented: true);

    private static readonly Lazy<string> LazySchema = new(LoadSchema);

    /// <summary>Gets the schema versions this package reads.</summary>
    public static IReadOnlyList<int> SupportedSchemaVersions { get; } = [SchemaVersion];

    /// <summary>
    /// Gets the read-only options behind every method here, for composing with your own: pass
    /// <c>KazChinaJson.Options.TypeInfoResolver</c> first in your options' <c>TypeInfoResolverChain</c>, or copy
    /// them with <c>new JsonSerializerOptions(KazChinaJson.Options)</c>. They read and write the same format as
    /// the methods here, but <see cref="JsonSerializer"/> with them skips the checks this type makes outside the
    /// contracts: the syntax pass that names paths of malformed input, checking <c>schemaVersion</c> before anything else is read,
    /// paths for values a constructor rejects, and <see cref="KazChinaEdition.Validate"/>.
    /// </summary>
    /// <remarks>
    /// Their contracts are the source-generated ones without the members the model computes (a record's
    /// <c>Kind</c>, an article's <c>Sha256</c>, a span's <c>End</c> and the like), so that such a member in a
    /// document is an unknown member rather than silently skipped. Writing here uses the generated contracts
    /// themselves, except for a whole edition, which a hand-written writer held to the contract's bytes writes
    /// faster; the output is the same.
    /// </remarks>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>
    /// Gets the JSON Schema (draft 2020-12) of an edition document, generated from the contracts. The same file
    /// ships in the package as <c>schema/kazchina-edition.schema.json</c>; each public type's schema is in its
    /// <c>$defs</c>.
    /// </summary>
    public static string Schema => LazySchema.Value;

    /// <summary>Gets the source-generated contract of <typeparamref name="T"/>.</summary>
    /// <typeparam name="T">A public type of the model: the edition, a record, a value type such as <see cref="Money"/>, an enum, or a <see cref="ValueList{T}"/> of these.</typeparam>
    /// <returns>The contract, bound to <see cref="Options"/>.</returns>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not a type of the model.</exception>
    public static JsonTypeInfo<T> GetTypeInfo<T>() => ContractOf<T>(Options);

    /// <summary>Writes <paramref name="value"/> as compact JSON text.</summary>
    /// <typeparam name="T">A type of the model (see <see cref="GetTypeInfo{T}"/>).</typeparam>
    /// <param name="value">The value.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not a type of the model.</exception>
    public static string Serialize<T>(T value)
        where T : notnull => Serialize(value, indented: false);

    /// <summary>Writes <paramref name="value"/> as a JSON string.</summary>
    /// <typeparam name="T">A type of the model (see <see cref="GetTypeInfo{T}"/>).</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="indented">Whether to indent with two spaces and LF line ends; otherwise compact.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not a type of the model.</exception>
    public static string Serialize<T>(T value, bool indented)
        where T : notnull
    {
        using var buffer = new PooledBufferWriter();
        Write(buffer, value, indented);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Writes <paramref name="value"/> as UTF-8 JSON bytes.</summary>
    /// <typeparam name="T">A type of the model (see <see cref="GetTypeInfo{T}"/>).</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="indented">Whether to indent with two spaces and LF line ends; otherwise compact.</param>
    /// <returns>The UTF-8 bytes, without a byte order mark.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not a type of the model.</exception>
    public static byte[] SerializeToUtf8Bytes<T>(T value, bool indented = false)
        where T : notnull
    {
        using var buffer = new PooledBufferWriter();
        Write(buffer, value, indented);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Writes <paramref name="value"/> as compact UTF-8 JSON to <paramref name="utf8Json"/>.</summary>
    /// <typeparam name="T">A type of the model (see <see cref="GetTypeInfo{T}"/>).</typeparam>
    /// <param name="utf8Json">The stream to write to; it is not closed.</param>
    /// <param name="value">The value.</param>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="value"/> is null.</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not a type of the model.</exception>
    public static void Serialize<T>(Stream utf8Json, T value)
        where T : notnull => Serialize(utf8Json, value, indented: false);

    /// <summary>Writes <paramref name="value"/> as UTF-8 JSON to <paramref name="utf8Json"/>.</summary>
    /// <typeparam name="T">A type of the model (see <see cref="GetTypeInfo{T}"/>).</typeparam>
    /// <param name="utf8Json">The stream to write to; it is not closed.</param>
    /// <param name="value">The value.</param>
    /// <param name="indented">Whether to indent with two spaces and LF line ends; otherwise compact.</param>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="value"/> is null.</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not a type of the model.</exception>
    public static void Serialize<T>(Stream utf8Json, T value, bool indented)
        where T : notnull
    {
        ArgumentNullException.ThrowIfNull(utf8Json);

        // Written through to the stream as it is produced: a large edition never sits whole in memory beside its objects.
        using var buffer = new PooledBufferWriter(utf8Json);
        Write(buffer, value, indented);
        utf8Json.Write(buffer.WrittenSpan);
    }

    /// <summary>Writes <paramref name="value"/> as UTF-8 JSON to <paramref name="utf8Json"/> asynchronously.</summary>
    /// <typeparam name="T">A type of the model (see <see cref="GetTypeInfo{T}"/>).</typeparam>
    /// <param name="utf8Json">The stream to write to; it is not closed.</param>
    /// <param name="value">The value.</param>
    /// <param name="indented">Whether to indent with two spaces and LF line ends; otherwise compact.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the JSON has been written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="value"/> is null.</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not a type of the model.</exception>
    public static Task SerializeAsync<T>(Stream utf8Json, T value, bool indented = false, CancellationToken cancellationToken = default)
        where T : notnull
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        var buffer = new PooledBufferWriter();
        try
        {
            Write(buffer, value, indented);
        }
        catch
        {
            buffer.Dispose();
            throw;
        }

        return WriteThenReturnAsync(utf8Json, buffer, cancellationToken);
    }

    /// <summary>Reads a <typeparamref name="T"/> from a JSON string, strictly (see the remarks on <see cref="KazChinaJson"/>).</summary>
    /// <typeparam name="T">A type of the model (see <see cref="GetTypeInfo{T}"/>); for <see cref="KazChinaEdition"/> the result is also validated.</typeparam>
    /// <param name="json">The JSON text.</param>
    /// <returns>The value; never null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="KazChinaJsonException">The text is not a valid <typeparamref name="T"/>; the message names the JSON path.</exception>
    /// <exception cref="EditionValidationException">The text is a well-formed edition that <see cref="KazChinaEdition.Validate"/> rejects.</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not a type of the model.</exception>
    public static T Deserialize<T>(string json)
        where T : notnull
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonTypeInfo<T> contract = GetTypeInfo<T>();
        int length;
        try
        {
            length = StrictUtf8.GetByteCount(json);
        }
        catch (EncoderFallbackException exception)
        {
            throw new KazChinaJsonException("$", $"The text has an unpaired UTF-16 surrogate at index {exception.Index}; JSON text is Unicode.", null, null, exception);
        }

        // A pooled buffer: an edition's bytes would otherwise be a fresh large-object array on every call.
        using var utf8 = new PooledBufferWriter();
        utf8.Advance(StrictUtf8.GetBytes(json, utf8.GetSpan(length)));
        return Read(utf8.WrittenSpan, contract, MaxDocumentLength);
    }

    /// <summary>Reads a <typeparamref name="T"/> from UTF-8 JSON bytes, strictly (see the remarks on <see cref="KazChinaJson"/>).</summary>
    /// <typeparam name="T">A type of the model (see <see cref="GetTypeInfo{T}"/>); for <see cref="KazChinaEdition"/> the result is also validated.</typeparam>
    /// <param name="utf8Json">The UTF-8 bytes, with or without a byte order mark.</param>
    /// <returns>The value; never null.</returns>
    /// <exception cref="KazChinaJsonException">The bytes are not a valid <typeparamref name="T"/>; the message names the JSON path.</exception>
    /// <exception cref="EditionValidationException">The bytes are a well-formed edition that <see cref="KazChinaEdition.Validate"/> rejects.</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not a type of the model.</exception>
    public static T Deserialize<T>(ReadOnlySpan<byte> utf8Json)
        where T : notnull => Deserialize<T>(utf8Json, MaxDocumentLength);

    /// <summary>
    /// Reads a <typeparamref name="T"/> from UTF-8 JSON bytes, strictly (see the remarks on <see cref="KazChinaJson"/>),
    /// accepting documents up to <paramref name="maxDocumentLength"/> bytes instead of <see cref="MaxDocumentLength"/>:
    /// for a caller that has chosen how much it is prepared to read, such as a tool reading back a large edition it wrote.
    /// </summary>
    /// <typeparam name="T">A type of the model (see <see cref="GetTypeInfo{T}"/>); for <see cref="KazChinaEdition"/> the result is also validated.</typeparam>
    /// <param name="utf8Json">The UTF-8 bytes, with or without a byte order mark.</param>
    /// <param name="maxDocumentLength">The longest document accepted, in bytes, not counting a byte order mark; at least 1.</param>
    /// <returns>The value; never null.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDocumentLength"/> is less than 1.</exception>
    /// <exception cref="KazChinaJsonException">The bytes are not a valid <typeparamref name="T"/>, or are longer than <paramref name="maxDocumentLength"/>; the message names the JSON path.</exception>
    /// <exception cref="EditionValidationException">The bytes are a well-formed edition that <see cref="KazChinaEdition.Validate"/> rejects.</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not a type of the model.</exception>
    public static T Deserialize<T>(ReadOnlySpan<byte> utf8Json, int maxDocumentLength)
        where T : notnull
    {
        Preconditions.CheckRange(maxDocumentLength >= 1, nameof(maxDocumentLength), maxDocumentLength, "The longest document accepted is at least 1 byte.");
        JsonTypeInfo<T> contract = GetTypeInfo<T>();
        return Read(utf8Json, contract, maxDocumentLength);
    }

    /// <summary>Reads a <typeparamref name="T"/> from a stream of UTF-8 JSON, strictly (see the remarks on <see cref="KazChinaJson"/>).</summary>
    /// <typeparam name="T">A type of the model (see <see cref="GetTypeInfo{T}"/>); for <see cref="KazChinaEdition"/> the result is also validated.</typeparam>
    /// <param name="utf8Json">The stream, read to its end (at most <see cref="MaxDocumentLength"/> bytes); it is not closed.</param>
    /// <returns>The value; never null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="KazChinaJsonException">The stream does not hold a valid <typeparamref name="T"/>; the message names the JSON path.</exception>
    /// <exception cref="EditionValidationException">The stream holds a well-formed edition that <see cref="KazChinaEdition.Validate"/> rejects.</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not a type of the model.</exception>
    public static T Deserialize<T>(Stream utf8Json)
        where T : notnull
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        JsonTypeInfo<T> contract = GetTypeInfo<T>();
        using var buffer = new PooledBufferWriter();
        while (Filled(buffer, utf8Json.Read(buffer.GetSpan(ReadChunk))))
        {
        }

        return Read(buffer.WrittenSpan, contract, MaxDocumentLength);
    }

    /// <summary>Reads a <typeparamref name="T"/> from a stream of UTF-8 JSON asynchronously, strictly (see the remarks on <see cref="KazChinaJson"/>).</summary>
    /// <typeparam name="T">A type of the model (see <see cref="GetTypeInfo{T}"/>); for <see cref="KazChinaEdition"/> the result is also validated.</typeparam>
    /// <param name="utf8Json">The stream, read to its end (at most <see cref="MaxDocumentLength"/> bytes); it is not closed.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The value; never null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="KazChinaJsonException">The stream does not hold a valid <typeparamref name="T"/>; the message names the JSON path.</exception>
    /// <exception cref="EditionValidationException">The stream holds a well-formed edition that <see cref="KazChinaEdition.Validate"/> rejects.</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not a type of the model.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static async ValueTask<T> DeserializeAsync<T>(Stream utf8Json, CancellationToken cancellationToken = default)
        where T : notnull
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        JsonTypeInfo<T> contract = GetTypeInfo<T>();
        using var buffer = new PooledBufferWriter();
        while (Filled(buffer, await utf8Json.ReadAsync(buffer.GetMemory(ReadChunk), cancellationToken).ConfigureAwait(false)))
        {
        }

        return Read(buffer.WrittenSpan, contract, MaxDocumentLength);
    }

    /// <summary>Checks the <c>schemaVersion</c> of an edition document.</summary>
    /// <param name="version">The version read.</param>
    /// <exception cref="JsonException">The version is not supported.</exception>
    internal static void CheckSchemaVersion(int version)
    {
        if (version != SchemaVersion)
        {
            throw new JsonException(UnsupportedVersion(version));
        }
    }

    private static string UnsupportedVersion(int version) => version switch
    {
        >= 1 and < SchemaVersion =>
            $"Schema version {version} is an older format that this version of KazChina.Model does not read: it reads schema version {string.Join(", ", SupportedSchemaVersions)} only, "
            + $"in which editorial notes carry typed readings instead of target ids. Read the document with a release of KazChina.Model that reads schema version {version}.",
        _ => $"Schema version {version} is not supported; this version of KazChina.Model reads schema version {string.Join(", ", SupportedSchemaVersions)} only.",
    };

    private static T Read<T>(ReadOnlySpan<byte> utf8Json, JsonTypeInfo<T> contract, int maxDocumentLength)
        where T : notnull
    {
        if (utf8Json.StartsWith("\uFEFF"u8))
        {
            utf8Json = utf8Json[3..];
        }

        if (utf8Json.Length > maxDocumentLength)
        {
            throw new KazChinaJsonException("$", $"The document is {utf8Json.Length} bytes long; at most {maxDocumentLength} are read.", null, null, null);
        }

        T value = typeof(T) == typeof(KazChinaEdition) && EditionJsonReader.TryRead(utf8Json) is { } read
            ? (T)(object)read
            : ReadThroughContract(utf8Json, contract);
        if (value is KazChinaEdition edition && edition.Validate() is { Count: > 0 } issues)
        {
            throw new EditionValidationException(issues);
        }

        return value;
    }

    /// <summary>
    /// Reads through the contracts after a syntax pass, without validating an edition as a whole: the path every
    /// type but the edition takes, and the edition's whenever <see cref="EditionJsonReader"/> gives up. Its errors
    /// name the JSON path.
    /// </summary>
    internal static T ReadThroughContract<T>(ReadOnlySpan<byte> utf8Json, JsonTypeInfo<T> contract)
        where T : notnull
    {
        int? version = JsonSyntax.Check(utf8Json);
        if (typeof(T) == typeof(KazChinaEdition) && version is int stated && stated != SchemaVersion)
        {
            throw new KazChinaJsonException("$.schemaVersion", UnsupportedVersion(stated), null, null, null);
        }

        T? value;
        try
        {
            value = JsonSerializer.Deserialize(utf8Json, contract);
        }
        catch (NestedJsonException exception)
        {
            throw new KazChinaJsonException((exception.Path ?? "$") + exception.RelativePath, exception.Reason, null, null, exception.InnerException ?? exception);
        }
        catch (JsonException exception)
        {
            throw new KazChinaJsonException(exception.Path ?? "$", JsonErrors.Reason(exception), null, null, exception);
        }
        catch (NotSupportedException exception)
        {
            throw new KazChinaJsonException(JsonErrors.PathInMessage(exception.Message), JsonErrors.Reason(exception), null, null, exception);
        }
        catch (ArgumentException exception)
        {
            throw JsonErrorLocator.Locate(utf8Json.ToArray(), contract, exception);
        }

        if (value is null)
        {
            throw new KazChinaJsonException("$", $"Expected {(contract.Kind == JsonTypeInfoKind.Object ? "an object" : "a value")} of type {typeof(T).Name}, found null.", null, null, null);
        }

        return value;
    }

    private static JsonTypeInfo<T> ContractOf<T>(JsonSerializerOptions options)
    {
        try
        {
            return (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
        }
        catch (NotSupportedException exception)
        {
            throw new NotSupportedException($"{typeof(T)} is not a type of the KazChina.Model JSON format.", exception);
        }
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(KazChinaJsonContext.Default.Options)
        {
            TypeInfoResolver = KazChinaJsonContext.Default.WithAddedModifier(ForgetComputedMembers),
        };
        options.MakeReadOnly();
        return options;
    }

    /// <summary>
    /// Drops the [JsonIgnore] members (those with neither getter nor setter in the contract): System.Text.Json
    /// keeps them so that it can skip a JSON member of the same name, which would let "kind" or "sha256"
    /// through a reader that otherwise rejects unknown members.
    /// </summary>
    private static void ForgetComputedMembers(JsonTypeInfo contract)
    {
        if (contract.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        for (int i = contract.Properties.Count - 1; i >= 0; i--)
        {
            if (contract.Properties[i] is { Get: null, Set: null })
            {
                contract.Properties.RemoveAt(i);
            }
        }
    }

    private static void Write<T>(IBufferWriter<byte> buffer, T value, bool indented)
        where T : notnull
    {
        ArgumentNullException.ThrowIfNull(value);
        JsonWriterOptions options = indented ? IndentedWriter : CompactWriter;

        // Through its contract the edition's lists, ids, enums and dates each go to a converter, which makes
        // writing it take about twice as long as the hand-written writer (benchmarks/README.md); that writer
        // produces the same bytes, as its tests check against the contract. Its structure is fixed code that those tests
        // exercise with validation on, so re-checking every token's place here would only cost time (about
        // an eighth of the write); skipping it changes no byte.
        if (typeof(T) == typeof(KazChinaEdition))
        {
            options.SkipValidation = true;
            using var editionWriter = new Utf8JsonWriter(buffer, options);
            EditionJsonWriter.Write(editionWriter, (KazChinaEdition)(object)value);
            return;
        }

        JsonTypeInfo<T> contract = ContractOf<T>(KazChinaJsonContext.Default.Options);
        using var writer = new Utf8JsonWriter(buffer, options);
        JsonSerializer.Serialize(writer, value, contract);
    }

    /// <summary>Writes what <paramref name="buffer"/> holds to the stream, then returns the buffer to its pool.</summary>
    private static async Task WriteThenReturnAsync(Stream utf8Json, PooledBufferWriter buffer, CancellationToken cancellationToken)
    {
        using (buffer)
        {
            await utf8Json.WriteAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Counts the bytes a stream read into <paramref name="buffer"/>; false at the end of the stream.</summary>
    /// <exception cref="KazChinaJsonException">The stream is longer than <see cref="MaxDocumentLength"/>.</exception>
    private static bool Filled(PooledBufferWriter buffer, int read)
    {
        if (buffer.WrittenSpan.Length + read > MaxDocumentLength)
        {
            throw new KazChinaJsonException("$", $"The stream is longer than {MaxDocumentLength} bytes, the most that is read.", null, null, null);
        }

        buffer.Advance(read);
        return read > 0;
    }

    /// <summary>Returns the writer options of every write here: relaxed escaping (text as it is), LF line ends, <see cref="MaxDepth"/>.</summary>
    /// <param name="indented">Whether to indent with two spaces; otherwise compact.</param>
    /// <returns>The options.</returns>
    internal static JsonWriterOptions WriterOptions(bool indented) => new()
    {
        Indented = indented,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        MaxDepth = MaxDepth,
    };

    private static string LoadSchema()
    {
        using Stream stream = typeof(KazChinaJson).Assembly.GetManifestResourceStream(SchemaResourceName)
            ?? throw new InvalidOperationException($"The embedded schema resource '{SchemaResourceName}' is missing from {typeof(KazChinaJson).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream, StrictUtf8);
        return reader.ReadToEnd();
    }
}

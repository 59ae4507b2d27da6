using System;
using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace KazChina.Model;

/// <summary>What the error locator needs to know of a list converter: the element type.</summary>
internal interface IValueListJsonConverter
{
    /// <summary>Gets the element type.</summary>
    Type ElementType { get; }
}

/// <summary>
/// Creates the converter of each <see cref="ValueList{T}"/> the model uses. The lists are known, so each
/// converter is constructed here as a closed type: nothing is made generic at run time, which keeps the
/// package free of NativeAOT and trimming warnings. Other element types are not supported.
/// </summary>
internal sealed class ValueListJsonConverterFactory : JsonConverterFactory
{
    private static readonly FrozenDictionary<Type, JsonConverter> Known = new JsonConverter[]
    {
        new ValueListJsonConverter<RecordId>(),
        new ValueListJsonConverter<string>(),
        new ValueListJsonConverter<TextSpan>(),
        new ValueListJsonConverter<NameForm>(),
        new ValueListJsonConverter<ProjectArea>(),
        new ValueListJsonConverter<Reading>(),
        new ValueListJsonConverter<RecordKind>(),
        new ValueListJsonConverter<EditionRecord>(),
        new ValueListJsonConverter<Country>(),
        new ValueListJsonConverter<Person>(),
        new ValueListJsonConverter<Organization>(),
        new ValueListJsonConverter<Place>(),
        new ValueListJsonConverter<Citation>(),
        new ValueListJsonConverter<Quote>(),
        new ValueListJsonConverter<EditorialNote>(),
        new ValueListJsonConverter<Agreement>(),
        new ValueListJsonConverter<Provision>(),
        new ValueListJsonConverter<Event>(),
        new ValueListJsonConverter<TradeFigure>(),
        new ValueListJsonConverter<Loan>(),
        new ValueListJsonConverter<CurrencySwap>(),
        new ValueListJsonConverter<InfrastructureProject>(),
        new ValueListJsonConverter<Assessment>(),
    }.ToFrozenDictionary(converter => converter.Type!);

    /// <summary>Gets the list types with a converter.</summary>
    public static ImmutableArray<Type> SupportedTypes => Known.Keys;

    /// <inheritdoc/>
    public override bool CanConvert(Type typeToConvert) => Known.ContainsKey(typeToConvert);

    /// <inheritdoc/>
    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        Known.TryGetValue(typeToConvert, out JsonConverter? converter)
            ? converter
            : throw new NotSupportedException($"{typeToConvert} has no JSON converter: only the lists of the KazChina.Model types are supported.");
}

/// <summary>
/// Reads and writes a <see cref="ValueList{T}"/> as a JSON array, each element through its own source-generated
/// contract. An element's error is rethrown with the element's index and its path inside the element, which the
/// reader joins to the path of the list.
/// </summary>
/// <typeparam name="T">The element type.</typeparam>
internal sealed class ValueListJsonConverter<T> : JsonConverter<ValueList<T>>, IValueListJsonConverter
{
    /// <inheritdoc/>
    public Type ElementType => typeof(T);

    /// <inheritdoc/>
    public override ValueList<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw JsonErrors.WrongToken("an array", reader.TokenType);
        }

        var element = (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
        ImmutableArray<T>.Builder items = ImmutableArray.CreateBuilder<T>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            int index = items.Count;
            if (reader.TokenType == JsonTokenType.Null)
            {
                throw new NestedJsonException($"[{index}]", "Lists never hold null.", null);
            }

            try
            {
                items.Add(JsonSerializer.Deserialize(ref reader, element)!);
            }
            catch (JsonException exception)
            {
                throw NestedJsonException.AtElement(index, exception);
            }
            catch (NotSupportedException exception)
            {
                throw new NestedJsonException($"[{index}]{JsonErrors.PathInMessage(exception.Message)[1..]}", JsonErrors.Reason(exception), exception);
            }
        }

        return new ValueList<T>(items.DrainToImmutable());
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, ValueList<T> value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(options);
        var element = (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
        writer.WriteStartArray();
        foreach (T item in value)
        {
            JsonSerializer.Serialize(writer, item, element);
        }

        writer.WriteEndArray();
    }
}

/// <summary>
/// An element's error carried out of a list converter: the path inside the list (<c>[3].evidence.spans[0]</c>)
/// and the reason. System.Text.Json fills <see cref="JsonException.Path"/> with the path of the list itself.
/// </summary>
internal sealed class NestedJsonException : JsonException
{
    /// <summary>Creates the error; its message is <c>relativePath: reason</c>, which completes <see cref="JsonException.Path"/> for callers of <see cref="JsonSerializer"/>.</summary>
    /// <param name="relativePath">The path inside the list, starting with the element's index.</param>
    /// <param name="reason">What was wrong, without location.</param>
    /// <param name="innerException">The element's own exception, if any.</param>
    public NestedJsonException(string relativePath, string reason, Exception? innerException)
        : base(relativePath + ": " + reason, innerException)
    {
        RelativePath = relativePath;
        Reason = reason;
    }

    /// <summary>Gets the path inside the list.</summary>
    public string RelativePath { get; }

    /// <summary>Gets what was wrong.</summary>
    public string Reason { get; }

    /// <summary>Wraps the error of element <paramref name="index"/>, keeping the path inside the element.</summary>
    /// <param name="index">The element's index.</param>
    /// <param name="exception">The element's error; its path, if any, is relative to the element.</param>
    /// <returns>The error to throw.</returns>
    public static NestedJsonException AtElement(int index, JsonException exception)
    {
        string inside = exception.Path is { Length: > 0 } path && path[0] == '$' ? path[1..] : string.Empty;
        return exception is NestedJsonException nested
            ? new NestedJsonException($"[{index}]{inside}{nested.RelativePath}", nested.Reason, nested.InnerException)
            : new NestedJsonException($"[{index}]{inside}", JsonErrors.Reason(exception), exception);
    }
}

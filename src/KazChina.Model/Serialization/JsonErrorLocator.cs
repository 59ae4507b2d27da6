using System;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace KazChina.Model;

/// <summary>
/// Finds where a model constructor rejected a value. System.Text.Json does not catch a constructor's
/// <see cref="ArgumentException"/>, so it carries no path; this walks the parsed document along the contracts,
/// reads each part on its own, and descends into the first part that fails until no smaller part does. It runs
/// only after a failure, so well-formed input pays nothing for it.
/// </summary>
internal static class JsonErrorLocator
{
    /// <summary>Builds the exception for a constructor's rejection, with the path of the value it rejected.</summary>
    /// <param name="utf8Json">The document, already known to be well-formed.</param>
    /// <param name="root">The contract the document was read with.</param>
    /// <param name="failure">The constructor's exception.</param>
    /// <returns>The exception to throw.</returns>
    public static KazChinaJsonException Locate(ReadOnlyMemory<byte> utf8Json, JsonTypeInfo root, ArgumentException failure)
    {
        using JsonDocument document = JsonDocument.Parse(utf8Json, new JsonDocumentOptions { MaxDepth = KazChinaJson.MaxDepth });
        return Find(document.RootElement, root, "$", failure)
            ?? new KazChinaJsonException("$", JsonErrors.Reason(failure), null, null, failure);
    }

    private static KazChinaJsonException? Find(JsonElement element, JsonTypeInfo contract, string path, Exception? knownFailure)
    {
        Exception? failure = knownFailure ?? TryRead(element, contract);
        if (failure is null)
        {
            return null;
        }

        JsonTypeInfo shape = ConcreteContract(element, contract);
        if (shape.Kind == JsonTypeInfoKind.Object && element.ValueKind == JsonValueKind.Object)
        {
            foreach (JsonProperty member in element.EnumerateObject())
            {
                JsonPropertyInfo? property = FindProperty(shape, member.Name);
                if (property is not null
                    && Find(member.Value, shape.Options.GetTypeInfo(property.PropertyType), JsonPath.Member(path, member.Name), null) is { } inner)
                {
                    return inner;
                }
            }
        }
        else if (shape.Converter is IValueListJsonConverter list && element.ValueKind == JsonValueKind.Array)
        {
            JsonTypeInfo item = shape.Options.GetTypeInfo(list.ElementType);
            int index = 0;
            foreach (JsonElement child in element.EnumerateArray())
            {
                if (Find(child, item, JsonPath.Element(path, index), null) is { } inner)
                {
                    return inner;
                }

                index++;
            }
        }

        return Describe(element, shape, path, failure);
    }

    private static Exception? TryRead(JsonElement element, JsonTypeInfo contract)
    {
        try
        {
            _ = element.Deserialize(contract);
            return null;
        }
        catch (Exception exception) when (exception is JsonException or ArgumentException or NotSupportedException)
        {
            return exception;
        }
    }

    /// <summary>For a polymorphic contract, the contract of the type the <c>$type</c> member names, whose members the element has.</summary>
    private static JsonTypeInfo ConcreteContract(JsonElement element, JsonTypeInfo contract)
    {
        if (contract.PolymorphismOptions is not { } polymorphism
            || element.ValueKind != JsonValueKind.Object
            || !element.TryGetProperty(polymorphism.TypeDiscriminatorPropertyName, out JsonElement discriminator)
            || discriminator.ValueKind != JsonValueKind.String)
        {
            return contract;
        }

        foreach (var derived in polymorphism.DerivedTypes)
        {
            if (derived.TypeDiscriminator is string name && discriminator.ValueEquals(name))
            {
                return contract.Options.GetTypeInfo(derived.DerivedType);
            }
        }

        return contract;
    }

    private static JsonPropertyInfo? FindProperty(JsonTypeInfo contract, string name)
    {
        foreach (JsonPropertyInfo property in contract.Properties)
        {
            if (string.Equals(property.Name, name, StringComparison.Ordinal))
            {
                return property;
            }
        }

        return null;
    }

    private static KazChinaJsonException Describe(JsonElement element, JsonTypeInfo contract, string path, Exception failure)
    {
        switch (failure)
        {
            case ArgumentException argument:
                string at = path;
                if (contract.Kind == JsonTypeInfoKind.Object && element.ValueKind == JsonValueKind.Object)
                {
                    foreach (JsonPropertyInfo property in contract.Properties)
                    {
                        if (string.Equals(property.AssociatedParameter?.Name, argument.ParamName, StringComparison.Ordinal)
                            && element.TryGetProperty(property.Name, out _))
                        {
                            at = JsonPath.Member(path, property.Name);
                            break;
                        }
                    }
                }

                return new KazChinaJsonException(at, JsonErrors.Reason(argument), null, null, argument);
            case NestedJsonException nested:
                return new KazChinaJsonException(path + Inside(nested) + nested.RelativePath, nested.Reason, null, null, nested.InnerException ?? nested);
            case JsonException json:
                return new KazChinaJsonException(path + Inside(json), JsonErrors.Reason(json), null, null, json);
            default:
                return new KazChinaJsonException(path + JsonErrors.PathInMessage(failure.Message)[1..], JsonErrors.Reason((NotSupportedException)failure), null, null, failure);
        }
    }

    private static string Inside(JsonException exception) =>
        exception.Path is { Length: > 0 } relative && relative[0] == '$' ? relative[1..] : string.Empty;
}

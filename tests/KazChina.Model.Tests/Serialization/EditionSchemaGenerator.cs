using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization.Metadata;
using NodaTime;

namespace KazChina.Model.Tests.Serialization;

/// <summary>
/// Generates the JSON Schema of the edition document from the package's source-generated contracts with
/// System.Text.Json's <see cref="JsonSchemaExporter"/>. The exporter cannot see into custom converters (ids,
/// lists, enums, dates) and writes <c>true</c> for them; <see cref="Transform"/> states what each converter
/// reads and writes, moves every named type into <c>$defs</c>, and adds the constraints the constructors check
/// that JSON Schema can express. The committed file is compared with this output by a test.
/// </summary>
public static class EditionSchemaGenerator
{
    /// <summary>The schema's <c>$id</c>.</summary>
    public static string SchemaId { get; } = $"urn:kazchina-model:schema:edition:{KazChinaJson.SchemaVersion}";

    private static readonly JsonSerializerOptions Options = KazChinaJson.Options;

    private static readonly JsonSchemaExporterOptions ExporterOptions = new() { TreatNullObliviousAsNonNullable = true, TransformSchemaNode = Transform };

    /// <summary>Constraints the constructors check, by declaring type and JSON member.</summary>
    private static readonly Dictionary<(Type Type, string Member), Func<JsonObject>> MemberRules = new()
    {
        [(typeof(Money), "amount")] = () => new() { ["minimum"] = 0 },
        [(typeof(Money), "currency")] = () => new() { ["enum"] = CurrencyCodes() },
        [(typeof(Quantity), "value")] = () => new() { ["minimum"] = 0 },
        [(typeof(GeoPoint), "latitude")] = () => new() { ["minimum"] = -90, ["maximum"] = 90 },
        [(typeof(GeoPoint), "longitude")] = () => new() { ["minimum"] = -180, ["maximum"] = 180 },
        [(typeof(TextSpan), "start")] = () => new() { ["minimum"] = 0 },
        [(typeof(TextSpan), "length")] = () => new() { ["minimum"] = 1 },
        [(typeof(Article), "volume")] = () => new() { ["minimum"] = 1 },
        [(typeof(Article), "issue")] = () => new() { ["minimum"] = 1 },
        [(typeof(Article), "text")] = () => new() { ["minLength"] = 1 },
        [(typeof(Country), "alpha2")] = () => new() { ["pattern"] = "^[A-Z]{2}$" },
        [(typeof(Country), "alpha3")] = () => new() { ["pattern"] = "^[A-Z]{3}$" },
        [(typeof(Place), "subdivisionCodes")] = () => new() { ["items"] = new JsonObject { ["type"] = "string", ["pattern"] = "^[A-Z]{2}-[A-Z0-9]{1,3}$" } },
        [(typeof(EditorialNote), "readings")] = () => new() { ["minItems"] = 1 },
        [(typeof(Agreement), "partyIds")] = () => new() { ["minItems"] = 1 },
        [(typeof(Provision), "actorIds")] = () => new() { ["minItems"] = 1 },
        [(typeof(InfrastructureProject), "countryIds")] = () => new() { ["minItems"] = 1 },
        [(typeof(CurrencySwap), "partyIds")] = () => new() { ["minItems"] = 2 },
        [(typeof(RecordReference), "allowedKinds")] = () => new() { ["minItems"] = 1 },
        [(typeof(KazChinaEdition), "schemaVersion")] = () => new() { ["const"] = KazChinaJson.SchemaVersion },
    };

    /// <summary>Generates the schema text: indented, LF line ends, a final newline.</summary>
    /// <returns>The schema.</returns>
    public static string Generate()
    {
        var definitions = new SortedDictionary<string, JsonNode>(StringComparer.Ordinal);
        foreach (Type type in NamedTypes())
        {
            definitions[NameOf(type)] = Definition(type);
        }

        var root = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = SchemaId,
            ["title"] = "KazChina.Model edition",
            ["description"] = "A critical edition of \"Kazakhstan Looks East: Sino-Kazakh Strategic Partnership Deepens\" (Eurasia Daily Monitor, vol. 8, issue 128, 2011) as written by KazChina.Model's KazChinaJson. Generated from the package's contracts; do not edit by hand.",
        };
        root["$ref"] = "#/$defs/" + NameOf(typeof(KazChinaEdition));
        var defs = new JsonObject();
        foreach ((string name, JsonNode definition) in definitions)
        {
            defs[name] = definition;
        }

        root["$defs"] = defs;
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, NewLine = "\n" }) + "\n";
    }

    /// <summary>Every type with its own entry in <c>$defs</c>: the public model types that serialize as objects or named strings.</summary>
    /// <returns>The types.</returns>
    public static IEnumerable<Type> NamedTypes() => JsonContractTypes.All.Where(IsNamed);

    private static bool IsNamed(Type type) =>
        JsonContractTypes.All.Contains(type)
        && (type.IsEnum || type == typeof(RecordId) || type == typeof(PartialDate) || Options.GetTypeInfo(type).Kind == JsonTypeInfoKind.Object);

    private static string NameOf(Type type) => type.Name;

    private static JsonNode Definition(Type type) =>
        JsonSchemaExporter.GetJsonSchemaAsNode(Options.GetTypeInfo(type), ExporterOptions);

    private static JsonNode Transform(JsonSchemaExporterContext context, JsonNode schema)
    {
        Type type = context.TypeInfo.Type;
        Type? underlying = Nullable.GetUnderlyingType(type);
        bool nullable = underlying is not null || (context.PropertyInfo?.IsGetNullable == true && !type.IsValueType);
        Type core = underlying ?? type;
        bool isRoot = context.Path.IsEmpty;
        bool underPolymorphicBase = context.BaseTypeInfo is not null;

        JsonNode result;
        if (IsNamed(core) && !isRoot && !underPolymorphicBase)
        {
            result = new JsonObject { ["$ref"] = "#/$defs/" + NameOf(core) };
        }
        else if (ConverterSchema(core) is { } converted)
        {
            result = converted;
        }
        else
        {
            result = Strip(schema, nullable);
        }

        if (context.PropertyInfo is { } property && MemberRules.TryGetValue((property.DeclaringType, property.Name), out Func<JsonObject>? rule))
        {
            result = Merge(result, rule());
        }

        return nullable && !isRoot ? OrNull(result) : result;
    }

    /// <summary>What each custom converter reads and writes.</summary>
    private static JsonObject? ConverterSchema(Type type)
    {
        if (type == typeof(RecordId))
        {
            return new JsonObject
            {
                ["type"] = "string",
                ["description"] = "A record id: lowercase ASCII letters and digits in groups joined by single hyphens.",
                ["pattern"] = RecordIdJsonConverter.Pattern,
                ["maxLength"] = RecordId.MaxLength,
            };
        }

        if (type == typeof(PartialDate))
        {
            return new JsonObject
            {
                ["type"] = "string",
                ["description"] = "A date as precise as the article gives it: uuuu, uuuu-MM or uuuu-MM-dd; then \" (early)\", \" (mid)\" or \" (late)\" for part of a month; then \" (year inferred)\" where the year is not in the text.",
                ["pattern"] = PartialDateJsonConverter.Pattern,
            };
        }

        if (type == typeof(LocalDate))
        {
            return new JsonObject { ["type"] = "string", ["format"] = "date", ["pattern"] = LocalDateJsonConverter.Pattern };
        }

        if (type.IsEnum)
        {
            var names = new JsonArray();
            foreach (object value in Enum.GetValues(type))
            {
                names.Add(JsonSerializer.Serialize(value, Options.GetTypeInfo(type)).Trim('"'));
            }

            return new JsonObject { ["type"] = "string", ["enum"] = names };
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ValueList<>))
        {
            Type element = type.GetGenericArguments()[0];
            JsonNode items = IsNamed(element)
                ? new JsonObject { ["$ref"] = "#/$defs/" + NameOf(element) }
                : ConverterSchema(element) ?? JsonSchemaExporter.GetJsonSchemaAsNode(Options.GetTypeInfo(element), ExporterOptions);
            var array = new JsonObject { ["type"] = "array", ["items"] = items };
            if (element == typeof(RecordId) || element == typeof(string) || element == typeof(TextSpan))
            {
                array["uniqueItems"] = true;
            }

            return array;
        }

        return null;
    }

    /// <summary>Drops the exporter's own null alternative (added back uniformly by <see cref="OrNull"/>).</summary>
    private static JsonNode Strip(JsonNode schema, bool nullable)
    {
        if (!nullable || schema is not JsonObject node || node["type"] is not JsonArray types)
        {
            return schema;
        }

        var kept = types.Select(t => t!.GetValue<string>()).Where(t => t != "null").ToList();
        node["type"] = kept.Count == 1 ? kept[0] : new JsonArray([.. kept.Select(t => (JsonNode)t)]);
        return node;
    }

    private static JsonObject OrNull(JsonNode schema) =>
        new JsonObject { ["anyOf"] = new JsonArray(schema, new JsonObject { ["type"] = "null" }) };

    private static JsonObject Merge(JsonNode schema, JsonObject extra)
    {
        if (schema is not JsonObject target || target.ContainsKey("$ref"))
        {
            var all = new JsonObject { ["allOf"] = new JsonArray(schema) };
            foreach ((string key, JsonNode? value) in extra.ToList())
            {
                extra.Remove(key);
                all[key] = value;
            }

            return all;
        }

        foreach ((string key, JsonNode? value) in extra.ToList())
        {
            extra.Remove(key);
            target[key] = value;
        }

        return target;
    }

    private static JsonArray CurrencyCodes()
    {
        var codes = new JsonArray();
        for (char a = 'A'; a <= 'Z'; a++)
        {
            for (char b = 'A'; b <= 'Z'; b++)
            {
                for (char c = 'A'; c <= 'Z'; c++)
                {
                    string code = new([a, b, c]);
                    if (Currency.IsKnown(code))
                    {
                        codes.Add(code);
                    }
                }
            }
        }

        return codes;
    }
}

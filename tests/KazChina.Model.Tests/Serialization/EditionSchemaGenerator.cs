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
/// lists, enums, dates, numbers) and writes <c>true</c> for them; <see cref="Transform"/> states what each
/// converter reads and writes, moves every named type into <c>$defs</c>, and adds every constraint the reader
/// checks on one value or one object that JSON Schema can express: text neither blank nor padded, days that exist,
/// ranges, codes, list lengths and uniqueness, members that go together. The committed file is compared with this
/// output by a test, and ajv compares its verdicts with the reader's (KazChinaJsonTests.SchemaDifferential).
/// </summary>
public static class EditionSchemaGenerator
{
    /// <summary>The schema's <c>$id</c>.</summary>
    public static string SchemaId { get; } = $"urn:kazchina-model:schema:edition:{KazChinaJson.SchemaVersion}";

    /// <summary>The characters .NET counts as white space (<see cref="char.IsWhiteSpace(char)"/>), which text may not start or end with; ECMA-262's <c>\s</c> differs (it has U+FEFF, lacks U+0085).</summary>
    public const string WhiteSpace = "\\t-\\r \\u0085\\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000";

    /// <summary>
    /// Valid Unicode: no UTF-16 surrogate without its partner, which JSON escapes can write (<c>"\\ud800"</c>) and the
    /// reader rejects. Written so that engines matching code points (ECMA-262 with the u flag) and engines matching
    /// UTF-16 code units (.NET) agree.
    /// </summary>
    public const string ValidUnicode = "(?![\\s\\S]*(?:[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]))";

    /// <summary>Text as the constructors require it (<c>Preconditions.CheckText</c>): valid Unicode, not empty, no white space at either end.</summary>
    public const string TextPattern = "^" + ValidUnicode + "[^" + WhiteSpace + "](?:[\\s\\S]*[^" + WhiteSpace + "])?$";

    /// <summary>The article's text: valid Unicode with at least one character that is not white space.</summary>
    public const string ArticleTextPattern = "^" + ValidUnicode + "[\\s\\S]*[^" + WhiteSpace + "]";

    /// <summary>A span's quoted words: valid Unicode (its length is checked against the span's, which JSON Schema cannot compare).</summary>
    public const string QuotedTextPattern = "^" + ValidUnicode;

    /// <summary>A partial date exactly as the reader accepts it: years 1900 to 2100, days that exist (29 February in leap years only), a part of the month only on a month.</summary>
    public static readonly string PartialDatePattern =
        "^(?:" + PartialDateYears + "(?:-" + Months + "(?: \\((?:early|mid|late)\\))?)?|" + Days(PartialDateYears, PartialDateLeapYears) + ")(?: \\(year inferred\\))?$";

    /// <summary>An ISO 8601 calendar date exactly as the reader accepts it: years 0000 to 9999 (the proleptic Gregorian calendar), days that exist.</summary>
    public static readonly string LocalDatePattern = "^" + Days("[0-9]{4}", "(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)") + "$";

    private const string Months = "(?:0[1-9]|1[0-2])";

    private const string PartialDateYears = "(?:19[0-9]{2}|20[0-9]{2}|2100)";

    /// <summary>The leap years from 1900 to 2100: 1900 and 2100 are not, 2000 is.</summary>
    private const string PartialDateLeapYears = "(?:19(?:0[48]|[2468][048]|[13579][26])|20(?:0[048]|[2468][048]|[13579][26]))";

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
        [(typeof(TextSpan), "start")] = () => new() { ["minimum"] = 0, ["maximum"] = int.MaxValue - 1 },
        [(typeof(TextSpan), "length")] = () => new() { ["minimum"] = 1 },
        [(typeof(Article), "volume")] = () => new() { ["minimum"] = 1 },
        [(typeof(Article), "issue")] = () => new() { ["minimum"] = 1 },
        [(typeof(Article), "text")] = () => new() { ["pattern"] = ArticleTextPattern },
        [(typeof(TextSpan), "text")] = () => new() { ["minLength"] = 1, ["pattern"] = QuotedTextPattern },
        [(typeof(RecordReference), "index")] = () => new() { ["minimum"] = 0 },
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

    /// <summary>
    /// Rules the constructors check between the members of one object, where JSON Schema can state them. Those it
    /// cannot (two members that must differ, a text whose length is another member, an order between two dates)
    /// are listed in <see cref="KazChinaJsonTests"/>' differential test with ajv.
    /// </summary>
    private static readonly Dictionary<Type, Func<JsonObject[]>> ObjectRules = new()
    {
        [typeof(Citation)] = () =>
        [
            IfNull("date", then: Member("dateAsWritten", new() { ["type"] = "null" }), otherwise: Member("dateAsWritten", new() { ["type"] = "string" })),
            Member("evidence", new() { ["type"] = "object", ["properties"] = new JsonObject { ["citationIds"] = new JsonObject { ["type"] = "array", ["maxItems"] = 0 } } }),
        ],
        [typeof(Assessment)] = () =>
        [
            If(Member("source", new() { ["const"] = "attributed" }), then: Member("holderId", new() { ["type"] = "string" }), otherwise: Member("holderId", new() { ["type"] = "null" })),
        ],
        [typeof(TradeFigure)] = () =>
        [
            new() { ["oneOf"] = new JsonArray(Member("amount", new() { ["type"] = "null" }), Member("quantity", new() { ["type"] = "null" })) },
            If(Member("measure", new() { ["const"] = "commodityDelivered" }), then: Member("commodity", new() { ["type"] = "string" }), otherwise: Member("commodity", new() { ["type"] = "null" })),
        ],
        [typeof(RecordReference)] = () =>
        [
            IfNull("index", then: Member("member", new() { ["not"] = new JsonObject { ["pattern"] = "\\[\\]" } }), otherwise: Member("member", new() { ["pattern"] = "\\[\\]" })),
        ],
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

        if (core == typeof(string) && context.PropertyInfo is not null)
        {
            result = Merge(result, new JsonObject { ["pattern"] = TextPattern });
        }

        if (context.PropertyInfo is { } property && MemberRules.TryGetValue((property.DeclaringType, property.Name), out Func<JsonObject>? rule))
        {
            result = Merge(result, rule());
        }

        if (context.PropertyInfo is null && result is JsonObject shape)
        {
            StateNullableConverted(context.TypeInfo, shape);
            if (ObjectRules.TryGetValue(core, out Func<JsonObject[]>? rules))
            {
                shape["allOf"] = new JsonArray([.. rules()]);
            }
        }

        return nullable && !isRoot ? OrNull(result) : result;
    }

    /// <summary>
    /// States a nullable member of a type with its own converter (<c>int?</c>): the exporter writes only its default
    /// for one, without asking <see cref="Transform"/>.
    /// </summary>
    private static void StateNullableConverted(JsonTypeInfo contract, JsonObject shape)
    {
        if (contract.Kind != JsonTypeInfoKind.Object || shape["properties"] is not JsonObject properties)
        {
            return;
        }

        foreach (JsonPropertyInfo property in contract.Properties)
        {
            if (Nullable.GetUnderlyingType(property.PropertyType) is { } underlying && ConverterSchema(underlying) is { } converted)
            {
                JsonObject stated = MemberRules.TryGetValue((property.DeclaringType, property.Name), out Func<JsonObject>? rule) ? Merge(converted, rule()) : converted;
                properties[property.Name] = OrNull(stated);
            }
        }
    }

    private static JsonObject Member(string name, JsonObject schema) =>
        new() { ["properties"] = new JsonObject { [name] = schema } };

    private static JsonObject If(JsonObject condition, JsonObject then, JsonObject otherwise) =>
        new() { ["if"] = condition, ["then"] = then, ["else"] = otherwise };

    private static JsonObject IfNull(string name, JsonObject then, JsonObject otherwise) =>
        If(Member(name, new() { ["type"] = "null" }), then, otherwise);

    /// <summary>The days of <paramref name="years"/> that exist: each month's length, 29 February only in <paramref name="leapYears"/>.</summary>
    private static string Days(string years, string leapYears) =>
        "(?:" + years + "-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)|02-(?:0[1-9]|1[0-9]|2[0-8]))|" + leapYears + "-02-29)";

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
                ["pattern"] = PartialDatePattern,
            };
        }

        if (type == typeof(LocalDate))
        {
            return new JsonObject { ["type"] = "string", ["format"] = "date", ["pattern"] = LocalDatePattern };
        }

        if (type == typeof(decimal))
        {
            return new JsonObject { ["type"] = "number", ["minimum"] = decimal.MinValue, ["maximum"] = decimal.MaxValue };
        }

        if (type == typeof(int))
        {
            return new JsonObject { ["type"] = "integer", ["minimum"] = int.MinValue, ["maximum"] = int.MaxValue };
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
            JsonNode items = IsNamed(element) ? new JsonObject { ["$ref"] = "#/$defs/" + NameOf(element) }
                : element == typeof(string) ? new JsonObject { ["type"] = "string", ["pattern"] = TextPattern }
                : ConverterSchema(element) ?? JsonSchemaExporter.GetJsonSchemaAsNode(Options.GetTypeInfo(element), ExporterOptions);
            var array = new JsonObject { ["type"] = "array", ["items"] = items };
            // The constructors refuse a repeated item of these lists; for name forms they compare the form alone, which
            // JSON Schema cannot say, so a form repeated with another kind is a documented gap.
            if (element == typeof(RecordId) || element == typeof(string) || element == typeof(TextSpan) || element == typeof(Reading) || element == typeof(NameForm))
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

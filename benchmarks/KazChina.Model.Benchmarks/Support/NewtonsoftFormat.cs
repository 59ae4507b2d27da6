using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Converters;
using Newtonsoft.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace KazChina.Model.Benchmarks;

/// <summary>
/// The least a Newtonsoft.Json user needs to read and write the package's wire format: camelCase names,
/// enums as camelCase strings, no date sniffing, the computed members left out, and converters for the
/// types Json.NET cannot construct on its own (ids, value lists, partial dates, NodaTime dates). The
/// partial-date grammar is the package's own parser, so both libraries pay the same per value.
/// </summary>
internal static class NewtonsoftFormat
{
    public static JsonSerializerSettings Settings { get; } = new()
    {
        ContractResolver = new WireContractResolver(),
        DateParseHandling = DateParseHandling.None,
        FloatParseHandling = FloatParseHandling.Decimal,
        MissingMemberHandling = MissingMemberHandling.Error,
        Converters =
        [
            new StringEnumConverter(new CamelCaseNamingStrategy(), allowIntegerValues: false),
            new RecordIdConverter(),
            new PartialDateConverter(),
            new LocalDateConverter(),
            new ValueListConverter(),
            new ReadingConverter(),
        ],
    };

    /// <summary>The <c>$type</c> of each kind of reading, as System.Text.Json's attributes on <see cref="Reading"/> name it.</summary>
    private static readonly Dictionary<Type, string> ReadingTypes = typeof(Reading)
        .GetCustomAttributes<System.Text.Json.Serialization.JsonDerivedTypeAttribute>()
        .ToDictionary(a => a.DerivedType, a => (string)a.TypeDiscriminator!);

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes <paramref name="edition"/> as UTF-8 bytes, as a user writing to a stream would.</summary>
    public static byte[] Serialize(JsonSerializer serializer, KazChinaEdition edition)
    {
        using var stream = new MemoryStream();
        using (var writer = new StreamWriter(stream, Utf8, leaveOpen: true))
        {
            serializer.Serialize(writer, edition);
        }

        return stream.ToArray();
    }

    /// <summary>Reads an edition from UTF-8 bytes, as a user reading from a stream would.</summary>
    public static KazChinaEdition Deserialize(JsonSerializer serializer, byte[] utf8)
    {
        using var reader = new StreamReader(new MemoryStream(utf8), Utf8);
        using var json = new JsonTextReader(reader);
        return serializer.Deserialize<KazChinaEdition>(json)!;
    }

    /// <summary>camelCase, the constructors System.Text.Json uses, without the members System.Text.Json ignores (a record's kind, a span's end, ...), and with the edition's <c>schemaVersion</c>.</summary>
    private sealed class WireContractResolver : DefaultContractResolver
    {
        public WireContractResolver() => NamingStrategy = new CamelCaseNamingStrategy();

        /// <summary>Binds to the constructor System.Text.Json binds to (marked [JsonConstructor], some internal) when a type has one.</summary>
        protected override JsonObjectContract CreateObjectContract(Type objectType)
        {
            JsonObjectContract contract = base.CreateObjectContract(objectType);
            ConstructorInfo? marked = objectType
                .GetConstructors(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance)
                .SingleOrDefault(c => c.IsDefined(typeof(System.Text.Json.Serialization.JsonConstructorAttribute)));
            if (marked is not null)
            {
                contract.OverrideCreator = marked.Invoke;
                contract.CreatorParameters.Clear();
                foreach (JsonProperty parameter in CreateConstructorParameters(marked, contract.Properties))
                {
                    contract.CreatorParameters.Add(parameter);
                }
            }

            return contract;
        }

        protected override IList<JsonProperty> CreateProperties(Type type, MemberSerialization memberSerialization)
        {
            List<JsonProperty> properties = base.CreateProperties(type, memberSerialization)
                .Where(p => p.AttributeProvider?.GetAttributes(typeof(System.Text.Json.Serialization.JsonIgnoreAttribute), inherit: true).Count is null or 0)
                .ToList();
            if (ReadingTypes.TryGetValue(type, out string? discriminator))
            {
                properties.Insert(0, new JsonProperty
                {
                    PropertyName = "$type",
                    PropertyType = typeof(string),
                    DeclaringType = type,
                    ValueProvider = new DiscriminatorProvider(discriminator),
                    Readable = true,
                    Writable = true,
                });
            }

                        if (type == typeof(KazChinaEdition))
            {
                properties.Insert(0, new JsonProperty
                {
                    PropertyName = "schemaVersion",
                    PropertyType = typeof(int),
                    DeclaringType = type,
                    ValueProvider = new SchemaVersionProvider(),
                    Readable = true,
                    Writable = true,
                    Required = Required.Always,
                });
            }

            return properties;
        }
    }

    /// <summary>Writes a reading's <c>$type</c>; the one read has already chosen the type (<see cref="ReadingConverter"/>).</summary>
    private sealed class DiscriminatorProvider(string discriminator) : IValueProvider
    {
        public object GetValue(object target) => discriminator;

        public void SetValue(object target, object? value)
        {
        }
    }

    /// <summary>Reads a <see cref="Reading"/> as the kind its <c>$type</c> names.</summary>
    private sealed class ReadingConverter : JsonConverter
    {
        public override bool CanWrite => false;

        public override bool CanConvert(Type objectType) => objectType == typeof(Reading);

        public override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer)
        {
            var json = Newtonsoft.Json.Linq.JObject.Load(reader);
            string discriminator = (string?)json["$type"] ?? throw new JsonSerializationException("A reading has no $type.");
            Type type = ReadingTypes.Single(t => t.Value == discriminator).Key;
            return json.ToObject(type, serializer);
        }

        public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer) => throw new NotSupportedException();
    }

    /// <summary>Writes the format's version and checks the one read.</summary>
    private sealed class SchemaVersionProvider : IValueProvider
    {
        public object GetValue(object target) => KazChinaJson.SchemaVersion;

        public void SetValue(object target, object? value)
        {
            if (!Equals(value, KazChinaJson.SchemaVersion))
            {
                throw new JsonSerializationException($"Schema version {value} is not supported.");
            }
        }
    }

    /// <summary>Reads and writes a struct (and its nullable form) as a string.</summary>
    private abstract class StringConverter<T> : JsonConverter
        where T : struct
    {
        public override bool CanConvert(Type objectType) => objectType == typeof(T) || objectType == typeof(T?);

        public override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer) =>
            reader.TokenType == JsonToken.Null ? null : Parse((string)reader.Value!);

        public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer)
        {
            if (value is T typed)
            {
                writer.WriteValue(Format(typed));
            }
            else
            {
                writer.WriteNull();
            }
        }

        protected abstract T Parse(string text);

        protected abstract string Format(T value);
    }

    private sealed class RecordIdConverter : StringConverter<RecordId>
    {
        protected override RecordId Parse(string text) => new(text);

        protected override string Format(RecordId value) => value.Value;
    }

    private sealed class LocalDateConverter : StringConverter<LocalDate>
    {
        protected override LocalDate Parse(string text) => LocalDatePattern.Iso.Parse(text).Value;

        protected override string Format(LocalDate value) => LocalDatePattern.Iso.Format(value);
    }

    private sealed class PartialDateConverter : JsonConverter<PartialDate>
    {
        public override PartialDate? ReadJson(JsonReader reader, Type objectType, PartialDate? existingValue, bool hasExistingValue, JsonSerializer serializer) =>
            reader.TokenType == JsonToken.Null ? null : PartialDateJsonConverter.Parse((string)reader.Value!);

        public override void WriteJson(JsonWriter writer, PartialDate? value, JsonSerializer serializer)
        {
            if (value is null)
            {
                writer.WriteNull();
            }
            else
            {
                writer.WriteValue(PartialDateJsonConverter.Format(value));
            }
        }
    }

    /// <summary>Reads any <see cref="ValueList{T}"/> as a JSON array of T, and writes it as one.</summary>
    private sealed class ValueListConverter : JsonConverter
    {
        private static readonly MethodInfo ReadList = typeof(ValueListConverter).GetMethod(nameof(Read), BindingFlags.NonPublic | BindingFlags.Static)!;

        private readonly ConcurrentDictionary<Type, Func<JsonReader, JsonSerializer, object>> _readers = new();

        public override bool CanConvert(Type objectType) => objectType.IsGenericType && objectType.GetGenericTypeDefinition() == typeof(ValueList<>);

        public override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer)
        {
            Func<JsonReader, JsonSerializer, object> read = _readers.GetOrAdd(
                objectType,
                static type => ReadList.MakeGenericMethod(type.GetGenericArguments()[0]).CreateDelegate<Func<JsonReader, JsonSerializer, object>>());
            return read(reader, serializer);
        }

        public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer)
        {
            writer.WriteStartArray();
            foreach (object? item in (System.Collections.IEnumerable)value!)
            {
                serializer.Serialize(writer, item);
            }

            writer.WriteEndArray();
        }

        private static ValueList<T> Read<T>(JsonReader reader, JsonSerializer serializer) =>
            ValueList.From(serializer.Deserialize<List<T>>(reader)!);
    }
}

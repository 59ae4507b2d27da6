using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using FsCheck;
using FsCheck.Fluent;
using Xunit;

namespace KazChina.Model.Tests.Records;

/// <summary>
/// Finds the place a new member was forgotten. For every public record type, each public member (each property
/// the JSON writes, so not the computed <c>[JsonIgnore]</c> ones such as <see cref="EditionRecord.Kind"/>) must
/// have a column in <see cref="EditionTables"/> and a column or list table in <see cref="EditionDatabase"/>, a property in the shipped JSON Schema (so must each member of the
/// values records hold), and be set (non-null, non-empty) in some of the <see cref="Generators"/>' output. Each
/// failure names the type and the member.
/// </summary>
/// <remarks>
/// Tables are checked for the records' own members: nested values are flattened by shared column helpers
/// (an amount gives <c>amount</c>, <c>amountCurrency</c>, …) whose layout <c>EditionTablesTests</c> and the CSV golden files pin.
/// </remarks>
public class RecordMemberGuardTests
{
    /// <summary>Values generated per record type: enough to see every optional member set many times over.</summary>
    private const int Samples = 2000;

    /// <summary>
    /// Record members whose table columns are not named after them, with the columns that carry them and why.
    /// An entry with no columns would be an exclusion: a member deliberately left out of the tables.
    /// </summary>
    private static readonly Dictionary<string, (string[] Columns, string Reason)> ColumnsNamedOtherwise = new()
    {
        ["Place.Location"] = (["latitude", "longitude", "locationPrecision"], "a position is two numbers and how precise they are, one column each, as spreadsheets and GIS tools read them"),
        ["Article.Text"] = ([], "the whole text in one cell serves no reporting tool; the spans' words stand in evidenceText and the JSON carries the text"),
    };

    /// <summary>Member paths the generators leave unset on purpose, and why.</summary>
    private static readonly Dictionary<string, string> NeverSetOnPurpose = new()
    {
        ["Citation.Evidence.CitationIds"] = "a citation's evidence is its own span: the constructor forbids it to cite another citation",
    };

    private static readonly JsonObject SchemaDefinitions = JsonNode.Parse(KazChinaJson.Schema)!["$defs"]!.AsObject();

    public static TheoryData<string> RecordAndValueTypeNames() => [.. ModelTypes.RecordTypes.SelectMany(ReachableTypes).Distinct().Select(t => t.Name)];

    /// <summary>Also what lets the other tests find a type's kind, and so its table, by its name.</summary>
    [Fact]
    public void RecordTypes_FoundByReflection_AreOnePerKind()
    {
        Assert.Equal(
            Enum.GetNames<RecordKind>().Order(StringComparer.Ordinal),
            ModelTypes.RecordTypes.Select(t => t.Name));
    }

    [Theory]
    [MemberData(nameof(ModelTypes.RecordTypeNames), MemberType = typeof(ModelTypes))]
    public void TableColumns_EveryRecordMember_HasOne(string typeName)
    {
        Type type = ModelTypes.RecordType(typeName);
        FlatTable table = KazChinaEdition.Current.ToTable(Enum.Parse<RecordKind>(type.Name));

        string[] wireNames = [.. Members(type).Select(WireName)];
        var missing = new List<string>();
        foreach (PropertyInfo member in Members(type))
        {
            string name = $"{type.Name}.{member.Name}";
            if (ColumnsNamedOtherwise.TryGetValue(name, out var named))
            {
                missing.AddRange(named.Columns.Where(c => !table.Columns.Contains(c)).Select(c => $"{name} (column '{c}', because {named.Reason})"));
            }
            else if (!table.Columns.Any(c => OwnerOf(c, wireNames) == WireName(member)))
            {
                missing.Add(name);
            }
        }

        Assert.True(
            missing.Count == 0,
            $"No column in EditionTables' '{table.Name}' table for {string.Join(", ", missing)}. Add one, or list the member in {nameof(ColumnsNamedOtherwise)} with the reason.");
    }

    [Theory]
    [MemberData(nameof(ModelTypes.RecordTypeNames), MemberType = typeof(ModelTypes))]
    public void RelationalTables_EveryRecordMember_HasAColumnOrAListTable(string typeName)
    {
        Type type = ModelTypes.RecordType(typeName);
        HashSet<string> carried = [.. EditionDatabase.MembersOf(Enum.Parse<RecordKind>(type.Name))];

        string[] missing = [.. Members(type).Where(m => !carried.Contains(m.Name)).Select(m => $"{type.Name}.{m.Name}")];

        Assert.True(
            missing.Length == 0,
            $"No column or list table in EditionDatabase carries {string.Join(", ", missing)}: every format that writes the relational model would drop it. Add a column (named after the member in snake_case, or naming the member it carries) or a list table.");
    }

    [Theory]
    [MemberData(nameof(RecordAndValueTypeNames))]
    public void JsonSchema_EveryMember_HasAProperty(string typeName)
    {
        Type type = ModelTypes.RecordTypes.SelectMany(ReachableTypes).First(t => t.Name == typeName);
        JsonObject? properties = SchemaDefinitions[type.Name]?["properties"]?.AsObject();
        Assert.True(properties is not null, $"The JSON Schema has no definition with properties for {type.Name}.");

        string[] missing = [.. Members(type).Where(m => !properties.ContainsKey(WireName(m))).Select(m => $"{type.Name}.{m.Name} ('{WireName(m)}')")];

        Assert.True(missing.Length == 0, $"No property in the JSON Schema for {string.Join(", ", missing)}. Regenerate the schema (see KazChinaJsonTests.Schema).");
    }

    [Theory]
    [MemberData(nameof(ModelTypes.RecordTypeNames), MemberType = typeof(ModelTypes))]
    public void Generators_EveryOptionalMember_IsSetInSomeOutput(string typeName)
    {
        Type type = ModelTypes.RecordType(typeName);
        PropertyInfo generator = Assert.Single(
            typeof(Generators).GetProperties(BindingFlags.Public | BindingFlags.Static),
            p => p.PropertyType == typeof(Gen<>).MakeGenericType(type));
        var sample = (IEnumerable<object>)typeof(RecordMemberGuardTests)
            .GetMethod(nameof(Sample), BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(type)
            .Invoke(null, [generator.GetValue(null)])!;

        var everSet = new Dictionary<string, bool>();
        foreach (object record in sample)
        {
            NoteWhatIsSet(record, type.Name, everSet);
        }

        string[] neverSet = [.. everSet.Where(e => !e.Value && !NeverSetOnPurpose.ContainsKey(e.Key)).Select(e => e.Key)];
        Assert.True(
            neverSet.Length == 0,
            $"Generators.{generator.Name} never sets {string.Join(", ", neverSet)} in {Samples} values: a constructor argument swapped or left null there goes unnoticed. Generate it, or list it in {nameof(NeverSetOnPurpose)} with the reason.");
    }

    private static IEnumerable<object> Sample<T>(Gen<T> generator) =>
        generator.Sample(50, new Rnd(2011UL), Samples).Cast<object>();

    /// <summary>Notes for each nullable or list member under <paramref name="path"/> whether it is set here, and walks into the values it holds.</summary>
    private static void NoteWhatIsSet(object value, string path, Dictionary<string, bool> everSet)
    {
        foreach (PropertyInfo member in Members(value.GetType()))
        {
            string memberPath = $"{path}.{member.Name}";
            object? held = member.GetValue(value);
            bool nullable = !member.PropertyType.IsValueType || Nullable.GetUnderlyingType(member.PropertyType) is not null;
            bool isList = IsValueList(member.PropertyType);
            if (nullable || isList)
            {
                bool set = isList ? ((IEnumerable)held!).Cast<object>().Any() : held is not null;
                everSet[memberPath] = everSet.GetValueOrDefault(memberPath) || set;
            }

            IEnumerable<object> nested = isList ? ((IEnumerable)held!).Cast<object>() : held is null ? [] : [held];
            foreach (object item in nested.Where(n => IsComposite(n.GetType())))
            {
                NoteWhatIsSet(item, memberPath, everSet);
            }
        }
    }

    /// <summary>The public members the JSON writes: public instance properties not marked <c>[JsonIgnore]</c>.</summary>
    private static IEnumerable<PropertyInfo> Members(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && !Attribute.IsDefined(p, typeof(JsonIgnoreAttribute), inherit: true));

    /// <summary>
    /// The type and every composite value type its members hold, directly, as nullable or in lists; for an abstract
    /// polymorphic type such as <see cref="Reading"/>, each of its derived types.
    /// </summary>
    private static IEnumerable<Type> ReachableTypes(Type type)
    {
        if (type.IsAbstract)
        {
            foreach (Type derived in type.GetCustomAttributes<JsonDerivedTypeAttribute>(inherit: false).Select(d => d.DerivedType))
            {
                foreach (Type reached in ReachableTypes(derived))
                {
                    yield return reached;
                }
            }

            yield break;
        }

        yield return type;
        foreach (Type held in Members(type).Select(m => ElementType(m.PropertyType)).Where(IsComposite))
        {
            foreach (Type reached in ReachableTypes(held))
            {
                yield return reached;
            }
        }
    }

    private static Type ElementType(Type type) =>
        Nullable.GetUnderlyingType(type) ?? (IsValueList(type) ? type.GetGenericArguments()[0] : type);

    private static bool IsValueList(Type type) => type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ValueList<>);

    /// <summary>
    /// A model type written member by member: not an enum, and without a converter of its own (a record id or a
    /// partial date is written as one string, which the schema describes with a pattern).
    /// </summary>
    private static bool IsComposite(Type type) =>
        type.Assembly == typeof(EditionRecord).Assembly && !type.IsEnum && !Attribute.IsDefined(type, typeof(JsonConverterAttribute));

    private static string WireName(PropertyInfo member) =>
        member.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? JsonNamingPolicy.CamelCase.ConvertName(member.Name);

    /// <summary>
    /// The member a column is named after or flattens (<c>amount</c>, <c>amountCurrency</c> for <c>amount</c>): the
    /// longest wire name that is the column's name or the start of it before a capital, so <c>dateAsWritten</c>
    /// belongs to <c>dateAsWritten</c>, not to <c>date</c>.
    /// </summary>
    private static string? OwnerOf(string column, IEnumerable<string> wireNames) =>
        wireNames
            .Where(w => column == w || (column.StartsWith(w, StringComparison.Ordinal) && char.IsUpper(column[w.Length])))
            .MaxBy(w => w.Length);
}

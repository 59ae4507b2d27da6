using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Serialization.Metadata;
using Xunit;

namespace KazChina.Model.Tests.Serialization;

/// <summary>
/// The member lists the hand-written reader and writer share, against the source-generated contracts: every object
/// of an edition document has one, and it names the contract's members in the contract's order. A property added to
/// a model type and not to its list fails here, naming the type and the member, before any document is compared.
/// </summary>
public class JsonMembersTests
{
    /// <summary>The object types of an edition document, by name.</summary>
    public static TheoryData<string> ObjectTypes() => new(ObjectsOfAnEdition().Select(type => type.Name));

    [Theory]
    [MemberData(nameof(ObjectTypes))]
    public void Names_ObjectOfAnEdition_AreItsContractsMembersInOrder(string typeName)
    {
        Type type = ObjectsOfAnEdition().Single(t => t.Name == typeName);
        Type? members = typeof(JsonMembers).GetNestedType(typeName);
        Assert.True(members is { IsEnum: true }, $"JsonMembers has no enum {typeName} listing the members of {typeName}.");

        string[] contract = [.. KazChinaJson.Options.GetTypeInfo(type).Properties.Select(property => property.Name)];
        string[] listed = WireNames(members);

        int at = contract.AsSpan().CommonPrefixLength(listed);
        if (at < contract.Length || at < listed.Length)
        {
            Assert.Fail(
                at == listed.Length ? $"{typeName}: the contract's member '{contract[at]}' (position {at}) is missing from JsonMembers.{typeName}."
                : at == contract.Length ? $"{typeName}: JsonMembers.{typeName} lists '{listed[at]}' (position {at}), which the contract does not have."
                : $"{typeName}: at position {at} the contract has '{contract[at]}' and JsonMembers.{typeName} lists '{listed[at]}'.");
        }
    }

    [Fact]
    public void JsonMembers_EveryEnum_ListsAnObjectOfAnEdition()
    {
        HashSet<string> objects = [.. ObjectsOfAnEdition().Select(type => type.Name)];

        string[] strays = [.. typeof(JsonMembers).GetNestedTypes().Where(t => t.IsEnum && !objects.Contains(t.Name)).Select(t => t.Name)];

        Assert.True(strays.Length == 0, $"JsonMembers lists members of types that are no object of an edition: {string.Join(", ", strays)}.");
    }

    /// <summary>The wire names the reader and writer use: the production table, not a second derivation.</summary>
    private static string[] WireNames(Type members) =>
        (string[])typeof(JsonMembers.Names<>).MakeGenericType(members).GetField(nameof(JsonMembers.Names<JsonMembers.Loan>.Text))!.GetValue(null)!;

    /// <summary>Every type written as a JSON object within an edition, found by walking the contracts from the edition down, into the derived types of polymorphic ones.</summary>
    private static List<Type> ObjectsOfAnEdition()
    {
        var found = new List<Type>();
        var pending = new Queue<Type>([typeof(KazChinaEdition)]);
        while (pending.TryDequeue(out Type? type))
        {
            if (found.Contains(type))
            {
                continue;
            }

            JsonTypeInfo contract = KazChinaJson.Options.GetTypeInfo(type);
            foreach (JsonDerivedType derived in contract.PolymorphismOptions?.DerivedTypes ?? [])
            {
                pending.Enqueue(derived.DerivedType);
            }

            // An abstract polymorphic type is never an object of its own in a document: each of its derived types is.
            if (contract.Kind == JsonTypeInfoKind.Object && !type.IsAbstract)
            {
                found.Add(type);
                foreach (JsonPropertyInfo property in contract.Properties)
                {
                    pending.Enqueue(ValueType(property.PropertyType));
                }
            }
        }

        return found;
    }

    /// <summary>The type of the values a member holds: the element type of a list, the underlying type of a nullable.</summary>
    private static Type ValueType(Type type) =>
        Nullable.GetUnderlyingType(type)
        ?? (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ValueList<>) ? type.GetGenericArguments()[0] : type);
}

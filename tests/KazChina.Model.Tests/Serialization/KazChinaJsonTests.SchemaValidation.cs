using System;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using FsCheck.Xunit;
using Json.Schema;
using Xunit;

namespace KazChina.Model.Tests.Serialization;

public partial class KazChinaJsonTests
{
    private static readonly Lazy<(JsonSchema Edition, JsonSchema Record)> Schemas = new(BuildSchemas);

    private static readonly EvaluationOptions Evaluation = new() { OutputFormat = OutputFormat.List, RequireFormatValidation = true };

    [Fact]
    public void Schema_HasNoPlaceholders()
    {
        JsonNode schema = JsonNode.Parse(KazChinaJson.Schema)!;

        Assert.Empty(PlaceholderPaths(schema, "#"));
        Assert.Equal(EditionSchemaGenerator.NamedTypes().Select(t => t.Name).Order(StringComparer.Ordinal), schema["$defs"]!.AsObject().Select(d => d.Key));
    }

    [Fact]
    public void Schema_GoldenFiles_AreValid()
    {
        AssertValid(Schemas.Value.Edition, EditionGolden());
        AssertValid(Schemas.Value.Edition, SyntheticGolden());
    }

    [Property(Arbitrary = [typeof(Generators)], MaxTest = 60)]
    public void Schema_GeneratedEditions_AreValid(KazChinaEdition edition) =>
        AssertValid(Schemas.Value.Edition, KazChinaJson.Serialize(edition));

    [Property(Arbitrary = [typeof(Generators)], MaxTest = 300)]
    public void Schema_GeneratedRecords_AreValid(EditionRecord record) =>
        AssertValid(Schemas.Value.Record, KazChinaJson.Serialize(record));

    [Theory]
    [InlineData("$.loans[0].amount.value.amount", "-1")]
    [InlineData("$.loans[0].amount.value.currency", "\"XYZ\"")]
    [InlineData("$.loans[0].amount.bound", "\"Exact\"")]
    [InlineData("$.loans[0].purpose", "null")]
    [InlineData("$.loans[0].lenderId", "\"Not An Id\"")]
    [InlineData("$.citations[0].date", "\"June 13\"")]
    [InlineData("$.countries[0].evidence.spans[0].length", "0")]
    [InlineData("$.currencySwaps[0].partyIds", "[\"a\"]")]
    [InlineData("$.schemaVersion", "1")]
    [InlineData("$.events[0].when", "{\"relation\":\"at\",\"date\":\"2011-13-45 (year inferred)\"}")]
    [InlineData("$.events[0].when", "{\"relation\":\"at\",\"date\":\"2011-02-31\"}")]
    [InlineData("$.people[0].name", "\" Hu\"")]
    [InlineData("$.people[0].otherFormsAsWritten", "[\"\"]")]
    public void Schema_InvalidValue_IsRejectedByTheSchemaToo(string path, string replacement)
    {
        JsonElement document = JsonDocument.Parse(Replace(EditionJson, path, replacement)).RootElement;

        Assert.False(Schemas.Value.Edition.Evaluate(document, Evaluation).IsValid);
    }

    [Fact]
    public void Schema_UnknownOrMissingMember_IsRejectedByTheSchemaToo()
    {
        JsonObject unknown = Parse(EditionJson);
        unknown["loans"]![0]!.AsObject()["kind"] = "loan";
        JsonObject missing = Parse(EditionJson);
        missing["loans"]![0]!.AsObject().Remove("when");

        Assert.False(Schemas.Value.Edition.Evaluate(JsonDocument.Parse(unknown.ToJsonString()).RootElement, Evaluation).IsValid);
        Assert.False(Schemas.Value.Edition.Evaluate(JsonDocument.Parse(missing.ToJsonString()).RootElement, Evaluation).IsValid);
    }

    private static void AssertValid(JsonSchema schema, string json)
    {
        EvaluationResults results = schema.Evaluate(JsonDocument.Parse(json).RootElement, Evaluation);
        string errors = string.Join(
            "\n",
            (results.Details ?? []).Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} ({d.EvaluationPath}): {e.Value}")).Take(20));

        Assert.True(results.IsValid, errors);
    }

    private static (JsonSchema Edition, JsonSchema Record) BuildSchemas()
    {
        var build = new BuildOptions { SchemaRegistry = new SchemaRegistry() };
        JsonSchema edition = JsonSchema.FromText(KazChinaJson.Schema, build);
        JsonSchema record = JsonSchema.FromText(
            $$"""{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"urn:kazchina-model:test:record","$ref":"{{EditionSchemaGenerator.SchemaId}}#/$defs/EditionRecord"}""",
            build);
        return (edition, record);
    }

    /// <summary>Finds boolean schemas where a schema for a value is expected: a sign that a converter's type was left as "anything".</summary>
    private static string[] PlaceholderPaths(JsonNode? node, string path)
    {
        switch (node)
        {
            case JsonObject obj:
                return [.. obj.SelectMany(member => member.Key switch
                {
                    "properties" or "$defs" => member.Value!.AsObject().SelectMany(p => p.Value is JsonValue ? [$"{path}/{member.Key}/{p.Key}"] : PlaceholderPaths(p.Value, $"{path}/{member.Key}/{p.Key}")),
                    "items" when member.Value is JsonValue => [$"{path}/items"],
                    _ => PlaceholderPaths(member.Value, $"{path}/{member.Key}"),
                })];
            case JsonArray array:
                return [.. array.SelectMany((item, i) => PlaceholderPaths(item, $"{path}/{i}"))];
            default:
                return [];
        }
    }
}

using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Xunit;
using Xunit.Abstractions;

namespace KazChina.Model.Tests.Serialization;

/// <summary>
/// The fast edition reader must accept exactly the documents the source-generated contracts accept, and read
/// them into equal editions; everything else it hands back to the contracts, whose errors name the path.
/// </summary>
public class EditionJsonReaderTests
{
    private readonly ITestOutputHelper _output;

    public EditionJsonReaderTests(ITestOutputHelper output)
    {
        _output = output;
    }

    public static TheoryData<string> Editions() => new(EditionDocuments().Keys);

    [Theory]
    [MemberData(nameof(Editions))]
    public void TryRead_ValidEdition_ReadsWhatTheContractsRead(string name)
    {
        byte[] document = EditionDocuments()[name];

        KazChinaEdition? fast = EditionJsonReader.TryRead(document);

        Assert.NotNull(fast);
        Assert.Equal(ThroughContract(document), fast);
    }

    [Fact]
    public void TryRead_EmbeddedEdition_EqualsTheEmbeddedEdition()
    {
        KazChinaEdition? read = EditionJsonReader.TryRead(KazChinaJson.SerializeToUtf8Bytes(KazChinaEdition.Current));

        Assert.Equal(KazChinaEdition.Current, read);
    }

    [Fact]
    public void TryRead_MembersInReverseOrder_ReadsTheSameEdition()
    {
        JsonNode reversed = Reverse(JsonNode.Parse(KazChinaJson.Serialize(KazChinaEdition.Current))!);

        KazChinaEdition? read = EditionJsonReader.TryRead(Encoding.UTF8.GetBytes(reversed.ToJsonString()));

        Assert.Equal(KazChinaEdition.Current, read);
    }

    /// <summary>Members in a random order in every object (the second pass), each document checked against the contracts.</summary>
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void TryRead_MembersShuffled_ReadsWhatTheContractsRead(int seed)
    {
        var random = new Random(seed);
        foreach (KazChinaEdition edition in (KazChinaEdition[])[KazChinaEdition.Current, SyntheticEdition.Create(seed, perKind: 3)])
        {
            JsonNode shuffled = Shuffle(JsonNode.Parse(KazChinaJson.Serialize(edition))!, random);
            byte[] document = Encoding.UTF8.GetBytes(shuffled.ToJsonString());

            KazChinaEdition? read = EditionJsonReader.TryRead(document);

            Assert.NotNull(read);
            Assert.Equal(ThroughContract(document), read);
            Assert.Equal(edition, read);
        }
    }

    [Fact]
    public void TryRead_AlsoStatedAsLeftOut_ReadsItAsNull()
    {
        string json = KazChinaJson.Serialize(KazChinaEdition.Current);
        string without = json.Replace(",\"alsoStatedAs\":null", "", StringComparison.Ordinal);
        Assert.NotEqual(json, without);

        KazChinaEdition? read = EditionJsonReader.TryRead(Encoding.UTF8.GetBytes(without));

        Assert.Equal(KazChinaEdition.Current, read);
    }

    [Fact]
    public void TryRead_ReadingsWithTheirTypeLast_GivesUpAndTheContractsReadTheSameEdition()
    {
        string reversed = Reverse(JsonNode.Parse(KazChinaJson.Serialize(KazChinaEdition.Current))!, typeToo: true).ToJsonString();
        Assert.Contains("\"member\":\"nameAsWritten\",\"targetId\":\"hu-jintao\",\"$type\":\"nameReading\"", reversed, StringComparison.Ordinal);

        Assert.Null(EditionJsonReader.TryRead(Encoding.UTF8.GetBytes(reversed)));
        Assert.Equal(KazChinaEdition.Current, KazChinaJson.Deserialize<KazChinaEdition>(reversed));
    }

    [Fact]
    public void TryRead_EscapedNamesAndIds_ReadsTheSameEdition()
    {
        string json = KazChinaJson.Serialize(KazChinaEdition.Current)
            .Replace("\"id\":\"china\"", "\"\\u0069d\":\"ch\\u0069na\"", StringComparison.Ordinal)
            .Replace("\"countryId\":\"china\"", "\"countryId\":\"\\u0063hina\"", StringComparison.Ordinal);
        Assert.Contains("\\u0069d", json, StringComparison.Ordinal);
        Assert.Contains("\\u0063hina", json, StringComparison.Ordinal);

        KazChinaEdition? read = EditionJsonReader.TryRead(Encoding.UTF8.GetBytes(json));

        Assert.Equal(KazChinaEdition.Current, read);
    }

    [Theory]
    [InlineData("\"schemaVersion\":2", "\"schemaVersion\":1", "$.schemaVersion")]
    [InlineData("\"dataVersion\":", "\"x\":1,\"dataVersion\":", "$.x")]
    [InlineData("\"alpha2\":\"CN\",", "", "$.countries[1]")]
    [InlineData("\"alpha2\":\"CN\",", "\"alpha2\":\"CN\",\"alpha2\":\"CN\",", "$.countries[1].alpha2")]
    [InlineData("\"alpha2\":\"CN\"", "\"alpha2\":null", "$.countries[1].alpha2")]
    [InlineData("\"alpha2\":\"CN\"", "\"alpha2\":\"CN\",\"kind\":\"country\"", "$.countries[1].kind")]
    [InlineData("\"volume\":8", "\"volume\":8.5", "$.article.volume")]
    [InlineData("\"amount\":15000000000", "\"amount\":0.1e-400", "$.loans[0].amount.value.amount")]
    [InlineData("\"amount\":15000000000", "\"amount\":15000000000.0000000000000000001", "$.loans[0].amount.value.amount")]
    [InlineData("\"latitude\":51.17", "\"latitude\":51.170000000000000000000000000000001", "$.places[0].location.latitude")]
    [InlineData("\"id\":\"china\"", "\"id\":\"China\"", "$.countries[1].id")]
    [InlineData("(year inferred)\"", "(year inferred)\\n\"", "$.citations[1].date")]
    public void Deserialize_DocumentTheFastReaderRefuses_ReportsThePathThroughTheContracts(string find, string replace, string path)
    {
        string json = KazChinaJson.Serialize(KazChinaEdition.Current);
        int at = json.IndexOf(find, StringComparison.Ordinal);
        Assert.True(at >= 0, $"the document has no {find}");
        byte[] broken = Encoding.UTF8.GetBytes(string.Concat(json.AsSpan(0, at), replace, json.AsSpan(at + find.Length)));

        Assert.Null(EditionJsonReader.TryRead(broken));
        var exception = Assert.Throws<KazChinaJsonException>(() => KazChinaJson.Deserialize<KazChinaEdition>(broken));
        Assert.StartsWith(path, exception.Path, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(" ")]
    [InlineData("\n\t")]
    public void TryRead_TrailingWhitespace_ReadsTheEdition(string trailing)
    {
        byte[] document = Encoding.UTF8.GetBytes(KazChinaJson.Serialize(KazChinaEdition.Current) + trailing);

        Assert.Equal(KazChinaEdition.Current, EditionJsonReader.TryRead(document));
    }

    [Theory]
    [InlineData("x")]
    [InlineData("{}")]
    [InlineData("/* comment */")]
    public void TryRead_ContentAfterTheEdition_GivesUp(string trailing)
    {
        byte[] document = Encoding.UTF8.GetBytes(KazChinaJson.Serialize(KazChinaEdition.Current) + trailing);

        Assert.Null(EditionJsonReader.TryRead(document));
    }

    /// <summary>
    /// Mutates edition documents (seeded: <c>KAZCHINA_FUZZ_SEED</c>; <c>KAZCHINA_READER_CASES</c> cases, 6,000 by
    /// default) and reads each both ways: the fast reader must accept a document exactly when the contracts do,
    /// and then read an equal edition.
    /// </summary>
    [Fact]
    public void TryRead_MutatedEditions_AgreesWithTheContracts()
    {
        int seed = EnvironmentSettings.Number("KAZCHINA_FUZZ_SEED", 20110613);
        int cases = EnvironmentSettings.Number("KAZCHINA_READER_CASES", 6_000);
        KeyValuePair<string, byte[]>[] documents = [.. EditionDocuments()];
        var disagreements = new ConcurrentBag<string>();
        int bothAccepted = 0, bothRejected = 0;

        Parallel.For(0, cases, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, index =>
        {
            var random = new Random(unchecked((seed * 7_919) + index));
            (string name, byte[] document) = documents[random.Next(documents.Length)];
            int mutations = random.Next(3) + 1;
            for (int m = 0; m < mutations; m++)
            {
                document = JsonMutator.Mutate(document, random, out _);
            }

            ReadOnlySpan<byte> body = document.AsSpan().StartsWith("\uFEFF"u8) ? document.AsSpan(3) : document;
            KazChinaEdition? fast = EditionJsonReader.TryRead(body);
            KazChinaEdition? slow;
            try
            {
                slow = ThroughContract(body.ToArray());
            }
            catch (KazChinaJsonException)
            {
                slow = null;
            }

            if (fast is null && slow is null)
            {
                Interlocked.Increment(ref bothRejected);
            }
            else if (fast is not null && slow is not null && fast.Equals(slow))
            {
                Interlocked.Increment(ref bothAccepted);
            }
            else if (disagreements.Count < 10)
            {
                string verdict = fast is null ? "only the contracts accept it" : slow is null ? "only the fast reader accepts it" : "both accept it, with different editions";
                disagreements.Add($"case {index} ({name}): {verdict}");
            }
        });

        _output.WriteLine($"{cases} cases, seed {seed}: {bothAccepted} accepted and {bothRejected} rejected by both");
        Assert.True(disagreements.IsEmpty, string.Join("\n", disagreements.OrderBy(d => d, StringComparer.Ordinal)));
        Assert.True(bothAccepted > 0 && bothRejected > 0, $"the mutations must produce both outcomes: {bothAccepted} accepted, {bothRejected} rejected");
    }

    private static KazChinaEdition ThroughContract(byte[] document) =>
        KazChinaJson.ReadThroughContract(document, KazChinaJson.GetTypeInfo<KazChinaEdition>());

    /// <summary>Editions small enough that mutations hit structure often, and the embedded one, compact and indented.</summary>
    private static Dictionary<string, byte[]> EditionDocuments()
    {
        var documents = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach ((string name, KazChinaEdition edition) in new[]
        {
            ("embedded", KazChinaEdition.Current),
            ("synthetic, 1 per kind", SyntheticEdition.Create(seed: 1, perKind: 1)),
            ("synthetic, 3 per kind", SyntheticEdition.Create(seed: 2, perKind: 3)),
        })
        {
            documents[name + ", compact"] = KazChinaJson.SerializeToUtf8Bytes(edition);
            documents[name + ", indented"] = KazChinaJson.SerializeToUtf8Bytes(edition, indented: true);
        }

        return documents;
    }

    /// <summary>Puts the members of every object in a random order, a <c>$type</c> kept first (the fast reader reads it there only).</summary>
    private static JsonNode Shuffle(JsonNode node, Random random)
    {
        switch (node)
        {
            case JsonObject obj:
                KeyValuePair<string, JsonNode?>[] members = [.. obj];
                int first = members.Length > 0 && members[0].Key == "$type" ? 1 : 0;
                random.Shuffle(members.AsSpan(first));
                obj.Clear();
                foreach ((string name, JsonNode? value) in members)
                {
                    obj[name] = value is null ? null : Shuffle(value, random);
                }

                return obj;
            case JsonArray array:
                foreach (JsonNode? item in array)
                {
                    if (item is not null)
                    {
                        Shuffle(item, random);
                    }
                }

                return array;
            default:
                return node;
        }
    }

    /// <summary>Reverses the order of the members of every object; a <c>$type</c> stays first unless <paramref name="typeToo"/> is set.</summary>
    private static JsonNode Reverse(JsonNode node, bool typeToo = false)
    {
        switch (node)
        {
            case JsonObject obj:
                List<KeyValuePair<string, JsonNode?>> members = [.. obj];
                obj.Clear();
                int first = !typeToo && members is [{ Key: "$type" }, ..] ? 1 : 0;
                members.Reverse(first, members.Count - first);
                foreach ((string name, JsonNode? member) in members)
                {
                    obj[name] = member is { } value ? Reverse(value, typeToo) : null;
                }

                return obj;
            case JsonArray array:
                foreach (JsonNode? item in array)
                {
                    if (item is not null)
                    {
                        Reverse(item, typeToo);
                    }
                }

                return array;
            default:
                return node;
        }
    }
}

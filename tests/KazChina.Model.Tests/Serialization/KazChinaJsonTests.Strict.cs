using System;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Xunit;

namespace KazChina.Model.Tests.Serialization;

public partial class KazChinaJsonTests
{
    /// <summary>A small valid edition, two records of each kind, as compact JSON.</summary>
    private static readonly string EditionJson = KazChinaJson.Serialize(SyntheticEdition.Create(5, 2));

    [Theory]
    [InlineData("{\"start\":1,\"length\":1,\"text\":\"a\"", "$.text", "Expected depth to be zero at the end of the JSON payload")]
    [InlineData("{\"start\":1,\"length\":1,\"text\":\"a\"} []", "$", "'[' is invalid after a single JSON value. Expected end of data.")]
    [InlineData("{\"start\":1,\"length\":1,\"text\":\"a\",}", "$.text", "The JSON object contains a trailing comma at the end which is not supported")]
    [InlineData("{\"start\":1,/*c*/\"length\":1,\"text\":\"a\"}", "$.start", "'/' is an invalid start of a property name. Expected a '\"'.")]
    [InlineData("{\"start\":01,\"length\":1,\"text\":\"a\"}", "$.start", "Invalid leading zero before '1'.")]
    [InlineData("{\"start\":1,\"length\":1,\"text\":\"a\\ud800\"}", "$.text", "Cannot read incomplete UTF-16 JSON text as string with missing low surrogate.")]
    [InlineData("", "$", "The input does not contain any JSON tokens.")]
    public void Deserialize_MalformedJson_NamesThePathAndPosition(string json, string path, string reason)
    {
        KazChinaJsonException error = Assert.Throws<KazChinaJsonException>(() => KazChinaJson.Deserialize<TextSpan>(json));

        Assert.Equal(path, error.Path);
        Assert.StartsWith(path + ": The text is not well-formed JSON: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_MalformedJson_GivesLineAndByte()
    {
        string json = "{\n  \"start\": 1,\n  \"length\": 1\n  \"text\": \"a\"\n}";

        KazChinaJsonException error = Assert.Throws<KazChinaJsonException>(() => KazChinaJson.Deserialize<TextSpan>(json));

        Assert.Equal(3, error.LineNumber);
        Assert.Equal(2, error.BytePositionInLine);
        Assert.Equal("$.length: The text is not well-formed JSON: '\"' is invalid after a value. Expected either ',', '}', or ']'. (line 4, byte 3 of the line)", error.Message);
    }

    [Fact]
    public void Deserialize_NestingDeeperThanTheLimit_IsRejectedByDepth()
    {
        string json = new string('[', KazChinaJson.MaxDepth + 1) + new string(']', KazChinaJson.MaxDepth + 1);

        KazChinaJsonException error = Assert.Throws<KazChinaJsonException>(() => KazChinaJson.Deserialize<ValueList<string>>(json));

        Assert.Contains($"The maximum configured depth of {KazChinaJson.MaxDepth} has been exceeded.", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("$.loans[1].amount.value.amount", "-5", "$.loans[1].amount.value.amount: An amount of money is never negative (found -5).")]
    [InlineData("$.loans[0].amount.value.currency", "\"XYZ\"", "$.loans[0].amount.value.currency: 'XYZ' is not an active ISO 4217 currency code.")]
    [InlineData("$.loans[0].amount.bound", "\"Exact\"", "$.loans[0].amount.bound: 'Exact' is not a Bound; expected one of exact, about, atLeast, moreThan, atMost, lessThan.")]
    [InlineData("$.loans[0].amount.bound", "\"exact, about\"", "$.loans[0].amount.bound: 'exact, about' is not a Bound; expected one of exact, about, atLeast, moreThan, atMost, lessThan.")]
    [InlineData("$.loans[0].amount.bound", "0", "$.loans[0].amount.bound: Expected one of exact, about, atLeast, moreThan, atMost, lessThan, found a number.")]
    [InlineData("$.countries[0].evidence.spans[0].start", "-1", "$.countries[0].evidence.spans[0].start: A span starts at offset 0 or later (found -1).")]
    [InlineData("$.countries[0].evidence.spans[0].text", "null", "$.countries[0].evidence.spans[0].text: The constructor parameter 'text' on type 'TextSpan' doesn't allow null values.")]
    [InlineData("$.countries[0].evidence.spans[0].text", "\"??\"", "$.countries[0].evidence.spans[0].text: The quoted words are 2 code units long but the span's length is")]
    [InlineData("$.countries[0].evidence", "[]", "$.countries[0].evidence: Expected a JSON value of type Evidence")]
    [InlineData("$.countries[0].evidence.citationIds", "[null]", "$.countries[0].evidence.citationIds[0]: Lists never hold null.")]
    [InlineData("$.countries[0].evidence.citationIds", "[\"Cite-1\"]", "$.countries[0].evidence.citationIds[0]: 'Cite-1' is not a record id; expected lowercase ASCII letters and digits in groups joined by single hyphens, 1 to 80 characters.")]
    [InlineData("$.countries[0].evidence.citationIds", "{}", "$.countries[0].evidence.citationIds: Expected an array, found an object.")]
    [InlineData("$.countries[1].alpha2", "\"kz\"", "$.countries[1].alpha2: 'kz' is not 2 uppercase ASCII letters.")]
    [InlineData("$.people[0].countryId", "null", "$.people[0].countryId: Expected an id string, found null.")]
    [InlineData("$.citations[0].date", "\"2011-02-30\"", "$.citations[0].date: '2011-02-30' is not a valid partial date: The day must be from 1 to 28 in 2011-02 (found 30).")]
    [InlineData("$.citations[0].date", "\"June 13\"", "$.citations[0].date: 'June 13' is not a partial date; expected uuuu, uuuu-MM or uuuu-MM-dd")]
    [InlineData("$.article.volume", "0", "$.article.volume: The volume number is positive (found 0).")]
    [InlineData("$.places[0].location.latitude", "91", "$.places[0].location.latitude: Latitude is between -90 and 90 degrees (found 91).")]
    [InlineData("$.dataVersion", "\" \"", "$.dataVersion: Must not be empty or white space.")]
    [InlineData("$.currencySwaps", "[{}]", "$.currencySwaps[0]: JSON deserialization for type 'CurrencySwap' was missing required properties including: 'id', 'partyIds', 'amount', 'agreementId', 'when', 'evidence'.")]
    public void Deserialize_BadValue_NamesThePathAndWhatWasExpected(string path, string replacement, string expected)
    {
        string json = Replace(EditionJson, path, replacement);

        KazChinaJsonException error = Assert.Throws<KazChinaJsonException>(() => KazChinaJson.Deserialize<KazChinaEdition>(json));

        Assert.IsNotType<EditionValidationException>(error);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.StartsWith(error.Path + ": ", error.Message, StringComparison.Ordinal);
        Assert.Equal(error.Reason, error.Message[(error.Path!.Length + 2)..]);
    }

    [Fact]
    public void Deserialize_ArticleWithBadDate_NamesTheDateAndTheFormat()
    {
        JsonObject edition = Parse(EditionJson);
        edition["article"]!["publicationDate"] = JsonNode.Parse("{\"earliest\":\"2011-02-30\",\"latest\":\"2011-07-15\",\"basis\":\"b\"}");

        KazChinaJsonException error = Assert.Throws<KazChinaJsonException>(() => KazChinaJson.Deserialize<KazChinaEdition>(edition.ToJsonString()));

        Assert.Equal("$.article.publicationDate.earliest: '2011-02-30' is not an ISO 8601 calendar date; expected uuuu-MM-dd, e.g. 2011-06-15.", error.Message);
    }

    [Theory]
    [InlineData("{\"earliest\":\"2011-07-15\",\"latest\":\"2011-06-15\",\"basis\":\"x\"}", "$.latest", "The latest day 2011-06-15 is before the earliest 2011-07-15.")]
    [InlineData("{\"earliest\":\"2011-06-15\",\"latest\":\"2011-07-15\",\"basis\":\" \"}", "$.basis", "Must not be empty or white space.")]
    [InlineData("{\"earliest\":\"2011-13-15\",\"latest\":\"2011-07-15\",\"basis\":\"x\"}", "$.earliest", "2011-13-15")]
    public void Deserialize_BadDateEstimate_NamesTheMemberAtFault(string json, string path, string reason)
    {
        KazChinaJsonException error = Assert.Throws<KazChinaJsonException>(() => KazChinaJson.Deserialize<DateEstimate>(json));

        Assert.Equal(path, error.Path);
        Assert.StartsWith(path + ": ", error.Message, StringComparison.Ordinal);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_UnknownMember_IsRejectedWithItsPath()
    {
        JsonObject edition = Parse(EditionJson);
        edition["loans"]![0]!["amount"]!.AsObject()["exchangeRate"] = 6.46;

        KazChinaJsonException error = Assert.Throws<KazChinaJsonException>(() => KazChinaJson.Deserialize<KazChinaEdition>(edition.ToJsonString()));

        Assert.Equal("$.loans[0].amount.exchangeRate", error.Path);
        Assert.Equal("$.loans[0].amount.exchangeRate: The JSON property 'exchangeRate' is not a member of type 'StatedAmount'.", error.Message);
    }

    [Fact]
    public void Deserialize_NamesAndValuesWithTerminalControls_AreEscapedInThePathAndMessage()
    {
        JsonObject edition = Parse(EditionJson);
        edition["loans"]![0]!["amount"]!.AsObject()[HostileText.Terminal] = 1;

        KazChinaJsonException error = Assert.Throws<KazChinaJsonException>(() => KazChinaJson.Deserialize<KazChinaEdition>(edition.ToJsonString()));

        Assert.Equal($"$.loans[0].amount['{HostileText.TerminalShown}']", error.Path);
        Assert.Equal($"{error.Path}: The JSON property '{HostileText.TerminalShown}' is not a member of type 'StatedAmount'.", error.Message);
        Assert.Equal(error.Message[(error.Path!.Length + 2)..], error.Reason);
    }

    [Fact]
    public void Deserialize_ComputedMemberWritten_IsRejectedAsUnknown()
    {
        JsonObject edition = Parse(EditionJson);
        edition["article"]!.AsObject()["sha256"] = "00";

        KazChinaJsonException error = Assert.Throws<KazChinaJsonException>(() => KazChinaJson.Deserialize<KazChinaEdition>(edition.ToJsonString()));

        Assert.Equal("$.article.sha256", error.Path);
    }

    [Fact]
    public void Deserialize_ValueAConstructorRejects_NamesTheMemberOfTheParameter()
    {
        JsonObject edition = Parse(EditionJson);
        JsonNode loan = edition["loans"]![0]!;
        loan["borrowerId"] = loan["lenderId"]!.GetValue<string>();

        KazChinaJsonException error = Assert.Throws<KazChinaJsonException>(() => KazChinaJson.Deserialize<KazChinaEdition>(edition.ToJsonString()));

        Assert.Equal("$.loans[0].borrowerId: A lender does not lend to itself.", error.Message);
        Assert.IsType<ArgumentException>(error.InnerException);
    }

    [Fact]
    public void Deserialize_MissingMember_IsRejected()
    {
        JsonObject edition = Parse(EditionJson);
        edition["events"]![1]!.AsObject().Remove("placeId");

        KazChinaJsonException error = Assert.Throws<KazChinaJsonException>(() => KazChinaJson.Deserialize<KazChinaEdition>(edition.ToJsonString()));

        Assert.Equal("$.events[1]: JSON deserialization for type 'Event' was missing required properties including: 'placeId'.", error.Message);
    }

    [Fact]
    public void Deserialize_DuplicateMember_IsRejected()
    {
        string json = EditionJson.Replace("\"purpose\":", "\"purpose\":\"twice\",\"purpose\":", StringComparison.Ordinal);

        KazChinaJsonException error = Assert.Throws<KazChinaJsonException>(() => KazChinaJson.Deserialize<KazChinaEdition>(json));

        Assert.Equal("$.loans[0].purpose: Duplicate property 'purpose' encountered during deserialization of type 'Loan'.", error.Message);
    }

    [Fact]
    public void Deserialize_NullDocument_IsRejected()
    {
        KazChinaJsonException error = Assert.Throws<KazChinaJsonException>(() => KazChinaJson.Deserialize<Loan>("null"));

        Assert.Equal("$: Expected an object of type Loan, found null.", error.Message);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(0)]
    [InlineData(-1)]
    public void Deserialize_OtherSchemaVersion_SaysWhichAreSupported(int version)
    {
        JsonObject edition = Parse(EditionJson);
        edition["schemaVersion"] = version;
        edition["aMemberOfALaterVersion"] = true;

        KazChinaJsonException error = Assert.Throws<KazChinaJsonException>(() => KazChinaJson.Deserialize<KazChinaEdition>(edition.ToJsonString()));

        Assert.Equal($"$.schemaVersion: Schema version {version} is not supported; this version of KazChina.Model reads schema version 2 only.", error.Message);
    }

    [Fact]
    public void Deserialize_Version1Document_SaysItIsAnOlderFormatAndWhichVersionIsRead()
    {
        JsonObject edition = Parse(EditionJson);
        edition["schemaVersion"] = 1;
        JsonObject note = edition["editorialNotes"]![0]!.AsObject();
        note.Remove("readings");
        note["targetIds"] = new JsonArray("hu-jintao");

        KazChinaJsonException error = Assert.Throws<KazChinaJsonException>(() => KazChinaJson.Deserialize<KazChinaEdition>(edition.ToJsonString()));

        Assert.Equal("$.schemaVersion", error.Path);
        Assert.Equal(
            "$.schemaVersion: Schema version 1 is an older format that this version of KazChina.Model does not read: it reads schema version 2 only, "
            + "in which editorial notes carry typed readings instead of target ids. Read the document with a release of KazChina.Model that reads schema version 1.",
            error.Message);
    }

    [Fact]
    public void Deserialize_OtherSchemaVersionWithEscapedName_IsStillRecognised()
    {
        string json = EditionJson.Replace("\"schemaVersion\":2", "\"schema\\u0056ersion\":3,\"aMemberOfALaterVersion\":true", StringComparison.Ordinal);

        KazChinaJsonException error = Assert.Throws<KazChinaJsonException>(() => KazChinaJson.Deserialize<KazChinaEdition>(json));

        Assert.StartsWith("$.schemaVersion: Schema version 3 is not supported", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_SchemaVersionMemberBelowTheRoot_IsAnUnknownMemberNotTheVersion()
    {
        JsonObject edition = Parse(EditionJson);
        edition["article"]!.AsObject()["schemaVersion"] = 2;

        KazChinaJsonException error = Assert.Throws<KazChinaJsonException>(() => KazChinaJson.Deserialize<KazChinaEdition>(edition.ToJsonString()));

        Assert.StartsWith("$.article.schemaVersion: ", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Schema version", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_NoSchemaVersion_IsRejected()
    {
        JsonObject edition = Parse(EditionJson);
        edition.Remove("schemaVersion");

        KazChinaJsonException error = Assert.Throws<KazChinaJsonException>(() => KazChinaJson.Deserialize<KazChinaEdition>(edition.ToJsonString()));

        Assert.Equal("$: JSON deserialization for type 'KazChinaEdition' was missing required properties including: 'schemaVersion'.", error.Message);
    }

    [Fact]
    public void Deserialize_SchemaVersionWithOptionsUsedDirectly_IsStillChecked()
    {
        string json = EditionJson.Replace("\"schemaVersion\":2", "\"schemaVersion\":7", StringComparison.Ordinal);

        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, KazChinaJson.GetTypeInfo<KazChinaEdition>()));
    }

    [Fact]
    public void Deserialize_ListElementErrorWithOptionsUsedDirectly_CompletesThePathInTheMessage()
    {
        string json = Replace(EditionJson, "$.countries[1].evidence.spans[0].start", "\"x\"");

        JsonException error = Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize(json, KazChinaJson.GetTypeInfo<KazChinaEdition>()));

        Assert.Equal("$.countries", error.Path);
        Assert.Equal("[1].evidence.spans[0].start: Expected a whole number from -2147483648 to 2147483647, found a string.", error.Message);
    }

    [Fact]
    public void Deserialize_RecordWithoutOrWithUnknownType_IsRejected()
    {
        string loan = KazChinaJson.Serialize(SyntheticEdition.Create(5, 1).Loans[0]);

        KazChinaJsonException missing = Assert.Throws<KazChinaJsonException>(() => KazChinaJson.Deserialize<EditionRecord>(loan));
        KazChinaJsonException unknown = Assert.Throws<KazChinaJsonException>(() => KazChinaJson.Deserialize<EditionRecord>("{\"$type\":\"treaty\"," + loan[1..]));

        Assert.Equal("$: The JSON payload for polymorphic interface or abstract type 'EditionRecord' must specify a type discriminator.", missing.Message);
        Assert.StartsWith("$: 'treaty' is not a kind of record; expected $type to be one of article, country, person, organization,", unknown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_RecordWithTypeLast_IsRead()
    {
        Loan loan = SyntheticEdition.Create(5, 1).Loans[0];
        string json = KazChinaJson.Serialize(loan)[..^1] + ",\"$type\":\"loan\"}";

        Assert.Equal(loan, KazChinaJson.Deserialize<EditionRecord>(json));
    }

    [Fact]
    public void Deserialize_ListOfRecordsWithBadElement_NamesTheElement()
    {
        ValueList<EditionRecord> records = SyntheticEdition.Create(5, 1).Records;
        JsonArray array = JsonNode.Parse(KazChinaJson.Serialize(records))!.AsArray();
        array[3]!.AsObject().Remove("$type");

        KazChinaJsonException error = Assert.Throws<KazChinaJsonException>(() => KazChinaJson.Deserialize<ValueList<EditionRecord>>(array.ToJsonString()));

        Assert.Equal("$[3]", error.Path);
    }

    [Fact]
    public void Deserialize_UnpairedSurrogateInString_IsRejected()
    {
        KazChinaJsonException error = Assert.Throws<KazChinaJsonException>(() => KazChinaJson.Deserialize<TextSpan>("{\"start\":0,\"length\":1,\"text\":\"\ud800\"}"));

        Assert.Equal("$: The text has an unpaired UTF-16 surrogate at index 30; JSON text is Unicode.", error.Message);
    }

    [Fact]
    public void Deserialize_InvalidUtf8_IsRejected()
    {
        byte[] json = [.. "{\"start\":0,\"length\":1,\"text\":\""u8, 0xC3, 0x28, .. "\"}"u8];

        KazChinaJsonException error = Assert.Throws<KazChinaJsonException>(() => KazChinaJson.Deserialize<TextSpan>(json));

        Assert.Equal("$.text", error.Path);
    }

    [Fact]
    public void Deserialize_EditionBreakingCrossRecordRules_ListsEveryIssue()
    {
        JsonObject edition = Parse(EditionJson);
        edition["loans"]![0]!["lenderId"] = "nobody";
        edition["people"]![1]!["id"] = edition["people"]![0]!["id"]!.GetValue<string>();
        JsonNode span = edition["quotes"]![0]!["words"]!;
        span["start"] = span["start"]!.GetValue<int>() + 100_000;

        EditionValidationException error = Assert.Throws<EditionValidationException>(() => KazChinaJson.Deserialize<KazChinaEdition>(edition.ToJsonString()));

        Assert.Equal("$", error.Path);
        Assert.Equal(
            [ValidationRule.DuplicateId, ValidationRule.DanglingReference, ValidationRule.SpanOutOfRange],
            error.Issues.Select(i => i.Rule).Distinct().Order().ToArray());
        Assert.StartsWith($"$: The edition is not valid ({error.Issues.Count} issues):\n  $.people[1].id (person-", error.Message, StringComparison.Ordinal);
        Assert.Contains("\n  $.loans[0].lenderId (loan-0): LenderId refers to 'nobody', which no record has.", error.Message, StringComparison.Ordinal);
        Assert.Contains("\n  $.quotes[0].words (quote-0): The span [", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void KazChinaJsonException_StandardConstructors_GiveTheRootPath()
    {
        Assert.Equal("$", new KazChinaJsonException().Path);
        Assert.Equal("$", new KazChinaJsonException("m").Path);
        Assert.Equal("$", new KazChinaJsonException("m", new InvalidOperationException()).Path);
        Assert.Empty(new EditionValidationException().Issues);
        Assert.Empty(new EditionValidationException("m").Issues);
        Assert.Empty(new EditionValidationException("m", new InvalidOperationException()).Issues);
        Assert.Throws<ArgumentNullException>(() => new EditionValidationException((ValidationIssue[])null!));
        Assert.IsAssignableFrom<JsonException>(new EditionValidationException());
    }

    private static JsonObject Parse(string json) => JsonNode.Parse(json)!.AsObject();

    /// <summary>Replaces the value at a simple path (<c>$.a[0].b</c>) with raw JSON.</summary>
    private static string Replace(string json, string path, string rawValue)
    {
        JsonNode root = JsonNode.Parse(json)!;
        string[] steps = path[2..].Replace("[", ".[", StringComparison.Ordinal).Split('.');
        JsonNode parent = root;
        for (int i = 0; i < steps.Length - 1; i++)
        {
            parent = Step(parent, steps[i]);
        }

        JsonNode? value = JsonNode.Parse(rawValue.Replace("1e400", "\"__HUGE__\"", StringComparison.Ordinal));
        string last = steps[^1];
        if (last.StartsWith('['))
        {
            parent.AsArray()[int.Parse(last[1..^1], System.Globalization.CultureInfo.InvariantCulture)] = value;
        }
        else
        {
            parent.AsObject()[last] = value;
        }

        return root.ToJsonString().Replace("\"__HUGE__\"", "1e400", StringComparison.Ordinal);
    }

    private static JsonNode Step(JsonNode node, string step) =>
        step.StartsWith('[') ? node.AsArray()[int.Parse(step[1..^1], System.Globalization.CultureInfo.InvariantCulture)]! : node[step]!;
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Xunit;

namespace KazChina.Model.Tests.Serialization;

/// <summary>
/// The published schema is as strict as the reader: ajv, a validator outside .NET, judges the documents the reader
/// is fuzzed with (the golden files and every kind of record and value in them, mutated as in
/// <see cref="Fuzz_MutatedDocuments_FailOnlyWithTheDocumentedExceptions"/>) plus hand-picked values, and its
/// verdict must match the reader's on every value the reader judges on its own.
/// </summary>
/// <remarks>
/// <para>
/// What the reader accepts, and what it rejects only by a rule across records (<see cref="KazChinaEdition.Validate"/>),
/// the schema must accept. What the reader rejects on its own the schema must reject too, except for the rules
/// JSON Schema cannot state, each listed in <see cref="SchemaGap"/>. Documents a JSON Schema validator never sees as
/// the reader does are not compared: bytes that are not UTF-8 or not JSON, and objects with a member twice (JavaScript
/// keeps the last).
/// </para>
/// <para>Seeded like the fuzz test (<c>KAZCHINA_FUZZ_SEED</c>); <c>KAZCHINA_SCHEMA_CASES</c> sets the number of mutated documents (3,000).</para>
/// </remarks>
public partial class KazChinaJsonTests
{
    /// <summary>
    /// Values the reader rejects on its own that the schema must reject too (the issue's partial dates among
    /// them), values it accepts that the schema must accept, and values in the schema's known gaps.
    /// </summary>
    private static readonly (string Path, string Value)[] HandPicked =
    [
        ("$.events[0].when", "{\"relation\":\"at\",\"date\":\"2011-13-45 (year inferred)\"}"),
        ("$.events[0].when", "{\"relation\":\"at\",\"date\":\"2011-02-31\"}"),
        ("$.events[0].when", "{\"relation\":\"at\",\"date\":\"2011-02-29\"}"),
        ("$.events[0].when", "{\"relation\":\"at\",\"date\":\"2100-02-29\"}"),
        ("$.events[0].when", "{\"relation\":\"at\",\"date\":\"1899\"}"),
        ("$.events[0].when", "{\"relation\":\"at\",\"date\":\"2011 (early)\"}"),
        ("$.events[0].when", "{\"relation\":\"at\",\"date\":\"2011-06-13 (mid)\"}"),
        ("$.events[0].when", "{\"relation\":\"at\",\"date\":\"2012-02-29 (year inferred)\"}"),
        ("$.events[0].when", "{\"relation\":\"by\",\"date\":\"2011-06 (early)\"}"),
        ("$.citations[0].date", "null"),
        ("$.article.publicationDate", "{\"earliest\":\"2011-02-29\",\"latest\":\"2011-07-15\",\"basis\":\"b\"}"),
        ("$.people[0].name", "\" Hu\""),
        ("$.people[0].name", "\"Hu\\u0085\""),
        ("$.people[0].name", "\"\\u3000\""),
        ("$.people[0].name", "\"Hu\\ud800\""),
        ("$.people[0].name", "\"\\ufeffHu\""),
        ("$.people[0].name", "\"Hu\\u200bJintao \\ud83d\\ude00\""),
        ("$.people[0].otherFormsAsWritten", "[\"Hu\",\"Hu\"]"),
        ("$.people[0].otherFormsAsWritten", "[\"Hu \"]"),
        ("$.countries[1].alpha2", "\"kz\""),
        ("$.loans[0].amount.value.currency", "\"usd\""),
        ("$.loans[0].amount.value.amount", "-1"),
        ("$.loans[0].amount.value.amount", "1e400"),
        ("$.loans[0].amount.value.amount", "0.1e-400"),
        ("$.loans[0].amount.value.amount", "1.00000000000000000000000000001"),
        ("$.loans[0].amount.bound", "\"Exact\""),
        ("$.loans[0].lenderId", "\"Not-An-Id\""),
        ("$.countries[0].evidence.spans[0].start", "-1"),
        ("$.countries[0].evidence.spans[0].length", "0"),
        ("$.countries[0].evidence.spans[0].start", "2147483648"),
        ("$.article.volume", "0"),
        ("$.article.volume", "8.0"),
        ("$.article.text", "\" \\n\""),
        ("$.places[0].location.latitude", "91"),
        ("$.currencySwaps[0].partyIds", "[\"a\"]"),
        ("$.schemaVersion", "2"),
        ("$.citations[0].evidence.citationIds", "[\"cite-0\"]"),
        ("$.tradeFigures[0].commodity", "\"oil\""),
        ("$.assessments[0].holderId", "null"),
        ("$.dataVersion", "\"\\u202e1.0\""),
    ];

    [AjvFact]
    public void Schema_MutatedDocuments_AjvAgreesWithTheReaderOnEveryValueTheReaderJudgesAlone()
    {
        Assert.True(Ajv.Executable is not null, Ajv.MissingMessage);
        int seed = EnvironmentSettings.Number("KAZCHINA_FUZZ_SEED", 20110613);
        int mutated = EnvironmentSettings.Number("KAZCHINA_SCHEMA_CASES", 3_000);
        FuzzTarget edition = EditionTarget("small edition", EditionJson);
        FuzzTarget[] editions = EditionTargets();
        FuzzTarget[] parts = PartTargets();
        var cases = new List<SchemaCase>();
        foreach ((string path, string value) in HandPicked)
        {
            string document = Replace(EditionJson, path, "\"__VALUE__\"").Replace("\"__VALUE__\"", value, StringComparison.Ordinal);
            cases.Add(Judge($"{path} = {value}", edition, Encoding.UTF8.GetBytes(document)));
        }

        for (int index = 0; index < mutated; index++)
        {
            var random = new Random(unchecked((seed * 1_000_003) + index));
            FuzzTarget target = random.Next(100) < 3 ? editions[random.Next(editions.Length)] : parts[random.Next(parts.Length)];
            byte[] document = target.Document;
            for (int m = random.Next(10) switch { < 6 => 1, < 9 => 2, _ => 3 }; m > 0; m--)
            {
                document = JsonMutator.Mutate(document, random, out _);
            }

            cases.Add(Judge($"case {index}", target, document));
        }

        Dictionary<SchemaCase, bool> byAjv = RunAjv(cases.Where(c => c.Reader != ReaderVerdict.NotComparable).ToList());
        var mismatches = new List<string>();
        var tally = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach ((SchemaCase c, bool valid) in byAjv)
        {
            bool schemaMustAccept = c.Reader is ReaderVerdict.Accepted or ReaderVerdict.RejectedAcrossRecords;
            string? gap = c.Reader == ReaderVerdict.RejectedAlone && valid ? SchemaGap(c.Error!) : null;
            string outcome = $"reader {c.Reader}, ajv {(valid ? "valid" : "invalid")}{(gap is null ? "" : $" (known gap: {gap})")}";
            tally[outcome] = tally.GetValueOrDefault(outcome) + 1;
            if (valid != schemaMustAccept && gap is null)
            {
                mismatches.Add($"{c.Name} ({c.Target}): {outcome}; {c.Error?.Message ?? "accepted"}\n    {Preview(c.Document)}");
            }
        }

        _output.WriteLine($"{cases.Count} documents, seed {seed}, {cases.Count - byAjv.Count} not comparable (not UTF-8 or JSON, or repeated members)");
        foreach ((string outcome, int count) in tally.OrderByDescending(t => t.Value))
        {
            _output.WriteLine($"  {count,6}  {outcome}");
        }

        Assert.True(mismatches.Count == 0, $"ajv and the reader disagree on {mismatches.Count} documents:\n" + string.Join("\n", mismatches.Take(20)));
        Assert.All(cases.Take(HandPicked.Length), c => Assert.True(byAjv.ContainsKey(c), $"{c.Name} was not compared"));
        Assert.Contains(tally.Keys, k => k.StartsWith("reader RejectedAlone, ajv invalid", StringComparison.Ordinal));
        Assert.Contains(tally.Keys, k => k.StartsWith("reader Accepted, ajv valid", StringComparison.Ordinal));
    }

    /// <summary>
    /// Names the rule behind a rejection that JSON Schema cannot state, or null. Each is a documented gap of the
    /// schema (README, "The published schema").
    /// </summary>
    private static string? SchemaGap(KazChinaJsonException error)
    {
        string reason = error.Reason ?? error.Message;
        (string Rule, string Reason)[] gaps =
        [
            ("a number beyond a decimal's precision (JavaScript reads numbers as doubles)", "is too small to keep"),
            ("a number beyond a decimal's precision (JavaScript reads numbers as doubles)", "has more significant digits than a decimal number keeps"),
            ("a number beyond a decimal's precision (JavaScript reads numbers as doubles)", "is beyond the range of a decimal number"),
            ("a whole number written with a fraction or exponent, which JSON Schema counts as an integer", $"Expected {Int32JsonConverter.Expected}, found "),
            ("a span's words of another length than the span", "The quoted words are "),
            ("a span whose end is beyond the largest offset", "The span's end is beyond the largest offset."),
            ("a trade figure's country and partner are the same", "A trade figure is between two different countries."),
            ("a loan's lender and borrower are the same", "A lender does not lend to itself."),
            ("a stated amount's second currency is its first", "The second statement of the amount must be in another currency"),
            ("a project states two areas for one country", "A country has at most one stated area."),
            ("a publication's latest day is before its earliest", "The latest day "),
            ("a name form repeated with another kind (forms are unique by their words)", "A form is listed twice."),
        ];
        return gaps.FirstOrDefault(g => reason.Contains(g.Reason, StringComparison.Ordinal)
            && (!g.Reason.StartsWith("Expected", StringComparison.Ordinal) || IsNumberFound(reason))).Rule;
    }

    /// <summary>Whether the whole-number complaint found a number (<c>1.0</c>, <c>1e2</c>) rather than another kind of value.</summary>
    private static bool IsNumberFound(string reason) =>
        reason[(reason.LastIndexOf(", found ", StringComparison.Ordinal) + ", found ".Length)..] is [>= '0' and <= '9' or '-', ..];

    private static SchemaCase Judge(string name, FuzzTarget target, byte[] document)
    {
        byte[] body = document.AsSpan().StartsWith("\uFEFF"u8) ? document[3..] : document;
        if (!IsComparable(body))
        {
            return new SchemaCase(name, target.Name, target.Schema, body, ReaderVerdict.NotComparable, null);
        }

        try
        {
            target.Read(body);
            return new SchemaCase(name, target.Name, target.Schema, body, ReaderVerdict.Accepted, null);
        }
        catch (EditionValidationException)
        {
            return new SchemaCase(name, target.Name, target.Schema, body, ReaderVerdict.RejectedAcrossRecords, null);
        }
        catch (KazChinaJsonException error)
        {
            return new SchemaCase(name, target.Name, target.Schema, body, ReaderVerdict.RejectedAlone, error);
        }
    }

    /// <summary>
    /// Whether a JSON Schema validator sees the document as the reader does: UTF-8, JSON (at any depth, and with
    /// surrogate escapes unchecked, as JavaScript reads them), and no object with a member twice, of which JavaScript
    /// keeps the last where the reader rejects the object.
    /// </summary>
    private static bool IsComparable(byte[] document)
    {
        try
        {
            _ = new UTF8Encoding(false, throwOnInvalidBytes: true).GetCharCount(document);
            var reader = new Utf8JsonReader(document, new JsonReaderOptions { MaxDepth = 100_000 });
            var members = new Stack<HashSet<string>>();
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject:
                        members.Push(new HashSet<string>(StringComparer.Ordinal));
                        break;
                    case JsonTokenType.EndObject:
                        members.Pop();
                        break;
                    case JsonTokenType.PropertyName when !members.Peek().Add(reader.GetString()!):
                        return false;
                }
            }

            return true;
        }
        catch (Exception e) when (e is DecoderFallbackException or JsonException or InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>Writes the documents, one folder per schema, and has ajv judge each folder against its schema.</summary>
    private static Dictionary<SchemaCase, bool> RunAjv(List<SchemaCase> cases)
    {
        using var folder = new TemporaryFolder();
        string edition = folder["edition.schema.json"];
        File.WriteAllText(edition, KazChinaJson.Schema);
        var verdicts = new Dictionary<SchemaCase, bool>(ReferenceEqualityComparer.Instance);
        foreach (IGrouping<string, SchemaCase> group in cases.GroupBy(c => c.Schema))
        {
            string key = group.Key.Length == 0 ? "edition" : group.Key.Replace("/$defs/", "", StringComparison.Ordinal).Replace('/', '-');
            string data = Directory.CreateDirectory(folder["data-" + key]).FullName;
            var files = new Dictionary<string, SchemaCase>(StringComparer.Ordinal);
            foreach ((SchemaCase c, int i) in group.Select((c, i) => (c, i)))
            {
                string file = Path.Combine(data, $"{i}.json");
                File.WriteAllBytes(file, c.Document);
                files[file] = c;
            }

            string schema = edition;
            string[] references = [];
            if (group.Key.Length > 0)
            {
                schema = folder[key + ".schema.json"];
                File.WriteAllText(schema, $$"""{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"urn:kazchina-model:test:{{key}}","$ref":"{{EditionSchemaGenerator.SchemaId}}#{{group.Key}}"}""");
                references = [edition];
            }

            Dictionary<string, bool> byFile = Ajv.Validate(schema, references, data);
            foreach ((string file, SchemaCase c) in files)
            {
                Assert.True(byFile.TryGetValue(file, out bool valid), $"ajv gave no verdict on {c.Name} ({c.Target})");
                verdicts[c] = valid;
            }
        }

        return verdicts;
    }

    private enum ReaderVerdict
    {
        Accepted,
        RejectedAcrossRecords,
        RejectedAlone,
        NotComparable,
    }

    private sealed record SchemaCase(string Name, string Target, string Schema, byte[] Document, ReaderVerdict Reader, KazChinaJsonException? Error);
}

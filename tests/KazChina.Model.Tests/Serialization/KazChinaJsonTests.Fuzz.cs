using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Xunit;
using Xunit.Abstractions;

namespace KazChina.Model.Tests.Serialization;

public partial class KazChinaJsonTests
{
    private readonly ITestOutputHelper _output;

    public KazChinaJsonTests(ITestOutputHelper output)
    {
        _output = output;
    }

    /// <summary>
    /// Mutates the golden files and documents of every kind of record and value taken from them, and reads each
    /// result: only <see cref="KazChinaJsonException"/> (or its <see cref="EditionValidationException"/>) may be
    /// thrown, with a path; whatever is accepted must be valid and round-trip. Seeded and reproducible:
    /// <c>KAZCHINA_FUZZ_SEED</c> and <c>KAZCHINA_FUZZ_CASES</c> (default 100,000) set the run,
    /// <c>KAZCHINA_FUZZ_CASE</c> replays one case.
    /// </summary>
    [Fact]
    public void Fuzz_MutatedDocuments_FailOnlyWithTheDocumentedExceptions()
    {
        int seed = EnvironmentSettings.Number("KAZCHINA_FUZZ_SEED", 20110613);
        int cases = EnvironmentSettings.Number("KAZCHINA_FUZZ_CASES", 100_000);
        int? only = Environment.GetEnvironmentVariable("KAZCHINA_FUZZ_CASE") is { } one ? int.Parse(one, CultureInfo.InvariantCulture) : null;
        FuzzTarget[] editions = EditionTargets();
        FuzzTarget[] parts = PartTargets();
        var failures = new ConcurrentBag<string>();
        var outcomes = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        var clock = Stopwatch.StartNew();

        Parallel.For(only ?? 0, only + 1 ?? cases, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, index =>
        {
            var random = new Random(unchecked((seed * 1_000_003) + index));
            FuzzTarget target = random.Next(100) < 3 ? editions[random.Next(editions.Length)] : parts[random.Next(parts.Length)];
            byte[] document = target.Document;
            var kinds = new List<JsonMutator.Kind>();
            int mutations = random.Next(10) switch { < 6 => 1, < 9 => 2, _ => 3 };
            for (int m = 0; m < mutations; m++)
            {
                document = JsonMutator.Mutate(document, random, out JsonMutator.Kind kind);
                kinds.Add(kind);
            }

            string outcome = Run(target, document);
            outcomes.AddOrUpdate(outcome.StartsWith("FAIL", StringComparison.Ordinal) ? "FAIL" : outcome, 1, (_, n) => n + 1);
            if (outcome.StartsWith("FAIL", StringComparison.Ordinal) && failures.Count < 20)
            {
                failures.Add($"case {index} ({target.Name}; {string.Join(", ", kinds)}): {outcome}\n    document starts: {Preview(document)}");
            }
        });

        _output.WriteLine($"{(only is null ? cases : 1)} cases, seed {seed}, {clock.Elapsed.TotalSeconds:F1} s on {Environment.ProcessorCount} cores");
        foreach ((string outcome, int count) in outcomes.OrderByDescending(o => o.Value))
        {
            _output.WriteLine($"  {count,7}  {outcome}");
        }

        Assert.True(
            failures.IsEmpty,
            $"Reading mutated JSON broke the contract (replay one with KAZCHINA_FUZZ_SEED={seed} KAZCHINA_FUZZ_CASE=<case>):\n" + string.Join("\n", failures.OrderBy(f => f, StringComparer.Ordinal)));
    }

    /// <summary>Reads a mutated document and says how it went: accepted, rejected (with the exception type) or FAIL with why.</summary>
    private static string Run(FuzzTarget target, byte[] document)
    {
        object value;
        try
        {
            value = target.Read(document);
        }
        catch (EditionValidationException exception)
        {
            return exception.Issues.Count > 0 && exception.Path == "$" ? "rejected by Validate()" : $"FAIL: validation exception without issues: {exception.Message}";
        }
        catch (KazChinaJsonException exception)
        {
            return exception.Path is { } path && path.StartsWith('$') && exception.Message.StartsWith(path + ": ", StringComparison.Ordinal)
                ? "rejected: " + Category(exception)
                : $"FAIL: exception without a proper path: Path={exception.Path}; {exception.Message}";
        }
        catch (Exception exception)
        {
            return $"FAIL: {exception.GetType().FullName}: {exception.Message}\n{exception.StackTrace}";
        }

        try
        {
            if (value is KazChinaEdition edition && edition.Validate().Count > 0)
            {
                return "FAIL: an edition that does not validate was returned";
            }

            object again = target.Read(Encoding.UTF8.GetBytes(target.Write(value)));
            return again.Equals(value) ? "accepted" : "FAIL: an accepted document does not round-trip";
        }
        catch (Exception exception)
        {
            return $"FAIL: an accepted document cannot be written and read back: {exception}";
        }
    }

    /// <summary>Groups rejections by what went wrong, for the statistics.</summary>
    private static string Category(KazChinaJsonException exception) =>
        exception.InnerException switch
        {
            ArgumentException => "a constructor rejected a value",
            _ when exception.Message.Contains("not well-formed JSON", StringComparison.Ordinal) => "malformed JSON",
            _ when exception.Message.Contains("is not a member", StringComparison.Ordinal) => "unknown member",
            _ when exception.Message.Contains("missing required", StringComparison.Ordinal) => "missing member",
            _ when exception.Message.Contains("Duplicate property", StringComparison.Ordinal) => "duplicate member",
            _ when exception.Message.Contains("null", StringComparison.Ordinal) => "null not allowed",
            _ => "wrong kind of value or name",
        };

    private static FuzzTarget[] EditionTargets() =>
    [
        EditionTarget("embedded edition (golden)", EditionGolden()),
        EditionTarget("synthetic edition (golden)", SyntheticGolden()),
    ];

    private static FuzzTarget EditionTarget(string name, string json) =>
        new(name, Encoding.UTF8.GetBytes(json), bytes => KazChinaJson.Deserialize<KazChinaEdition>(bytes), value => KazChinaJson.Serialize((KazChinaEdition)value), "");

    /// <summary>Documents of every record (as <see cref="EditionRecord"/>, with <c>$type</c>) and of the values inside them, from the golden files.</summary>
    private static FuzzTarget[] PartTargets()
    {
        KazChinaEdition edition = KazChinaJson.Deserialize<KazChinaEdition>(SyntheticGolden());
        var targets = new List<FuzzTarget>();
        foreach (EditionRecord record in edition.Records)
        {
            targets.Add(Part<EditionRecord>(record.Kind.ToString(), record, "/$defs/EditionRecord"));
            targets.Add(Part(nameof(Evidence), record.Evidence));
        }

        targets.Add(Part(nameof(Article), KazChinaJson.Deserialize<KazChinaEdition>(EditionGolden()).Article));
        targets.AddRange(edition.Loans.Select(loan => Part(nameof(StatedAmount), loan.Amount)));
        targets.AddRange(edition.Projects.Where(p => p.Cost is not null).Select(p => Part(nameof(StatedAmount), p.Cost!)));
        targets.AddRange(edition.Events.Where(e => e.When is not null).Select(e => Part(nameof(TimeReference), e.When!)));
        targets.AddRange(edition.Places.Where(p => p.Location is not null).Select(p => Part(nameof(GeoPoint), p.Location!)));
        targets.Add(Part("ValueList<Country>", edition.Countries, "/$defs/KazChinaEdition/properties/countries"));
        return [.. targets];
    }

    private static FuzzTarget Part<T>(string name, T value, string? schema = null)
        where T : notnull =>
        new(name, KazChinaJson.SerializeToUtf8Bytes(value), bytes => KazChinaJson.Deserialize<T>(bytes), written => KazChinaJson.Serialize((T)written), schema ?? "/$defs/" + name);


    private static string Preview(byte[] document)
    {
        string text = Encoding.UTF8.GetString(document, 0, Math.Min(document.Length, 200));
        return JsonErrors.Quote(text);
    }

    /// <summary>A document to mutate, how to read and write its type, and where its type's schema is in the edition's schema (a JSON pointer; empty for the edition).</summary>
    private sealed record FuzzTarget(string Name, byte[] Document, Func<byte[], object> Read, Func<object, string> Write, string Schema);
}

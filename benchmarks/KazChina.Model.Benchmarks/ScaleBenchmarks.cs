using System.Collections.Generic;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace KazChina.Model.Benchmarks;

/// <summary>
/// How the work an edition does once grows with its size, on deterministic generated editions of about
/// 1 000, 10 000 and 100 000 records: reading it from JSON with <see cref="KazChinaJson"/> (syntax pass,
/// contracts and <see cref="KazChinaEdition.Validate"/>), validating it alone, and answering the first
/// query (which builds the indexes). Every invocation starts from an edition with nothing cached. The
/// token scan of the same bytes is the reference for how a plain sequential pass grows on this machine.
/// Ten times the records should cost at most eleven times the time.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByMethod)]
public class ScaleBenchmarks
{
    private KazChinaEdition _edition = null!;
    private byte[] _utf8 = null!;
    private RecordId _country;
    private RecordId _partner;

    /// <summary>Gets or sets the approximate number of records (1 000 gives 994, 10 000 gives 9 994, 100 000 gives 99 994).</summary>
    [Params(1_000, 10_000, 100_000)]
    public int Records { get; set; } = 1_000;

    /// <summary>Generates the edition and its JSON once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _edition = Editions.Synthetic(Records);
        _utf8 = KazChinaJson.SerializeToUtf8Bytes(_edition);
        TradeFigure figure = _edition.TradeFigures[0];
        (_country, _partner) = (figure.CountryId, figure.PartnerId);
    }

    /// <summary>Reads and validates the edition from its JSON, as <see cref="KazChinaJson.Deserialize{T}(System.ReadOnlySpan{byte})"/> does.</summary>
    /// <returns>The edition.</returns>
    [Benchmark]
    public KazChinaEdition DeserializeAndValidate() => KazChinaJson.Deserialize<KazChinaEdition>(_utf8);

    /// <summary>Validates an edition that has not built its id map yet.</summary>
    /// <returns>The issues (none: the edition is valid).</returns>
    [Benchmark]
    public IReadOnlyList<ValidationIssue> Validate() => Editions.Fresh(_edition).Validate();

    /// <summary>Answers a first query on an edition that has not built its indexes yet.</summary>
    /// <returns>The figures.</returns>
    [Benchmark]
    public IReadOnlyList<TradeFigure> FirstQuery() => Editions.Fresh(_edition).TradeBetween(_country, _partner);

    /// <summary>Reads every token of the edition's JSON and builds nothing: how a sequential pass grows.</summary>
    /// <returns>The number of tokens.</returns>
    [Benchmark]
    public int TokenScan()
    {
        var reader = new Utf8JsonReader(_utf8);
        int tokens = 0;
        while (reader.Read())
        {
            tokens++;
        }

        return tokens;
    }
}

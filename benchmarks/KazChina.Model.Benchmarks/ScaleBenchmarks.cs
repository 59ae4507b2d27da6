using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace KazChina.Model.Benchmarks;

/// <summary>
/// How the work an edition does once grows with its size, on deterministic generated editions of about
/// 1 000, 10 000 and 100 000 records: validating it, and answering the first query (which builds the
/// indexes). Every invocation starts from an edition with nothing cached. The baseline is the smallest
/// size: ten times the records should cost at most eleven times the time.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByMethod)]
public class ScaleBenchmarks
{
    private KazChinaEdition _edition = null!;
    private RecordId _country;
    private RecordId _partner;

    /// <summary>Gets or sets the approximate number of records (1 000 gives 994, 10 000 gives 9 994, 100 000 gives 99 994).</summary>
    [Params(1_000, 10_000, 100_000)]
    public int Records { get; set; } = 1_000;

    /// <summary>Generates the edition once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _edition = Editions.Synthetic(Records);
        TradeFigure figure = _edition.TradeFigures[0];
        (_country, _partner) = (figure.CountryId, figure.PartnerId);
    }

    /// <summary>Validates an edition that has not built its id map yet.</summary>
    /// <returns>The issues (none: the edition is valid).</returns>
    [Benchmark]
    public IReadOnlyList<ValidationIssue> Validate() => Editions.Fresh(_edition).Validate();

    /// <summary>Answers a first query on an edition that has not built its indexes yet.</summary>
    /// <returns>The figures.</returns>
    [Benchmark]
    public IReadOnlyList<TradeFigure> FirstQuery() => Editions.Fresh(_edition).TradeBetween(_country, _partner);
}

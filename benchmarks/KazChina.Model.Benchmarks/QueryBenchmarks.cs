using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using NodaTime;

namespace KazChina.Model.Benchmarks;

/// <summary>
/// The query helpers (indexes built once per edition) beside the LINQ scan a user would write over the
/// edition's lists, on the embedded edition and on a generated one of 100 000 records. Each category's
/// baseline is the scan; the indexes are built in setup, so this is the steady state of a warm edition
/// (the one-off cost of building them is measured by <see cref="ScaleBenchmarks"/>).
/// </summary>
[MemoryDiagnoser]
[CategoriesColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory, BenchmarkLogicalGroupRule.ByParams)]
public class QueryBenchmarks
{
    private static readonly DateInterval Year2011 = new(new LocalDate(2011, 1, 1), new LocalDate(2011, 12, 31));

    private KazChinaEdition _edition = null!;
    private RecordId _id;
    private RecordId _party;
    private RecordId _country;
    private RecordId _partner;
    private ProjectKind _projectKind;

    /// <summary>Gets or sets which edition: <c>embedded</c> (155 records) or <c>100k</c> (99 994 generated records).</summary>
    [Params("embedded", "100k")]
    public string Edition { get; set; } = "embedded";

    /// <summary>Loads the edition, picks the arguments from its middle records, and builds its indexes.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _edition = Edition == "embedded" ? KazChinaEdition.Current : Editions.Synthetic(100_000);
        ValueList<EditionRecord> records = _edition.Records;
        _id = records[records.Count / 2].Id;
        _party = _edition.Agreements[_edition.Agreements.Count / 2].PartyIds[0];
        TradeFigure figure = _edition.TradeFigures[_edition.TradeFigures.Count / 2];
        (_country, _partner) = (figure.CountryId, figure.PartnerId);
        _projectKind = _edition.Projects[_edition.Projects.Count / 2].ProjectKind;
        _ = _edition.Timeline();
    }

    /// <summary>Finds a record by id with a scan.</summary>
    /// <returns>The record.</returns>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Get by id")]
    public EditionRecord GetByIdScan() => _edition.Records.First(r => r.Id == _id);

    /// <summary>Finds a record by id with <see cref="LookupQueries.Get(KazChinaEdition, RecordId)"/>.</summary>
    /// <returns>The record.</returns>
    [Benchmark]
    [BenchmarkCategory("Get by id")]
    public EditionRecord GetById() => _edition.Get(_id);

    /// <summary>Lists a party's agreements with a scan.</summary>
    /// <returns>The agreements.</returns>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Agreements with party")]
    public List<Agreement> AgreementsWithPartyScan() => _edition.Agreements.Where(a => a.PartyIds.Contains(_party)).ToList();

    /// <summary>Lists a party's agreements with <see cref="AgreementQueries.AgreementsWithParty"/>.</summary>
    /// <returns>The agreements.</returns>
    [Benchmark]
    [BenchmarkCategory("Agreements with party")]
    public IReadOnlyList<Agreement> AgreementsWithParty() => _edition.AgreementsWithParty(_party);

    /// <summary>Lists the projects of one kind with a scan.</summary>
    /// <returns>The projects.</returns>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Projects of kind")]
    public List<InfrastructureProject> ProjectsOfKindScan() => _edition.Projects.Where(p => p.ProjectKind == _projectKind).ToList();

    /// <summary>Lists the projects of one kind with <see cref="ProjectQueries.ProjectsOfKind"/>.</summary>
    /// <returns>The projects.</returns>
    [Benchmark]
    [BenchmarkCategory("Projects of kind")]
    public IReadOnlyList<InfrastructureProject> ProjectsOfKind() => _edition.ProjectsOfKind(_projectKind);

    /// <summary>Lists the trade figures between two countries, either direction, with a scan.</summary>
    /// <returns>The figures.</returns>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Trade between")]
    public List<TradeFigure> TradeBetweenScan() =>
        _edition.TradeFigures.Where(f => (f.CountryId == _country && f.PartnerId == _partner) || (f.CountryId == _partner && f.PartnerId == _country)).ToList();

    /// <summary>Lists the trade figures between two countries with <see cref="TradeQueries.TradeBetween"/>.</summary>
    /// <returns>The figures.</returns>
    [Benchmark]
    [BenchmarkCategory("Trade between")]
    public IReadOnlyList<TradeFigure> TradeBetween() => _edition.TradeBetween(_country, _partner);

    /// <summary>Puts every dated record in date order with a scan and a sort.</summary>
    /// <returns>The dated records in order.</returns>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Timeline")]
    public List<(TimeReference When, EditionRecord Record)> TimelineScan() => Dated(_edition).OrderBy(d => d.When).ToList();

    /// <summary>Returns every dated record in date order with <see cref="TimelineQueries.Timeline"/>.</summary>
    /// <returns>The timeline.</returns>
    [Benchmark]
    [BenchmarkCategory("Timeline")]
    public IReadOnlyList<TimelineEntry> Timeline() => _edition.Timeline();

    /// <summary>Puts the records dated within 2011 in date order: filter first, then sort what is left.</summary>
    /// <returns>The dated records of 2011 in order.</returns>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Timeline in 2011")]
    public List<(TimeReference When, EditionRecord Record)> TimelineInYearScan() =>
        Dated(_edition).Where(d => Year2011.Start <= d.When.Date.Start && d.When.Date.End <= Year2011.End).OrderBy(d => d.When).ToList();

    /// <summary>Returns the records dated within 2011 with <see cref="TimelineQueries.Timeline"/>.</summary>
    /// <returns>The entries.</returns>
    [Benchmark]
    [BenchmarkCategory("Timeline in 2011")]
    public IReadOnlyList<TimelineEntry> TimelineInYear() => _edition.Timeline(Year2011);

    /// <summary>Finds the evidence spans that contain a word, ignoring case, with a scan.</summary>
    /// <returns>(record, span) pairs.</returns>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Search evidence")]
    public List<(EditionRecord Record, TextSpan Span)> SearchEvidenceScan() =>
        _edition.Records
            .SelectMany(r => r.Evidence.Spans.Select(s => (Record: r, Span: s)))
            .Where(m => m.Span.Text.Contains("pipeline", StringComparison.OrdinalIgnoreCase))
            .ToList();

    /// <summary>Finds the evidence spans that contain a word with <see cref="ProvenanceQueries.SearchEvidence"/> (which also folds curly quotes and dashes).</summary>
    /// <returns>The matches.</returns>
    [Benchmark]
    [BenchmarkCategory("Search evidence")]
    public IReadOnlyList<EvidenceMatch> SearchEvidence() => _edition.SearchEvidence("pipeline");

    /// <summary>The dated records as a user would gather them: each dated kind's date, and the date of each dated citation.</summary>
    private static IEnumerable<(TimeReference When, EditionRecord Record)> Dated(KazChinaEdition edition)
    {
        IEnumerable<(TimeReference? When, EditionRecord Record)> all =
            edition.Agreements.Select(a => (a.When, (EditionRecord)a))
                .Concat(edition.Events.Select(e => (e.When, (EditionRecord)e)))
                .Concat(edition.TradeFigures.Select(f => (f.Period, (EditionRecord)f)))
                .Concat(edition.Loans.Select(l => (l.When, (EditionRecord)l)))
                .Concat(edition.CurrencySwaps.Select(s => (s.When, (EditionRecord)s)))
                .Concat(edition.Projects.Select(p => (p.When, (EditionRecord)p)))
                .Concat(edition.Citations.Select(c => (c.Date is { } date ? TimeReference.At(date) : null, (EditionRecord)c)));
        return all.Where(d => d.When is not null).Select(d => (d.When!, d.Record));
    }
}

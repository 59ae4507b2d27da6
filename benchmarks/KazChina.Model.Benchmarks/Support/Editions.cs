using System;
using System.Collections.Concurrent;
using KazChina.Model.Tests;

namespace KazChina.Model.Benchmarks;

/// <summary>The editions the benchmarks run on: the embedded one, and generated ones of a given size, each built once per process.</summary>
internal static class Editions
{
    /// <summary>The seed of every generated edition (volume 8, issue 128), so every run measures the same data.</summary>
    public const int Seed = 8128;

    /// <summary>The number of record kinds; <see cref="SyntheticEdition.Create"/> makes this many records per unit of size (plus four).</summary>
    private const int Kinds = 15;

    private static readonly ConcurrentDictionary<int, KazChinaEdition> Generated = new();

    /// <summary>Returns the generated edition closest to <paramref name="records"/> records (1 000 gives 994: 66 of each of 15 kinds, plus two countries and two organizations).</summary>
    public static KazChinaEdition Synthetic(int records) =>
        Generated.GetOrAdd(records, static n => SyntheticEdition.Create(Seed, Math.Max(1, n / Kinds)));

    /// <summary>Returns an edition equal to <paramref name="edition"/> but with nothing cached: no id map, index or record list built yet.</summary>
    public static KazChinaEdition Fresh(KazChinaEdition edition) =>
        new(
            edition.DataVersion,
            edition.Article,
            edition.Countries,
            edition.People,
            edition.Organizations,
            edition.Places,
            edition.Citations,
            edition.Quotes,
            edition.EditorialNotes,
            edition.Agreements,
            edition.Provisions,
            edition.Events,
            edition.TradeFigures,
            edition.Loans,
            edition.CurrencySwaps,
            edition.Projects,
            edition.Assessments);
}

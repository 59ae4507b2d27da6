using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace KazChina.Model.Tests.Queries;

/// <summary>Editions and assertions shared by the query tests: naive answers are written inline in each test.</summary>
internal static class QueryTestKit
{
    /// <summary>The embedded edition.</summary>
    public static KazChinaEdition Embedded => KazChinaEdition.Current;

    /// <summary>
    /// A new edition value built from another's parts, with some lists replaced: equal to the original when
    /// nothing is replaced, yet a different instance with its own indexes, as an edition read from JSON is.
    /// </summary>
    public static KazChinaEdition Rebuild(
        KazChinaEdition e,
        ValueList<Event>? events = null,
        ValueList<TradeFigure>? tradeFigures = null,
        ValueList<Loan>? loans = null) =>
        new(
            e.DataVersion,
            e.Article,
            e.Countries,
            e.People,
            e.Organizations,
            e.Places,
            e.Citations,
            e.Quotes,
            e.EditorialNotes,
            e.Agreements,
            e.Provisions,
            events ?? e.Events,
            tradeFigures ?? e.TradeFigures,
            loans ?? e.Loans,
            e.CurrencySwaps,
            e.Projects,
            e.Assessments);

    /// <summary>The ids of every country, person and organization.</summary>
    public static IEnumerable<RecordId> ActorIds(KazChinaEdition e) =>
        e.Countries.Select(c => c.Id).Concat(e.People.Select(p => p.Id)).Concat(e.Organizations.Select(o => o.Id));

    /// <summary>A country and the people and organizations whose country it is; any other actor alone.</summary>
    public static HashSet<RecordId> Affiliated(KazChinaEdition e, RecordId actor) =>
    [
        actor,
        .. e.People.Where(p => p.CountryId == actor).Select(p => p.Id),
        .. e.Organizations.Where(o => o.CountryId == actor).Select(o => o.Id),
    ];

    /// <summary>Asserts the two sequences hold the same instances in the same order.</summary>
    public static void SameRecords<T>(IEnumerable<T> expected, IEnumerable<T> actual)
        where T : class
    {
        T[] want = [.. expected];
        T[] got = [.. actual];
        Assert.Equal(want.Length, got.Length);
        for (int i = 0; i < want.Length; i++)
        {
            Assert.Same(want[i], got[i]);
        }
    }

    /// <summary>The ids of the records, as text, for compact assertions.</summary>
    public static string[] IdsOf(IEnumerable<EditionRecord> records) => [.. records.Select(r => r.Id.Value)];

    /// <summary>The ids, as text, for compact assertions.</summary>
    public static string[] IdsOf(IEnumerable<RecordId> ids) => [.. ids.Select(i => i.Value)];
}

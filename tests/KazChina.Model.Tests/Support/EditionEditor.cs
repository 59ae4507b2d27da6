using System;
using System.Collections.Generic;
using System.Linq;

namespace KazChina.Model.Tests;

/// <summary>Rebuilds an edition with one record replaced or added, for tests that break an edition on purpose.</summary>
public static class EditionEditor
{
    /// <summary>
    /// Returns a copy of <paramref name="edition"/> in which <paramref name="replace"/> maps every record, the article
    /// included (return the record itself to keep it), and <paramref name="extra"/> records are added after their kind's.
    /// </summary>
    public static KazChinaEdition Map(KazChinaEdition edition, Func<EditionRecord, EditionRecord> replace, IEnumerable<EditionRecord>? extra = null)
    {
        var records = edition.Records.Select(replace).Concat(extra ?? []).ToList();
        return new KazChinaEdition(
            edition.DataVersion,
            records.OfType<Article>().Single(),
            records.OfType<Country>().ToValueList(),
            records.OfType<Person>().ToValueList(),
            records.OfType<Organization>().ToValueList(),
            records.OfType<Place>().ToValueList(),
            records.OfType<Citation>().ToValueList(),
            records.OfType<Quote>().ToValueList(),
            records.OfType<EditorialNote>().ToValueList(),
            records.OfType<Agreement>().ToValueList(),
            records.OfType<Provision>().ToValueList(),
            records.OfType<Event>().ToValueList(),
            records.OfType<TradeFigure>().ToValueList(),
            records.OfType<Loan>().ToValueList(),
            records.OfType<CurrencySwap>().ToValueList(),
            records.OfType<InfrastructureProject>().ToValueList(),
            records.OfType<Assessment>().ToValueList());
    }
}

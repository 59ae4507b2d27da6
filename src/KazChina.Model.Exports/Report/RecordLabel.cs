using System.Collections.Generic;
using System.Linq;

namespace KazChina.Model.Exports;

/// <summary>A record's headline in the report: its name, title, statement or words, and for figures who and how much.</summary>
internal static class RecordLabel
{
    /// <summary>Returns the headline.</summary>
    /// <param name="record">The record.</param>
    /// <param name="names">The names of the edition's actors by id, for figures and finance.</param>
    /// <returns>One line of text (not yet escaped).</returns>
    public static string Of(EditionRecord record, IReadOnlyDictionary<RecordId, string> names) => record switch
    {
        Article a => a.Title,
        Country c => c.Name,
        Person p => p.Name + ", " + p.Role,
        Organization o => o.Name,
        Place p => p.Name == p.NameAsWritten ? p.Name : $"{p.Name} (written “{p.NameAsWritten}”)",
        Citation c => c.Span?.Text ?? c.OutletAsWritten,
        Quote q => "“" + q.Words.Text + "”",
        EditorialNote n => $"“{n.AsWritten}”: {n.Reading}",
        Agreement a => a.Title,
        Provision p => p.Statement,
        Event e => e.Title,
        TradeFigure t => $"{Name(names, t.CountryId)} – {Name(names, t.PartnerId)}: {t.Amount?.AsWritten ?? t.Quantity?.AsWritten}",
        Loan l => $"{Name(names, l.LenderId)} to {Name(names, l.BorrowerId)}: {l.Amount.AsWritten}",
        CurrencySwap s => $"{string.Join(" – ", s.PartyIds.Select(id => Name(names, id)))}: {s.Amount.AsWritten}",
        InfrastructureProject p => p.Name,
        Assessment a => a.Statement,
        _ => record.Id.Value,
    };

    /// <summary>Gets the names of the edition's countries, people, organizations and places by id.</summary>
    /// <param name="edition">The edition.</param>
    /// <returns>The names; the first wins where an id repeats.</returns>
    public static Dictionary<RecordId, string> Names(KazChinaEdition edition)
    {
        var names = new Dictionary<RecordId, string>();
        foreach (EditionRecord record in edition.Records)
        {
            string? name = record switch
            {
                Country c => c.Name,
                Person p => p.Name,
                Organization o => o.Name,
                Place p => p.Name,
                _ => null,
            };
            if (name is not null)
            {
                names.TryAdd(record.Id, name);
            }
        }

        return names;
    }

    private static string Name(IReadOnlyDictionary<RecordId, string> names, RecordId id) => names.TryGetValue(id, out string? name) ? name : id.Value;
}

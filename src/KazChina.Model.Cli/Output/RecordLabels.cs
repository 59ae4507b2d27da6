using System.Collections.Generic;
using System.Linq;

namespace KazChina.Model.Cli;

/// <summary>One-line labels for records in console tables: the timeline's label for a dated record, the name, title, statement or words otherwise.</summary>
internal sealed class RecordLabels
{
    private readonly Dictionary<RecordId, TimelineEntry> _dated;
    private readonly KazChinaEdition _edition;

    public RecordLabels(KazChinaEdition edition, ReadingChoice reading = ReadingChoice.AsStated)
    {
        _edition = edition;
        _dated = edition.Timeline(reading: reading).GroupBy(e => e.RecordId).ToDictionary(g => g.Key, g => g.First());
    }

    /// <summary>Returns the record's label.</summary>
    /// <param name="record">The record.</param>
    /// <returns>The label.</returns>
    public string Of(EditionRecord record) => _dated.TryGetValue(record.Id, out TimelineEntry? entry) ? entry.Label : record switch
    {
        Article a => a.Title,
        Country c => c.Name,
        Person p => $"{p.Name}, {p.Role}",
        Organization o => o.Name,
        Place p => p.Name,
        Citation c => c.Span?.Text ?? c.OutletAsWritten,
        Quote q => q.Words.Text,
        EditorialNote n => $"{n.AsWritten} → {n.Reading}",
        Agreement a => a.Title,
        Provision p => p.Statement,
        Event e => e.Title,
        TradeFigure t => $"{NameOf(t.CountryId)} → {NameOf(t.PartnerId)}: {t.Amount?.AsWritten ?? t.Quantity?.AsWritten}",
        Loan l => $"{NameOf(l.LenderId)} → {NameOf(l.BorrowerId)}: {l.Amount.AsWritten}",
        CurrencySwap s => $"{string.Join("–", s.PartyIds.Select(NameOf))}: {s.Amount.AsWritten}",
        InfrastructureProject p => p.Name,
        Assessment a => a.Statement,
        _ => record.Id.Value,
    };

    private string NameOf(RecordId id) => _edition.TryGet(id, out EditionRecord? record) ? record switch
    {
        Country c => c.Name,
        Person p => p.Name,
        Organization o => o.Name,
        _ => id.Value,
    } : id.Value;

    /// <summary>Returns when the record is dated, as the timeline gives it ("at 2011-06-13 (year inferred)"), or empty.</summary>
    /// <param name="record">The record.</param>
    /// <returns>The date text.</returns>
    public string WhenOf(EditionRecord record) => _dated.TryGetValue(record.Id, out TimelineEntry? entry) ? entry.When.ToString() : "";
}

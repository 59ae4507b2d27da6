using System;
using System.Collections.Generic;
using System.Linq;

namespace KazChina.Model.Cli;

/// <summary>The filters of `kazchina query`, each a set of records; a record is in the result when it is in every set asked for.</summary>
internal static class RecordFilter
{
    /// <summary>Applies the filters given in <paramref name="settings"/>.</summary>
    /// <param name="edition">The edition.</param>
    /// <param name="settings">The filters.</param>
    /// <returns>The records that pass every filter, in edition order.</returns>
    /// <exception cref="CliException">A filter's value names no kind, actor or outlet, or is not a period.</exception>
    public static IReadOnlyList<EditionRecord> Apply(KazChinaEdition edition, QueryCommand.Settings settings)
    {
        var filters = new List<Func<EditionRecord, bool>>();
        IReadOnlySet<RecordKind> kinds = RecordKindNames.Parse(settings.Kinds);
        if (kinds.Count > 0)
        {
            filters.Add(r => kinds.Contains(r.Kind));
        }

        if (settings.Country is { } country)
        {
            IReadOnlySet<RecordId> countries = ActorOption.Resolve(edition, country, "country", r => r is Country);
            filters.Add(r => r.GetReferences().Any(reference => countries.Contains(reference.Target)));
        }

        if (settings.Party is { } party)
        {
            IReadOnlySet<RecordId> actors = ActorOption.Resolve(edition, party, "country, person or organization", r => r is Country or Person or Organization);
            filters.Add(r => PartiesOf(r).Any(actors.Contains));
        }

        if (settings.Outlet is { } outlet)
        {
            IReadOnlySet<RecordId> outlets = ActorOption.Resolve(edition, outlet, "news outlet", r => r is Organization { OrganizationKind: OrganizationKind.NewsOutlet });
            HashSet<RecordId> cited = [.. outlets.SelectMany(o => edition.CitationsFrom(o).Concat(edition.SupportedByOutlet(o))).Select(r => r.Id)];
            filters.Add(r => cited.Contains(r.Id));
        }

        if (settings.Period is { } period)
        {
            HashSet<RecordId> dated = [.. edition.Timeline(PeriodOption.Parse(period), DateMatch.Overlapping, settings.Reading).Select(e => e.RecordId)];
            filters.Add(r => dated.Contains(r.Id));
        }

        if (settings.Text is { } text)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                throw new CliException("--text needs words to find.");
            }

            HashSet<RecordId> found = [.. edition.SearchEvidence(text).Select(m => m.Record.Id), .. FieldMatches(edition, text)];
            filters.Add(r => found.Contains(r.Id));
        }

        return [.. edition.Records.Where(r => filters.All(f => f(r)))];
    }

    /// <summary>Lists the actors that take part in a record, as <c>--party</c> means it.</summary>
    /// <param name="record">The record.</param>
    /// <returns>The actors' ids.</returns>
    internal static IEnumerable<RecordId> PartiesOf(EditionRecord record) => record switch
    {
        Agreement a => a.PartyIds,
        CurrencySwap s => s.PartyIds,
        Loan l => [l.LenderId, l.BorrowerId],
        Provision p => p.ProposedById is { } proposer ? [proposer, .. p.ActorIds] : p.ActorIds,
        Event e => e.ParticipantIds,
        TradeFigure t => t.StatedById is { } by ? [t.CountryId, t.PartnerId, by] : [t.CountryId, t.PartnerId],
        Quote q => [q.SpeakerId],
        Assessment { HolderId: { } holder } => [holder],
        _ => [],
    };

    private static IEnumerable<RecordId> FieldMatches(KazChinaEdition edition, string text) =>
        edition.ToTables()
            .SelectMany(t => t.Rows)
            .Where(row => row.Skip(1).Any(cell => cell.Contains(text, StringComparison.OrdinalIgnoreCase)))
            .Select(row => new RecordId(row[0]));
}

using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.InteropServices;

namespace KazChina.Model;

/// <summary>
/// The indexes behind the query helpers, built in one pass over an edition the first time any helper is
/// called on it and kept with the edition (<see cref="KazChinaEdition.Index"/>), so each is built once per
/// edition value and shared, read-only, by every thread. Every list holds records in edition order (the
/// order of <see cref="KazChinaEdition.Records"/>) unless its comment says otherwise; every key is an id
/// or value a record holds, so an invalid edition (duplicate ids, dangling references) still indexes.
/// </summary>
internal sealed class EditionIndex
{
    private readonly Dictionary<RecordId, EditionRecord> _byId;

    public EditionIndex(KazChinaEdition edition)
    {
        _byId = edition.ById;

        ByKind = Group(edition.Records, r => r.Kind);

        AgreementsByParty = GroupMany(edition.Agreements, a => a.PartyIds);
        AgreementsByKind = Group(edition.Agreements, a => a.AgreementKind);
        AgreementsByStatus = Group(edition.Agreements, a => a.Status);
        ProvisionsByAgreement = Group(edition.Provisions, p => p.AgreementId);
        ProposalsByProposer = Group(edition.Provisions.Where(p => p.ProposedById is not null), p => p.ProposedById!.Value);
        AffiliatesByCountry = BuildAffiliates(edition);

        TradeByPair = Group(edition.TradeFigures, f => PairKey(f.CountryId, f.PartnerId));

        LoansByLender = Group(edition.Loans, l => l.LenderId);
        LoansByBorrower = Group(edition.Loans, l => l.BorrowerId);
        SwapsByParty = GroupMany(edition.CurrencySwaps, s => s.PartyIds);

        ProjectsByKind = Group(edition.Projects, p => p.ProjectKind);
        ProjectsByStatus = Group(edition.Projects, p => p.Status);
        ProjectsByCountry = GroupMany(edition.Projects, p => p.CountryIds);
        ProjectsByPlace = GroupMany(edition.Projects, p => p.PlaceIds);
        // The corrected edition's results name the notes applied; the edition as stated never builds its readings here.
        EditionReadings? applied = edition.Choice == ReadingChoice.Corrected ? edition.Readings : null;
        StatedAreas = edition.Projects
            .SelectMany(p => p.Areas.Select(a => new StatedArea(p, a.CountryId, a.Area, applied?.AppliedNoteIds<AreaReading>(p.Id, r => r.Value.CountryId == a.CountryId) ?? ValueList.Empty<RecordId>())))
            .ToValueList();
        StatedCosts = edition.Projects.SelectMany(p => CostRows(p, applied)).ToValueList();
        FinancingByProject = BuildFinancing(edition);

        CitationsByOutlet = Group(edition.Citations, c => c.OutletId);
        SupportedByCitation = GroupMany(edition.Records, r => r.Evidence.CitationIds);
        SupportedByOutlet = GroupMany(edition.Records, r => r.Evidence.CitationIds.Select(OutletOf).OfType<RecordId>());
        NotesByTarget = GroupMany(edition.EditorialNotes, n => n.TargetIds);
        AnnotatedRecords = edition.Records
            .Where(r => NotesByTarget.ContainsKey(r.Id))
            .Select(r => new AnnotatedRecord(r, NotesByTarget[r.Id]))
            .ToValueList();

        ActorMatchesByName = BuildActorForms(edition);
        ActorsByName = ActorMatchesByName.ToFrozenDictionary(m => m.Key, m => m.Value.Select(match => match.Actor).ToValueList(), StringComparer.OrdinalIgnoreCase);
        PlacesByName = GroupMany(edition.Places, p => new[] { p.Name, p.NameAsWritten }.Select(TextFolding.FoldName), StringComparer.OrdinalIgnoreCase);

        Timeline = edition.Records
            .Select(r => WhenOf(r) is TimeReference when ? new TimelineEntry(when, LabelOf(r), r, applied?.AppliedNoteIds<Reading>(r.Id, ChangesEntry) ?? ValueList.Empty<RecordId>()) : null)
            .OfType<TimelineEntry>()
            .OrderBy(e => e.When)
            .ToValueList();

        SearchableSpans = edition.Records
            .SelectMany(r => r.Evidence.Spans.Select(s => new SearchableSpan(r, s, TextFolding.FoldCharacters(s.Text))))
            .ToArray();
    }

    public FrozenDictionary<RecordKind, ValueList<EditionRecord>> ByKind { get; }

    public FrozenDictionary<RecordId, ValueList<Agreement>> AgreementsByParty { get; }

    public FrozenDictionary<AgreementKind, ValueList<Agreement>> AgreementsByKind { get; }

    public FrozenDictionary<AgreementStatus, ValueList<Agreement>> AgreementsByStatus { get; }

    public FrozenDictionary<RecordId, ValueList<Provision>> ProvisionsByAgreement { get; }

    public FrozenDictionary<RecordId, ValueList<Provision>> ProposalsByProposer { get; }

    /// <summary>For each country, the people and organizations whose country it is.</summary>
    public FrozenDictionary<RecordId, ValueList<RecordId>> AffiliatesByCountry { get; }

    /// <summary>Trade figures by unordered country pair (see <see cref="PairKey"/>).</summary>
    public FrozenDictionary<(RecordId, RecordId), ValueList<TradeFigure>> TradeByPair { get; }

    public FrozenDictionary<RecordId, ValueList<Loan>> LoansByLender { get; }

    public FrozenDictionary<RecordId, ValueList<Loan>> LoansByBorrower { get; }

    public FrozenDictionary<RecordId, ValueList<CurrencySwap>> SwapsByParty { get; }

    public FrozenDictionary<ProjectKind, ValueList<InfrastructureProject>> ProjectsByKind { get; }

    public FrozenDictionary<ProjectStatus, ValueList<InfrastructureProject>> ProjectsByStatus { get; }

    public FrozenDictionary<RecordId, ValueList<InfrastructureProject>> ProjectsByCountry { get; }

    public FrozenDictionary<RecordId, ValueList<InfrastructureProject>> ProjectsByPlace { get; }

    /// <summary>Every stated area, by project in edition order, then in each project's order.</summary>
    public ValueList<StatedArea> StatedAreas { get; }

    /// <summary>Every stated cost, by project in edition order, the first-named currency first.</summary>
    public ValueList<StatedCost> StatedCosts { get; }

    /// <summary>For each project id, the loans and swaps that finance it: those it lists and loans that name it.</summary>
    public FrozenDictionary<RecordId, ValueList<EditionRecord>> FinancingByProject { get; }

    public FrozenDictionary<RecordId, ValueList<Citation>> CitationsByOutlet { get; }

    /// <summary>For each citation id, the records whose evidence cites it.</summary>
    public FrozenDictionary<RecordId, ValueList<EditionRecord>> SupportedByCitation { get; }

    /// <summary>For each outlet id, the records whose evidence cites one of its citations.</summary>
    public FrozenDictionary<RecordId, ValueList<EditionRecord>> SupportedByOutlet { get; }

    public FrozenDictionary<RecordId, ValueList<EditorialNote>> NotesByTarget { get; }

    public ValueList<AnnotatedRecord> AnnotatedRecords { get; }

    /// <summary>Countries, people and organizations by every name form (folded, case-insensitive).</summary>
    public FrozenDictionary<string, ValueList<EditionRecord>> ActorsByName { get; }

    /// <summary>The same, each actor with the form that matched: one match per actor and key, the article's own forms first.</summary>
    public FrozenDictionary<string, ValueList<ActorMatch>> ActorMatchesByName { get; }

    /// <summary>Places by canonical and as-written name (folded, case-insensitive).</summary>
    public FrozenDictionary<string, ValueList<Place>> PlacesByName { get; }

    /// <summary>Every dated record, in the order stated on <see cref="TimelineQueries"/>.</summary>
    public ValueList<TimelineEntry> Timeline { get; }

    /// <summary>Every evidence span with its folded text, in edition order, then in each record's span order.</summary>
    public IReadOnlyList<SearchableSpan> SearchableSpans { get; }

    /// <summary>The key of an unordered pair of ids: the smaller first.</summary>
    public static (RecordId, RecordId) PairKey(RecordId a, RecordId b) => a <= b ? (a, b) : (b, a);

    /// <summary>Returns the list under <paramref name="key"/>, or the empty list.</summary>
    public static ValueList<T> Find<TKey, T>(FrozenDictionary<TKey, ValueList<T>> index, TKey key)
        where TKey : notnull =>
        index.TryGetValue(key, out ValueList<T>? found) ? found : ValueList.Empty<T>();

    /// <summary>Returns the record's date (the date of the cited piece, for a citation), or null.</summary>
    public static TimeReference? WhenOf(EditionRecord record) => record switch
    {
        Agreement a => a.When,
        Event e => e.When,
        TradeFigure f => f.Period,
        Loan l => l.When,
        CurrencySwap s => s.When,
        InfrastructureProject p => p.When,
        Citation { Date: { } date } => TimeReference.At(date),
        _ => null,
    };

    /// <summary>The ids <paramref name="actorId"/> stands for: a country with its people and organizations when <paramref name="includeAffiliated"/> is set, else itself.</summary>
    public IReadOnlySet<RecordId> ActorSet(RecordId actorId, bool includeAffiliated)
    {
        var ids = new HashSet<RecordId> { actorId };
        if (includeAffiliated)
        {
            ids.UnionWith(Find(AffiliatesByCountry, actorId));
        }

        return ids;
    }

    /// <summary>A short label for a record on the timeline, with names resolved where the edition has them.</summary>
    public string LabelOf(EditionRecord record) => record switch
    {
        Agreement a => a.Title,
        Event e => e.Title,
        InfrastructureProject p => p.Phase is null ? p.Name : $"{p.Name} ({p.Phase})",
        Citation c => c.DateAsWritten is null ? c.OutletAsWritten : $"{c.OutletAsWritten}, {c.DateAsWritten}",
        TradeFigure f => TradeLabel(f),
        Loan l => $"{NameOf(l.LenderId)} loan to {NameOf(l.BorrowerId)}: {l.Amount.AsWritten}",
        CurrencySwap s => $"{string.Join("–", s.PartyIds.Select(NameOf))} currency swap: {s.Amount.AsWritten}",
        _ => record.Id.Value,
    };

    private string TradeLabel(TradeFigure figure)
    {
        string target = figure.Basis == FigureBasis.Target ? " target" : string.Empty;
        string stated = figure.Amount?.AsWritten ?? figure.Quantity!.AsWritten;
        return figure.Measure == TradeMeasure.CommodityDelivered
            ? $"{NameOf(figure.CountryId)} → {NameOf(figure.PartnerId)} {figure.Commodity} delivered{target}: {stated}"
            : $"{NameOf(figure.CountryId)}–{NameOf(figure.PartnerId)} trade volume{target}: {stated}";
    }

    private string NameOf(RecordId id) => _byId.GetValueOrDefault(id) switch
    {
        Country c => c.Name,
        Person p => p.Name,
        Organization o => o.Name,
        Place p => p.Name,
        _ => id.Value,
    };

    private RecordId? OutletOf(RecordId citationId) =>
        _byId.GetValueOrDefault(citationId) is Citation citation ? (RecordId?)citation.OutletId : null;

    /// <summary>Whether a reading that changes a record changes its timeline entry: its date, or the title or amount its label shows.</summary>
    private static bool ChangesEntry(Reading reading) =>
        reading is TimeReading or DateReading or AmountReading or NameReading { Member: ReadMember.Title };

    /// <summary>A project's cost, one row per currency; in the corrected reading, with the notes applied and the party a note reads it as the share of.</summary>
    private static IEnumerable<StatedCost> CostRows(InfrastructureProject project, EditionReadings? applied)
    {
        if (project.Cost is not { } cost)
        {
            yield break;
        }

        NoteReading[] shares = applied is null ? [] : [.. applied.Of(project.Id).Where(r => r.Reading is ShareReading)];
        RecordId? shareOf = shares.Length > 0 ? ((ShareReading)shares[^1].Reading).PartyId : default(RecordId?);
        ValueList<RecordId> notes = applied is null
            ? ValueList.Empty<RecordId>()
            : applied.AppliedNoteIds<AmountReading>(project.Id, _ => true).Concat(shares.Select(s => s.NoteId)).Distinct().ToValueList();
        yield return new StatedCost(project, cost.Value, cost.Bound, cost.AsWritten, shareOf, notes);
        if (cost.AlsoStatedAs is { } second)
        {
            yield return new StatedCost(project, second, cost.Bound, cost.AsWritten, shareOf, notes);
        }
    }

    private static FrozenDictionary<RecordId, ValueList<EditionRecord>> BuildFinancing(KazChinaEdition edition)
    {
        var listedBy = edition.Projects
            .SelectMany(p => p.FinancingIds.Select(f => (Finance: f, Project: p.Id)))
            .ToLookup(pair => pair.Finance, pair => pair.Project);
        IEnumerable<EditionRecord> finance = edition.Records.Where(r => r.Kind is RecordKind.Loan or RecordKind.CurrencySwap);
        return GroupMany(finance, f => f is Loan { ProjectId: RecordId project } ? listedBy[f.Id].Append(project) : listedBy[f.Id]);
    }

    private static FrozenDictionary<RecordId, ValueList<RecordId>> BuildAffiliates(KazChinaEdition edition)
    {
        IEnumerable<(RecordId Country, RecordId Member)> people = edition.People.Select(p => (p.CountryId, p.Id));
        IEnumerable<(RecordId Country, RecordId Member)> organizations = edition.Organizations
            .Where(o => o.CountryId is not null)
            .Select(o => (o.CountryId!.Value, o.Id));
        return Group(people.Concat(organizations), pair => pair.Country)
            .ToFrozenDictionary(g => g.Key, g => g.Value.Select(pair => pair.Member).ToValueList());
    }

    /// <summary>
    /// Files every actor under each folded form of its names: first the forms the article writes (in the record's
    /// order, then an outlet's forms in its citations), then the editors' (canonical name, web address), so that a
    /// key an actor reaches by several forms keeps the article's.
    /// </summary>
    private static FrozenDictionary<string, ValueList<ActorMatch>> BuildActorForms(KazChinaEdition edition)
    {
        var outletForms = edition.Citations
            .GroupBy(c => c.OutletId)
            .ToDictionary(g => g.Key, g => g.Select(c => c.OutletAsWritten).ToList());

        static NameForm Named(string name) => new(name, NameFormKind.Name);

        IEnumerable<(NameForm Form, bool AsWritten)> FormsOf(EditionRecord actor) => actor switch
        {
            Country c => [.. c.FormsAsWritten.Select(f => (f, true)), (Named(c.Name), false)],
            Person p => [(Named(p.NameAsWritten), true), .. p.OtherFormsAsWritten.Select(f => (f, true)), (Named(p.Name), false)],
            Organization o =>
            [
                (Named(o.NameAsWritten), true),
                .. o.OtherFormsAsWritten.Select(f => (f, true)),
                .. (outletForms.GetValueOrDefault(o.Id) ?? []).Select(f => (Named(f), true)),
                (Named(o.Name), false),
                .. o.Website is null ? Array.Empty<(NameForm, bool)>() : [(Named(o.Website), false)],
            ],
            _ => [],
        };

        var groups = new Dictionary<string, List<ActorMatch>>(StringComparer.OrdinalIgnoreCase);
        foreach (EditionRecord actor in edition.Records.Where(r => r.Kind is RecordKind.Country or RecordKind.Person or RecordKind.Organization))
        {
            foreach ((NameForm form, bool asWritten) in FormsOf(actor))
            {
                ref List<ActorMatch>? matches = ref CollectionsMarshal.GetValueRefOrAddDefault(groups, TextFolding.FoldName(form.Form), out _);
                matches ??= [];
                if (matches.Count == 0 || !ReferenceEquals(matches[^1].Actor, actor))
                {
                    matches.Add(new ActorMatch(actor, form, asWritten));
                }
            }
        }

        return groups.ToFrozenDictionary(g => g.Key, g => g.Value.ToValueList(), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Groups items under their one key, keeping the items' order.</summary>
    private static FrozenDictionary<TKey, ValueList<T>> Group<T, TKey>(IEnumerable<T> items, Func<T, TKey> key)
        where TKey : notnull
    {
        var groups = new Dictionary<TKey, List<T>>();
        foreach (T item in items)
        {
            ref List<T>? list = ref CollectionsMarshal.GetValueRefOrAddDefault(groups, key(item), out _);
            (list ??= []).Add(item);
        }

        return groups.ToFrozenDictionary(g => g.Key, g => g.Value.ToValueList());
    }

    /// <summary>Groups items under each of their keys, each item once per key, keeping the items' order.</summary>
    /// <remarks>
    /// Items arrive one at a time, so a key repeated by one item was last filed by that same item: each group
    /// remembers the position of the item it took last, and a repeat is skipped with no set per item.
    /// </remarks>
    private static FrozenDictionary<TKey, ValueList<T>> GroupMany<T, TKey>(IEnumerable<T> items, Func<T, IEnumerable<TKey>> keys, IEqualityComparer<TKey>? comparer = null)
        where TKey : notnull
    {
        var groups = new Dictionary<TKey, Grouping<T>>(comparer);
        int position = 0;
        foreach (T item in items)
        {
            foreach (TKey key in keys(item))
            {
                ref Grouping<T>? group = ref CollectionsMarshal.GetValueRefOrAddDefault(groups, key, out _);
                group ??= new Grouping<T>();
                if (group.LastPosition != position)
                {
                    group.Items.Add(item);
                    group.LastPosition = position;
                }
            }

            position++;
        }

        return groups.ToFrozenDictionary(g => g.Key, g => g.Value.Items.ToValueList(), comparer);
    }

    /// <summary>One evidence span of one record, with its text folded for search.</summary>
    internal sealed record SearchableSpan(EditionRecord Record, TextSpan Span, string FoldedText);

    /// <summary>The items filed under one key so far, and the position of the last item filed.</summary>
    private sealed class Grouping<T>
    {
        public List<T> Items { get; } = [];

        public int LastPosition { get; set; } = -1;
    }
}

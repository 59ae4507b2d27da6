using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.InteropServices;
using System.Threading;

namespace KazChina.Model;

/// <summary>
/// The indexes behind the query helpers, kept with the edition (<see cref="KazChinaEdition.Index"/>). Each index
/// is built the first time a helper needs it, so a first query pays for its own family only (and compiles no
/// code for the others); once built, an index is kept and shared, read-only, by every thread. Two threads that
/// ask for an unbuilt index at once may both build it; one result is kept and both are equal. Every list holds records in edition order (the
/// order of <see cref="KazChinaEdition.Records"/>) unless its comment says otherwise; every key is an id
/// or value a record holds, so an invalid edition (duplicate ids, dangling references) still indexes.
/// </summary>
internal sealed class EditionIndex
{
    private readonly KazChinaEdition _edition;

    private readonly Dictionary<RecordId, EditionRecord> _byId;

    private Dictionary<RecordKind, ValueList<EditionRecord>>? _byKind;
    private Dictionary<RecordId, ValueList<Agreement>>? _agreementsByParty;
    private Dictionary<AgreementKind, ValueList<Agreement>>? _agreementsByKind;
    private Dictionary<AgreementStatus, ValueList<Agreement>>? _agreementsByStatus;
    private Dictionary<RecordId, ValueList<Provision>>? _provisionsByAgreement;
    private Dictionary<RecordId, ValueList<Provision>>? _proposalsByProposer;
    private Dictionary<RecordId, ValueList<RecordId>>? _affiliatesByCountry;
    private Dictionary<(RecordId, RecordId), ValueList<TradeFigure>>? _tradeByPair;
    private Dictionary<RecordId, ValueList<Loan>>? _loansByLender;
    private Dictionary<RecordId, ValueList<Loan>>? _loansByBorrower;
    private Dictionary<RecordId, ValueList<CurrencySwap>>? _swapsByParty;
    private Dictionary<ProjectKind, ValueList<InfrastructureProject>>? _projectsByKind;
    private Dictionary<ProjectStatus, ValueList<InfrastructureProject>>? _projectsByStatus;
    private Dictionary<RecordId, ValueList<InfrastructureProject>>? _projectsByCountry;
    private Dictionary<RecordId, ValueList<InfrastructureProject>>? _projectsByPlace;
    private ValueList<StatedArea>? _statedAreas;
    private ValueList<StatedCost>? _statedCosts;
    private Dictionary<RecordId, ValueList<EditionRecord>>? _financingByProject;
    private Dictionary<RecordId, ValueList<Citation>>? _citationsByOutlet;
    private Dictionary<RecordId, ValueList<EditionRecord>>? _supportedByCitation;
    private Dictionary<RecordId, ValueList<EditionRecord>>? _supportedByOutlet;
    private Dictionary<RecordId, ValueList<EditorialNote>>? _notesByTarget;
    private ValueList<AnnotatedRecord>? _annotatedRecords;
    private Dictionary<string, ValueList<EditionRecord>>? _actorsByName;
    private Dictionary<string, ValueList<ActorMatch>>? _actorMatchesByName;
    private Dictionary<string, ValueList<Place>>? _placesByName;
    private ValueList<TimelineEntry>? _timeline;
    private IReadOnlyList<SearchableSpan>? _searchableSpans;

    public EditionIndex(KazChinaEdition edition)
    {
        _edition = edition;
        _byId = edition.ById;
    }

    public Dictionary<RecordKind, ValueList<EditionRecord>> ByKind => _byKind ?? Built(ref _byKind, () => Group(_edition.Records, r => r.Kind));

    public Dictionary<RecordId, ValueList<Agreement>> AgreementsByParty => _agreementsByParty ?? Built(ref _agreementsByParty, () => GroupMany(_edition.Agreements, a => a.PartyIds));

    public Dictionary<AgreementKind, ValueList<Agreement>> AgreementsByKind => _agreementsByKind ?? Built(ref _agreementsByKind, () => Group(_edition.Agreements, a => a.AgreementKind));

    public Dictionary<AgreementStatus, ValueList<Agreement>> AgreementsByStatus => _agreementsByStatus ?? Built(ref _agreementsByStatus, () => Group(_edition.Agreements, a => a.Status));

    public Dictionary<RecordId, ValueList<Provision>> ProvisionsByAgreement => _provisionsByAgreement ?? Built(ref _provisionsByAgreement, () => Group(_edition.Provisions, p => p.AgreementId));

    public Dictionary<RecordId, ValueList<Provision>> ProposalsByProposer => _proposalsByProposer ?? Built(ref _proposalsByProposer, () => Group(_edition.Provisions.Where(p => p.ProposedById is not null), p => p.ProposedById!.Value));

    /// <summary>For each country, the people and organizations whose country it is.</summary>
    public Dictionary<RecordId, ValueList<RecordId>> AffiliatesByCountry => _affiliatesByCountry ?? Built(ref _affiliatesByCountry, () => BuildAffiliates(_edition));

    /// <summary>Trade figures by unordered country pair (see <see cref="PairKey"/>).</summary>
    public Dictionary<(RecordId, RecordId), ValueList<TradeFigure>> TradeByPair => _tradeByPair ?? Built(ref _tradeByPair, () => Group(_edition.TradeFigures, f => PairKey(f.CountryId, f.PartnerId)));

    public Dictionary<RecordId, ValueList<Loan>> LoansByLender => _loansByLender ?? Built(ref _loansByLender, () => Group(_edition.Loans, l => l.LenderId));

    public Dictionary<RecordId, ValueList<Loan>> LoansByBorrower => _loansByBorrower ?? Built(ref _loansByBorrower, () => Group(_edition.Loans, l => l.BorrowerId));

    public Dictionary<RecordId, ValueList<CurrencySwap>> SwapsByParty => _swapsByParty ?? Built(ref _swapsByParty, () => GroupMany(_edition.CurrencySwaps, s => s.PartyIds));

    public Dictionary<ProjectKind, ValueList<InfrastructureProject>> ProjectsByKind => _projectsByKind ?? Built(ref _projectsByKind, () => Group(_edition.Projects, p => p.ProjectKind));

    public Dictionary<ProjectStatus, ValueList<InfrastructureProject>> ProjectsByStatus => _projectsByStatus ?? Built(ref _projectsByStatus, () => Group(_edition.Projects, p => p.Status));

    public Dictionary<RecordId, ValueList<InfrastructureProject>> ProjectsByCountry => _projectsByCountry ?? Built(ref _projectsByCountry, () => GroupMany(_edition.Projects, p => p.CountryIds));

    public Dictionary<RecordId, ValueList<InfrastructureProject>> ProjectsByPlace => _projectsByPlace ?? Built(ref _projectsByPlace, () => GroupMany(_edition.Projects, p => p.PlaceIds));

    /// <summary>Every stated area, by project in edition order, then in each project's order.</summary>
    public ValueList<StatedArea> StatedAreas => _statedAreas ?? Built(ref _statedAreas, () => _edition.Projects
            .SelectMany(p => p.Areas.Select(a => new StatedArea(p, a.CountryId, a.Area, Applied?.AppliedNoteIds<AreaReading>(p.Id, r => r.Value.CountryId == a.CountryId) ?? ValueList.Empty<RecordId>())))
            .ToValueList());

    /// <summary>Every stated cost, by project in edition order, the first-named currency first.</summary>
    public ValueList<StatedCost> StatedCosts => _statedCosts ?? Built(ref _statedCosts, () => _edition.Projects.SelectMany(p => CostRows(p, Applied)).ToValueList());

    /// <summary>For each project id, the loans and swaps that finance it: those it lists and loans that name it.</summary>
    public Dictionary<RecordId, ValueList<EditionRecord>> FinancingByProject => _financingByProject ?? Built(ref _financingByProject, () => BuildFinancing(_edition));

    public Dictionary<RecordId, ValueList<Citation>> CitationsByOutlet => _citationsByOutlet ?? Built(ref _citationsByOutlet, () => Group(_edition.Citations, c => c.OutletId));

    /// <summary>For each citation id, the records whose evidence cites it.</summary>
    public Dictionary<RecordId, ValueList<EditionRecord>> SupportedByCitation => _supportedByCitation ?? Built(ref _supportedByCitation, () => GroupMany(_edition.Records, r => r.Evidence.CitationIds));

    /// <summary>For each outlet id, the records whose evidence cites one of its citations.</summary>
    public Dictionary<RecordId, ValueList<EditionRecord>> SupportedByOutlet => _supportedByOutlet ?? Built(ref _supportedByOutlet, () => GroupMany(_edition.Records, r => r.Evidence.CitationIds.Select(OutletOf).OfType<RecordId>()));

    public Dictionary<RecordId, ValueList<EditorialNote>> NotesByTarget => _notesByTarget ?? Built(ref _notesByTarget, () => GroupMany(_edition.EditorialNotes, n => n.TargetIds));

    public ValueList<AnnotatedRecord> AnnotatedRecords => _annotatedRecords ?? Built(ref _annotatedRecords, () => _edition.Records
            .Where(r => NotesByTarget.ContainsKey(r.Id))
            .Select(r => new AnnotatedRecord(r, NotesByTarget[r.Id]))
            .ToValueList());

    /// <summary>Countries, people and organizations by every name form (folded, case-insensitive).</summary>
    public Dictionary<string, ValueList<EditionRecord>> ActorsByName => _actorsByName ?? Built(ref _actorsByName, () => ActorMatchesByName.ToDictionary(m => m.Key, m => m.Value.Select(match => match.Actor).ToValueList(), StringComparer.OrdinalIgnoreCase));

    /// <summary>The same, each actor with the form that matched: one match per actor and key, the article's own forms first.</summary>
    public Dictionary<string, ValueList<ActorMatch>> ActorMatchesByName => _actorMatchesByName ?? Built(ref _actorMatchesByName, () => BuildActorForms(_edition));

    /// <summary>Places by canonical and as-written name (folded, case-insensitive).</summary>
    public Dictionary<string, ValueList<Place>> PlacesByName => _placesByName ?? Built(ref _placesByName, () => GroupMany(_edition.Places, p => new[] { p.Name, p.NameAsWritten }.Select(TextFolding.FoldName), StringComparer.OrdinalIgnoreCase));

    /// <summary>Every dated record, in the order stated on <see cref="TimelineQueries"/>.</summary>
    public ValueList<TimelineEntry> Timeline => _timeline ?? Built(ref _timeline, () => _edition.Records
            .Select(r => WhenOf(r) is TimeReference when ? new TimelineEntry(when, LabelOf(r), r, Applied?.AppliedNoteIds<Reading>(r.Id, ChangesEntry) ?? ValueList.Empty<RecordId>()) : null)
            .OfType<TimelineEntry>()
            .OrderBy(e => e.When)
            .ToValueList());

    /// <summary>Every evidence span with its folded text, in edition order, then in each record's span order.</summary>
    public IReadOnlyList<SearchableSpan> SearchableSpans => _searchableSpans ?? Built(ref _searchableSpans, () => _edition.Records
            .SelectMany(r => r.Evidence.Spans.Select(s => new SearchableSpan(r, s, TextFolding.FoldCharacters(s.Text))))
            .ToArray());

    /// <summary>
    /// The readings the corrected edition's results name as applied; null for the edition as stated, which never
    /// builds its readings here.
    /// </summary>
    private EditionReadings? Applied => _edition.Choice == ReadingChoice.Corrected ? _edition.Readings : null;

    /// <summary>The key of an unordered pair of ids: the smaller first.</summary>
    public static (RecordId, RecordId) PairKey(RecordId a, RecordId b) => a <= b ? (a, b) : (b, a);

    /// <summary>Returns the list under <paramref name="key"/>, or the empty list.</summary>
    public static ValueList<T> Find<TKey, T>(Dictionary<TKey, ValueList<T>> index, TKey key)
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

    private static Dictionary<RecordId, ValueList<EditionRecord>> BuildFinancing(KazChinaEdition edition)
    {
        var listedBy = edition.Projects
            .SelectMany(p => p.FinancingIds.Select(f => (Finance: f, Project: p.Id)))
            .ToLookup(pair => pair.Finance, pair => pair.Project);
        IEnumerable<EditionRecord> finance = edition.Records.Where(r => r.Kind is RecordKind.Loan or RecordKind.CurrencySwap);
        return GroupMany(finance, f => f is Loan { ProjectId: RecordId project } ? listedBy[f.Id].Append(project) : listedBy[f.Id]);
    }

    private static Dictionary<RecordId, ValueList<RecordId>> BuildAffiliates(KazChinaEdition edition)
    {
        IEnumerable<(RecordId Country, RecordId Member)> people = edition.People.Select(p => (p.CountryId, p.Id));
        IEnumerable<(RecordId Country, RecordId Member)> organizations = edition.Organizations
            .Where(o => o.CountryId is not null)
            .Select(o => (o.CountryId!.Value, o.Id));
        return Sealed(Group(people.Concat(organizations), pair => pair.Country), static pairs => pairs.Select(pair => pair.Member));
    }

    /// <summary>
    /// Files every actor under each folded form of its names: first the forms the article writes (in the record's
    /// order, then an outlet's forms in its citations), then the editors' (canonical name, web address), so that a
    /// key an actor reaches by several forms keeps the article's.
    /// </summary>
    private static Dictionary<string, ValueList<ActorMatch>> BuildActorForms(KazChinaEdition edition)
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

        return Sealed(groups, static list => list);
    }

    /// <summary>Builds an index once: the first result stored is the one every caller gets.</summary>
    private static T Built<T>(ref T? field, Func<T> build)
        where T : class
    {
        Interlocked.CompareExchange(ref field, build(), null);
        return field;
    }

    /// <summary>The groups, each list made read-only, under the same comparer.</summary>
    private static Dictionary<TKey, ValueList<T>> Sealed<TKey, TGroup, T>(Dictionary<TKey, TGroup> groups, Func<TGroup, IEnumerable<T>> items)
        where TKey : notnull
    {
        var sealedGroups = new Dictionary<TKey, ValueList<T>>(groups.Count, groups.Comparer);
        foreach (KeyValuePair<TKey, TGroup> group in groups)
        {
            sealedGroups.Add(group.Key, items(group.Value).ToValueList());
        }

        return sealedGroups;
    }

    /// <summary>Groups items under their one key, keeping the items' order.</summary>
    private static Dictionary<TKey, ValueList<T>> Group<T, TKey>(IEnumerable<T> items, Func<T, TKey> key)
        where TKey : notnull
    {
        var groups = new Dictionary<TKey, List<T>>();
        foreach (T item in items)
        {
            ref List<T>? list = ref CollectionsMarshal.GetValueRefOrAddDefault(groups, key(item), out _);
            (list ??= []).Add(item);
        }

        return Sealed(groups, static list => list);
    }

    /// <summary>Groups items under each of their keys, each item once per key, keeping the items' order.</summary>
    /// <remarks>
    /// Items arrive one at a time, so a key repeated by one item was last filed by that same item: each group
    /// remembers the position of the item it took last, and a repeat is skipped with no set per item.
    /// </remarks>
    private static Dictionary<TKey, ValueList<T>> GroupMany<T, TKey>(IEnumerable<T> items, Func<T, IEnumerable<TKey>> keys, IEqualityComparer<TKey>? comparer = null)
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

        return Sealed(groups, static group => group.Items);
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

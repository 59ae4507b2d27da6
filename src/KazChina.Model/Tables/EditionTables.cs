using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace KazChina.Model;

/// <summary>
/// Flat tables of the edition for reporting tools (Excel, Power BI, pandas): one table per record kind,
/// and one long "facts" table with a row per record and field.
/// </summary>
/// <remarks>
/// Cell format, the same in every table: an empty cell means "not given"; numbers in invariant culture
/// without exponent or grouping (<c>20000000000</c>, <c>1.85</c>); dates in ISO 8601 at their precision
/// (<c>2011</c>, <c>2011-06</c>, <c>2011-06-13</c>) with the precision, the part of the month and whether
/// the year is inferred in their own columns; enum values camelCase as in the JSON; booleans
/// <c>true</c>/<c>false</c>; lists joined with <c>;</c>; name forms as <c>Beijing: metonym</c>; spans as <c>start+length</c>; evidence words joined
/// with <c> … </c>. Column names are camelCase, as in the JSON.
/// </remarks>
public static class EditionTables
{
    private const string ListSeparator = ";";
    private const string EvidenceSeparator = " … ";

    /// <summary>The column names of the facts table.</summary>
    public static ValueList<string> FactColumns { get; } = ValueList.Create("recordId", "kind", "field", "value");

    /// <summary>Returns one table per record kind, in the order of <see cref="RecordKind"/>.</summary>
    /// <param name="edition">The edition.</param>
    /// <returns>The tables, named like the edition's JSON lists (<c>countries</c>, <c>tradeFigures</c>, …).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="edition"/> is null.</exception>
    public static ValueList<FlatTable> ToTables(this KazChinaEdition edition)
    {
        ArgumentNullException.ThrowIfNull(edition);
        return Enum.GetValues<RecordKind>().Select(kind => ToTable(edition, kind)).ToValueList();
    }

    /// <summary>Returns the table of one record kind.</summary>
    /// <param name="edition">The edition.</param>
    /// <param name="kind">The kind of record.</param>
    /// <returns>The table: a row per record, in edition order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="edition"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined.</exception>
    public static FlatTable ToTable(this KazChinaEdition edition, RecordKind kind)
    {
        ArgumentNullException.ThrowIfNull(edition);
        Preconditions.CheckDefined(kind, nameof(kind));
        (string name, Column[] columns) = Columns(kind);
        var rows = edition.Records
            .Where(r => r.Kind == kind)
            .Select(r => columns.Select(c => c.Value(r)).ToValueList())
            .ToValueList();
        return new FlatTable(name, columns.Select(c => c.Name).ToValueList(), rows);
    }

    /// <summary>Returns a record's non-empty cells by column name, as its kind's table shows them.</summary>
    /// <param name="record">The record.</param>
    /// <returns>The cells, in column order.</returns>
    internal static IReadOnlyDictionary<string, string> Cells(EditionRecord record)
    {
        var cells = new Dictionary<string, string>();
        foreach (Column column in Columns(record.Kind).Columns)
        {
            string value = column.Value(record);
            if (value.Length > 0)
            {
                cells.Add(column.Name, value);
            }
        }

        return cells;
    }

    /// <summary>
    /// Returns the long "facts" table: for every record and every non-empty field of its kind's table
    /// (the id aside), one row of <c>recordId</c>, <c>kind</c>, <c>field</c>, <c>value</c>.
    /// </summary>
    /// <param name="edition">The edition.</param>
    /// <returns>The facts table, in edition order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="edition"/> is null.</exception>
    public static FlatTable ToFactsTable(this KazChinaEdition edition)
    {
        ArgumentNullException.ThrowIfNull(edition);
        var rows = new List<ValueList<string>>();
        foreach (RecordKind recordKind in Enum.GetValues<RecordKind>())
        {
            FlatTable table = edition.ToTable(recordKind);
            string kind = EnumText(recordKind);
            foreach (ValueList<string> row in table.Rows)
            {
                for (int c = 1; c < table.Columns.Count; c++)
                {
                    if (row[c].Length > 0)
                    {
                        rows.Add(ValueList.Create(row[0], kind, table.Columns[c], row[c]));
                    }
                }
            }
        }

        return new FlatTable("facts", FactColumns, rows.ToValueList());
    }

    private static (string Name, Column[] Columns) Columns(RecordKind kind)
    {
        (string name, Column[] own) = Layout(kind);
        Column[] columns =
        [
            new("id", r => r.Id.Value),
            .. own,
            new("citationIds", r => Join(r.Evidence.CitationIds.Select(c => c.Value))),
            new("evidenceSpans", r => Join(r.Evidence.Spans.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Start}+{s.Length}")))),
            new("evidenceText", r => string.Join(EvidenceSeparator, r.Evidence.Spans.Select(s => s.Text))),
        ];
        return (name, columns);
    }

    private static (string Name, Column[] Columns) Layout(RecordKind kind) => kind switch
    {
        // The text itself has no column: the spans' words stand in evidenceText, and a cell of the whole
        // article would only burden a spreadsheet; the JSON carries it.
        RecordKind.Article => ("article", [
            Of<Article>("title", a => a.Title), Of<Article>("publication", a => a.Publication),
            Of<Article>("volume", a => a.Volume.ToString(CultureInfo.InvariantCulture)), Of<Article>("issue", a => a.Issue.ToString(CultureInfo.InvariantCulture)),
            Of<Article>("publicationDateEarliest", a => a.PublicationDate is { } d ? LocalDateJsonConverter.Format(d.Earliest) : ""),
            Of<Article>("publicationDateLatest", a => a.PublicationDate is { } d ? LocalDateJsonConverter.Format(d.Latest) : ""),
            Of<Article>("publicationDateBasis", a => a.PublicationDate?.Basis ?? "")]),
        RecordKind.Country => ("countries", [
            Of<Country>("name", c => c.Name), Of<Country>("alpha2", c => c.Alpha2), Of<Country>("alpha3", c => c.Alpha3),
            Of<Country>("formsAsWritten", c => Join(c.FormsAsWritten))]),
        RecordKind.Person => ("people", [
            Of<Person>("name", p => p.Name), Of<Person>("nameAsWritten", p => p.NameAsWritten), Of<Person>("otherFormsAsWritten", p => Join(p.OtherFormsAsWritten)),
            Of<Person>("role", p => p.Role), Of<Person>("countryId", p => p.CountryId.Value)]),
        RecordKind.Organization => ("organizations", [
            Of<Organization>("name", o => o.Name), Of<Organization>("nameAsWritten", o => o.NameAsWritten), Of<Organization>("otherFormsAsWritten", o => Join(o.OtherFormsAsWritten)),
            Of<Organization>("organizationKind", o => EnumText(o.OrganizationKind)),
            Of<Organization>("countryId", o => Id(o.CountryId)), Of<Organization>("description", o => o.Description ?? ""), Of<Organization>("website", o => o.Website ?? "")]),
        RecordKind.Place => ("places", [
            Of<Place>("name", p => p.Name), Of<Place>("nameAsWritten", p => p.NameAsWritten), Of<Place>("placeKind", p => EnumText(p.PlaceKind)),
            Of<Place>("countryIds", p => Join(p.CountryIds)), Of<Place>("subdivisionCodes", p => Join(p.SubdivisionCodes)),
            Of<Place>("latitude", p => p.Location is null ? "" : Number(p.Location.Latitude)), Of<Place>("longitude", p => p.Location is null ? "" : Number(p.Location.Longitude)),
            Of<Place>("locationPrecision", p => p.Location is null ? "" : EnumText(p.Location.Precision))]),
        RecordKind.Citation => ("citations", [
            Of<Citation>("citationKind", c => EnumText(c.CitationKind)), Of<Citation>("outletId", c => c.OutletId.Value), Of<Citation>("outletAsWritten", c => c.OutletAsWritten),
            Of<Citation>("dateAsWritten", c => c.DateAsWritten ?? ""), .. DateColumns<Citation>("date", c => c.Date), Of<Citation>("title", c => c.Title ?? "")]),
        RecordKind.Quote => ("quotes", [
            Of<Quote>("quoteKind", q => EnumText(q.QuoteKind)), Of<Quote>("speakerId", q => q.SpeakerId.Value),
            Of<Quote>("wordsSpan", q => string.Create(CultureInfo.InvariantCulture, $"{q.Words.Start}+{q.Words.Length}")), Of<Quote>("words", q => q.Words.Text)]),
        RecordKind.EditorialNote => ("editorialNotes", [
            Of<EditorialNote>("noteKind", n => EnumText(n.NoteKind)), Of<EditorialNote>("targetIds", n => Join(n.TargetIds)), Of<EditorialNote>("asWritten", n => n.AsWritten),
            Of<EditorialNote>("reading", n => n.Reading), Of<EditorialNote>("readings", n => Join(n.Readings.Select(ReadingCell))),
            Of<EditorialNote>("reference", n => n.Reference ?? ""), Of<EditorialNote>("confidence", n => EnumText(n.Confidence))]),
        RecordKind.Agreement => ("agreements", [
            Of<Agreement>("title", a => a.Title), Of<Agreement>("namesAsWritten", a => Join(a.NamesAsWritten)), Of<Agreement>("agreementKind", a => EnumText(a.AgreementKind)), Of<Agreement>("partyIds", a => Join(a.PartyIds)),
            .. TimeColumns<Agreement>("when", a => a.When), Of<Agreement>("status", a => EnumText(a.Status)), Of<Agreement>("relatedIds", a => Join(a.RelatedIds))]),
        RecordKind.Provision => ("provisions", [
            Of<Provision>("agreementId", p => p.AgreementId.Value), Of<Provision>("provisionKind", p => EnumText(p.ProvisionKind)), Of<Provision>("proposedById", p => Id(p.ProposedById)), Of<Provision>("actorIds", p => Join(p.ActorIds)),
            Of<Provision>("statement", p => p.Statement), Of<Provision>("subjectIds", p => Join(p.SubjectIds))]),
        RecordKind.Event => ("events", [
            Of<Event>("eventKind", e => EnumText(e.EventKind)), Of<Event>("title", e => e.Title), .. TimeColumns<Event>("when", e => e.When),
            Of<Event>("participantIds", e => Join(e.ParticipantIds)), Of<Event>("placeId", e => Id(e.PlaceId)), Of<Event>("relatedIds", e => Join(e.RelatedIds))]),
        RecordKind.TradeFigure => ("tradeFigures", [
            Of<TradeFigure>("statedById", t => Id(t.StatedById)), Of<TradeFigure>("countryId", t => t.CountryId.Value), Of<TradeFigure>("partnerId", t => t.PartnerId.Value),
            .. TimeColumns<TradeFigure>("period", t => t.Period), Of<TradeFigure>("measure", t => EnumText(t.Measure)), Of<TradeFigure>("basis", t => EnumText(t.Basis)),
            .. AmountColumns<TradeFigure>("amount", t => t.Amount), .. QuantityColumns<TradeFigure>("quantity", t => t.Quantity), Of<TradeFigure>("commodity", t => t.Commodity ?? "")]),
        RecordKind.Loan => ("loans", [
            Of<Loan>("lenderId", l => l.LenderId.Value), Of<Loan>("borrowerId", l => l.BorrowerId.Value), .. AmountColumns<Loan>("amount", l => l.Amount),
            Of<Loan>("purpose", l => l.Purpose), Of<Loan>("projectId", l => Id(l.ProjectId)), .. TimeColumns<Loan>("when", l => l.When)]),
        RecordKind.CurrencySwap => ("currencySwaps", [
            Of<CurrencySwap>("partyIds", s => Join(s.PartyIds)), .. AmountColumns<CurrencySwap>("amount", s => s.Amount),
            Of<CurrencySwap>("agreementId", s => Id(s.AgreementId)), .. TimeColumns<CurrencySwap>("when", s => s.When)]),
        RecordKind.InfrastructureProject => ("projects", [
            Of<InfrastructureProject>("name", p => p.Name), Of<InfrastructureProject>("nameAsWritten", p => p.NameAsWritten), Of<InfrastructureProject>("projectKind", p => EnumText(p.ProjectKind)),
            Of<InfrastructureProject>("countryIds", p => Join(p.CountryIds)), Of<InfrastructureProject>("placeIds", p => Join(p.PlaceIds)), Of<InfrastructureProject>("phase", p => p.Phase ?? ""),
            Of<InfrastructureProject>("status", p => EnumText(p.Status)),
            Of<InfrastructureProject>("areas", p => Join(p.Areas.Select(a => $"{a.CountryId}={Number(a.Area.Value)} {EnumText(a.Area.Unit)} ({a.Area.AsWritten})"))),
            .. AmountColumns<InfrastructureProject>("cost", p => p.Cost), Of<InfrastructureProject>("financingIds", p => Join(p.FinancingIds)),
            .. TimeColumns<InfrastructureProject>("when", p => p.When), Of<InfrastructureProject>("relatedIds", p => Join(p.RelatedIds))]),
        _ => ("assessments", [
            Of<Assessment>("source", a => EnumText(a.Source)), Of<Assessment>("holderId", a => Id(a.HolderId)), Of<Assessment>("assessmentKind", a => EnumText(a.AssessmentKind)),
            Of<Assessment>("statement", a => a.Statement), Of<Assessment>("subjectIds", a => Join(a.SubjectIds))]),
    };

    private static Column Of<T>(string name, Func<T, string> value)
        where T : EditionRecord => new(name, r => value((T)r));

    private static Column[] DateColumns<T>(string prefix, Func<T, PartialDate?> date)
        where T : EditionRecord =>
    [
        Of<T>(prefix, r => date(r) is { } d ? d.IsoText : ""),
        Of<T>(prefix + "Precision", r => date(r) is { } d ? EnumText(d.Precision) : ""),
        Of<T>(prefix + "Part", r => date(r) is { Part: not MonthPart.Whole } d ? EnumText(d.Part) : ""),
        Of<T>(prefix + "YearInferred", r => date(r) is { } d ? Bool(d.YearInferred) : ""),
    ];

    private static Column[] TimeColumns<T>(string prefix, Func<T, TimeReference?> time)
        where T : EditionRecord =>
        [Of<T>(prefix + "Relation", r => time(r) is { } t ? EnumText(t.Relation) : ""), .. DateColumns<T>(prefix + "Date", r => time(r)?.Date)];

    private static Column[] AmountColumns<T>(string prefix, Func<T, StatedAmount?> amount)
        where T : EditionRecord =>
    [
        Of<T>(prefix, r => amount(r) is { } a ? Number(a.Value.Amount) : ""),
        Of<T>(prefix + "Currency", r => amount(r)?.Value.Currency ?? ""),
        Of<T>(prefix + "Bound", r => amount(r) is { } a ? EnumText(a.Bound) : ""),
        Of<T>(prefix + "AsWritten", r => amount(r)?.AsWritten ?? ""),
        Of<T>(prefix + "AlsoStatedAs", r => amount(r)?.AlsoStatedAs is { } m ? Number(m.Amount) : ""),
        Of<T>(prefix + "AlsoStatedAsCurrency", r => amount(r)?.AlsoStatedAs?.Currency ?? ""),
    ];

    private static Column[] QuantityColumns<T>(string prefix, Func<T, Quantity?> quantity)
        where T : EditionRecord =>
    [
        Of<T>(prefix, r => quantity(r) is { } q ? Number(q.Value) : ""),
        Of<T>(prefix + "Unit", r => quantity(r) is { } q ? EnumText(q.Unit) : ""),
        Of<T>(prefix + "Bound", r => quantity(r) is { } q ? EnumText(q.Bound) : ""),
        Of<T>(prefix + "AsWritten", r => quantity(r)?.AsWritten ?? ""),
    ];

    /// <summary>One typed reading in a cell: <c>target.member=value</c>, the value flattened as the other columns flatten it.</summary>
    private static string ReadingCell(Reading reading)
    {
        string value = reading switch
        {
            AmountReading a => $"{Number(a.Value.Value.Amount)} {a.Value.Currency}"
                + (a.Value.AlsoStatedAs is { } second ? $" / {Number(second.Amount)} {second.Currency}" : "")
                + $" {EnumText(a.Value.Bound)} ({a.Value.AsWritten})",
            AreaReading a => $"{a.Value.CountryId} {Number(a.Value.Area.Value)} {EnumText(a.Value.Area.Unit)} {EnumText(a.Value.Area.Bound)} ({a.Value.Area.AsWritten})",
            TimeReading t => $"{EnumText(t.Value.Relation)} {t.Value.Date}",
            DateReading d => d.Value.ToString(),
            NameReading n => n.Value,
            NameFormReading f => f.Value.ToString(),
            ShareReading share => $"share of {share.PartyId}",
            _ => "unconfirmed",
        };
        return $"{reading.TargetId}.{EnumText(reading.Member)}={value}";
    }

    private static string Number(decimal value) => value.ToString("0.############################", CultureInfo.InvariantCulture);

    private static string Bool(bool value) => value ? "true" : "false";

    private static string EnumText<TEnum>(TEnum value)
        where TEnum : struct, Enum => CamelCaseEnumJsonConverter<TEnum>.NameOf(value);

    private static string Id(RecordId? id) => id?.Value ?? "";

    private static string Join(IEnumerable<RecordId> ids) => Join(ids.Select(i => i.Value));

    /// <summary>Joins name forms as <c>Beijing: metonym</c>, each with its kind.</summary>
    private static string Join(IEnumerable<NameForm> forms) => Join(forms.Select(f => f.ToString()));

    private static string Join(IEnumerable<string> values) => string.Join(ListSeparator, values);

    private sealed record Column(string Name, Func<EditionRecord, string> Value);
}

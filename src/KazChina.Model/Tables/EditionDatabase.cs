using System;
using System.Collections.Generic;
using System.Linq;
using Ag = KazChina.Model.CellSources<KazChina.Model.Agreement>;
using Ar = KazChina.Model.CellSources<KazChina.Model.Article>;
using As = KazChina.Model.CellSources<KazChina.Model.Assessment>;
using Ci = KazChina.Model.CellSources<KazChina.Model.Citation>;
using Co = KazChina.Model.CellSources<KazChina.Model.Country>;
using Ev = KazChina.Model.CellSources<KazChina.Model.Event>;
using Fo = KazChina.Model.CellSources<KazChina.Model.NameForm>;
using Id = KazChina.Model.CellSources<KazChina.Model.RecordId>;
using Lo = KazChina.Model.CellSources<KazChina.Model.Loan>;
using No = KazChina.Model.CellSources<KazChina.Model.EditorialNote>;
using Or = KazChina.Model.CellSources<KazChina.Model.Organization>;
using Pa = KazChina.Model.CellSources<KazChina.Model.ProjectArea>;
using Pe = KazChina.Model.CellSources<KazChina.Model.Person>;
using Pl = KazChina.Model.CellSources<KazChina.Model.Place>;
using Pr = KazChina.Model.CellSources<KazChina.Model.InfrastructureProject>;
using Pv = KazChina.Model.CellSources<KazChina.Model.Provision>;
using Qu = KazChina.Model.CellSources<KazChina.Model.Quote>;
using Re = KazChina.Model.CellSources<KazChina.Model.EditionDatabase.ReadingRow>;
using Sp = KazChina.Model.CellSources<KazChina.Model.TextSpan>;
using Sw = KazChina.Model.CellSources<KazChina.Model.CurrencySwap>;
using Tf = KazChina.Model.CellSources<KazChina.Model.TradeFigure>;
using Tx = KazChina.Model.CellSources<string>;

namespace KazChina.Model;

/// <summary>
/// The relational model of the edition, the one projection every tabular format writes (SQLite, CSV, Parquet, Excel):
/// a table per record kind and one for the article, a table of every record's id and kind, and a link table for every
/// list a record holds (parties, actors, places, areas, name forms, note targets, readings, evidence spans and
/// citations), with typed columns, a primary key per table and a foreign key for every reference.
/// </summary>
/// <remarks>
/// <para>
/// Names are snake_case. A cell is null where the article does not state the value or a member does not apply; text
/// is never empty. Enum values are camelCase as in the JSON. Money is an exact <see cref="ColumnType.Decimal"/> with
/// its ISO 4217 currency in the next column (<c>amount</c>, <c>amount_currency</c>, <c>amount_bound</c>, …); no
/// column mixes currencies' meaning. A partial date or time reference is a group of columns a database filters on:
/// <c>when_relation</c>, <c>when_text</c> (ISO 8601 at its precision), <c>when_earliest</c> and <c>when_latest</c>
/// (days), <c>when_precision</c>, <c>when_part</c>, <c>when_year</c>, <c>when_year_inferred</c>.
/// </para>
/// <para>
/// The record tables hold the edition as stated. The <c>readings</c> table holds each editorial note's typed readings:
/// the value read, in the same typed columns, the value as stated beside it, and whether the corrected reading
/// (<see cref="ReadingChoice.Corrected"/>) applies it, so both readings are present.
/// </para>
/// <para>
/// A reference to one kind of record refers to that kind's table (<c>country_id</c> to <c>countries</c>); a reference
/// that may point at several kinds (an actor, a subject) refers to <c>records</c>, where every record has its row.
/// </para>
/// </remarks>
public static class EditionDatabase
{
    private const string Records = TableSpec.RecordsTable;

    private static readonly IReadOnlyList<TableSpec> AllSpecs = BuildSpecs();

    /// <summary>Gets every table's definition, in an order in which each table comes after the tables it refers to, except for references to its own kind's rows.</summary>
    public static ValueList<TableDefinition> Schema { get; } = AllSpecs.Select(s => s.Definition).ToValueList();

    /// <summary>Gets how each table is made, in <see cref="Schema"/> order.</summary>
    internal static IReadOnlyList<TableSpec> Specs => AllSpecs;

    /// <summary>Returns every table of the relational model with its rows, in <see cref="Schema"/> order.</summary>
    /// <param name="edition">The edition, as stated.</param>
    /// <returns>The tables; rows in edition order, list items in their order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="edition"/> is null.</exception>
    public static ValueList<RelationalTable> ToRelationalTables(this KazChinaEdition edition)
    {
        ArgumentNullException.ThrowIfNull(edition);
        return AllSpecs.Select(s => new RelationalTable(s.Definition, s.Rows(edition))).ToValueList();
    }

    /// <summary>Returns the names of the members of a kind of record that the tables carry, the evidence and the id included.</summary>
    /// <param name="kind">The record kind.</param>
    /// <returns>The record type's property names.</returns>
    internal static IEnumerable<string> MembersOf(RecordKind kind) =>
        AllSpecs.Where(s => s.Kind == kind || s.Kind is null).SelectMany(s => s.Members).Distinct();

    private static IReadOnlyList<TableSpec> BuildSpecs() =>
    [
        new TableSpec(
            new TableDefinition(
                Records,
                "Every record of the edition, one row each: what a reference to a record of any kind points to.",
                ValueList.Create(
                    new ColumnDefinition("id", ColumnType.Text, false, "The record's id."),
                    new ColumnDefinition("kind", ColumnType.Text, false, "The record's kind, as the JSON names it (tradeFigure, agreement, …).")),
                ValueList.Create("id"),
                ValueList.Empty<ForeignKey>()),
            null,
            [nameof(EditionRecord.Id)],
            edition => edition.Records.Select(r => (IReadOnlyList<object?>)[r.Id.Value, CamelCaseEnumJsonConverter<RecordKind>.NameOf(r.Kind)])),
        TableSpec.OfKind<Article>(RecordKind.Article, "article", "The article the edition is of: one row.", [
            Ar.Text("title", a => a.Title, "The article's title."),
            Ar.Text("publication", a => a.Publication, "The publication it appeared in."),
            Ar.Integer("volume", a => a.Volume, "The publication's volume."),
            Ar.Integer("issue", a => a.Issue, "The publication's issue."),
            new(new ColumnDefinition("publication_date_earliest", ColumnType.Date, true, "The first day the article can have been published."), a => a.PublicationDate?.Earliest, nameof(Article.PublicationDate), null),
            new(new ColumnDefinition("publication_date_latest", ColumnType.Date, true, "The last day the article can have been published."), a => a.PublicationDate?.Latest, nameof(Article.PublicationDate), null),
            Ar.Text("publication_date_basis", a => a.PublicationDate?.Basis, "What the publication date's estimate rests on.", nullable: true, member: nameof(Article.PublicationDate)),
            Ar.Text("text", a => a.Text, "The article's whole text, which every evidence span's start and length index (UTF-16 code units)."),
        ]),
        TableSpec.OfKind<Country>(RecordKind.Country, "countries", "A country the article names.", [
            Co.Text("name", c => c.Name, "The country's name in English."),
            Co.Text("alpha2", c => c.Alpha2, "The ISO 3166-1 alpha-2 code."),
            Co.Text("alpha3", c => c.Alpha3, "The ISO 3166-1 alpha-3 code."),
        ]),
        NameForms<Country>(RecordKind.Country, nameof(Country.FormsAsWritten), "country_name_forms", "country_id", "countries", c => c.FormsAsWritten),
        TableSpec.OfKind<Person>(RecordKind.Person, "people", "A person the article names.", [
            Pe.Text("name", p => p.Name, "The person's name in its canonical form."),
            Pe.Text("name_as_written", p => p.NameAsWritten, "The name as the article first writes it."),
            Pe.Text("role", p => p.Role, "The person's role as the article gives it."),
            Pe.Reference("country_id", p => p.CountryId, "countries", "The country the person acts for."),
        ]),
        NameForms<Person>(RecordKind.Person, nameof(Person.OtherFormsAsWritten), "person_name_forms", "person_id", "people", p => p.OtherFormsAsWritten),
        TableSpec.OfKind<Organization>(RecordKind.Organization, "organizations", "An organization the article names: a company, bank, agency, outlet or bloc.", [
            Or.Text("name", o => o.Name, "The organization's name in its canonical form."),
            Or.Text("name_as_written", o => o.NameAsWritten, "The name as the article first writes it."),
            Or.Enum("organization_kind", o => o.OrganizationKind, "What kind of organization it is."),
            Or.Reference("country_id", o => o.CountryId, "countries", "The country it belongs to, where it has one.", nullable: true),
            Or.Text("description", o => o.Description, "What the edition says it is.", nullable: true),
            Or.Text("website", o => o.Website, "Its website, as given.", nullable: true),
        ]),
        NameForms<Organization>(RecordKind.Organization, nameof(Organization.OtherFormsAsWritten), "organization_name_forms", "organization_id", "organizations", o => o.OtherFormsAsWritten),
        TableSpec.OfKind<Place>(RecordKind.Place, "places", "A place the article names.", [
            Pl.Text("name", p => p.Name, "The place's name in its canonical form."),
            Pl.Text("name_as_written", p => p.NameAsWritten, "The name as the article writes it."),
            Pl.Enum("place_kind", p => p.PlaceKind, "What kind of place it is."),
            Pl.Decimal("latitude", p => p.Location?.Latitude, "Latitude in decimal degrees (WGS 84), where known.", nullable: true, member: nameof(Place.Location)),
            Pl.Decimal("longitude", p => p.Location?.Longitude, "Longitude in decimal degrees (WGS 84), where known.", nullable: true, member: nameof(Place.Location)),
            Pl.Enum("location_precision", p => p.Location?.Precision, "How precise the coordinates are.", nullable: true, member: nameof(Place.Location)),
        ]),
        Ids<Place>(RecordKind.Place, nameof(Place.CountryIds), "place_countries", "place_id", "places", "country_id", "countries", "A country a place lies in.", p => p.CountryIds),
        TableSpec.OfList<Place, string>(RecordKind.Place, nameof(Place.SubdivisionCodes), "place_subdivisions", "An ISO 3166-2 subdivision a place lies in.", "place_id", "places", (_, p) => p.SubdivisionCodes, [
            Tx.Text("subdivision_code", s => s, "The ISO 3166-2 code."),
        ]),
        TableSpec.OfKind<Citation>(RecordKind.Citation, "citations", "A source the article cites (a news report, a statement), once per citing place.", [
            Ci.Enum("citation_kind", c => c.CitationKind, "What kind of source it is."),
            Ci.Reference("outlet_id", c => c.OutletId, "organizations", "The outlet or body the source comes from."),
            Ci.Text("outlet_as_written", c => c.OutletAsWritten, "The outlet's name as the article writes it."),
            Ci.Text("date_as_written", c => c.DateAsWritten, "The source's date in the article's words.", nullable: true),
            .. Ci.Date("date", c => c.Date, nameof(Citation.Date)),
            Ci.Text("title", c => c.Title, "The source's title, where the article or its notes give it.", nullable: true),
        ]),
        TableSpec.OfKind<Quote>(RecordKind.Quote, "quotes", "Words the article quotes or reports someone saying.", [
            Qu.Enum("quote_kind", q => q.QuoteKind, "Whether the words are quoted or paraphrased."),
            Qu.Reference("speaker_id", q => q.SpeakerId, Records, "Who said them: a country, person or organization."),
            .. Qu.Span("words", q => q.Words, nameof(Quote.Words)),
        ]),
        TableSpec.OfKind<EditorialNote>(RecordKind.EditorialNote, "editorial_notes", "An editor's note on the article: a canonical form, a slip, a fact the text omits.", [
            No.Enum("note_kind", n => n.NoteKind, "What kind of note it is."),
            No.Text("as_written", n => n.AsWritten, "What the article writes."),
            No.Text("reading", n => n.Reading, "How the edition reads it, in words."),
            No.Text("reference", n => n.Reference, "The reference the reading rests on.", nullable: true),
            No.Enum("confidence", n => n.Confidence, "How sure the reading is."),
        ]),
        Ids<EditorialNote>(RecordKind.EditorialNote, nameof(EditorialNote.TargetIds), "note_targets", "note_id", "editorial_notes", "target_id", Records, "A record an editorial note is about.", n => n.TargetIds),
        TableSpec.OfList<EditorialNote, ReadingRow>(RecordKind.EditorialNote, nameof(EditorialNote.Readings), "readings", "A typed reading of an editorial note: the value it reads one member of one record as, beside the value as stated.", "note_id", "editorial_notes", ReadingRow.Of, [
            Re.Text("reading_kind", r => CamelCaseEnumJsonConverter<ReadingKind>.NameOf(r.Kind), "The reading's type, as the JSON's $type names it (amountReading, timeReading, …)."),
            Re.Reference("target_id", r => r.Reading.TargetId, Records, "The record the reading reads."),
            Re.Enum("member", r => r.Reading.Member, "The member of the record it reads."),
            Re.Text("stated", r => r.Stated, "The member's value as stated, in words, as the queries show it."),
            new(new ColumnDefinition("changes_value", ColumnType.Boolean, false, "Whether the value read differs from the stated one, so the corrected reading applies it; false for a reading that confirms, leaves unconfirmed or narrows to a share."), r => r.ChangesValue, null, null),
            .. Re.Amount("amount", r => (r.Reading as AmountReading)?.Value, null, nullable: true),
            Re.Reference("area_country_id", r => (r.Reading as AreaReading)?.Value.CountryId, "countries", "For an area reading, the country whose area it reads.", nullable: true),
            .. Re.Quantity("area", r => (r.Reading as AreaReading)?.Value.Area, null, nullable: true),
            .. Re.Time("when", r => (r.Reading as TimeReading)?.Value, null),
            .. Re.Date("date", r => (r.Reading as DateReading)?.Value, null),
            Re.Text("name", r => (r.Reading as NameReading)?.Value, "For a name or title reading, the name read.", nullable: true),
            .. Re.NameForm("name_form", r => (r.Reading as NameFormReading)?.Value, nullable: true),
            Re.Reference("party_id", r => (r.Reading as ShareReading)?.PartyId, Records, "For a share reading, the party whose share of a joint figure the value is.", nullable: true),
        ]),
        TableSpec.OfKind<Agreement>(RecordKind.Agreement, "agreements", "An agreement, treaty or memorandum: one row per document, however many names the article gives it.", [
            Ag.Text("title", a => a.Title, "The agreement's title in its canonical form."),
            Ag.Enum("agreement_kind", a => a.AgreementKind, "What kind of agreement it is."),
            .. Ag.Time("when", a => a.When, nameof(Agreement.When)),
            Ag.Enum("status", a => a.Status, "Its status as the article states it; notStated where it does not."),
        ]),
        Texts<Agreement>(RecordKind.Agreement, nameof(Agreement.NamesAsWritten), "agreement_names", "agreement_id", "agreements", "name", "A name the article gives an agreement, as written.", a => a.NamesAsWritten),
        Ids<Agreement>(RecordKind.Agreement, nameof(Agreement.PartyIds), "agreement_parties", "agreement_id", "agreements", "party_id", Records, "A party to an agreement: a country, person or organization.", a => a.PartyIds),
        Ids<Agreement>(RecordKind.Agreement, nameof(Agreement.RelatedIds), "agreement_related", "agreement_id", "agreements", "related_id", Records, "A record an agreement is related to.", a => a.RelatedIds),
        TableSpec.OfKind<Provision>(RecordKind.Provision, "provisions", "A provision of an agreement: what it provides, who proposed it, who acts on it.", [
            Pv.Reference("agreement_id", p => p.AgreementId, "agreements", "The agreement it belongs to."),
            Pv.Enum("provision_kind", p => p.ProvisionKind, "What kind of provision it is."),
            Pv.Reference("proposed_by_id", p => p.ProposedById, Records, "Who proposed it, where the article says.", nullable: true),
            Pv.Text("statement", p => p.Statement, "What it provides, in the edition's words."),
        ]),
        Ids<Provision>(RecordKind.Provision, nameof(Provision.ActorIds), "provision_actors", "provision_id", "provisions", "actor_id", Records, "Who acts on a provision.", p => p.ActorIds),
        Ids<Provision>(RecordKind.Provision, nameof(Provision.SubjectIds), "provision_subjects", "provision_id", "provisions", "subject_id", Records, "A record a provision is about.", p => p.SubjectIds),
        TableSpec.OfKind<Event>(RecordKind.Event, "events", "Something that happened or is to happen: a visit, a summit, a signing.", [
            Ev.Enum("event_kind", e => e.EventKind, "What kind of event it is."),
            Ev.Text("title", e => e.Title, "The event's title."),
            .. Ev.Time("when", e => e.When, nameof(Event.When)),
            Ev.Reference("place_id", e => e.PlaceId, "places", "Where it took place, where the article says.", nullable: true),
        ]),
        Ids<Event>(RecordKind.Event, nameof(Event.ParticipantIds), "event_participants", "event_id", "events", "participant_id", Records, "Who took part in an event.", e => e.ParticipantIds),
        Ids<Event>(RecordKind.Event, nameof(Event.RelatedIds), "event_related", "event_id", "events", "related_id", Records, "A record an event is related to.", e => e.RelatedIds),
        TableSpec.OfKind<TradeFigure>(RecordKind.TradeFigure, "trade_figures", "A trade figure: who reports it, between whom, for when, what is measured, and the value.", [
            Tf.Reference("stated_by_id", t => t.StatedById, Records, "Who states the figure, where the article says.", nullable: true),
            Tf.Reference("country_id", t => t.CountryId, "countries", "The reporting country."),
            Tf.Reference("partner_id", t => t.PartnerId, "countries", "The partner country."),
            .. Tf.Time("period", t => t.Period, nameof(TradeFigure.Period)),
            Tf.Enum("measure", t => t.Measure, "What is measured."),
            Tf.Enum("basis", t => t.Basis, "Whether the figure is an actual or a target."),
            .. Tf.Amount("amount", t => t.Amount, nameof(TradeFigure.Amount), nullable: true),
            .. Tf.Quantity("quantity", t => t.Quantity, nameof(TradeFigure.Quantity), nullable: true),
            Tf.Text("commodity", t => t.Commodity, "The commodity, where the figure is of one.", nullable: true),
        ]),
        TableSpec.OfKind<InfrastructureProject>(RecordKind.InfrastructureProject, "projects", "An infrastructure project: a pipeline, a railway, a free-trade zone.", [
            Pr.Text("name", p => p.Name, "The project's name in its canonical form."),
            Pr.Text("name_as_written", p => p.NameAsWritten, "The name as the article writes it."),
            Pr.Enum("project_kind", p => p.ProjectKind, "What kind of project it is."),
            Pr.Text("phase", p => p.Phase, "The phase the record is of, where the article names one.", nullable: true),
            Pr.Enum("status", p => p.Status, "Its status as the article states it; notStated where it does not."),
            .. Pr.Amount("cost", p => p.Cost, nameof(InfrastructureProject.Cost), nullable: true),
            .. Pr.Time("when", p => p.When, nameof(InfrastructureProject.When)),
        ]),
        Ids<InfrastructureProject>(RecordKind.InfrastructureProject, nameof(InfrastructureProject.CountryIds), "project_countries", "project_id", "projects", "country_id", "countries", "A country a project lies in.", p => p.CountryIds),
        Ids<InfrastructureProject>(RecordKind.InfrastructureProject, nameof(InfrastructureProject.PlaceIds), "project_places", "project_id", "projects", "place_id", "places", "A place a project is at.", p => p.PlaceIds),
        TableSpec.OfList<InfrastructureProject, ProjectArea>(RecordKind.InfrastructureProject, nameof(InfrastructureProject.Areas), "project_areas", "A project's area in one country.", "project_id", "projects", (_, p) => p.Areas, [
            Pa.Reference("country_id", a => a.CountryId, "countries", "The country the area lies in."),
            .. Pa.Quantity("area", a => a.Area, nameof(ProjectArea.Area), nullable: false),
        ]),
        Ids<InfrastructureProject>(RecordKind.InfrastructureProject, nameof(InfrastructureProject.RelatedIds), "project_related", "project_id", "projects", "related_id", Records, "A record a project is related to.", p => p.RelatedIds),
        TableSpec.OfKind<Loan>(RecordKind.Loan, "loans", "A loan: lender, borrower, amount and purpose.", [
            Lo.Reference("lender_id", l => l.LenderId, Records, "Who lends."),
            Lo.Reference("borrower_id", l => l.BorrowerId, Records, "Who borrows."),
            .. Lo.Amount("amount", l => l.Amount, nameof(Loan.Amount), nullable: false),
            Lo.Text("purpose", l => l.Purpose, "What the loan is for."),
            Lo.Reference("project_id", l => l.ProjectId, "projects", "The project it finances, where the article says.", nullable: true),
            .. Lo.Time("when", l => l.When, nameof(Loan.When)),
        ]),
        TableSpec.OfKind<CurrencySwap>(RecordKind.CurrencySwap, "currency_swaps", "A currency swap between central banks or governments.", [
            .. Sw.Amount("amount", s => s.Amount, nameof(CurrencySwap.Amount), nullable: false),
            Sw.Reference("agreement_id", s => s.AgreementId, "agreements", "The agreement it was made under, where the article says.", nullable: true),
            .. Sw.Time("when", s => s.When, nameof(CurrencySwap.When)),
        ]),
        Ids<CurrencySwap>(RecordKind.CurrencySwap, nameof(CurrencySwap.PartyIds), "currency_swap_parties", "swap_id", "currency_swaps", "party_id", Records, "A party to a currency swap.", s => s.PartyIds),
        Ids<InfrastructureProject>(RecordKind.InfrastructureProject, nameof(InfrastructureProject.FinancingIds), "project_financing", "project_id", "projects", "financing_id", Records, "A loan or currency swap that finances a project.", p => p.FinancingIds),
        TableSpec.OfKind<Assessment>(RecordKind.Assessment, "assessments", "A view the article reports or takes: whose, of what, and what it says.", [
            As.Enum("source", a => a.Source, "Whose view it is: the article's author or someone the article reports."),
            As.Reference("holder_id", a => a.HolderId, Records, "Who holds the view, where the article says.", nullable: true),
            As.Enum("assessment_kind", a => a.AssessmentKind, "What kind of view it is."),
            As.Text("statement", a => a.Statement, "The view, in the edition's words."),
        ]),
        Ids<Assessment>(RecordKind.Assessment, nameof(Assessment.SubjectIds), "assessment_subjects", "assessment_id", "assessments", "subject_id", Records, "A record an assessment is about.", a => a.SubjectIds),
        TableSpec.OfList<EditionRecord, TextSpan>(null, nameof(EditionRecord.Evidence), "evidence_spans", "A span of the article's text that is evidence for a record.", "record_id", Records, (_, r) => r.Evidence.Spans, [
            .. Sp.Span("", s => s),
        ]),
        Ids<EditionRecord>(null, nameof(EditionRecord.Evidence), "evidence_citations", "record_id", Records, "citation_id", "citations", "A citation the article gives as evidence for a record.", r => r.Evidence.CitationIds),
    ];

    private static TableSpec Ids<T>(RecordKind? kind, string member, string name, string owner, string ownerTable, string column, string target, string description, Func<T, ValueList<RecordId>> ids)
        where T : EditionRecord =>
        TableSpec.OfList<T, RecordId>(kind, member, name, description, owner, ownerTable, (_, r) => ids(r), [Id.Reference(column, i => i, target, "The id referred to.")]);

    private static TableSpec Texts<T>(RecordKind kind, string member, string name, string owner, string ownerTable, string column, string description, Func<T, ValueList<string>> texts)
        where T : EditionRecord =>
        TableSpec.OfList<T, string>(kind, member, name, description, owner, ownerTable, (_, r) => texts(r), [Tx.Text(column, t => t, "The text as written.")]);

    private static TableSpec NameForms<T>(RecordKind kind, string member, string name, string owner, string ownerTable, Func<T, ValueList<NameForm>> forms)
        where T : EditionRecord =>
        TableSpec.OfList<T, NameForm>(kind, member, name, "A form of a name the article uses, with its kind (name, adjective, abbreviation, metonym).", owner, ownerTable, (_, r) => forms(r), [.. Fo.NameForm("form", f => f)]);

    /// <summary>The kinds of typed reading, named as the JSON's <c>$type</c> names them.</summary>
    internal enum ReadingKind
    {
        AmountReading,
        AreaReading,
        TimeReading,
        DateReading,
        NameReading,
        NameFormReading,
        ShareReading,
        UnconfirmedReading,
    }

    /// <summary>A typed reading with what the readings table shows of its target: the value as stated and whether the corrected reading applies it.</summary>
    internal sealed record ReadingRow(Reading Reading, ReadingKind Kind, string Stated, bool ChangesValue)
    {
        public static IEnumerable<ReadingRow> Of(KazChinaEdition edition, EditorialNote note) =>
            note.Readings.Select(reading =>
            {
                EditionRecord target = edition.ById[reading.TargetId];
                return new ReadingRow(reading, Enum.Parse<ReadingKind>(reading.GetType().Name), ReadingApplier.StatedText(reading, target), ReadingApplier.Changes(reading, target));
            });
    }
}

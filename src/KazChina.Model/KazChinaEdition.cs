using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Text.Json.Serialization;

namespace KazChina.Model;

/// <summary>
/// The whole edition: the article with its text, and every record drawn from it. <see cref="Current"/>
/// returns the hand-populated edition embedded in this package; an edition can also be built from
/// records (or read from JSON) and checked with <see cref="Validate"/>.
/// </summary>
/// <remarks>
/// Immutable and thread-safe. Two editions are equal when their data version, article and every record
/// list are equal. The constructor checks only that nothing is null; <see cref="Validate"/> checks the
/// rules that span records (unique ids, references, spans against the text) and lists every violation.
/// </remarks>
public sealed class KazChinaEdition : IEquatable<KazChinaEdition>
{
    private static readonly Lazy<KazChinaEdition> LazyCurrent = new(EditionData.Build);

    private readonly Lazy<ValueList<EditionRecord>> _records;
    private readonly Lazy<Dictionary<RecordId, EditionRecord>> _byId;
    private readonly Lazy<EditionIndex> _index;
    private readonly Lazy<EditionReadings> _readings;

    /// <summary>Creates an edition from its parts.</summary>
    /// <param name="dataVersion">The version of the data, e.g. <c>1.0.0</c>.</param>
    /// <param name="article">The article and its text.</param>
    /// <param name="countries">The countries.</param>
    /// <param name="people">The people.</param>
    /// <param name="organizations">The organizations, outlets and groups.</param>
    /// <param name="places">The places.</param>
    /// <param name="citations">The citations, one per occurrence.</param>
    /// <param name="quotes">The quotes.</param>
    /// <param name="editorialNotes">The editorial notes.</param>
    /// <param name="agreements">The agreements.</param>
    /// <param name="provisions">The provisions of the agreements.</param>
    /// <param name="events">The events.</param>
    /// <param name="tradeFigures">The trade figures.</param>
    /// <param name="loans">The loans.</param>
    /// <param name="currencySwaps">The currency swaps.</param>
    /// <param name="projects">The infrastructure projects.</param>
    /// <param name="assessments">The assessments.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="dataVersion"/> is blank.</exception>
    public KazChinaEdition(
        string dataVersion,
        Article article,
        ValueList<Country> countries,
        ValueList<Person> people,
        ValueList<Organization> organizations,
        ValueList<Place> places,
        ValueList<Citation> citations,
        ValueList<Quote> quotes,
        ValueList<EditorialNote> editorialNotes,
        ValueList<Agreement> agreements,
        ValueList<Provision> provisions,
        ValueList<Event> events,
        ValueList<TradeFigure> tradeFigures,
        ValueList<Loan> loans,
        ValueList<CurrencySwap> currencySwaps,
        ValueList<InfrastructureProject> projects,
        ValueList<Assessment> assessments)
    {
        DataVersion = Preconditions.CheckText(dataVersion, nameof(dataVersion));
        Article = Preconditions.CheckNotNull(article, nameof(article));
        Countries = Preconditions.CheckNotNull(countries, nameof(countries));
        People = Preconditions.CheckNotNull(people, nameof(people));
        Organizations = Preconditions.CheckNotNull(organizations, nameof(organizations));
        Places = Preconditions.CheckNotNull(places, nameof(places));
        Citations = Preconditions.CheckNotNull(citations, nameof(citations));
        Quotes = Preconditions.CheckNotNull(quotes, nameof(quotes));
        EditorialNotes = Preconditions.CheckNotNull(editorialNotes, nameof(editorialNotes));
        Agreements = Preconditions.CheckNotNull(agreements, nameof(agreements));
        Provisions = Preconditions.CheckNotNull(provisions, nameof(provisions));
        Events = Preconditions.CheckNotNull(events, nameof(events));
        TradeFigures = Preconditions.CheckNotNull(tradeFigures, nameof(tradeFigures));
        Loans = Preconditions.CheckNotNull(loans, nameof(loans));
        CurrencySwaps = Preconditions.CheckNotNull(currencySwaps, nameof(currencySwaps));
        Projects = Preconditions.CheckNotNull(projects, nameof(projects));
        Assessments = Preconditions.CheckNotNull(assessments, nameof(assessments));
        _records = new Lazy<ValueList<EditionRecord>>(() => ValueList.From(EnumerateRecords()));
        _byId = new Lazy<Dictionary<RecordId, EditionRecord>>(BuildIndex);
        _index = new Lazy<EditionIndex>(() => new EditionIndex(this));
        _readings = new Lazy<EditionReadings>(() => new EditionReadings(this));
    }

    /// <summary>Creates the corrected reading of an edition: its records with the readings that change them applied.</summary>
    /// <param name="asStated">The edition as stated.</param>
    /// <param name="readings">The readings of <paramref name="asStated"/>, which this edition shares.</param>
    internal KazChinaEdition(KazChinaEdition asStated, EditionReadings readings)
        : this(
            asStated.DataVersion,
            asStated.Article,
            readings.Correct(asStated.Countries),
            readings.Correct(asStated.People),
            readings.Correct(asStated.Organizations),
            readings.Correct(asStated.Places),
            readings.Correct(asStated.Citations),
            asStated.Quotes,
            asStated.EditorialNotes,
            readings.Correct(asStated.Agreements),
            asStated.Provisions,
            readings.Correct(asStated.Events),
            readings.Correct(asStated.TradeFigures),
            readings.Correct(asStated.Loans),
            readings.Correct(asStated.CurrencySwaps),
            readings.Correct(asStated.Projects),
            asStated.Assessments)
    {
        _readings = new Lazy<EditionReadings>(readings);
        Choice = ReadingChoice.Corrected;
    }

    /// <summary>Gets the edition embedded in this package, built once on first use (thread-safe).</summary>
    public static KazChinaEdition Current => LazyCurrent.Value;

    /// <summary>
    /// Gets the JSON wire format's version, written first as <c>schemaVersion</c>. Reading checks it here as
    /// well as up front, so that options composed from <see cref="KazChinaJson.Options"/> cannot read a
    /// document of another version either; nothing is stored.
    /// </summary>
    [JsonInclude]
    [JsonRequired]
    [JsonPropertyName("schemaVersion")]
    [JsonPropertyOrder(-1)]
    [SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "JSON reads and writes only instance members.")]
    internal int SchemaVersion
    {
        get => KazChinaJson.SchemaVersion;
        init => KazChinaJson.CheckSchemaVersion(value);
    }

    /// <summary>Gets the version of the data.</summary>
    public string DataVersion { get; }

    /// <summary>Gets the article's record: its header, with evidence, and its text.</summary>
    public Article Article { get; }

    /// <summary>Gets the countries.</summary>
    public ValueList<Country> Countries { get; }

    /// <summary>Gets the people.</summary>
    public ValueList<Person> People { get; }

    /// <summary>Gets the organizations, outlets and groups.</summary>
    public ValueList<Organization> Organizations { get; }

    /// <summary>Gets the places.</summary>
    public ValueList<Place> Places { get; }

    /// <summary>Gets the citations, one per occurrence in the text.</summary>
    public ValueList<Citation> Citations { get; }

    /// <summary>Gets the quotes.</summary>
    public ValueList<Quote> Quotes { get; }

    /// <summary>Gets the editorial notes.</summary>
    public ValueList<EditorialNote> EditorialNotes { get; }

    /// <summary>Gets the agreements.</summary>
    public ValueList<Agreement> Agreements { get; }

    /// <summary>Gets the provisions of the agreements.</summary>
    public ValueList<Provision> Provisions { get; }

    /// <summary>Gets the events.</summary>
    public ValueList<Event> Events { get; }

    /// <summary>Gets the trade figures.</summary>
    public ValueList<TradeFigure> TradeFigures { get; }

    /// <summary>Gets the loans.</summary>
    public ValueList<Loan> Loans { get; }

    /// <summary>Gets the currency swaps.</summary>
    public ValueList<CurrencySwap> CurrencySwaps { get; }

    /// <summary>Gets the infrastructure projects.</summary>
    public ValueList<InfrastructureProject> Projects { get; }

    /// <summary>Gets the assessments.</summary>
    public ValueList<Assessment> Assessments { get; }

    /// <summary>Gets every record of every kind, in the order of the properties above: the article first.</summary>
    [JsonIgnore]
    public ValueList<EditionRecord> Records => _records.Value;

    /// <summary>Gets the records by id; where ids are duplicated (an invalid edition), the first wins.</summary>
    /// <remarks>
    /// A plain dictionary, never changed once built, so safe to read from any thread. Not a frozen one: for
    /// these keys a frozen dictionary looks up no faster, and building it took two to three times as long,
    /// which every validation (so every JSON read) paid.
    /// </remarks>
    internal Dictionary<RecordId, EditionRecord> ById => _byId.Value;

    /// <summary>Gets the indexes the query helpers use, built once on first use (thread-safe) and kept with this edition.</summary>
    internal EditionIndex Index => _index.Value;

    /// <summary>Gets which reading of the edition this is: as stated, or the corrected edition <see cref="Readings"/> built.</summary>
    internal ReadingChoice Choice { get; }

    /// <summary>Gets both readings of the edition, built once on first use (thread-safe) and shared by the edition as stated and the corrected one.</summary>
    internal EditionReadings Readings => _readings.Value;

    /// <summary>Returns this edition in the reading asked for: itself, or the other reading of it.</summary>
    /// <param name="reading">The reading.</param>
    /// <returns>The edition in that reading.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reading"/> is not defined.</exception>
    internal KazChinaEdition In(ReadingChoice reading) =>
        Preconditions.CheckDefined(reading, nameof(reading)) == Choice ? this
        : reading == ReadingChoice.Corrected ? Readings.Corrected
        : Readings.AsStated;

    /// <summary>
    /// Checks the rules that span records and lists every violation, each with the record's id and its
    /// JSON path: ids unique, references resolve to records of an allowed kind, every span lies in the
    /// text and quotes it exactly, every record has a span, every citation has its own span, trade
    /// figures are stated in US dollars (the currency they are compared in), each editorial note's
    /// as-written words stand in its spans, and each of its readings reads a member its type can read of its
    /// target's kind, has a value there to apply to, and gives no member a value another reading contradicts; every name a record gives as written stands in its spans.
    /// </summary>
    /// <returns>The violations, in edition order; empty when the edition is valid.</returns>
    public IReadOnlyList<ValidationIssue> Validate() => EditionValidator.Validate(this);

    /// <inheritdoc/>
    public bool Equals(KazChinaEdition? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (DataVersion == other.DataVersion
                && Article.Equals(other.Article)
                && Countries.Equals(other.Countries)
                && People.Equals(other.People)
                && Organizations.Equals(other.Organizations)
                && Places.Equals(other.Places)
                && Citations.Equals(other.Citations)
                && Quotes.Equals(other.Quotes)
                && EditorialNotes.Equals(other.EditorialNotes)
                && Agreements.Equals(other.Agreements)
                && Provisions.Equals(other.Provisions)
                && Events.Equals(other.Events)
                && TradeFigures.Equals(other.TradeFigures)
                && Loans.Equals(other.Loans)
                && CurrencySwaps.Equals(other.CurrencySwaps)
                && Projects.Equals(other.Projects)
                && Assessments.Equals(other.Assessments)));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as KazChinaEdition);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(DataVersion, Article, Records.Count);

    /// <summary>Returns the title, data version and record count.</summary>
    /// <returns>A readable rendering.</returns>
    public override string ToString() => $"{Article.Title} (data {DataVersion}, {Records.Count} records)";

    /// <summary>
    /// Lists every record with the JSON name of the member that holds it and its index there: <c>$.{list}[{index}]</c>
    /// is its path, or <c>$.article</c> for the article, which is no list's item (its index is -1).
    /// </summary>
    /// <returns>(list, index, record) triples in edition order.</returns>
    internal IEnumerable<(string List, int Index, EditionRecord Record)> EnumerateRecordsWithPositions()
    {
        yield return ("article", -1, Article);
        foreach ((string name, IReadOnlyList<EditionRecord> list) in Lists())
        {
            for (int i = 0; i < list.Count; i++)
            {
                yield return (name, i, list[i]);
            }
        }
    }

    private IEnumerable<EditionRecord> EnumerateRecords() => Lists().SelectMany(l => l.Records).Prepend(Article);

    private (string Name, IReadOnlyList<EditionRecord> Records)[] Lists() =>
    [
        ("countries", Countries),
        ("people", People),
        ("organizations", Organizations),
        ("places", Places),
        ("citations", Citations),
        ("quotes", Quotes),
        ("editorialNotes", EditorialNotes),
        ("agreements", Agreements),
        ("provisions", Provisions),
        ("events", Events),
        ("tradeFigures", TradeFigures),
        ("loans", Loans),
        ("currencySwaps", CurrencySwaps),
        ("projects", Projects),
        ("assessments", Assessments),
    ];

    private Dictionary<RecordId, EditionRecord> BuildIndex()
    {
        ValueList<EditionRecord> records = Records;
        var byId = new Dictionary<RecordId, EditionRecord>(records.Count);
        foreach (EditionRecord record in records)
        {
            byId.TryAdd(record.Id, record);
        }

        return byId;
    }
}

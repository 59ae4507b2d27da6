using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace KazChina.Model;

/// <summary>
/// The base of every record in the edition: a stable kebab-case <see cref="Id"/> unique across the
/// edition, the <see cref="Evidence"/> it rests on, and its <see cref="Kind"/>. Records are immutable and
/// validated on construction; they refer to each other only by id.
/// </summary>
/// <remarks>
/// <para>Equality is record equality over every member; collection members are <see cref="ValueList{T}"/>, so equal contents are equal.</para>
/// <para>In JSON, a record read or written as an <see cref="EditionRecord"/> carries a <c>$type</c> member naming its kind in camelCase (<c>country</c>, <c>editorialNote</c>, …); as its own type it has none.</para>
/// </remarks>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "$type")]
[JsonDerivedType(typeof(Article), "article")]
[JsonDerivedType(typeof(Country), "country")]
[JsonDerivedType(typeof(Person), "person")]
[JsonDerivedType(typeof(Organization), "organization")]
[JsonDerivedType(typeof(Place), "place")]
[JsonDerivedType(typeof(Citation), "citation")]
[JsonDerivedType(typeof(Quote), "quote")]
[JsonDerivedType(typeof(EditorialNote), "editorialNote")]
[JsonDerivedType(typeof(Agreement), "agreement")]
[JsonDerivedType(typeof(Provision), "provision")]
[JsonDerivedType(typeof(Event), "event")]
[JsonDerivedType(typeof(TradeFigure), "tradeFigure")]
[JsonDerivedType(typeof(Loan), "loan")]
[JsonDerivedType(typeof(CurrencySwap), "currencySwap")]
[JsonDerivedType(typeof(InfrastructureProject), "infrastructureProject")]
[JsonDerivedType(typeof(Assessment), "assessment")]
public abstract record EditionRecord
{
    /// <summary>Initializes the members every record has.</summary>
    /// <param name="id">The record's id.</param>
    /// <param name="evidence">What the record rests on.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> is default.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="evidence"/> is null.</exception>
    private protected EditionRecord(RecordId id, Evidence evidence)
    {
        Id = RecordChecks.CheckId(id, nameof(id));
        Evidence = Preconditions.CheckNotNull(evidence, nameof(evidence));
    }

    /// <summary>Gets the record's stable id, unique across the edition.</summary>
    [JsonPropertyOrder(-1)]
    public RecordId Id { get; }

    /// <summary>Gets the spans and citations the record rests on.</summary>
    [JsonPropertyOrder(1)]
    public Evidence Evidence { get; }

    /// <summary>Gets the kind of record.</summary>
    [JsonIgnore]
    public abstract RecordKind Kind { get; }

    /// <summary>Lists every id this record refers to, with the member holding it and the kinds allowed there.</summary>
    /// <returns>The references, citations in <see cref="Evidence"/> included.</returns>
    public IEnumerable<RecordReference> GetReferences()
    {
        var references = new ReferenceList();
        ReportReferences(references);
        return references.References;
    }

    /// <summary>Reports every id this record refers to, citations in <see cref="Evidence"/> first, then the record's own.</summary>
    /// <param name="sink">What receives them.</param>
    internal void ReportReferences(ReferenceSink sink)
    {
        sink.Ids("Evidence.CitationIds[]", Evidence.CitationIds, Kinds.Citation);
        ReportOwnReferences(sink);
    }

    /// <summary>
    /// What LINQPad shows for the record under <c>.Dump()</c> (found by its <c>ToDump</c> convention, which
    /// needs no reference to LINQPad): the record's kind and its non-empty fields as flat text, the way
    /// <see cref="EditionTables"/> renders them.
    /// </summary>
    /// <returns>The fields by name, the kind first.</returns>
    internal object ToDump()
    {
        var view = new Dictionary<string, string> { ["kind"] = Kind.ToString() };
        foreach ((string name, string value) in EditionTables.Cells(this))
        {
            view[name] = value;
        }

        return view;
    }

    /// <summary>
    /// Returns this record with the values of <paramref name="read"/> in the members they read (the corrected reading);
    /// a kind no reading can change returns itself.
    /// </summary>
    /// <param name="read">The readings that change this record.</param>
    /// <returns>The corrected record.</returns>
    internal virtual EditionRecord WithReadings(AppliedReadings read) => this;

    /// <summary>Reports the references held by the derived record's own members, in the order of its members.</summary>
    /// <param name="sink">What receives them.</param>
    private protected abstract void ReportOwnReferences(ReferenceSink sink);

    /// <summary>Kinds of target, shared by the derived records' reference lists.</summary>
    private protected static class Kinds
    {
        public static readonly ValueList<RecordKind> Country = ValueList.Create(RecordKind.Country);
        public static readonly ValueList<RecordKind> Citation = ValueList.Create(RecordKind.Citation);
        public static readonly ValueList<RecordKind> Organization = ValueList.Create(RecordKind.Organization);
        public static readonly ValueList<RecordKind> Place = ValueList.Create(RecordKind.Place);
        public static readonly ValueList<RecordKind> Agreement = ValueList.Create(RecordKind.Agreement);
        public static readonly ValueList<RecordKind> Project = ValueList.Create(RecordKind.InfrastructureProject);
        public static readonly ValueList<RecordKind> Finance = ValueList.Create(RecordKind.Loan, RecordKind.CurrencySwap);

        /// <summary>Who can act, speak, sign or hold a view: a country, a person or an organization.</summary>
        public static readonly ValueList<RecordKind> Actor = ValueList.Create(RecordKind.Country, RecordKind.Person, RecordKind.Organization);

        /// <summary>Any kind of record.</summary>
        public static readonly ValueList<RecordKind> Any = ValueList.From(Enum.GetValues<RecordKind>());
    }

    /// <summary>Collects what a record reports as <see cref="RecordReference"/>s, for <see cref="GetReferences"/>.</summary>
    private sealed class ReferenceList : ReferenceSink
    {
        /// <summary>Gets the references received, in order.</summary>
        public List<RecordReference> References { get; } = [];

        /// <inheritdoc/>
        protected override void Receive(string member, RecordId target, ValueList<RecordKind> allowedKinds, int? index) =>
            References.Add(new RecordReference(member, target, allowedKinds, index));
    }
}

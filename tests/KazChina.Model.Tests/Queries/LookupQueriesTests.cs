using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck.Xunit;
using Xunit;
using static KazChina.Model.Tests.Queries.QueryTestKit;

namespace KazChina.Model.Tests.Queries;

public partial class LookupQueriesTests
{
    [Property(Arbitrary = [typeof(Generators)], MaxTest = 100)]
    public void Get_EveryRecordsId_ReturnsThatRecord(KazChinaEdition edition)
    {
        foreach (EditionRecord record in edition.Records)
        {
            Assert.Same(record, edition.Get(record.Id));
            Assert.True(edition.TryGet(record.Id, out EditionRecord? found));
            Assert.Same(record, found);
        }
    }

    [Property(Arbitrary = [typeof(Generators)], MaxTest = 100)]
    public void TryGet_AnyPoolId_AgreesWithLinearScan(KazChinaEdition edition, RecordId id)
    {
        EditionRecord? expected = edition.Records.FirstOrDefault(r => r.Id == id);

        Assert.Equal(expected is not null, edition.TryGet(id, out EditionRecord? found));
        Assert.Same(expected, found);
    }

    [Property(Arbitrary = [typeof(Generators)], MaxTest = 50)]
    public void GetOfT_EveryRecordAsItsOwnType_ReturnsItAndOtherTypesAreRejected(KazChinaEdition edition)
    {
        foreach (EditionRecord record in edition.Records)
        {
            Assert.Same(record, edition.Get<EditionRecord>(record.Id));
            Assert.Equal(record is Person, edition.TryGet(record.Id, out Person? person));
            Assert.Equal(record is Person ? record : null, person);
            if (record is not Country)
            {
                ArgumentException error = Assert.Throws<ArgumentException>(() => edition.Get<Country>(record.Id));
                Assert.Equal("id", error.ParamName);
                Assert.Contains($"'{record.Id}'", error.Message, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Get_UnknownId_ThrowsKeyNotFoundNamingTheId()
    {
        KazChinaEdition edition = SyntheticEdition.Create(1, 3);

        KeyNotFoundException error = Assert.Throws<KeyNotFoundException>(() => edition.Get("no-such-record"));
        Assert.Contains("'no-such-record'", error.Message, StringComparison.Ordinal);
        Assert.Throws<KeyNotFoundException>(() => edition.Get<Person>("no-such-record"));
        Assert.False(edition.TryGet("no-such-record", out EditionRecord? none));
        Assert.Null(none);
        Assert.False(edition.TryGet("no-such-record", out Person? nobody));
        Assert.Null(nobody);
    }

    [Fact]
    public void Get_DefaultId_ThrowsArgumentExceptionButTryGetFindsNothing()
    {
        KazChinaEdition edition = SyntheticEdition.Create(1, 3);

        Assert.Equal("id", Assert.Throws<ArgumentException>(() => edition.Get(default)).ParamName);
        Assert.Equal("id", Assert.Throws<ArgumentException>(() => edition.Get<Person>(default)).ParamName);
        Assert.False(edition.TryGet(default, out EditionRecord? _));
    }

    [Fact]
    public void Helpers_NullArguments_ThrowArgumentNullNamingTheArgument()
    {
        KazChinaEdition edition = SyntheticEdition.Create(1, 3);
        KazChinaEdition none = null!;

        Assert.Equal("edition", Assert.Throws<ArgumentNullException>(() => none.Get("person-0")).ParamName);
        Assert.Equal("edition", Assert.Throws<ArgumentNullException>(() => none.Get<Person>("person-0")).ParamName);
        Assert.Equal("edition", Assert.Throws<ArgumentNullException>(() => none.TryGet("person-0", out EditionRecord? _)).ParamName);
        Assert.Equal("edition", Assert.Throws<ArgumentNullException>(() => none.TryGet("person-0", out Person? _)).ParamName);
        Assert.Equal("edition", Assert.Throws<ArgumentNullException>(() => none.RecordsOfKind(RecordKind.Loan)).ParamName);
        Assert.Equal("edition", Assert.Throws<ArgumentNullException>(() => none.FindActors("a")).ParamName);
        Assert.Equal("edition", Assert.Throws<ArgumentNullException>(() => none.FindPlaces("a")).ParamName);
        Assert.Equal("name", Assert.Throws<ArgumentNullException>(() => edition.FindActors(null!)).ParamName);
        Assert.Equal("name", Assert.Throws<ArgumentNullException>(() => edition.FindPlaces(null!)).ParamName);
        Assert.Equal("name", Assert.Throws<ArgumentException>(() => edition.FindActors(" ")).ParamName);
        Assert.Equal("name", Assert.Throws<ArgumentException>(() => edition.FindPlaces("")).ParamName);
        Assert.Equal("kind", Assert.Throws<ArgumentOutOfRangeException>(() => edition.RecordsOfKind((RecordKind)99)).ParamName);
    }

    [Property(Arbitrary = [typeof(Generators)], MaxTest = 100)]
    public void RecordsOfKind_AllKinds_PartitionTheRecords(KazChinaEdition edition)
    {
        var seen = new HashSet<EditionRecord>(ReferenceEqualityComparer.Instance);
        foreach (RecordKind kind in Enum.GetValues<RecordKind>())
        {
            IReadOnlyList<EditionRecord> ofKind = edition.RecordsOfKind(kind);
            SameRecords(edition.Records.Where(r => r.Kind == kind), ofKind);
            Assert.All(ofKind, r => Assert.True(seen.Add(r)));
        }

        Assert.Equal(edition.Records.Count, seen.Count);
    }

    [Property(Arbitrary = [typeof(Generators)], MaxTest = 100)]
    public void FindActors_EveryFormOfEveryActor_AgreesWithLinearScanIgnoringCase(KazChinaEdition edition)
    {
        EditionRecord[] actors = [.. edition.Records.Where(r => r is Country or Person or Organization)];

        foreach (string form in actors.SelectMany(a => FormsOf(edition, a)).Distinct())
        {
            // Forms that fold alike (a line break and a space, a curly and a straight quote) are one name.
            IEnumerable<EditionRecord> expected = actors.Where(a => FormsOf(edition, a).Any(f => string.Equals(TextFolding.FoldName(f), TextFolding.FoldName(form), StringComparison.OrdinalIgnoreCase)));
            SameRecords(expected, edition.FindActors(form));
            SameRecords(expected, edition.FindActors("  " + form.ToUpperInvariant() + " "));
        }
    }

    [Property(Arbitrary = [typeof(Generators)], MaxTest = 100)]
    public void FindActorsByForm_EveryFormOfEveryActor_FindsTheSameActorsEachWithAFormThatMatches(KazChinaEdition edition)
    {
        EditionRecord[] actors = [.. edition.Records.Where(r => r is Country or Person or Organization)];

        foreach (string form in actors.SelectMany(a => FormsOf(edition, a)).Distinct())
        {
            IReadOnlyList<ActorMatch> matches = edition.FindActorsByForm(form);
            SameRecords(edition.FindActors(form), matches.Select(m => m.Actor));
            Assert.All(matches, m => Assert.Equal(TextFolding.FoldName(form), TextFolding.FoldName(m.Form.Form), ignoreCase: true));
        }
    }

    /// <summary>Every name an actor goes by, found the slow way: its own names and forms, an outlet's forms in citations and its website.</summary>
    private static IEnumerable<string> FormsOf(KazChinaEdition edition, EditionRecord actor) => actor switch
    {
        Country c => [c.Name, .. c.FormsAsWritten.Select(f => f.Form)],
        Person p => [p.Name, p.NameAsWritten, .. p.OtherFormsAsWritten.Select(f => f.Form)],
        Organization o =>
        [
            o.Name, o.NameAsWritten, .. o.OtherFormsAsWritten.Select(f => f.Form), .. o.Website is null ? [] : new[] { o.Website },
            .. edition.Citations.Where(c => c.OutletId == o.Id).Select(c => c.OutletAsWritten),
        ],
        _ => [],
    };

    [Property(Arbitrary = [typeof(Generators)], MaxTest = 100)]
    public void FindPlaces_EveryNameOfEveryPlace_AgreesWithLinearScanIgnoringCase(KazChinaEdition edition)
    {
        foreach (string name in edition.Places.SelectMany(p => new[] { p.Name, p.NameAsWritten }).Distinct())
        {
            // Names match as FindPlaces documents: case, white space and typographic quotes and dashes folded.
            string folded = TextFolding.FoldName(name);
            IEnumerable<Place> expected = edition.Places.Where(p =>
                string.Equals(TextFolding.FoldName(p.Name), folded, StringComparison.OrdinalIgnoreCase)
                || string.Equals(TextFolding.FoldName(p.NameAsWritten), folded, StringComparison.OrdinalIgnoreCase));
            SameRecords(expected, edition.FindPlaces(name.ToLowerInvariant()));
        }
    }

    [Fact]
    public void FindActors_UnknownName_IsEmpty()
    {
        Assert.Empty(SyntheticEdition.Create(1, 3).FindActors("Nobody"));
    }

    [Fact]
    public void Get_InvalidEditionWithDuplicateIds_ReturnsTheFirst()
    {
        KazChinaEdition edition = SyntheticEdition.Create(5, 2);
        Event first = edition.Events[0];
        Event twin = new(first.Id, EventKind.Meeting, "Another event with the same id", null, ValueList.Empty<RecordId>(), null, ValueList.Empty<RecordId>(), first.Evidence);
        KazChinaEdition invalid = Rebuild(edition, events: ValueList.Create(first, twin));

        Assert.Same(first, invalid.Get(first.Id));
        Assert.Equal(2, invalid.RecordsOfKind(RecordKind.Event).Count);
    }
}

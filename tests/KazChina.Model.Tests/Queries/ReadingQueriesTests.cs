using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck.Xunit;
using Xunit;
using static KazChina.Model.Tests.Queries.QueryTestKit;

namespace KazChina.Model.Tests.Queries;

public partial class ReadingQueriesTests
{
    [Property(Arbitrary = [typeof(Generators)], MaxTest = 100)]
    public void Read_EveryRecordAsStated_IsTheRecordItselfWithNothingApplied(KazChinaEdition edition)
    {
        foreach (EditionRecord record in edition.Records)
        {
            ReadRecord read = edition.Read(record.Id);

            Assert.Same(record, read.Record);
            Assert.Same(record, read.AsStated);
            Assert.Empty(read.AppliedNoteIds);
            Assert.Empty(read.ChangedMembers);
            Assert.Equal(
                edition.EditorialNotes.SelectMany(n => n.Readings.Where(r => r.TargetId == record.Id).Select(r => (n.Id, r))),
                read.Readings.Select(r => (r.NoteId, r.Reading)));
        }
    }

    [Property(Arbitrary = [typeof(Generators)], MaxTest = 100)]
    public void Read_EveryRecordCorrected_DiffersFromAsStatedExactlyWhereAReadingChangesIt(KazChinaEdition edition)
    {
        foreach (EditionRecord record in edition.Records)
        {
            ReadRecord read = edition.Read(record.Id, ReadingChoice.Corrected);
            NoteReading[] changing = [.. read.Readings.Where(r => r.ChangesValue)];

            Assert.Equal(changing.Length > 0, !read.Record.Equals(record));
            Assert.Equal(changing.Select(r => r.NoteId).Distinct(), read.AppliedNoteIds);
            Assert.Equal(changing.Select(r => r.Reading.Member).Distinct(), read.ChangedMembers);
            Assert.Equal(record.Id, read.Record.Id);
            Assert.Equal(record.Evidence, read.Record.Evidence);
            Assert.Equal(read.AppliedNoteIds, edition.NotesApplied(read.Record).Select(n => n.Id));
        }
    }

    [Property(Arbitrary = [typeof(Generators)], MaxTest = 50)]
    public void Queries_EditionWithoutNotes_AreTheSameInBothReadings(KazChinaEdition edition)
    {
        KazChinaEdition bare = new(
            edition.DataVersion, edition.Article, edition.Countries, edition.People, edition.Organizations, edition.Places, edition.Citations, edition.Quotes,
            ValueList.Empty<EditorialNote>(), edition.Agreements, edition.Provisions, edition.Events, edition.TradeFigures, edition.Loans, edition.CurrencySwaps,
            edition.Projects, edition.Assessments);

        Assert.Equal(bare.Timeline(), bare.Timeline(reading: ReadingChoice.Corrected));
        Assert.Equal(bare.StatedAreas(), bare.StatedAreas(reading: ReadingChoice.Corrected));
        Assert.Equal(bare.StatedCosts(), bare.StatedCosts(reading: ReadingChoice.Corrected));
    }

    [Fact]
    public void Read_FromManyThreadsAtOnce_BuildsOneCorrectedReading()
    {
        KazChinaEdition edition = Rebuild(Embedded);

        EditionRecord[] reads = [.. Enumerable.Range(0, 16).AsParallel().Select(_ => edition.Read("loan-cdb-kazakhmys-aktogay", ReadingChoice.Corrected).Record)];

        Assert.All(reads, r => Assert.Same(reads[0], r));
        Assert.Same(reads[0], Assert.Single(edition.LoansByAmount(Money.Usd(1_000_000_000m), Money.Usd(2_000_000_000m), ReadingChoice.Corrected)));
    }

    [Fact]
    public void Helpers_BadArguments_ThrowNamingTheArgument()
    {
        KazChinaEdition none = null!;

        Assert.Equal("edition", Assert.Throws<ArgumentNullException>(() => none.Read("hu-jintao")).ParamName);
        Assert.Equal("edition", Assert.Throws<ArgumentNullException>(() => none.NotesApplied(Embedded.Records[0])).ParamName);
        Assert.Equal("edition", Assert.Throws<ArgumentNullException>(() => none.CaveatsOf("hu-jintao")).ParamName);
        Assert.Equal("record", Assert.Throws<ArgumentNullException>(() => Embedded.NotesApplied(null!)).ParamName);
        Assert.Equal("id", Assert.Throws<ArgumentException>(() => Embedded.Read(default)).ParamName);
        Assert.Equal("reading", Assert.Throws<ArgumentOutOfRangeException>(() => Embedded.Read("hu-jintao", (ReadingChoice)7)).ParamName);
        Assert.Equal("reading", Assert.Throws<ArgumentOutOfRangeException>(() => Embedded.CaveatsOf("hu-jintao", (ReadingChoice)7)).ParamName);
        Assert.Equal("reading", Assert.Throws<ArgumentOutOfRangeException>(() => Embedded.LoansByAmount(Money.Usd(0m), Money.Usd(1m), (ReadingChoice)7)).ParamName);
        Assert.Throws<KeyNotFoundException>(() => Embedded.Read("hu-jintau"));
        Assert.Throws<KeyNotFoundException>(() => Embedded.NotesApplied(new PersonBuilder { Id = "nobody" }.Build()));
    }
}

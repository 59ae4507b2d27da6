using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck.Xunit;
using NodaTime;
using Xunit;
using static KazChina.Model.Tests.Queries.QueryTestKit;

namespace KazChina.Model.Tests.Queries;

public partial class TimelineQueriesTests
{
    /// <summary>The naive answer: each record with its date, in edition order.</summary>
    private static IEnumerable<(EditionRecord Record, TimeReference When)> Dated(KazChinaEdition edition) =>
        edition.Records
            .Select(r => (Record: r, When: r switch
            {
                Agreement a => a.When,
                Event e => e.When,
                TradeFigure f => f.Period,
                Loan l => l.When,
                CurrencySwap s => s.When,
                InfrastructureProject p => p.When,
                Citation { Date: { } d } => TimeReference.At(d),
                _ => null,
            }))
            .Where(pair => pair.When is not null)
            .Select(pair => (pair.Record, pair.When!));

    [Property(Arbitrary = [typeof(Generators)], MaxTest = 200)]
    public void Timeline_AnyEdition_IsSortedAndTiesKeepEditionOrder(KazChinaEdition edition)
    {
        IReadOnlyList<TimelineEntry> timeline = edition.Timeline();
        var position = new Dictionary<EditionRecord, int>(ReferenceEqualityComparer.Instance);
        foreach (EditionRecord record in edition.Records)
        {
            position.Add(record, position.Count);
        }

        for (int i = 1; i < timeline.Count; i++)
        {
            int order = timeline[i - 1].When.CompareTo(timeline[i].When);
            Assert.True(order <= 0, $"{timeline[i - 1]} sorts after {timeline[i]}.");
            if (order == 0)
            {
                Assert.True(position[timeline[i - 1].Record] < position[timeline[i].Record]);
            }
        }
    }

    [Property(Arbitrary = [typeof(Generators)], MaxTest = 200)]
    public void Timeline_AnyEdition_IsAPermutationOfTheDatedRecords(KazChinaEdition edition)
    {
        IReadOnlyList<TimelineEntry> timeline = edition.Timeline();
        var expected = Dated(edition).ToList();

        Assert.Equal(expected.Count, timeline.Count);
        Assert.True(expected.Select(d => d.Record).ToHashSet(ReferenceEqualityComparer.Instance).SetEquals(timeline.Select(e => e.Record)));
        Assert.All(timeline, e =>
        {
            Assert.Equal(expected.Single(d => ReferenceEquals(d.Record, e.Record)).When, e.When);
            Assert.Equal(e.When.Date.Precision, e.Precision);
            Assert.Equal(e.When.Date.YearInferred, e.YearInferred);
            Assert.Equal(e.Record.Id, e.RecordId);
            Assert.Equal(e.Record.Kind, e.Kind);
            Assert.False(string.IsNullOrWhiteSpace(e.Label));
        });
    }

    [Property(Arbitrary = [typeof(Generators)], MaxTest = 200)]
    public void Timeline_AnyRange_IsTheTimelineFilteredByTheMatchRule(KazChinaEdition edition, DateInterval range)
    {
        SameRecords(
            edition.Timeline().Where(e => range.Start <= e.Date.Start && e.Date.End <= range.End),
            edition.Timeline(range));
        SameRecords(
            edition.Timeline().Where(e => e.Date.Start <= range.End && range.Start <= e.Date.End),
            edition.Timeline(range, DateMatch.Overlapping));
    }

    [Fact]
    public void Timeline_SameStartDay_OrdersLongerSpanFirstThenStatedYearThenRelationThenEditionOrder()
    {
        KazChinaEdition edition = SyntheticEdition.Create(11, 2);
        Evidence evidence = edition.Events[0].Evidence;
        Event E(string id, TimeReference when) => new(id, EventKind.Meeting, id, when, ValueList.Empty<RecordId>(), null, ValueList.Empty<RecordId>(), evidence);
        ValueList<Event> events = ValueList.Create(
            E("day-inferred", TimeReference.At(new PartialDate(2011, 6, 1, yearInferred: true))),
            E("day-at-listed-first", TimeReference.At(new PartialDate(2011, 6, 1))),
            E("day-by", TimeReference.By(new PartialDate(2011, 6, 1))),
            E("day-at-listed-second", TimeReference.At(new PartialDate(2011, 6, 1))),
            E("early-june", TimeReference.At(new PartialDate(2011, 6, part: MonthPart.Early))),
            E("june", TimeReference.During(new PartialDate(2011, 6))),
            E("may-31", TimeReference.At(new PartialDate(2011, 5, 31))),
            E("year", TimeReference.During(new PartialDate(2011))));
        KazChinaEdition custom = new(
            edition.DataVersion, edition.Article, edition.Countries, edition.People, edition.Organizations, edition.Places,
            ValueList.Empty<Citation>(), edition.Quotes, edition.EditorialNotes, ValueList.Empty<Agreement>(), edition.Provisions,
            events, ValueList.Empty<TradeFigure>(), ValueList.Empty<Loan>(), ValueList.Empty<CurrencySwap>(), ValueList.Empty<InfrastructureProject>(), edition.Assessments);

        Assert.Equal(
            ["year", "may-31", "june", "early-june", "day-at-listed-first", "day-at-listed-second", "day-by", "day-inferred"],
            IdsOf(custom.Timeline().Select(e => e.Record)));
    }

    [Fact]
    public void Timeline_CalledTwice_ReturnsTheSameList()
    {
        KazChinaEdition edition = SyntheticEdition.Create(2, 4);

        Assert.Same(edition.Timeline(), edition.Timeline());
    }

    [Fact]
    public void Helpers_BadArguments_ThrowNamingTheArgument()
    {
        KazChinaEdition none = null!;
        var range = new DateInterval(new LocalDate(2011, 1, 1), new LocalDate(2011, 12, 31));

        Assert.Equal("edition", Assert.Throws<ArgumentNullException>(() => none.Timeline()).ParamName);
        Assert.Equal("edition", Assert.Throws<ArgumentNullException>(() => none.Timeline(range)).ParamName);
        Assert.Equal("match", Assert.Throws<ArgumentOutOfRangeException>(() => SyntheticEdition.Create(1, 1).Timeline(range, (DateMatch)(-1))).ParamName);
        Assert.Equal("match", Assert.Throws<ArgumentOutOfRangeException>(() => SyntheticEdition.Create(1, 1).Timeline(match: (DateMatch)(-1))).ParamName);
        Assert.Equal("reading", Assert.Throws<ArgumentOutOfRangeException>(() => SyntheticEdition.Create(1, 1).Timeline(reading: (ReadingChoice)2)).ParamName);
    }

    [Fact]
    public void Timeline_NoRange_IsTheWholeTimeline()
    {
        KazChinaEdition edition = SyntheticEdition.Create(2, 4);

        Assert.Same(edition.Timeline(), edition.Timeline(range: null));
    }
}

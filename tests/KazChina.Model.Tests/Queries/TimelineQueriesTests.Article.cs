using System.Collections.Generic;
using System.Linq;
using NodaTime;
using Xunit;
using static KazChina.Model.Tests.Queries.QueryTestKit;

namespace KazChina.Model.Tests.Queries;

/// <summary>The article's timeline, exactly.</summary>
public partial class TimelineQueriesTests
{
    [Fact]
    public void Timeline_Article_IsEveryDatedRecordInOrderWithItsPrecision()
    {
        string[] expected =
        [
            "at 2005-07-04 [Day] Agreement strategic-partnership-2005: Strategic partnership between Kazakhstan and China",
            "at 2005-07-04 [Day] Event event-signing-strategic-partnership-2005: Kazakhstan and China sign a strategic partnership",
            "during 2010 [Year] TradeFigure trade-kazakhstan-russia-2010: Kazakhstan–Russia trade volume: $13.3 billion",
            "during 2010 [Year] TradeFigure oil-delivered-2010: Kazakhstan → China oil delivered: 11 million tons",
            "during 2011 [Year] TradeFigure trade-china-kazakhstan-20bn-2011: China–Kazakhstan trade volume: $20 billion",
            "at 2011-06 (early) (year inferred) [Month] Event event-beijing-announces-horgos-center: Beijing announces the opening of the Horgos International Border Cooperation Center",
            "at 2011-06-01 (year inferred) [Day] Citation cite-xinhua-2011-06-01: Xinhua, June 1",
            "at 2011-06-07 (year inferred) [Day] Citation cite-xinhua-2011-06-07: Xinhua, June 7",
            "at 2011-06-13 (year inferred) [Day] Citation cite-xinhua-2011-06-13-a: Xinhua, June 13",
            "at 2011-06-13 (year inferred) [Day] Citation cite-central-asia-newswire-2011-06-13: www.centralasianewswire, June 13",
            "at 2011-06-13 (year inferred) [Day] Citation cite-xinhua-2011-06-13-b: Xinhua, June 13",
            "at 2011-06-13 (year inferred) [Day] Citation cite-xinhua-2011-06-13-joint-statement: Xinhua, June 13",
            "at 2011-06-13 (year inferred) [Day] Agreement all-round-strategic-partnership-2011: China–Kazakhstan Joint Statement on the Development of All-Round Strategic Partnership",
            "at 2011-06-13 (year inferred) [Day] Event event-signing-all-round-strategic-partnership-2011: Hu and Nazarbayev agree the all-round strategic partnership",
            "at 2011-06-14 (year inferred) [Day] Citation cite-interfax-kazakhstan-2011-06-14: Interfax-Kazakhstan, June 14",
            "at 2011-06-14 (year inferred) [Day] Citation cite-central-asia-online-2011-06-14: www.centralasiaonline.com, June 14",
            "at 2011-06-15 (year inferred) [Day] Citation cite-ntdtv-2011-06-15: NTDTV, June 15",
            "by 2011-07-01 (year inferred) [Day] InfrastructureProject horgos-border-cooperation-center: China-Kazakhstan Horgos International Border Cooperation Center",
            "by 2015 [Year] TradeFigure trade-target-40bn-2015: China–Kazakhstan trade volume target: $40 billion",
        ];

        Assert.Equal(expected, Embedded.Timeline().Select(e => e.ToString()));
    }

    [Fact]
    public void Timeline_MidJune2011_HoldsTheSummitWeekOnly()
    {
        var summitWeek = new DateInterval(new LocalDate(2011, 6, 13), new LocalDate(2011, 6, 15));

        Assert.Equal(9, Embedded.Timeline(summitWeek).Count);
        Assert.All(Embedded.Timeline(summitWeek), e => Assert.Equal(DatePrecision.Day, e.Precision));
        Assert.Equal(10, Embedded.Timeline(summitWeek, DateMatch.Overlapping).Count);
    }

    [Fact]
    public void Timeline_Corrected_PlacesTheHorgosOpeningOnItsLaunchDayAndTheTreatyIn2002()
    {
        IReadOnlyList<TimelineEntry> corrected = Embedded.Timeline(reading: ReadingChoice.Corrected);

        TimelineEntry horgos = Assert.Single(corrected, e => e.RecordId == "horgos-border-cooperation-center");
        Assert.Equal(TimeReference.At(new PartialDate(2011, 12, 2)), horgos.When);
        Assert.Equal(["note-horgos-opening-later-development"], IdsOf(horgos.AppliedNoteIds));
        Assert.Equal(["note-good-neighborly-treaty-title"], IdsOf(corrected[0].AppliedNoteIds));
        Assert.Equal(["good-neighborly-treaty", "event-good-neighborly-treaty-signed"], IdsOf(corrected.Take(2).Select(e => e.Record)));
        Assert.Equal(corrected.OrderBy(e => e.When).Select(e => e.RecordId), corrected.Select(e => e.RecordId));

        TimelineEntry asStated = Assert.Single(Embedded.Timeline(), e => e.RecordId == "horgos-border-cooperation-center");
        Assert.Equal(TimeReference.By(new PartialDate(2011, 7, 1, yearInferred: true)), asStated.When);
        Assert.Empty(asStated.AppliedNoteIds);
    }

    [Fact]
    public void Timeline_CorrectedDecember2011_HoldsTheHorgosLaunch()
    {
        var december = new DateInterval(new LocalDate(2011, 12, 1), new LocalDate(2011, 12, 31));

        Assert.Empty(Embedded.Timeline(december));
        Assert.Equal(["horgos-border-cooperation-center"], IdsOf(Embedded.Timeline(december, reading: ReadingChoice.Corrected).Select(e => e.Record)));
    }
}

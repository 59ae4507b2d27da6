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
}

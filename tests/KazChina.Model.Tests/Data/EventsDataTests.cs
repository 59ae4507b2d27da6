using System.Linq;
using Xunit;

namespace KazChina.Model.Tests.Data;

/// <summary>Exact values of the events: dates only as the article gives them.</summary>
public sealed class EventsDataTests
{
    private static KazChinaEdition Edition => EditionTestKit.Edition;

    [Fact]
    public void Events_WithoutADateInTheArticle_HaveNoDate()
    {
        string[] undated =
        [
            "event-hu-visit-astana",
            "event-sco-summit-astana",
            "event-nazarbayev-meets-hu-at-astana-airport",
            "event-cheng-press-briefing-beijing",
            "event-hu-nazarbayev-initiate-regional-zone",
            "event-kazakhstan-twenty-years-of-independence",
            "event-diplomatic-ties-established",
            "event-border-issues-resolved",
            "event-good-neighborly-treaty-signed",
            "event-bilateral-trade-promoted",
            "event-china-becomes-main-trading-partner",
        ];
        Assert.All(undated, id => Assert.Null(EditionTestKit.Get<Event>(id).When));
        Assert.Equal(15, Edition.Events.Count);
    }

    [Fact]
    public void BeijingAnnouncement_When_IsEarlyJuneWithTheYearInferred()
    {
        Event announcement = EditionTestKit.Get<Event>("event-beijing-announces-horgos-center");
        Assert.Equal(EventKind.Announcement, announcement.EventKind);
        Assert.Equal(TimeReference.At(new PartialDate(2011, 6, part: MonthPart.Early, yearInferred: true)), announcement.When);
        Assert.Equal([new RecordId("china")], announcement.ParticipantIds);
    }

    [Fact]
    public void Signings_When_AreJune13InferredAndJuly4Of2005Stated()
    {
        Assert.Equal(TimeReference.At(new PartialDate(2011, 6, 13, yearInferred: true)), EditionTestKit.Get<Event>("event-signing-all-round-strategic-partnership-2011").When);
        Assert.Equal(TimeReference.At(new PartialDate(2005, 7, 4)), EditionTestKit.Get<Event>("event-signing-strategic-partnership-2005").When);
    }

    [Fact]
    public void AirportMeeting_Place_IsAstanaAirportWithNazarbayevAndHu()
    {
        Event meeting = EditionTestKit.Get<Event>("event-nazarbayev-meets-hu-at-astana-airport");
        Assert.Equal(EventKind.Meeting, meeting.EventKind);
        Assert.Equal(new RecordId("astana-airport"), meeting.PlaceId);
        Assert.Equal(["hu-jintao", "nursultan-nazarbayev"], meeting.ParticipantIds.Select(p => p.ToString()).Order(System.StringComparer.Ordinal));
        Assert.Equal(new RecordId("beijing"), EditionTestKit.Get<Event>("event-cheng-press-briefing-beijing").PlaceId);
    }

    [Fact]
    public void Periods_InEdition_AreTheScoPresidencyAndTwentyYearsOfIndependenceBothUndated()
    {
        var periods = Edition.Events.Where(e => e.EventKind == EventKind.Period).Select(e => e.Id.ToString()).ToList();
        Assert.Equal(["event-kazakhstan-sco-presidency-2011", "event-kazakhstan-twenty-years-of-independence"], periods);
        Event presidency = EditionTestKit.Get<Event>("event-kazakhstan-sco-presidency-2011");
        Assert.Null(presidency.When);
        Assert.Equal(["Kazakhstan’s presidency of the Shanghai Cooperation Organization (SCO)"], presidency.Evidence.Spans.Select(s => s.Text));
        Assert.Contains("twenty years", EditionTestKit.Get<Event>("event-kazakhstan-twenty-years-of-independence").Evidence.Spans[0].Text, System.StringComparison.Ordinal);
    }

    [Fact]
    public void MainTradingPartnerMilestone_Participants_IncludeEclipsedRussia()
    {
        Event milestone = EditionTestKit.Get<Event>("event-china-becomes-main-trading-partner");
        Assert.Equal(EventKind.Milestone, milestone.EventKind);
        Assert.Contains(new RecordId("russia"), milestone.ParticipantIds);
    }
}

namespace KazChina.Model;

internal static partial class EditionData
{
    // Dates only as the article gives them; where it gives none, When is null. The text never dates Hu's
    // visit (only its sources' dates place it in June 2011), so the visit, the summit and what was agreed
    // "during Hu's visit" stay undated rather than carry a month the article does not state. Nor does it date
    // Kazakhstan's SCO presidency: "a watershed in 2011 during Kazakhstan's presidency" dates the expected
    // watershed (the Sinologists' assessment), so the presidency's evidence is its name alone.
    private static TextSpan TwentyYearsOfIndependence => S(2198, 48, "During Kazakhstan’s twenty years of independence");

    private static ValueList<Event> Events() => ValueList.Create(
        new Event(
            id: "event-signing-strategic-partnership-2005",
            eventKind: EventKind.Signing,
            title: "Kazakhstan and China sign a strategic partnership",
            when: TimeReference.At(new PartialDate(2005, 7, 4)),
            participantIds: Ids("kazakhstan", "china"),
            placeId: null,
            relatedIds: Ids("strategic-partnership-2005"),
            evidence: Evidence.Of(
                S(141, 77, "The strategic partnership signed between Kazakhstan and China on July 4, 2005"),
                S(2403, 37, "later forging a strategic partnership")).Citing("cite-xinhua-2011-06-13-a", "cite-central-asia-online-2011-06-14")),
        new Event(
            id: "event-hu-visit-astana",
            eventKind: EventKind.StateVisit,
            title: "Hu Jintao's visit to Astana",
            when: null,
            participantIds: Ids("hu-jintao", "nursultan-nazarbayev"),
            placeId: "astana",
            relatedIds: Ids("event-sco-summit-astana"),
            evidence: Evidence.Of(
                S(1279, 29, "Ahead of Hu’s visit to Astana"),
                S(3020, 17, "During Hu’s visit")).Citing("cite-xinhua-2011-06-07", "cite-ntdtv-2011-06-15", "cite-central-asia-newswire-2011-06-13")),
        new Event(
            id: "event-sco-summit-astana",
            eventKind: EventKind.Summit,
            title: "SCO summit in Astana",
            when: null,
            participantIds: Ids("shanghai-cooperation-organization", "hu-jintao"),
            placeId: "astana",
            relatedIds: Ids("event-kazakhstan-sco-presidency-2011"),
            evidence: Evidence.Of(S(890, 45, "arriving at Astana airport for the SCO summit")).Citing("cite-interfax-kazakhstan-2011-06-14")),
        new Event(
            id: "event-nazarbayev-meets-hu-at-astana-airport",
            eventKind: EventKind.Meeting,
            title: "Nazarbayev meets Hu at Astana airport",
            when: null,
            participantIds: Ids("nursultan-nazarbayev", "hu-jintao"),
            placeId: "astana-airport",
            relatedIds: Ids("event-sco-summit-astana", "event-hu-visit-astana"),
            evidence: Evidence.Of(S(841, 170, "President Nazarbayev met his Chinese counterpart arriving at Astana airport for the SCO summit – the only foreign leader to be afforded such treatment ahead of the event.")).Citing("cite-interfax-kazakhstan-2011-06-14")),
        new Event(
            id: "event-cheng-press-briefing-beijing",
            eventKind: EventKind.Briefing,
            title: "Cheng Guoping's press briefing in Beijing ahead of Hu's visit",
            when: null,
            participantIds: Ids("cheng-guoping"),
            placeId: "beijing",
            relatedIds: Ids("event-hu-visit-astana"),
            evidence: Evidence.Of(S(1279, 155, "Ahead of Hu’s visit to Astana, Assistant Foreign Minister Cheng Guoping told a press briefing in Beijing that the bilateral relationship would be enhanced.")).Citing("cite-xinhua-2011-06-07")),
        new Event(
            id: "event-beijing-announces-horgos-center",
            eventKind: EventKind.Announcement,
            title: "Beijing announces the opening of the Horgos International Border Cooperation Center",
            when: TimeReference.At(new PartialDate(2011, 6, part: MonthPart.Early, yearInferred: true)),
            participantIds: Ids("china"),
            placeId: null,
            relatedIds: Ids("horgos-border-cooperation-center"),
            evidence: Evidence.Of(S(1696, 131, "Beijing also announced in early June that by July 1, The China-Kazakhstan Horgos International Border Cooperation Center would open")).Citing("cite-xinhua-2011-06-01")),
        new Event(
            id: "event-hu-nazarbayev-initiate-regional-zone",
            eventKind: EventKind.Milestone,
            title: "Hu and Nazarbayev initiate a regional zone under the framework of the SCO",
            when: null,
            participantIds: Ids("hu-jintao", "nursultan-nazarbayev"),
            placeId: null,
            relatedIds: Ids("horgos-border-cooperation-center", "shanghai-cooperation-organization"),
            evidence: Evidence.Of(S(1959, 80, "Hu and Nazarbayev initiated such a regional zone under the framework of the SCO.")).Citing("cite-xinhua-2011-06-01")),
        new Event(
            id: "event-signing-all-round-strategic-partnership-2011",
            eventKind: EventKind.Signing,
            title: "Hu and Nazarbayev agree the all-round strategic partnership",
            when: TimeReference.At(new PartialDate(2011, 6, 13, yearInferred: true)),
            participantIds: Ids("hu-jintao", "nursultan-nazarbayev"),
            placeId: null,
            relatedIds: Ids("all-round-strategic-partnership-2011"),
            evidence: Evidence.Of(
                S(336, 145, "President Hu Jintau and his Kazakhstani counterpart Nursultan Nazarbayev agreed to the details of an “all-round” strategic partnership on June 13"),
                S(1160, 85, "culminating in the signing of the “Development of an All-Round Strategic Partnership”")).Citing("cite-xinhua-2011-06-13-a", "cite-interfax-kazakhstan-2011-06-14")),
        new Event(
            id: "event-kazakhstan-sco-presidency-2011",
            eventKind: EventKind.Period,
            title: "Kazakhstan's presidency of the Shanghai Cooperation Organization",
            when: null,
            participantIds: Ids("kazakhstan", "shanghai-cooperation-organization"),
            placeId: null,
            relatedIds: ValueList.Empty<RecordId>(),
            evidence: Evidence.Of(S(728, 70, "Kazakhstan’s presidency of the Shanghai Cooperation Organization (SCO)")).Citing("cite-interfax-kazakhstan-2011-06-14")),
        new Event(
            id: "event-kazakhstan-twenty-years-of-independence",
            eventKind: EventKind.Period,
            title: "Kazakhstan's twenty years of independence",
            when: null,
            participantIds: Ids("kazakhstan"),
            placeId: null,
            relatedIds: ValueList.Empty<RecordId>(),
            evidence: Evidence.Of(TwentyYearsOfIndependence).Citing("cite-central-asia-online-2011-06-14")),
        new Event(
            id: "event-diplomatic-ties-established",
            eventKind: EventKind.Milestone,
            title: "Kazakhstan establishes diplomatic ties with China",
            when: null,
            participantIds: Ids("kazakhstan", "china"),
            placeId: null,
            relatedIds: Ids("event-kazakhstan-twenty-years-of-independence"),
            evidence: Evidence.Of(TwentyYearsOfIndependence, S(2248, 61, "it has established diplomatic ties with its powerful neighbor")).Citing("cite-central-asia-online-2011-06-14")),
        new Event(
            id: "event-border-issues-resolved",
            eventKind: EventKind.Milestone,
            title: "Kazakhstan and China resolve border issues",
            when: null,
            participantIds: Ids("kazakhstan", "china"),
            placeId: null,
            relatedIds: Ids("event-kazakhstan-twenty-years-of-independence"),
            evidence: Evidence.Of(TwentyYearsOfIndependence, S(2311, 22, "resolved border issues")).Citing("cite-central-asia-online-2011-06-14")),
        new Event(
            id: "event-good-neighborly-treaty-signed",
            eventKind: EventKind.Signing,
            title: "Kazakhstan and China sign the Good-Neighborly Treaty of Friendship",
            when: null,
            participantIds: Ids("kazakhstan", "china"),
            placeId: null,
            relatedIds: Ids("good-neighborly-treaty", "event-kazakhstan-twenty-years-of-independence"),
            evidence: Evidence.Of(TwentyYearsOfIndependence, S(2335, 67, "signed the “China-Kazakhstan Good-Neighborly Treaty of Friendship,”")).Citing("cite-central-asia-online-2011-06-14")),
        new Event(
            id: "event-bilateral-trade-promoted",
            eventKind: EventKind.Milestone,
            title: "Kazakhstan promotes bilateral trade with China",
            when: null,
            participantIds: Ids("kazakhstan", "china"),
            placeId: null,
            relatedIds: Ids("event-kazakhstan-twenty-years-of-independence"),
            evidence: Evidence.Of(TwentyYearsOfIndependence, S(2445, 25, "promoting bilateral trade")).Citing("cite-central-asia-online-2011-06-14")),
        new Event(
            id: "event-china-becomes-main-trading-partner",
            eventKind: EventKind.Milestone,
            title: "China becomes Kazakhstan's main trading partner, eclipsing Russia",
            when: null,
            participantIds: Ids("china", "kazakhstan", "russia"),
            placeId: null,
            relatedIds: Ids("trade-china-kazakhstan-20bn-2011", "trade-kazakhstan-russia-2010"),
            evidence: Evidence.Of(
                S(2472, 134, "References to the trade volume reaching $20 billion in 2011 marked China becoming Kazakhstan’s main trading partner – eclipsing Russia"),
                S(6590, 54, "China has emerged as Kazakhstan’s main trading partner")).Citing("cite-central-asia-online-2011-06-14")));
}

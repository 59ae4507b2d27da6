namespace KazChina.Model;

internal static partial class EditionData
{
    // One note per row of the editors' table of slips; kind, as-written words, reading, reference and
    // confidence as the table gives them, and the reading typed: which member of which record it reads and the
    // value in that member's own type. Notes never change the as-stated values of their targets; the values of
    // amounts and areas read here carry the editors' words, not the article's. The year-inferred note reads each
    // date as the edition states it, inferred year included, so its readings confirm the values rather than change them.
    private static ValueList<EditorialNote> EditorialNotes() => ValueList.Create(
        new EditorialNote(
            id: "note-hu-jintau-spelling",
            noteKind: EditorialNoteKind.Spelling,
            asWritten: "President Hu Jintau",
            reading: "Hu Jintao, President of the People's Republic of China",
            readings: Readings(new NameReading("hu-jintao", ReadMember.NameAsWritten, "Hu Jintao")),
            reference: "China Daily, 2011-06-14",
            confidence: Confidence.High,
            evidence: Evidence.Of(S(336, 19, "President Hu Jintau"))),
        new EditorialNote(
            id: "note-year-inferred",
            noteKind: EditorialNoteKind.YearInferred,
            asWritten: "June 13",
            reading: "the year 2011 is inferred from context",
            readings: Readings(
                new DateReading("cite-xinhua-2011-06-13-a", ReadMember.Date, InferredDay(6, 13)),
                new DateReading("cite-interfax-kazakhstan-2011-06-14", ReadMember.Date, InferredDay(6, 14)),
                new DateReading("cite-xinhua-2011-06-07", ReadMember.Date, InferredDay(6, 7)),
                new DateReading("cite-xinhua-2011-06-01", ReadMember.Date, InferredDay(6, 1)),
                new DateReading("cite-central-asia-online-2011-06-14", ReadMember.Date, InferredDay(6, 14)),
                new DateReading("cite-ntdtv-2011-06-15", ReadMember.Date, InferredDay(6, 15)),
                new DateReading("cite-central-asia-newswire-2011-06-13", ReadMember.Date, InferredDay(6, 13)),
                new DateReading("cite-xinhua-2011-06-13-b", ReadMember.Date, InferredDay(6, 13)),
                new DateReading("cite-xinhua-2011-06-13-joint-statement", ReadMember.Date, InferredDay(6, 13)),
                new TimeReading("all-round-strategic-partnership-2011", ReadMember.When, TimeReference.At(InferredDay(6, 13))),
                new TimeReading("event-beijing-announces-horgos-center", ReadMember.When, TimeReference.At(new PartialDate(2011, 6, part: MonthPart.Early, yearInferred: true))),
                new TimeReading("event-signing-all-round-strategic-partnership-2011", ReadMember.When, TimeReference.At(InferredDay(6, 13))),
                new TimeReading("horgos-border-cooperation-center", ReadMember.When, TimeReference.By(InferredDay(7, 1)))),
            reference: "the article itself (SCO summit in Astana, 2011)",
            confidence: Confidence.High,
            evidence: Evidence.Of(
                S(474, 7, "June 13"),
                S(611, 7, "June 13"),
                S(1268, 7, "June 14"),
                S(1687, 6, "June 7"),
                S(1722, 10, "early June"),
                S(1741, 6, "July 1"),
                S(2188, 6, "June 1"),
                S(2870, 7, "June 14"),
                S(3803, 7, "June 15"),
                S(3837, 7, "June 13"),
                S(5010, 7, "June 13"),
                S(6500, 7, "June 13"))),
        new EditorialNote(
            id: "note-horgos-kazakh-area-unit",
            noteKind: EditorialNoteKind.MissingUnit,
            asWritten: "1.85 kilometers in Kazakhstan",
            reading: "1.85 square kilometres (the unit is missing)",
            readings: Readings(new AreaReading("horgos-border-cooperation-center", ReadMember.Areas, new ProjectArea("kazakhstan", new Quantity(1.85m, QuantityUnit.SquareKilometre, Bound.Exact, "1.85 square kilometres")))),
            reference: "China Daily USA, 2011-11-29",
            confidence: Confidence.High,
            evidence: Evidence.Of(S(2094, 29, "1.85 kilometers in Kazakhstan"))),
        new EditorialNote(
            id: "note-horgos-china-area-transposition",
            noteKind: EditorialNoteKind.LikelyFigureError,
            asWritten: "3.34 square kilometers in China",
            reading: "other reports give 3.43 km²; likely a transposition",
            readings: Readings(new AreaReading("horgos-border-cooperation-center", ReadMember.Areas, new ProjectArea("china", new Quantity(3.43m, QuantityUnit.SquareKilometre, Bound.Exact, "3.43 square kilometres")))),
            reference: "China Daily USA, 2011-11-29",
            confidence: Confidence.High,
            evidence: Evidence.Of(S(2058, 31, "3.34 square kilometers in China"))),
        new EditorialNote(
            id: "note-horgos-cost-scope",
            noteKind: EditorialNoteKind.Scope,
            asWritten: "cost more than 880 million Yuan ($136.14 million)",
            reading: "880 million yuan was reported as China's share of the investment",
            readings: Readings(new ShareReading("horgos-border-cooperation-center", ReadMember.Cost, "china")),
            reference: "dbw.cn, 2011-09-23",
            confidence: Confidence.Medium,
            evidence: Evidence.Of(S(2129, 49, "cost more than 880 million Yuan ($136.14 million)"))),
        new EditorialNote(
            id: "note-horgos-opening-later-development",
            noteKind: EditorialNoteKind.LaterDevelopment,
            asWritten: "by July 1",
            reading: "the plan as announced; the launch ceremony took place on 2011-12-02",
            readings: Readings(new TimeReading("horgos-border-cooperation-center", ReadMember.When, TimeReference.At(new PartialDate(2011, 12, 2)))),
            reference: "China Daily USA, 2011-11-29",
            confidence: Confidence.High,
            evidence: Evidence.Of(S(1738, 89, "by July 1, The China-Kazakhstan Horgos International Border Cooperation Center would open"))),
        new EditorialNote(
            id: "note-kazakhmys-loan-amount",
            noteKind: EditorialNoteKind.LikelyFigureError,
            asWritten: "a $15 billion loan to the Kazakhstani mining company, Kazakhmys",
            reading: "other reports give $1.5 billion (memorandum 2011-06-13, facilities finalised 2011-12-16)",
            readings: Readings(
                new AmountReading("loan-cdb-kazakhmys-aktogay", ReadMember.Amount, new StatedAmount(Money.Usd(1_500_000_000m), Bound.Exact, "$1.5 billion")),
                new TimeReading("loan-cdb-kazakhmys-aktogay", ReadMember.When, TimeReference.At(new PartialDate(2011, 6, 13)))),
            reference: "Reuters, 2011-12-16; AidData GCDF record 41941",
            confidence: Confidence.High,
            evidence: Evidence.Of(S(3375, 63, "a $15 billion loan to the Kazakhstani mining company, Kazakhmys"))),
        new EditorialNote(
            id: "note-trade-20bn-2011-scope",
            noteKind: EditorialNoteKind.Scope,
            asWritten: "trade volume reaching $20 billion in 2011",
            reading: "about $20.3–20.4 billion was the 2010 figure",
            readings: Readings(new TimeReading("trade-china-kazakhstan-20bn-2011", ReadMember.Period, TimeReference.During(new PartialDate(2010)))),
            reference: "Kazakh statistics via Tengrinews; China Daily 2011-06-13",
            confidence: Confidence.Medium,
            evidence: Evidence.Of(S(2490, 41, "trade volume reaching $20 billion in 2011"))),
        new EditorialNote(
            id: "note-alamutu-naming",
            noteKind: EditorialNoteKind.Naming,
            asWritten: "Astana-Alamutu Railway",
            reading: "Astana–Almaty railway (\"Alamutu\" is the pinyin of 阿拉木图, Almaty)",
            readings: Readings(
                new NameReading("astana-almaty-railway", ReadMember.NameAsWritten, "Astana–Almaty railway"),
                new NameReading("almaty", ReadMember.NameAsWritten, "Almaty")),
            reference: "Chinese name of Almaty",
            confidence: Confidence.High,
            evidence: Evidence.Of(S(6168, 22, "Astana-Alamutu Railway"))),
        new EditorialNote(
            id: "note-reteken-naming",
            noteKind: EditorialNoteKind.Naming,
            asWritten: "Reteken-Horgos Railway",
            reading: "Zhetygen–Khorgos (Korgas) railway, 293 km (\"Reteken\" renders 热特肯, Zhetygen; renamed Alatau in 2024)",
            readings: Readings(
                new NameReading("zhetygen-horgos-railway", ReadMember.NameAsWritten, "Zhetygen–Khorgos railway"),
                new NameReading("zhetygen", ReadMember.NameAsWritten, "Zhetygen")),
            reference: "Tengrinews, 2011",
            confidence: Confidence.High,
            evidence: Evidence.Of(S(6352, 22, "Reteken-Horgos Railway"))),
        new EditorialNote(
            id: "note-good-neighborly-treaty-title",
            noteKind: EditorialNoteKind.Naming,
            asWritten: "China-Kazakhstan Good-Neighborly Treaty of Friendship",
            reading: "Treaty of Good-Neighbourliness, Friendship and Cooperation, signed 2002-12-23",
            readings: Readings(
                new NameReading("good-neighborly-treaty", ReadMember.Title, "Treaty of Good-Neighbourliness, Friendship and Cooperation"),
                new TimeReading("good-neighborly-treaty", ReadMember.When, TimeReference.At(new PartialDate(2002, 12, 23))),
                new TimeReading("event-good-neighborly-treaty-signed", ReadMember.When, TimeReference.At(new PartialDate(2002, 12, 23)))),
            reference: "joint statement texts (Xinhua)",
            confidence: Confidence.High,
            evidence: Evidence.Of(S(2347, 53, "China-Kazakhstan Good-Neighborly Treaty of Friendship"))),
        new EditorialNote(
            id: "note-wto-capitalisation",
            noteKind: EditorialNoteKind.Capitalisation,
            asWritten: "the world Trade Organization",
            reading: "World Trade Organization (capitalisation)",
            readings: Readings(new NameReading("world-trade-organization", ReadMember.NameAsWritten, "World Trade Organization")),
            reference: null,
            confidence: Confidence.High,
            evidence: Evidence.Of(S(4452, 28, "the world Trade Organization"))),
        new EditorialNote(
            id: "note-june-13-document-one-agreement",
            noteKind: EditorialNoteKind.Naming,
            asWritten: "Development of an All-Round Strategic Partnership",
            reading: "one document: the China–Kazakhstan Joint Statement on the Development of All-Round Strategic Partnership, issued in Astana on 2011-06-13",
            readings: Readings(new NameReading("all-round-strategic-partnership-2011", ReadMember.Title, "China–Kazakhstan Joint Statement on the Development of All-Round Strategic Partnership")),
            reference: "China Daily, 2011-06-14; Xinhua full text, 2011-06-13",
            confidence: Confidence.High,
            evidence: Evidence.Of(
                S(1195, 49, "Development of an All-Round Strategic Partnership"),
                S(3865, 39, "the new strategic partnership agreement"),
                S(6404, 86, "China-Kazakhstan Joint Statement on the Development of All-Round Strategic Partnership"))),
        new EditorialNote(
            id: "note-oil-delivered-unconfirmed",
            noteKind: EditorialNoteKind.Unconfirmed,
            asWritten: "11 million tons of oil to China in 2010",
            reading: "not confirmed elsewhere (2009: 7.73 million tonnes; the pipeline's first-phase capacity was 10 million tonnes a year)",
            readings: Readings(new UnconfirmedReading("oil-delivered-2010", ReadMember.Quantity)),
            reference: "none found: the figure stands unconfirmed",
            confidence: Confidence.Low,
            evidence: Evidence.Of(S(3612, 39, "11 million tons of oil to China in 2010"))),
        new EditorialNote(
            id: "note-currency-swap-amount",
            noteKind: EditorialNoteKind.Confirmed,
            asWritten: "a $1 billion currency swap",
            reading: "$1 billion per the National Bank of Kazakhstan's deputy chairman; a yuan amount (7 billion) appears in some reports, unverified",
            readings: Readings(new AmountReading("currency-swap-2011", ReadMember.Amount, new StatedAmount(Money.Usd(1_000_000_000m), Bound.Exact, "$1 billion"))),
            reference: "Tengrinews, 2011",
            confidence: Confidence.Medium,
            evidence: Evidence.Of(S(3039, 26, "a $1 billion currency swap"))),
        new EditorialNote(
            id: "note-capitals-as-governments",
            noteKind: EditorialNoteKind.Metonym,
            asWritten: "Beijing will also support",
            reading: "the governments of China / Kazakhstan / Russia (metonyms), not the cities",
            readings: Readings(
                new NameFormReading("china", ReadMember.FormsAsWritten, new NameForm("Beijing", NameFormKind.Metonym)),
                new NameFormReading("kazakhstan", ReadMember.FormsAsWritten, new NameForm("Astana", NameFormKind.Metonym)),
                new NameFormReading("russia", ReadMember.FormsAsWritten, new NameForm("Moscow", NameFormKind.Metonym))),
            reference: "usage",
            confidence: Confidence.High,
            evidence: Evidence.Of(
                S(4397, 25, "Beijing will also support"),
                S(5415, 21, "Astana fully supports"),
                S(7293, 26, "Moscow will have to adjust"))));

    /// <summary>A day of 2011 whose year the article leaves to context.</summary>
    private static PartialDate InferredDay(int month, int day) => new(2011, month, day, yearInferred: true);

    /// <summary>Shorthand for a note's typed readings.</summary>
    private static ValueList<Reading> Readings(params Reading[] readings) => ValueList.Create<Reading>(readings);
}

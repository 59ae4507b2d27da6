namespace KazChina.Model;

internal static partial class EditionData
{
    // Words are exactly what stands between the curly quotation marks, punctuation inside them included.
    private static ValueList<Quote> Quotes() => ValueList.Create(
        new Quote(
            id: "quote-all-round",
            quoteKind: QuoteKind.Term,
            speakerId: "all-round-strategic-partnership-2011",
            words: S(438, 9, "all-round"),
            evidence: Evidence.Of(S(409, 61, "agreed to the details of an “all-round” strategic partnership")).Citing("cite-xinhua-2011-06-13-a")),
        new Quote(
            id: "quote-development-of-an-all-round-strategic-partnership",
            quoteKind: QuoteKind.Term,
            speakerId: "all-round-strategic-partnership-2011",
            words: S(1195, 49, "Development of an All-Round Strategic Partnership"),
            evidence: Evidence.Of(S(1160, 85, "culminating in the signing of the “Development of an All-Round Strategic Partnership”")).Citing("cite-interfax-kazakhstan-2011-06-14")),
        new Quote(
            id: "quote-cheng-we-have-witnessed",
            quoteKind: QuoteKind.Spoken,
            speakerId: "cheng-guoping",
            words: S(1436, 228, "We have witnessed increasing political mutual trust, over $20 billion in trade volume, expanded cooperation in key areas such as energy and security and close coordination under multilateral frameworks between the two countries,"),
            evidence: Evidence.Of(S(1436, 228, "We have witnessed increasing political mutual trust, over $20 billion in trade volume, expanded cooperation in key areas such as energy and security and close coordination under multilateral frameworks between the two countries,"), S(1666, 11, "Cheng noted")).Citing("cite-xinhua-2011-06-07")),
        new Quote(
            id: "quote-horgos-transnational-market-place",
            quoteKind: QuoteKind.DocumentText,
            speakerId: "china",
            words: S(1842, 115, "transnational market place for citizens from China, Kazakhstan and third countries to negotiate business and trade."),
            evidence: Evidence.Of(S(1696, 36, "Beijing also announced in early June"), S(1842, 115, "transnational market place for citizens from China, Kazakhstan and third countries to negotiate business and trade.")).Citing("cite-xinhua-2011-06-01")),
        new Quote(
            id: "quote-good-neighborly-treaty-title",
            quoteKind: QuoteKind.Term,
            speakerId: "good-neighborly-treaty",
            words: S(2347, 54, "China-Kazakhstan Good-Neighborly Treaty of Friendship,"),
            evidence: Evidence.Of(S(2335, 67, "signed the “China-Kazakhstan Good-Neighborly Treaty of Friendship,”")).Citing("cite-central-asia-online-2011-06-14")),
        new Quote(
            id: "quote-nazarbayev-wide-prospects",
            quoteKind: QuoteKind.Spoken,
            speakerId: "nursultan-nazarbayev",
            words: S(3161, 171, "There are wide prospects for cooperation in the area of atomic energy. In particular, joint production of nuclear fuel and the construction of atomic electricity stations."),
            evidence: Evidence.Of(S(3141, 17, "Nazarbayev stated"), S(3161, 171, "There are wide prospects for cooperation in the area of atomic energy. In particular, joint production of nuclear fuel and the construction of atomic electricity stations.")).Citing("cite-ntdtv-2011-06-15", "cite-central-asia-newswire-2011-06-13")),
        new Quote(
            id: "quote-sincere-and-trustworthy-partners",
            quoteKind: QuoteKind.Term,
            speakerId: "hu-jintao",
            words: S(4002, 32, "sincere and trustworthy partners"),
            evidence: Evidence.Of(
                S(3906, 15, "according to Hu"),
                S(3978, 82, "This involves becoming “sincere and trustworthy partners” in political cooperation")).Citing("cite-xinhua-2011-06-13-b")),
        new Quote(
            id: "quote-sovereignty-and-security",
            quoteKind: QuoteKind.Term,
            speakerId: "hu-jintao",
            words: S(4149, 24, "sovereignty and security"),
            evidence: Evidence.Of(
                S(3906, 15, "according to Hu"),
                S(4095, 93, "On Beijing’s part this will involve safeguarding the “sovereignty and security” of Kazakhstan")).Citing("cite-xinhua-2011-06-13-b")),
        new Quote(
            id: "quote-win-win",
            quoteKind: QuoteKind.Term,
            speakerId: "hu-jintao",
            words: S(4270, 7, "win-win"),
            evidence: Evidence.Of(
                S(3906, 15, "according to Hu"),
                S(4221, 89, "Both countries will forge a mutually beneficial “win-win” trade and economic partnership.")).Citing("cite-xinhua-2011-06-13-b")),
        new Quote(
            id: "quote-new-energy",
            quoteKind: QuoteKind.Term,
            speakerId: "hu-jintao",
            words: S(4375, 3, "new"),
            evidence: Evidence.Of(S(4311, 85, "Hu said that energy cooperation would be extended to clean and “new” energy projects.")).Citing("cite-xinhua-2011-06-13-b")),
        new Quote(
            id: "quote-three-forces",
            quoteKind: QuoteKind.Term,
            speakerId: "hu-jintao",
            words: S(4846, 12, "three forces"),
            evidence: Evidence.Of(
                S(3906, 15, "according to Hu"),
                S(4782, 116, "Security cooperation would center on bilaterally combating the “three forces” of extremism, separatism and terrorism")).Citing("cite-xinhua-2011-06-13-b")),
        new Quote(
            id: "quote-all-round-strategic-partnership-text",
            quoteKind: QuoteKind.Term,
            speakerId: "all-round-strategic-partnership-2011",
            words: S(5042, 31, "All-Round Strategic Partnership"),
            evidence: Evidence.Of(S(5021, 58, "The preamble in the “All-Round Strategic Partnership” text")).Citing("cite-xinhua-2011-06-13-joint-statement")),
        new Quote(
            id: "quote-joint-statement-not-an-alliance",
            quoteKind: QuoteKind.DocumentText,
            speakerId: "all-round-strategic-partnership-2011",
            words: S(5089, 272, "This partnership is not an alliance. Nor is it targeted at any third nation. Regardless of how the international and regional situations change, the development of an all-round strategic partnership between China and Kazakhstan is a diplomatic priority for both countries."),
            evidence: Evidence.Of(S(5021, 66, "The preamble in the “All-Round Strategic Partnership” text states:"), S(5089, 272, "This partnership is not an alliance. Nor is it targeted at any third nation. Regardless of how the international and regional situations change, the development of an all-round strategic partnership between China and Kazakhstan is a diplomatic priority for both countries.")).Citing("cite-xinhua-2011-06-13-joint-statement")),
        new Quote(
            id: "quote-one-china",
            quoteKind: QuoteKind.Term,
            speakerId: "all-round-strategic-partnership-2011",
            words: S(5442, 9, "one China"),
            evidence: Evidence.Of(S(5363, 96, "According to the text of the partnership agreement, Astana fully supports the “one China” policy")).Citing("cite-xinhua-2011-06-13-joint-statement")),
        new Quote(
            id: "quote-joint-statement-official-ties-with-taiwan",
            quoteKind: QuoteKind.DocumentText,
            speakerId: "all-round-strategic-partnership-2011",
            words: S(5495, 49, "establish or engage in official ties with Taiwan."),
            evidence: Evidence.Of(
                S(5363, 50, "According to the text of the partnership agreement"),
                S(5464, 81, "disavows any future action to “establish or engage in official ties with Taiwan.”")).Citing("cite-xinhua-2011-06-13-joint-statement")),
        new Quote(
            id: "quote-joint-statement-sovereignty-security-territorial-integrity",
            quoteKind: QuoteKind.DocumentText,
            speakerId: "all-round-strategic-partnership-2011",
            words: S(5622, 337, "The two sides reiterate our support for the other side’s effort to defend its national sovereignty, security, and territorial integrity. We will not permit the establishment on our soil of organizations and groups that seek to damage the other side’s sovereignty, security, and territorial integrity, nor will we permit their activities."),
            evidence: Evidence.Of(S(5546, 74, "Beijing supports Kazakhstan’s sovereignty and its own path of development:"), S(5622, 337, "The two sides reiterate our support for the other side’s effort to defend its national sovereignty, security, and territorial integrity. We will not permit the establishment on our soil of organizations and groups that seek to damage the other side’s sovereignty, security, and territorial integrity, nor will we permit their activities.")).Citing("cite-xinhua-2011-06-13-joint-statement")),
        new Quote(
            id: "quote-joint-statement-china-actively-supports",
            quoteKind: QuoteKind.DocumentText,
            speakerId: "all-round-strategic-partnership-2011",
            words: S(6120, 268, "China actively supports the construction of the Astana-Alamutu Railway, the international transportation corridor linking Western Europe with western China, and the project linking the Jinghe-Yining-Horgos Railway in China with the Reteken-Horgos Railway in Kazakhstan"),
            evidence: Evidence.Of(S(6075, 43, "transportation and infrastructure projects:"), S(6120, 268, "China actively supports the construction of the Astana-Alamutu Railway, the international transportation corridor linking Western Europe with western China, and the project linking the Jinghe-Yining-Horgos Railway in China with the Reteken-Horgos Railway in Kazakhstan")).Citing("cite-xinhua-2011-06-13-joint-statement")));
}

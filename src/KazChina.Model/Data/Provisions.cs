namespace KazChina.Model;

internal static partial class EditionData
{
    // Hu's proposals (the paragraph citing Xinhua, June 13) are "proposals advanced by Beijing", according to Hu:
    // each names China as its proposer and carries that framing clause as its second span. Their actors are who
    // each sentence says will act ("On Beijing's part", "Beijing will" -> china; "Both countries", "bilaterally",
    // cooperation between the two -> both); Kazakhstan proposes nothing. The cultural sentence holds two
    // commitments with different actors, so it is two provisions. Hu's proposals and the clauses quoted from the
    // joint statement's text belong to one document, the June 13 joint statement on the all-round strategic
    // partnership. Its "also promotes China's access to western markets" is the author's reading of that
    // document, an assessment; the clause it introduces is the railways one after the colon.
    private static TextSpan HuProposalsFraming => S(3865, 111, "the new strategic partnership agreement, according to Hu, is based around several proposals advanced by Beijing");

    private static ValueList<Provision> Provisions() => ValueList.Create(
        new Provision(
            id: "provision-boost-bilateral-trade-by-2015",
            agreementId: "all-round-strategic-partnership-2011",
            provisionKind: ProvisionKind.Commitment,
            proposedById: null,
            actorIds: Ids("kazakhstan", "china"),
            statement: "Boost the bilateral trade volume by 2015.",
            subjectIds: ValueList.Empty<RecordId>(),
            evidence: Evidence.Of(S(483, 58, "which included boosting the bilateral trade volume by 2015")).Citing("cite-xinhua-2011-06-13-a")),
        new Provision(
            id: "provision-regular-prime-ministerial-meetings",
            agreementId: "all-round-strategic-partnership-2011",
            provisionKind: ProvisionKind.Commitment,
            proposedById: null,
            actorIds: Ids("kazakhstan", "china"),
            statement: "Hold regular meetings at the prime ministerial level.",
            subjectIds: ValueList.Empty<RecordId>(),
            evidence: Evidence.Of(S(546, 55, "holding regular meetings at the prime ministerial level")).Citing("cite-xinhua-2011-06-13-a")),
        new Provision(
            id: "provision-trade-target-40bn-by-2015",
            agreementId: "all-round-strategic-partnership-2011",
            provisionKind: ProvisionKind.Target,
            proposedById: null,
            actorIds: Ids("china", "kazakhstan"),
            statement: "Set the target of $40 billion annual trade by 2015.",
            subjectIds: Ids("trade-target-40bn-2015"),
            evidence: Evidence.Of(S(2676, 96, "the latest Sino-Kazakh agreement included setting the target of $40 billion annual trade by 2015")).Citing("cite-central-asia-online-2011-06-14")),
        new Provision(
            id: "provision-sincere-and-trustworthy-partners",
            agreementId: "all-round-strategic-partnership-2011",
            provisionKind: ProvisionKind.Proposal,
            proposedById: "china",
            actorIds: Ids("china", "kazakhstan"),
            statement: "Become sincere and trustworthy partners in political cooperation, as the basis of the partnership.",
            subjectIds: ValueList.Empty<RecordId>(),
            evidence: Evidence.Of(
                S(3978, 116, "This involves becoming “sincere and trustworthy partners” in political cooperation, as the basis of the partnership."),
                HuProposalsFraming).Citing("cite-xinhua-2011-06-13-b")),
        new Provision(
            id: "provision-safeguard-kazakhstan-sovereignty-and-security",
            agreementId: "all-round-strategic-partnership-2011",
            provisionKind: ProvisionKind.Proposal,
            proposedById: "china",
            actorIds: Ids("china"),
            statement: "On China's part, safeguard the sovereignty and security of Kazakhstan and promote its development.",
            subjectIds: Ids("kazakhstan"),
            evidence: Evidence.Of(
                S(4095, 125, "On Beijing’s part this will involve safeguarding the “sovereignty and security” of Kazakhstan, and promoting its development."),
                HuProposalsFraming).Citing("cite-xinhua-2011-06-13-b")),
        new Provision(
            id: "provision-win-win-trade-and-economic-partnership",
            agreementId: "all-round-strategic-partnership-2011",
            provisionKind: ProvisionKind.Proposal,
            proposedById: "china",
            actorIds: Ids("kazakhstan", "china"),
            statement: "Forge a mutually beneficial win-win trade and economic partnership.",
            subjectIds: ValueList.Empty<RecordId>(),
            evidence: Evidence.Of(
                S(4221, 89, "Both countries will forge a mutually beneficial “win-win” trade and economic partnership."),
                HuProposalsFraming).Citing("cite-xinhua-2011-06-13-b")),
        new Provision(
            id: "provision-clean-and-new-energy",
            agreementId: "all-round-strategic-partnership-2011",
            provisionKind: ProvisionKind.Proposal,
            proposedById: "china",
            actorIds: Ids("china", "kazakhstan"),
            statement: "Extend energy cooperation to clean and new energy projects.",
            subjectIds: ValueList.Empty<RecordId>(),
            evidence: Evidence.Of(
                S(4311, 85, "Hu said that energy cooperation would be extended to clean and “new” energy projects."),
                HuProposalsFraming).Citing("cite-xinhua-2011-06-13-b")),
        new Provision(
            id: "provision-support-kazakhstan-wto-accession",
            agreementId: "all-round-strategic-partnership-2011",
            provisionKind: ProvisionKind.Proposal,
            proposedById: "china",
            actorIds: Ids("china"),
            statement: "China supports Kazakhstan's efforts to join the WTO.",
            subjectIds: Ids("kazakhstan", "world-trade-organization"),
            evidence: Evidence.Of(
                S(4397, 90, "Beijing will also support Kazakhstan’s efforts to join the world Trade Organization (WTO)."),
                HuProposalsFraming).Citing("cite-xinhua-2011-06-13-b")),
        new Provision(
            id: "provision-deepen-cultural-ties",
            agreementId: "all-round-strategic-partnership-2011",
            provisionKind: ProvisionKind.Proposal,
            proposedById: "china",
            actorIds: Ids("kazakhstan", "china"),
            statement: "Deepen cultural ties.",
            subjectIds: ValueList.Empty<RecordId>(),
            evidence: Evidence.Of(
                S(4488, 25, "Cultural ties will deepen"),
                HuProposalsFraming).Citing("cite-xinhua-2011-06-13-b")),

        // The quotas are places in China for students from Kazakhstan: China, the host, sets them, so China is the
        // one to raise them, though the sentence names no actor.
        new Provision(
            id: "provision-increase-student-quotas",
            agreementId: "all-round-strategic-partnership-2011",
            provisionKind: ProvisionKind.Proposal,
            proposedById: "china",
            actorIds: Ids("china"),
            statement: "Increase the quotas of students from Kazakhstan studying in China.",
            subjectIds: Ids("kazakhstan"),
            evidence: Evidence.Of(
                S(4519, 94, "as part of that process the quotas of students from Kazakhstan studying in China will increase"),
                HuProposalsFraming).Citing("cite-xinhua-2011-06-13-b")),
        new Provision(
            id: "provision-science-technology-aviation-and-space",
            agreementId: "all-round-strategic-partnership-2011",
            provisionKind: ProvisionKind.Proposal,
            proposedById: "china",
            actorIds: Ids("kazakhstan", "china"),
            statement: "Pursue partnership in science and technology: exchanges between scientific research institutes, high-technology enterprises, and aviation and space projects.",
            subjectIds: ValueList.Empty<RecordId>(),
            evidence: Evidence.Of(
                S(4615, 166, "Partnership will be pursued in science and technology; exchanges between scientific research institutes, high-technology enterprises, and aviation and space projects."),
                HuProposalsFraming).Citing("cite-xinhua-2011-06-13-b")),
        new Provision(
            id: "provision-security-against-three-forces",
            agreementId: "all-round-strategic-partnership-2011",
            provisionKind: ProvisionKind.Proposal,
            proposedById: "china",
            actorIds: Ids("kazakhstan", "china"),
            statement: "Center security cooperation on bilaterally combating the three forces of extremism, separatism and terrorism.",
            subjectIds: ValueList.Empty<RecordId>(),
            evidence: Evidence.Of(
                S(4782, 116, "Security cooperation would center on bilaterally combating the “three forces” of extremism, separatism and terrorism"),
                HuProposalsFraming).Citing("cite-xinhua-2011-06-13-b")),
        new Provision(
            id: "provision-coordinate-on-regional-and-international-issues",
            agreementId: "all-round-strategic-partnership-2011",
            provisionKind: ProvisionKind.Proposal,
            proposedById: "china",
            actorIds: Ids("china"),
            statement: "China is willing to coordinate its position with Kazakhstan on regional and international issues.",
            subjectIds: Ids("kazakhstan"),
            evidence: Evidence.Of(
                S(4906, 94, "Beijing is willing to coordinate its position with Astana on regional and international issues"),
                HuProposalsFraming).Citing("cite-xinhua-2011-06-13-b")),
        new Provision(
            id: "provision-not-an-alliance",
            agreementId: "all-round-strategic-partnership-2011",
            provisionKind: ProvisionKind.Principle,
            proposedById: null,
            actorIds: Ids("china", "kazakhstan"),
            statement: "This partnership is not an alliance.",
            subjectIds: Ids("all-round-strategic-partnership-2011"),
            evidence: Evidence.Of(S(5089, 36, "This partnership is not an alliance.")).Citing("cite-xinhua-2011-06-13-joint-statement")),
        new Provision(
            id: "provision-not-targeted-at-third-nations",
            agreementId: "all-round-strategic-partnership-2011",
            provisionKind: ProvisionKind.Principle,
            proposedById: null,
            actorIds: Ids("china", "kazakhstan"),
            statement: "The partnership is not targeted at any third nation.",
            subjectIds: Ids("all-round-strategic-partnership-2011"),
            evidence: Evidence.Of(S(5126, 39, "Nor is it targeted at any third nation.")).Citing("cite-xinhua-2011-06-13-joint-statement")),
        new Provision(
            id: "provision-diplomatic-priority",
            agreementId: "all-round-strategic-partnership-2011",
            provisionKind: ProvisionKind.Principle,
            proposedById: null,
            actorIds: Ids("china", "kazakhstan"),
            statement: "Regardless of how the international and regional situations change, the development of the all-round strategic partnership is a diplomatic priority for both countries.",
            subjectIds: Ids("all-round-strategic-partnership-2011"),
            evidence: Evidence.Of(S(5166, 195, "Regardless of how the international and regional situations change, the development of an all-round strategic partnership between China and Kazakhstan is a diplomatic priority for both countries.")).Citing("cite-xinhua-2011-06-13-joint-statement")),
        new Provision(
            id: "provision-one-china-policy",
            agreementId: "all-round-strategic-partnership-2011",
            provisionKind: ProvisionKind.Support,
            proposedById: null,
            actorIds: Ids("kazakhstan"),
            statement: "Kazakhstan fully supports the one China policy.",
            subjectIds: Ids("china"),
            evidence: Evidence.Of(S(5363, 96, "According to the text of the partnership agreement, Astana fully supports the “one China” policy")).Citing("cite-xinhua-2011-06-13-joint-statement")),
        new Provision(
            id: "provision-no-official-ties-with-taiwan",
            agreementId: "all-round-strategic-partnership-2011",
            provisionKind: ProvisionKind.Commitment,
            proposedById: null,
            actorIds: Ids("kazakhstan"),
            statement: "Kazakhstan disavows any future action to establish or engage in official ties with Taiwan.",
            subjectIds: Ids("taiwan"),
            evidence: Evidence.Of(S(5464, 81, "disavows any future action to “establish or engage in official ties with Taiwan.”")).Citing("cite-xinhua-2011-06-13-joint-statement")),
        new Provision(
            id: "provision-china-supports-kazakhstan-sovereignty-and-path",
            agreementId: "all-round-strategic-partnership-2011",
            provisionKind: ProvisionKind.Support,
            proposedById: null,
            actorIds: Ids("china"),
            statement: "China supports Kazakhstan's sovereignty and its own path of development.",
            subjectIds: Ids("kazakhstan"),
            evidence: Evidence.Of(S(5546, 73, "Beijing supports Kazakhstan’s sovereignty and its own path of development")).Citing("cite-xinhua-2011-06-13-joint-statement")),
        new Provision(
            id: "provision-mutual-support-sovereignty-security-territorial-integrity",
            agreementId: "all-round-strategic-partnership-2011",
            provisionKind: ProvisionKind.Support,
            proposedById: null,
            actorIds: Ids("china", "kazakhstan"),
            statement: "Each side supports the other's effort to defend its national sovereignty, security, and territorial integrity.",
            subjectIds: ValueList.Empty<RecordId>(),
            evidence: Evidence.Of(S(5622, 136, "The two sides reiterate our support for the other side’s effort to defend its national sovereignty, security, and territorial integrity.")).Citing("cite-xinhua-2011-06-13-joint-statement")),
        new Provision(
            id: "provision-no-hostile-organizations-on-own-soil",
            agreementId: "all-round-strategic-partnership-2011",
            provisionKind: ProvisionKind.Commitment,
            proposedById: null,
            actorIds: Ids("china", "kazakhstan"),
            statement: "Neither side will permit on its soil organizations and groups that seek to damage the other side's sovereignty, security, and territorial integrity, nor their activities.",
            subjectIds: ValueList.Empty<RecordId>(),
            evidence: Evidence.Of(S(5759, 200, "We will not permit the establishment on our soil of organizations and groups that seek to damage the other side’s sovereignty, security, and territorial integrity, nor will we permit their activities.")).Citing("cite-xinhua-2011-06-13-joint-statement")),
        new Provision(
            id: "provision-support-astana-almaty-railway",
            agreementId: "all-round-strategic-partnership-2011",
            provisionKind: ProvisionKind.Support,
            proposedById: null,
            actorIds: Ids("china"),
            statement: "China actively supports the construction of the Astana-Alamutu Railway.",
            subjectIds: Ids("astana-almaty-railway"),
            evidence: Evidence.Of(S(6120, 70, "China actively supports the construction of the Astana-Alamutu Railway")).Citing("cite-xinhua-2011-06-13-joint-statement")),
        new Provision(
            id: "provision-support-western-europe-western-china-corridor",
            agreementId: "all-round-strategic-partnership-2011",
            provisionKind: ProvisionKind.Support,
            proposedById: null,
            actorIds: Ids("china"),
            statement: "China actively supports the construction of the international transportation corridor linking Western Europe with western China.",
            subjectIds: Ids("western-europe-western-china-corridor"),
            evidence: Evidence.Of(
                S(6120, 43, "China actively supports the construction of"),
                S(6192, 83, "the international transportation corridor linking Western Europe with western China")).Citing("cite-xinhua-2011-06-13-joint-statement")),
        new Provision(
            id: "provision-support-jinghe-horgos-zhetygen-railway-link",
            agreementId: "all-round-strategic-partnership-2011",
            provisionKind: ProvisionKind.Support,
            proposedById: null,
            actorIds: Ids("china"),
            statement: "China actively supports the project linking the Jinghe-Yining-Horgos Railway in China with the Reteken-Horgos Railway in Kazakhstan.",
            subjectIds: Ids("jinghe-yining-horgos-railway", "zhetygen-horgos-railway"),
            evidence: Evidence.Of(
                S(6120, 43, "China actively supports the construction of"),
                S(6281, 107, "the project linking the Jinghe-Yining-Horgos Railway in China with the Reteken-Horgos Railway in Kazakhstan")).Citing("cite-xinhua-2011-06-13-joint-statement")),
        new Provision(
            id: "provision-supply-nuclear-fuel-pellets",
            agreementId: "nuclear-fuel-supply",
            provisionKind: ProvisionKind.Commitment,
            proposedById: null,
            actorIds: Ids("kazakhstan"),
            statement: "Kazakhstan will begin supplying nuclear fuel pellets to China.",
            subjectIds: Ids("china"),
            evidence: Evidence.Of(S(3078, 62, "Kazakhstan will begin supplying nuclear fuel pellets to China.")).Citing("cite-ntdtv-2011-06-15", "cite-central-asia-newswire-2011-06-13")));
}

namespace KazChina.Model;

internal static partial class EditionData
{
    // One record per document. The June 13 document is one: the article calls its signing the "Development of an
    // All-Round Strategic Partnership", refers to it as "the latest Sino-Kazakh agreement", "the new strategic
    // partnership agreement" and "the partnership agreement", quotes its "All-Round Strategic Partnership" text
    // and cites it by its full title. NamesAsWritten keeps each of those as written (the full title first); the
    // bare "The agreement" and "the text" are only pronoun-like references and are left out. Its date is the
    // "June 13" of the first paragraph, the year inferred.
    private static ValueList<Agreement> Agreements() => ValueList.Create(
        new Agreement(
            id: "strategic-partnership-2005",
            title: "Strategic partnership between Kazakhstan and China",
            namesAsWritten: ValueList.Create("strategic partnership", "the existing strategic partnership"),
            agreementKind: AgreementKind.StrategicPartnership,
            partyIds: Ids("kazakhstan", "china"),
            when: TimeReference.At(new PartialDate(2005, 7, 4)),
            status: AgreementStatus.Signed,
            relatedIds: ValueList.Empty<RecordId>(),
            evidence: Evidence.Of(
                S(141, 77, "The strategic partnership signed between Kazakhstan and China on July 4, 2005"),
                S(2403, 37, "later forging a strategic partnership"),
                S(6534, 34, "the existing strategic partnership")).Citing("cite-xinhua-2011-06-13-a", "cite-central-asia-online-2011-06-14")),
        new Agreement(
            id: "all-round-strategic-partnership-2011",
            title: "China–Kazakhstan Joint Statement on the Development of All-Round Strategic Partnership",
            namesAsWritten: ValueList.Create(
                "China-Kazakhstan Joint Statement on the Development of All-Round Strategic Partnership",
                "Development of an All-Round Strategic Partnership",
                "the latest Sino-Kazakh agreement",
                "the new strategic partnership agreement",
                "All-Round Strategic Partnership",
                "the partnership agreement"),
            agreementKind: AgreementKind.JointStatement,
            partyIds: Ids("kazakhstan", "china"),
            when: TimeReference.At(new PartialDate(2011, 6, 13, yearInferred: true)),
            status: AgreementStatus.Signed,
            relatedIds: Ids("strategic-partnership-2005"),
            evidence: Evidence.Of(
                S(336, 145, "President Hu Jintau and his Kazakhstani counterpart Nursultan Nazarbayev agreed to the details of an “all-round” strategic partnership on June 13"),
                S(1160, 85, "culminating in the signing of the “Development of an All-Round Strategic Partnership”"),
                S(2676, 32, "the latest Sino-Kazakh agreement"),
                S(3865, 111, "the new strategic partnership agreement, according to Hu, is based around several proposals advanced by Beijing"),
                S(5021, 58, "The preamble in the “All-Round Strategic Partnership” text"),
                S(5363, 50, "According to the text of the partnership agreement"),
                S(6391, 99, "Full Text of China-Kazakhstan Joint Statement on the Development of All-Round Strategic Partnership")).Citing(
                    "cite-xinhua-2011-06-13-a",
                    "cite-interfax-kazakhstan-2011-06-14",
                    "cite-central-asia-online-2011-06-14",
                    "cite-xinhua-2011-06-13-b",
                    "cite-xinhua-2011-06-13-joint-statement")),
        new Agreement(
            id: "good-neighborly-treaty",
            title: "China-Kazakhstan Good-Neighborly Treaty of Friendship",
            namesAsWritten: ValueList.Create("China-Kazakhstan Good-Neighborly Treaty of Friendship"),
            agreementKind: AgreementKind.Treaty,
            partyIds: Ids("kazakhstan", "china"),
            when: null,
            status: AgreementStatus.Signed,
            relatedIds: ValueList.Empty<RecordId>(),
            evidence: Evidence.Of(S(2335, 67, "signed the “China-Kazakhstan Good-Neighborly Treaty of Friendship,”")).Citing("cite-central-asia-online-2011-06-14")),
        new Agreement(
            id: "currency-swap-agreement-2011",
            title: "$1 billion currency swap",
            namesAsWritten: ValueList.Create("$1 billion currency swap"),
            agreementKind: AgreementKind.CurrencySwap,
            partyIds: Ids("kazakhstan", "china"),
            when: null,
            status: AgreementStatus.Agreed,
            relatedIds: Ids("currency-swap-2011", "event-hu-visit-astana"),
            evidence: Evidence.Of(S(3020, 57, "During Hu’s visit, a $1 billion currency swap was agreed.")).Citing("cite-ntdtv-2011-06-15", "cite-central-asia-newswire-2011-06-13")),
        new Agreement(
            id: "nuclear-fuel-supply",
            title: "Supply of nuclear fuel pellets from Kazakhstan to China",
            namesAsWritten: ValueList.Empty<string>(),
            agreementKind: AgreementKind.SupplyArrangement,
            partyIds: Ids("kazakhstan", "china"),
            when: null,
            status: AgreementStatus.Planned,
            relatedIds: ValueList.Empty<RecordId>(),
            evidence: Evidence.Of(S(3078, 62, "Kazakhstan will begin supplying nuclear fuel pellets to China.")).Citing("cite-ntdtv-2011-06-15", "cite-central-asia-newswire-2011-06-13")));
}

namespace KazChina.Model;

internal static partial class EditionData
{
    // Every form the article uses for a country, with its kind, and a span for each use. A capital is a metonym
    // where the article has it act for the government ("Astana fully supports", "Beijing will also support",
    // "Moscow will have to adjust"): those uses are the country's evidence. Where it is the city ("a press briefing
    // in Beijing", "Hu's visit to Astana", "Astana airport", "the Astana-Alamutu Railway") it is the place's.
    private static ValueList<Country> Countries() => ValueList.Create(
        new Country(
            id: "kazakhstan",
            name: "Kazakhstan",
            alpha2: "KZ",
            alpha3: "KAZ",
            formsAsWritten: ValueList.Create(
                new NameForm("Kazakhstan", NameFormKind.Name),
                new NameForm("Kazakhstani", NameFormKind.Adjective),
                new NameForm("Kazakh", NameFormKind.Adjective),
                new NameForm("Astana", NameFormKind.Metonym)),
            evidence: Evidence.Of(
                S(0, 10, "Kazakhstan"),
                S(364, 11, "Kazakhstani"),
                S(2818, 6, "Kazakh"),
                S(1039, 6, "Astana"),
                S(4957, 6, "Astana"),
                S(5415, 6, "Astana"))),
        new Country(
            id: "china",
            name: "China",
            alpha2: "CN",
            alpha3: "CHN",
            formsAsWritten: ValueList.Create(
                new NameForm("China", NameFormKind.Name),
                new NameForm("Chinese", NameFormKind.Adjective),
                new NameForm("Sino", NameFormKind.Adjective),
                new NameForm("Beijing", NameFormKind.Metonym)),
            evidence: Evidence.Of(
                S(23, 4, "Sino"),
                S(197, 5, "China"),
                S(870, 7, "Chinese"),
                S(1050, 7, "Beijing"),
                S(1696, 7, "Beijing"),
                S(3969, 7, "Beijing"),
                S(4098, 7, "Beijing"),
                S(4397, 7, "Beijing"),
                S(4906, 7, "Beijing"),
                S(5546, 7, "Beijing"),
                S(6847, 7, "Beijing"),
                S(7129, 7, "Beijing"))),
        new Country(
            id: "russia",
            name: "Russia",
            alpha2: "RU",
            alpha3: "RUS",
            formsAsWritten: ValueList.Create(
                new NameForm("Russia", NameFormKind.Name),
                new NameForm("Moscow", NameFormKind.Metonym)),
            evidence: Evidence.Of(
                S(2600, 6, "Russia"),
                S(2632, 6, "Russia"),
                S(7293, 6, "Moscow"))));
}

namespace KazChina.Model;

internal static partial class EditionData
{
    // FormsAsWritten lists names and adjectives only; metonyms ("Astana", "Beijing", "Moscow") are
    // recorded where they act, as the country's id in the acting record.
    private static ValueList<Country> Countries() => ValueList.Create(
        new Country(
            id: "kazakhstan",
            name: "Kazakhstan",
            alpha2: "KZ",
            alpha3: "KAZ",
            formsAsWritten: ValueList.Create("Kazakhstan", "Kazakhstani", "Kazakh"),
            evidence: Evidence.Of(
                S(0, 10, "Kazakhstan"),
                S(364, 11, "Kazakhstani"),
                S(2818, 6, "Kazakh"))),
        new Country(
            id: "china",
            name: "China",
            alpha2: "CN",
            alpha3: "CHN",
            formsAsWritten: ValueList.Create("China", "Chinese", "Sino"),
            evidence: Evidence.Of(
                S(23, 4, "Sino"),
                S(197, 5, "China"),
                S(870, 7, "Chinese"))),
        new Country(
            id: "russia",
            name: "Russia",
            alpha2: "RU",
            alpha3: "RUS",
            formsAsWritten: ValueList.Create("Russia"),
            evidence: Evidence.Of(
                S(2600, 6, "Russia"),
                S(2632, 6, "Russia"))));
}

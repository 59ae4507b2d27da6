namespace KazChina.Model;

internal static partial class EditionData
{
    private static ValueList<Person> People() => ValueList.Create(
        new Person(
            id: "hu-jintao",
            name: "Hu Jintao",
            nameAsWritten: "Hu Jintau",
            otherFormsAsWritten: ValueList.Create(new NameForm("Hu", NameFormKind.ShortForm)),
            role: "President",
            countryId: "china",
            evidence: Evidence.Of(
                S(336, 19, "President Hu Jintau"),
                S(1288, 2, "Hu"))),
        new Person(
            id: "nursultan-nazarbayev",
            name: "Nursultan Nazarbayev",
            nameAsWritten: "Nursultan Nazarbayev",
            otherFormsAsWritten: ValueList.Create(new NameForm("Nazarbayev", NameFormKind.ShortForm)),
            role: "President",
            countryId: "kazakhstan",
            evidence: Evidence.Of(
                S(360, 48, "his Kazakhstani counterpart Nursultan Nazarbayev"),
                S(841, 20, "President Nazarbayev"))),
        new Person(
            id: "cheng-guoping",
            name: "Cheng Guoping",
            nameAsWritten: "Cheng Guoping",
            otherFormsAsWritten: ValueList.Create(new NameForm("Cheng", NameFormKind.ShortForm)),
            role: "Assistant Foreign Minister",
            countryId: "china",
            evidence: Evidence.Of(
                S(1310, 40, "Assistant Foreign Minister Cheng Guoping"),
                S(1666, 11, "Cheng noted"))));
}

using System;
using System.IO;
using System.Text;
using FsCheck.Xunit;
using Xunit;

namespace KazChina.Model.Tests.Serialization;

public partial class KazChinaJsonTests
{
    [Property(Arbitrary = [typeof(Generators)], MaxTest = 1000)]
    public void RoundTrip_RecordId_GivesAnEqualValueAndTheSameText(RecordId value) => AssertRoundTrips(value);

    [Property(Arbitrary = [typeof(Generators)], MaxTest = 1000)]
    public void RoundTrip_TextSpan_GivesAnEqualValueAndTheSameText(TextSpan value) => AssertRoundTrips(value);

    [Property(Arbitrary = [typeof(Generators)], MaxTest = 1000)]
    public void RoundTrip_Money_GivesAnEqualValueAndTheSameText(Money value) => AssertRoundTrips(value);

    [Property(Arbitrary = [typeof(Generators)], MaxTest = 1000)]
    public void RoundTrip_StatedAmount_GivesAnEqualValueAndTheSameText(StatedAmount value) => AssertRoundTrips(value);

    [Property(Arbitrary = [typeof(Generators)], MaxTest = 1000)]
    public void RoundTrip_Quantity_GivesAnEqualValueAndTheSameText(Quantity value) => AssertRoundTrips(value);

    [Property(Arbitrary = [typeof(Generators)], MaxTest = 1000)]
    public void RoundTrip_GeoPoint_GivesAnEqualValueAndTheSameText(GeoPoint value) => AssertRoundTrips(value);

    [Property(Arbitrary = [typeof(Generators)], MaxTest = 1000)]
    public void RoundTrip_NameForm_GivesAnEqualValueAndTheSameText(NameForm value) => AssertRoundTrips(value);

    [Property(Arbitrary = [typeof(Generators)], MaxTest = 1000)]
    public void RoundTrip_PartialDate_GivesAnEqualValueAndTheSameText(PartialDate value) => AssertRoundTrips(value);

    [Property(Arbitrary = [typeof(Generators)], MaxTest = 1000)]
    public void RoundTrip_TimeReference_GivesAnEqualValueAndTheSameText(TimeReference value) => AssertRoundTrips(value);

    [Property(Arbitrary = [typeof(Generators)], MaxTest = 1000)]
    public void RoundTrip_Evidence_GivesAnEqualValueAndTheSameText(Evidence value) => AssertRoundTrips(value);

    [Property(Arbitrary = [typeof(Generators)], MaxTest = 1000)]
    public void RoundTrip_DateEstimate_GivesAnEqualValueAndTheSameText(DateEstimate value) => AssertRoundTrips(value);

    [Property(Arbitrary = [typeof(Generators)], MaxTest = 1000)]
    public void RoundTrip_Article_GivesAnEqualValueAndTheSameText(Article value) => AssertRoundTrips(value);

    [Property(Arbitrary = [typeof(Generators)], MaxTest = 1000)]
    public void RoundTrip_Country_GivesAnEqualValueAndTheSameText(Country value) => AssertRoundTrips(value);

    [Property(Arbitrary = [typeof(Generators)], MaxTest = 1000)]
    public void RoundTrip_Person_GivesAnEqualValueAndTheSameText(Person value) => AssertRoundTrips(value);

    [Property(Arbitrary = [typeof(Generators)], MaxTest = 1000)]
    public void RoundTrip_Organization_GivesAnEqualValueAndTheSameText(Organization value) => AssertRoundTrips(value);

    [Property(Arbitrary = [typeof(Generators)], MaxTest = 1000)]
    public void RoundTrip_Place_GivesAnEqualValueAndTheSameText(Place value) => AssertRoundTrips(value);

    [Property(Arbitrary = [typeof(Generators)], MaxTest = 1000)]
    public void RoundTrip_Citation_GivesAnEqualValueAndTheSameText(Citation value) => AssertRoundTrips(value);

    [Property(Arbitrary = [typeof(Generators)], MaxTest = 1000)]
    public void RoundTrip_Quote_GivesAnEqualValueAndTheSameText(Quote value) => AssertRoundTrips(value);

    [Property(Arbitrary = [typeof(Generators)], MaxTest = 1000)]
    public void RoundTrip_EditorialNote_GivesAnEqualValueAndTheSameText(EditorialNote value) => AssertRoundTrips(value);

    [Property(Arbitrary = [typeof(Generators)], MaxTest = 1000)]
    public void RoundTrip_Agreement_GivesAnEqualValueAndTheSameText(Agreement value) => AssertRoundTrips(value);

    [Property(Arbitrary = [typeof(Generators)], MaxTest = 1000)]
    public void RoundTrip_Provision_GivesAnEqualValueAndTheSameText(Provision value) => AssertRoundTrips(value);

    [Property(Arbitrary = [typeof(Generators)], MaxTest = 1000)]
    public void RoundTrip_Event_GivesAnEqualValueAndTheSameText(Event value) => AssertRoundTrips(value);

    [Property(Arbitrary = [typeof(Generators)], MaxTest = 1000)]
    public void RoundTrip_TradeFigure_GivesAnEqualValueAndTheSameText(TradeFigure value) => AssertRoundTrips(value);

    [Property(Arbitrary = [typeof(Generators)], MaxTest = 1000)]
    public void RoundTrip_Loan_GivesAnEqualValueAndTheSameText(Loan value) => AssertRoundTrips(value);

    [Property(Arbitrary = [typeof(Generators)], MaxTest = 1000)]
    public void RoundTrip_CurrencySwap_GivesAnEqualValueAndTheSameText(CurrencySwap value) => AssertRoundTrips(value);

    [Property(Arbitrary = [typeof(Generators)], MaxTest = 1000)]
    public void RoundTrip_ProjectArea_GivesAnEqualValueAndTheSameText(ProjectArea value) => AssertRoundTrips(value);

    [Property(Arbitrary = [typeof(Generators)], MaxTest = 1000)]
    public void RoundTrip_InfrastructureProject_GivesAnEqualValueAndTheSameText(InfrastructureProject value) => AssertRoundTrips(value);

    [Property(Arbitrary = [typeof(Generators)], MaxTest = 1000)]
    public void RoundTrip_Assessment_GivesAnEqualValueAndTheSameText(Assessment value) => AssertRoundTrips(value);

    [Property(Arbitrary = [typeof(Generators)], MaxTest = 1000)]
    public void RoundTrip_RecordReference_GivesAnEqualValueAndTheSameText(RecordReference value) => AssertRoundTrips(value);

    [Property(Arbitrary = [typeof(Generators)], MaxTest = 1000)]
    public void RoundTrip_ValidationIssue_GivesAnEqualValueAndTheSameText(ValidationIssue value) => AssertRoundTrips(value);

    [Property(Arbitrary = [typeof(Generators)], MaxTest = 1000)]
    public void RoundTrip_AnyRecordAsEditionRecord_KeepsItsKind(EditionRecord value)
    {
        string json = KazChinaJson.Serialize(value);

        EditionRecord back = KazChinaJson.Deserialize<EditionRecord>(json);

        Assert.Equal(value, back);
        Assert.Equal(value.GetType(), back.GetType());
        Assert.StartsWith("{\"$type\":\"", json, StringComparison.Ordinal);
        Assert.Equal(json, KazChinaJson.Serialize(back));
    }

    [Property(Arbitrary = [typeof(Generators)], MaxTest = 150)]
    public void RoundTrip_Edition_GivesAnEqualEditionAndTheSameText(KazChinaEdition edition) => AssertRoundTrips(edition);

    [Property(Arbitrary = [typeof(Generators)], MaxTest = 100)]
    public void RoundTrip_EditionThroughStreamsAndBytes_GivesAnEqualEdition(KazChinaEdition edition)
    {
        using var stream = new MemoryStream();
        KazChinaJson.Serialize(stream, edition, indented: true);
        stream.Position = 0;
        KazChinaEdition fromStream = KazChinaJson.Deserialize<KazChinaEdition>(stream);
        stream.Position = 0;
        KazChinaEdition fromStreamAsync = KazChinaJson.DeserializeAsync<KazChinaEdition>(stream).AsTask().GetAwaiter().GetResult();
        KazChinaEdition fromBytes = KazChinaJson.Deserialize<KazChinaEdition>(KazChinaJson.SerializeToUtf8Bytes(edition));

        Assert.Equal(edition, fromStream);
        Assert.Equal(edition, fromStreamAsync);
        Assert.Equal(edition, fromBytes);
    }

    /// <summary>Reading what was written gives an equal value; writing it again gives the same text, compact and indented, as string and as bytes.</summary>
    private static void AssertRoundTrips<T>(T value)
        where T : notnull
    {
        string json = KazChinaJson.Serialize(value);
        string indented = KazChinaJson.Serialize(value, indented: true);

        T back = KazChinaJson.Deserialize<T>(json);
        T backFromIndented = KazChinaJson.Deserialize<T>(indented);

        Assert.Equal(value, back);
        Assert.Equal(value, backFromIndented);
        Assert.Equal(json, KazChinaJson.Serialize(back));
        Assert.Equal(indented, KazChinaJson.Serialize(backFromIndented, indented: true));
        Assert.Equal(Encoding.UTF8.GetBytes(json), KazChinaJson.SerializeToUtf8Bytes(value));
    }
}

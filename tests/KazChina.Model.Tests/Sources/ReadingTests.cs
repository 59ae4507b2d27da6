using System;
using Xunit;

namespace KazChina.Model.Tests.Sources;

public class ReadingTests
{
    private static readonly StatedAmount OnePointFiveBillion = new(Money.Usd(1_500_000_000m), Bound.Exact, "$1.5 billion");

    /// <summary>One reading of each type, with the <c>$type</c> its JSON carries.</summary>
    public static TheoryData<string, string> EveryType() => new()
    {
        { "amountReading", """{"$type":"amountReading","targetId":"loan","member":"amount","value":{"value":{"amount":1500000000,"currency":"USD"},"bound":"exact","asWritten":"$1.5 billion","alsoStatedAs":null}}""" },
        { "areaReading", """{"$type":"areaReading","targetId":"center","member":"areas","value":{"countryId":"china","area":{"value":3.43,"unit":"squareKilometre","bound":"exact","asWritten":"3.43 square kilometres"}}}""" },
        { "timeReading", """{"$type":"timeReading","targetId":"center","member":"when","value":{"relation":"at","date":"2011-12-02"}}""" },
        { "dateReading", """{"$type":"dateReading","targetId":"cite","member":"date","value":"2011-06-13 (year inferred)"}""" },
        { "nameReading", """{"$type":"nameReading","targetId":"hu-jintao","member":"nameAsWritten","value":"Hu Jintao"}""" },
        { "nameFormReading", """{"$type":"nameFormReading","targetId":"china","member":"formsAsWritten","value":{"form":"Beijing","formKind":"metonym"}}""" },
        { "shareReading", """{"$type":"shareReading","targetId":"center","member":"cost","partyId":"china"}""" },
        { "unconfirmedReading", """{"$type":"unconfirmedReading","targetId":"oil","member":"quantity"}""" },
    };

    [Theory]
    [InlineData(ReadMember.Title)]
    [InlineData(ReadMember.When)]
    [InlineData(ReadMember.Quantity)]
    public void AmountReading_OfAMemberThatIsNoAmount_ThrowsNamingMember(ReadMember member)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new AmountReading("loan", member, OnePointFiveBillion));

        Assert.Equal("member", error.ParamName);
        Assert.StartsWith($"AmountReading reads Amount or Cost, not {member}.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructors_MemberOfAnotherType_ThrowNamingMember()
    {
        Assert.Equal("member", Assert.Throws<ArgumentOutOfRangeException>(() => new AreaReading("center", ReadMember.Cost, new ProjectArea("china", new Quantity(1m, QuantityUnit.SquareKilometre, Bound.Exact, "1 km²")))).ParamName);
        Assert.Equal("member", Assert.Throws<ArgumentOutOfRangeException>(() => new TimeReading("center", ReadMember.Title, TimeReference.At(new PartialDate(2011)))).ParamName);
        Assert.Equal("member", Assert.Throws<ArgumentOutOfRangeException>(() => new DateReading("cite", ReadMember.When, new PartialDate(2011))).ParamName);
        Assert.Equal("member", Assert.Throws<ArgumentOutOfRangeException>(() => new NameReading("hu-jintao", ReadMember.Amount, "Hu Jintao")).ParamName);
        Assert.Equal("member", Assert.Throws<ArgumentOutOfRangeException>(() => new NameFormReading("china", ReadMember.NameAsWritten, new NameForm("Beijing", NameFormKind.Metonym))).ParamName);
        Assert.Equal("member", Assert.Throws<ArgumentOutOfRangeException>(() => new ShareReading("center", ReadMember.Period, "china")).ParamName);
        Assert.Equal("member", Assert.Throws<ArgumentOutOfRangeException>(() => new UnconfirmedReading("china", ReadMember.FormsAsWritten)).ParamName);
        Assert.Equal("member", Assert.Throws<ArgumentOutOfRangeException>(() => new UnconfirmedReading("china", (ReadMember)99)).ParamName);
    }

    [Fact]
    public void Constructors_DefaultIdsOrMissingValues_ThrowNamingThem()
    {
        Assert.Equal("targetId", Assert.Throws<ArgumentException>(() => new AmountReading(default, ReadMember.Amount, OnePointFiveBillion)).ParamName);
        Assert.Equal("value", Assert.Throws<ArgumentNullException>(() => new AmountReading("loan", ReadMember.Amount, null!)).ParamName);
        Assert.Equal("value", Assert.Throws<ArgumentException>(() => new NameReading("hu-jintao", ReadMember.NameAsWritten, " ")).ParamName);
        Assert.Equal("partyId", Assert.Throws<ArgumentException>(() => new ShareReading("center", ReadMember.Cost, default)).ParamName);
    }

    [Fact]
    public void Equality_SameTypeTargetMemberAndValue_EqualOtherwiseDifferent()
    {
        EqualityContract.AssertEqualValues<Reading>(new AmountReading("loan", ReadMember.Amount, OnePointFiveBillion), new AmountReading("loan", ReadMember.Amount, OnePointFiveBillion));
        EqualityContract.AssertDifferent<Reading>(new AmountReading("loan", ReadMember.Amount, OnePointFiveBillion), new AmountReading("loan", ReadMember.Cost, OnePointFiveBillion));
        EqualityContract.AssertDifferent<Reading>(new ShareReading("center", ReadMember.Cost, "china"), new UnconfirmedReading("center", ReadMember.Cost));
    }

    [Fact]
    public void ToString_ShowsTargetMemberAndTheValueRead()
    {
        Assert.Equal("loan amount: $1.5 billion", new AmountReading("loan", ReadMember.Amount, OnePointFiveBillion).ToString());
        Assert.Equal("center when: at 2011-12-02", new TimeReading("center", ReadMember.When, TimeReference.At(new PartialDate(2011, 12, 2))).ToString());
        Assert.Equal("china formsAsWritten: \"Beijing\" (metonym)", new NameFormReading("china", ReadMember.FormsAsWritten, new NameForm("Beijing", NameFormKind.Metonym)).ToString());
    }

    [Theory]
    [MemberData(nameof(EveryType))]
    public void Json_EveryType_RoundTripsWithItsTypeFirst(string type, string json)
    {
        Reading reading = KazChinaJson.Deserialize<Reading>(json);

        Assert.Equal(type, JsonNaming(reading.GetType().Name));
        Assert.Equal(json, KazChinaJson.Serialize(reading));
    }

    [Fact]
    public void Json_UnknownType_IsRejectedWithItsPath()
    {
        KazChinaJsonException error = Assert.Throws<KazChinaJsonException>(() => KazChinaJson.Deserialize<ValueList<Reading>>("""[{"$type":"guessReading","targetId":"loan","member":"amount"}]"""));

        Assert.StartsWith("$[0]", error.Path, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_MemberItsTypeCannotRead_IsRejectedAtTheMember()
    {
        KazChinaJsonException error = Assert.Throws<KazChinaJsonException>(() => KazChinaJson.Deserialize<ValueList<Reading>>("""[{"$type":"nameReading","targetId":"loan","member":"amount","value":"x"}]"""));

        Assert.Equal("$[0].member", error.Path);
    }

    private static string JsonNaming(string typeName) => char.ToLowerInvariant(typeName[0]) + typeName[1..];
}

using System;
using System.Collections.Generic;
using Xunit;
using static KazChina.Model.Tests.Queries.QueryTestKit;

namespace KazChina.Model.Tests.Queries;

/// <summary>The article's own lookups, with their exact answers.</summary>
public partial class LookupQueriesTests
{
    [Fact]
    public void Get_HuJintao_IsThePresidentOfChina()
    {
        Person hu = Embedded.Get<Person>("hu-jintao");

        Assert.Equal("Hu Jintao", hu.Name);
        Assert.Equal("Hu Jintau", hu.NameAsWritten);
        Assert.Equal(new RecordId("china"), hu.CountryId);
        Assert.Same(hu, Embedded.Get("hu-jintao"));
    }

    [Fact]
    public void Get_MisspeltId_ThrowsKeyNotFoundNamingIt()
    {
        KeyNotFoundException error = Assert.Throws<KeyNotFoundException>(() => Embedded.Get("hu-jintau"));

        Assert.Equal("The edition has no record with the id 'hu-jintau'.", error.Message);
    }

    [Fact]
    public void GetOfT_WrongType_SaysWhatTheRecordIs()
    {
        ArgumentException error = Assert.Throws<ArgumentException>(() => Embedded.Get<Country>("hu-jintao"));

        Assert.Equal("The record 'hu-jintao' is a Person, not a Country. (Parameter 'id')", error.Message);
    }

    [Theory]
    [InlineData("Hu Jintau", "hu-jintao")]
    [InlineData("Hu Jintao", "hu-jintao")]
    [InlineData("hu", "hu-jintao")]
    [InlineData("HU JINTAU", "hu-jintao")]
    [InlineData("Nazarbayev", "nursultan-nazarbayev")]
    [InlineData("Cheng", "cheng-guoping")]
    [InlineData("Kazakhstani", "kazakhstan")]
    [InlineData("Kazakh", "kazakhstan")]
    [InlineData("Sino", "china")]
    [InlineData("world Trade Organization", "world-trade-organization")]
    [InlineData("World Trade Organization", "world-trade-organization")]
    [InlineData("www.centralasiaonline.com", "central-asia-online")]
    [InlineData("Central Asia Online", "central-asia-online")]
    [InlineData("NTDTV", "ntdtv")]
    [InlineData("New Tang Dynasty Television", "ntdtv")]
    [InlineData("both countries' media", "kazakh-and-chinese-media")]
    public void FindActors_ArticleForms_FindTheActor(string name, string id)
    {
        Assert.Equal([id], IdsOf(Embedded.FindActors(name)));
    }

    [Theory]
    [InlineData("Beijing", "china")]
    [InlineData("Astana", "kazakhstan")]
    [InlineData("Moscow", "russia")]
    [InlineData("SCO", "shanghai-cooperation-organization")]
    [InlineData("WTO", "world-trade-organization")]
    public void FindActorsByForm_CapitalsAndAbbreviations_FindTheActorAndSayWhichFormMatched(string name, string id)
    {
        ActorMatch match = Assert.Single(Embedded.FindActorsByForm(name));

        Assert.Equal(id, match.Actor.Id.Value);
        Assert.Equal(name, match.Form.Form);
        Assert.Equal(name.Length == 3 ? NameFormKind.Abbreviation : NameFormKind.Metonym, match.Form.FormKind);
        Assert.True(match.AsWritten);
        Assert.Equal([id], IdsOf(Embedded.FindActors(name)));
    }

    [Fact]
    public void FindActorsByForm_CanonicalAndWrittenNames_SayWhetherTheArticleWritesThem()
    {
        Assert.Equal("hu-jintao: Hu Jintau: name", Assert.Single(Embedded.FindActorsByForm("hu jintau")).ToString());
        Assert.Equal("hu-jintao: Hu Jintao: name (editors' form)", Assert.Single(Embedded.FindActorsByForm("Hu Jintao")).ToString());
        Assert.Equal("kazakhstan: Kazakhstan: name", Assert.Single(Embedded.FindActorsByForm("Kazakhstan")).ToString());
        Assert.Equal("hu-jintao: Hu: shortForm", Assert.Single(Embedded.FindActorsByForm("Hu")).ToString());
        Assert.Empty(Embedded.FindPlaces("Moscow"));
    }

    [Theory]
    [InlineData("Alamutu", "almaty")]
    [InlineData("Almaty", "almaty")]
    [InlineData("Reteken", "zhetygen")]
    [InlineData("horgos", "horgos")]
    [InlineData("Beijing", "beijing")]
    [InlineData("Astana", "astana")]
    public void FindPlaces_ArticleForms_FindThePlace(string name, string id)
    {
        Assert.Equal([id], IdsOf(Embedded.FindPlaces(name)));
    }

    [Fact]
    public void FindActors_Jintao_IsEmptyBecauseOnlyWholeFormsMatch()
    {
        Assert.Empty(Embedded.FindActors("Jintao"));
    }
}

using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Xunit;

namespace KazChina.Model.Tests.Data;

/// <summary>Exact values of the countries, people, organizations and places.</summary>
public sealed class ActorsDataTests
{
    private static KazChinaEdition Edition => EditionTestKit.Edition;

    [Theory]
    [InlineData("kazakhstan", "Kazakhstan", "KZ", "KAZ")]
    [InlineData("china", "China", "CN", "CHN")]
    [InlineData("russia", "Russia", "RU", "RUS")]
    public void Country_ById_HasItsIsoCodes(string id, string name, string alpha2, string alpha3)
    {
        Country country = EditionTestKit.Get<Country>(id);
        Assert.Equal(name, country.Name);
        Assert.Equal(alpha2, country.Alpha2);
        Assert.Equal(alpha3, country.Alpha3);
    }

    [Fact]
    public void Countries_InEdition_AreKazakhstanChinaAndRussia()
    {
        Assert.Equal(["kazakhstan", "china", "russia"], Edition.Countries.Select(c => c.Id.ToString()));
        Assert.Equal(0, EditionTestKit.Get<Country>("kazakhstan").Evidence.Spans[0].Start);
    }

    [Theory]
    [InlineData("kazakhstan", "Kazakhstan: name", "Kazakhstani: adjective", "Kazakh: adjective", "Astana: metonym")]
    [InlineData("china", "China: name", "Chinese: adjective", "Sino: adjective", "Beijing: metonym")]
    [InlineData("russia", "Russia: name", "Moscow: metonym")]
    public void Country_FormsAsWritten_AreEveryFormTheArticleUsesWithItsKind(string id, params string[] forms)
    {
        Assert.Equal(forms, EditionTestKit.Get<Country>(id).FormsAsWritten.Select(f => f.ToString()));
    }

    /// <summary>
    /// Where a capital acts (supports, announces, proposes, adjusts), the article means the government: the country's
    /// metonym. Where it is where something happens or runs, it is the city.
    /// </summary>
    [Theory]
    [InlineData("Astana and Beijing had carefully pre-prepared", "Astana", "kazakhstan")]
    [InlineData("Beijing had carefully pre-prepared", "Beijing", "china")]
    [InlineData("Beijing also announced in early June", "Beijing", "china")]
    [InlineData("proposals advanced by Beijing", "Beijing", "china")]
    [InlineData("On Beijing’s part", "Beijing", "china")]
    [InlineData("Beijing will also support", "Beijing", "china")]
    [InlineData("Beijing is willing to coordinate", "Beijing", "china")]
    [InlineData("coordinate its position with Astana", "Astana", "kazakhstan")]
    [InlineData("Astana fully supports", "Astana", "kazakhstan")]
    [InlineData("Beijing supports Kazakhstan’s sovereignty", "Beijing", "china")]
    [InlineData("Beijing’s interest and influence", "Beijing", "china")]
    [InlineData("Beijing’s interest in protecting", "Beijing", "china")]
    [InlineData("Moscow will have to adjust", "Moscow", "russia")]
    [InlineData("a press briefing in Beijing", "Beijing", "beijing")]
    [InlineData("Hu’s visit to Astana", "Astana", "astana")]
    [InlineData("Astana airport", "Astana", "astana-airport")]
    [InlineData("Astana-Alamutu Railway", "Astana", "astana")]
    public void Capital_InContext_IsTheGovernmentWhereItActsAndTheCityOtherwise(string phrase, string capital, string id)
    {
        int start = EditionTestKit.Text.IndexOf(phrase, System.StringComparison.Ordinal) + phrase.IndexOf(capital, System.StringComparison.Ordinal);
        EditionRecord record = Edition.Get(id);

        Assert.True(record.Evidence.Spans.Any(s => s.Covers(start, capital.Length)), $"No span of {id} covers \"{capital}\" in \"{phrase}\".");
    }

    [Theory]
    [InlineData("Beijing", "china", 9)]
    [InlineData("Astana", "kazakhstan", 3)]
    [InlineData("Moscow", "russia", 1)]
    public void Capital_EveryOccurrence_IsEitherTheCountrysMetonymOrAPlaceNeverBoth(string capital, string countryId, int metonyms)
    {
        Country country = EditionTestKit.Get<Country>(countryId);
        Place[] named = [.. Edition.Places.Where(p => p.NameAsWritten.Contains(capital, System.StringComparison.Ordinal))];
        var government = new List<int>();
        for (int at = EditionTestKit.Text.IndexOf(capital, System.StringComparison.Ordinal); at >= 0; at = EditionTestKit.Text.IndexOf(capital, at + 1, System.StringComparison.Ordinal))
        {
            bool metonym = country.Evidence.Spans.Contains(new TextSpan(at, capital.Length, capital));
            bool place = named.Any(p => p.Evidence.Spans.Any(s => s.Covers(at, capital.Length)));
            Assert.True(metonym != place, $"\"{capital}\" at {at} is {(metonym ? "both the government and a place" : "neither the government nor a place")}.");
            if (metonym)
            {
                government.Add(at);
            }
        }

        Assert.Equal(metonyms, government.Count);
        Assert.Contains(new NameForm(capital, NameFormKind.Metonym), country.FormsAsWritten);
    }

    [Theory]
    [InlineData("shanghai-cooperation-organization", "SCO")]
    [InlineData("world-trade-organization", "WTO")]
    public void Organization_Abbreviation_IsAFormTheArticleUses(string id, string abbreviation)
    {
        Organization organization = EditionTestKit.Get<Organization>(id);
        Assert.Equal([new NameForm(abbreviation, NameFormKind.Abbreviation)], organization.OtherFormsAsWritten);
        Assert.True(EditionTestKit.EvidenceContains(organization, $"({abbreviation})"));
        Assert.Equal(2, Edition.Organizations.Count(o => o.OtherFormsAsWritten.Count > 0));
    }

    [Fact]
    public void HuJintao_AsWritten_IsHuJintauPresidentOfChina()
    {
        Person hu = EditionTestKit.Get<Person>("hu-jintao");
        Assert.Equal("Hu Jintao", hu.Name);
        Assert.Equal("Hu Jintau", hu.NameAsWritten);
        Assert.Equal([new NameForm("Hu", NameFormKind.ShortForm)], hu.OtherFormsAsWritten);
        Assert.Equal([new NameForm("Nazarbayev", NameFormKind.ShortForm)], EditionTestKit.Get<Person>("nursultan-nazarbayev").OtherFormsAsWritten);
        Assert.Equal([new NameForm("Cheng", NameFormKind.ShortForm)], EditionTestKit.Get<Person>("cheng-guoping").OtherFormsAsWritten);
        Assert.Equal("President", hu.Role);
        Assert.Equal(new RecordId("china"), hu.CountryId);
    }

    [Fact]
    public void ChengGuoping_Role_IsAssistantForeignMinisterOfChina()
    {
        Person cheng = EditionTestKit.Get<Person>("cheng-guoping");
        Assert.Equal("Assistant Foreign Minister", cheng.Role);
        Assert.Equal(new RecordId("china"), cheng.CountryId);
        Assert.Equal(new RecordId("kazakhstan"), EditionTestKit.Get<Person>("nursultan-nazarbayev").CountryId);
        Assert.Equal(3, Edition.People.Count);
    }

    [Theory]
    [InlineData("xinhua", OrganizationKind.NewsOutlet, "Xinhua")]
    [InlineData("interfax-kazakhstan", OrganizationKind.NewsOutlet, "Interfax-Kazakhstan")]
    [InlineData("central-asia-online", OrganizationKind.NewsOutlet, "www.centralasiaonline.com")]
    [InlineData("ntdtv", OrganizationKind.NewsOutlet, "NTDTV")]
    [InlineData("central-asia-newswire", OrganizationKind.NewsOutlet, "www.centralasianewswire")]
    [InlineData("shanghai-cooperation-organization", OrganizationKind.InternationalOrganization, "Shanghai Cooperation Organization")]
    [InlineData("world-trade-organization", OrganizationKind.InternationalOrganization, "world Trade Organization")]
    [InlineData("china-development-bank", OrganizationKind.Bank, "China Development Bank")]
    [InlineData("kazakhmys", OrganizationKind.Company, "Kazakhmys")]
    [InlineData("kazakhstani-sinologists", OrganizationKind.ExpertGroup, "Kazakhstani Sinologists")]
    [InlineData("kazakh-and-chinese-media", OrganizationKind.Media, "both countries’ media")]
    public void Organization_ById_HasItsKindAndNameAsWritten(string id, OrganizationKind kind, string nameAsWritten)
    {
        Organization organization = EditionTestKit.Get<Organization>(id);
        Assert.Equal(kind, organization.OrganizationKind);
        Assert.Equal(nameAsWritten, organization.NameAsWritten);
    }

    [Fact]
    public void Outlets_InEdition_CarryTheNotesDescriptions()
    {
        Assert.Equal(5, Edition.Organizations.Count(o => o.OrganizationKind == OrganizationKind.NewsOutlet));
        Assert.All(Edition.Organizations.Where(o => o.OrganizationKind == OrganizationKind.NewsOutlet), o => Assert.NotNull(o.Description));
        Assert.Equal("www.centralasiaonline.com", EditionTestKit.Get<Organization>("central-asia-online").Website);
        Assert.Equal("China's state news agency", EditionTestKit.Get<Organization>("xinhua").Description);
        Assert.Equal("a New York based broadcaster founded in 2001", EditionTestKit.Get<Organization>("ntdtv").Description);
    }

    // Coordinates and codes as source-notes.md gives them: "approximate coordinates" for all, and Zhetygen's as
    // "about 43.73, 77.12 (KZ-ALM, approximate)", hedged twice, so rough.
    [Theory]
    [InlineData("astana", PlaceKind.Capital, "KZ-AST", "51.17", "71.45", CoordinatePrecision.Approximate)]
    [InlineData("beijing", PlaceKind.Capital, "CN-BJ", "39.90", "116.41", CoordinatePrecision.Approximate)]
    [InlineData("almaty", PlaceKind.City, "KZ-ALA", "43.28", "76.90", CoordinatePrecision.Approximate)]
    [InlineData("aktogay", PlaceKind.Deposit, "KZ-VOS", "46.95", "79.86", CoordinatePrecision.Approximate)]
    [InlineData("jinghe", PlaceKind.City, "CN-XJ", "44.60", "82.90", CoordinatePrecision.Approximate)]
    [InlineData("yining", PlaceKind.City, "CN-XJ", "43.92", "81.32", CoordinatePrecision.Approximate)]
    [InlineData("zhetygen", PlaceKind.City, "KZ-ALM", "43.73", "77.12", CoordinatePrecision.Rough)]
    public void Place_ById_HasItsKindSubdivisionAndTheNotesCoordinates(string id, PlaceKind kind, string subdivision, string latitude, string longitude, CoordinatePrecision precision)
    {
        Place place = EditionTestKit.Get<Place>(id);
        Assert.Equal(kind, place.PlaceKind);
        Assert.Equal([subdivision], place.SubdivisionCodes);
        Assert.Equal(new GeoPoint(decimal.Parse(latitude, CultureInfo.InvariantCulture), decimal.Parse(longitude, CultureInfo.InvariantCulture), precision), place.Location);
    }

    [Fact]
    public void PlacesWithCoordinates_Precision_IsNeverExactAndRoughOnlyForZhetygen()
    {
        var located = Edition.Places.Where(p => p.Location is not null).ToList();
        Assert.Equal(8, located.Count);
        Assert.Equal(["zhetygen"], located.Where(p => p.Location!.Precision == CoordinatePrecision.Rough).Select(p => p.Id.Value));
        Assert.All(located.Where(p => p.Id != new RecordId("zhetygen")), p => Assert.Equal(CoordinatePrecision.Approximate, p.Location!.Precision));
    }

    [Fact]
    public void Horgos_BorderCrossing_LiesInBothCountriesAtTheNotesCoordinates()
    {
        Place horgos = EditionTestKit.Get<Place>("horgos");
        Assert.Equal(PlaceKind.BorderCrossing, horgos.PlaceKind);
        Assert.Equal(["china", "kazakhstan"], horgos.CountryIds.Select(c => c.ToString()));
        Assert.Equal(["CN-XJ", "KZ-ALM"], horgos.SubdivisionCodes);
        Assert.Equal(new GeoPoint(44.13m, 80.41m, CoordinatePrecision.Approximate), horgos.Location);
    }

    [Fact]
    public void PlacesWithoutNotesCoordinates_Location_IsNull()
    {
        string[] withoutCoordinates =
            ["astana-airport", "eastern-kazakhstan", "western-china", "central-asia", "western-europe", "euro-atlantic-area", "asia-pacific-region", "taiwan"];
        Assert.All(withoutCoordinates, id => Assert.Null(EditionTestKit.Get<Place>(id).Location));
        Place taiwan = EditionTestKit.Get<Place>("taiwan");
        Assert.Equal(PlaceKind.Territory, taiwan.PlaceKind);
        Assert.Empty(taiwan.CountryIds);
        Assert.Empty(taiwan.SubdivisionCodes);
    }
}

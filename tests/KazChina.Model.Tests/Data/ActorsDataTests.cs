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
        Assert.Equal(["Kazakhstan", "Kazakhstani", "Kazakh"], EditionTestKit.Get<Country>("kazakhstan").FormsAsWritten);
        Assert.Equal(0, EditionTestKit.Get<Country>("kazakhstan").Evidence.Spans[0].Start);
    }

    [Fact]
    public void HuJintao_AsWritten_IsHuJintauPresidentOfChina()
    {
        Person hu = EditionTestKit.Get<Person>("hu-jintao");
        Assert.Equal("Hu Jintao", hu.Name);
        Assert.Equal("Hu Jintau", hu.NameAsWritten);
        Assert.Equal(["Hu"], hu.OtherFormsAsWritten);
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

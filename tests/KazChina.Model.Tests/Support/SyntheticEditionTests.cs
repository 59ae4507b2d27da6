using System.Linq;
using FsCheck.Xunit;
using Xunit;

namespace KazChina.Model.Tests;

public class SyntheticEditionTests
{
    [Property(Arbitrary = [typeof(Generators)], MaxTest = 200)]
    public void Create_AnySeedAndSize_IsValid(KazChinaEdition edition)
    {
        Assert.Empty(edition.Validate());
    }

    [Fact]
    public void Create_SameSeedAndSize_GivesEqualEditions()
    {
        KazChinaEdition first = SyntheticEdition.Create(42, 20);
        KazChinaEdition second = SyntheticEdition.Create(42, 20);

        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
        Assert.NotEqual(first, SyntheticEdition.Create(43, 20));
    }

    [Fact]
    public void Create_PerKind_GivesThatManyRecordsOfEachKind()
    {
        KazChinaEdition edition = SyntheticEdition.Create(7, 5);

        Assert.Equal(7, edition.Countries.Count);
        Assert.Equal(7, edition.Organizations.Count);
        Assert.Equal(edition.Article, Assert.Single(edition.Records, r => r.Kind == RecordKind.Article));
        Assert.All(edition.Records.GroupBy(r => r.Kind).Where(g => g.Key is not (RecordKind.Article or RecordKind.Country or RecordKind.Organization)), g => Assert.Equal(5, g.Count()));
    }

    [Fact]
    public void Create_MinimumTextLength_GivesAValidEditionWhoseTextIsAtLeastThatLong()
    {
        KazChinaEdition edition = SyntheticEdition.Create(7, 2, minimumTextLength: 100_000);

        Assert.InRange(edition.Article.Text.Length, 100_000, 100_001);
        Assert.Empty(edition.Validate());
    }
}

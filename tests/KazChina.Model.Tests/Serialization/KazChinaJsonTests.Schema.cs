using Xunit;

namespace KazChina.Model.Tests.Serialization;

public partial class KazChinaJsonTests
{
    private const string SchemaFile = "src/KazChina.Model/Serialization/kazchina-edition.schema.json";

    [Fact]
    public void Schema_Regenerated_EqualsCommittedFile()
    {
        string generated = EditionSchemaGenerator.Generate();

        string committed = RepositoryFiles.Golden(SchemaFile, generated);

        Assert.True(committed == generated, $"{SchemaFile} differs from the schema the contracts give; regenerate it with KAZCHINA_UPDATE_GOLDEN=1 dotnet test.");
    }
}

using Xunit;

namespace KazChina.Model.Tests.Serialization;

public partial class KazChinaJsonTests
{
    /// <summary>The embedded edition, indented: pins the wire format of the data as shipped.</summary>
    private const string EditionGoldenFile = "tests/KazChina.Model.Tests/Serialization/Golden/edition.json";

    /// <summary>A synthetic edition with records of every kind: pins the wire format of every type, whatever the data holds.</summary>
    private const string SyntheticGoldenFile = "tests/KazChina.Model.Tests/Serialization/Golden/synthetic-edition.json";

    /// <summary>The synthetic edition of the golden file: seed and size fixed.</summary>
    private static KazChinaEdition SyntheticGoldenEdition => SyntheticEdition.Create(seed: 2011, perKind: 2);

    [Fact]
    public void Golden_EmbeddedEdition_IsWrittenExactlyAsOnFile()
    {
        string written = KazChinaJson.Serialize(KazChinaEdition.Current, indented: true) + "\n";

        string golden = EditionGolden();

        Assert.True(golden == written, $"The JSON of the embedded edition differs from {EditionGoldenFile}. If the change is intended (new data or a deliberate format change), regenerate with KAZCHINA_UPDATE_GOLDEN=1 dotnet test and review the diff.");
    }

    [Fact]
    public void Golden_SyntheticEdition_IsWrittenExactlyAsOnFile()
    {
        string written = KazChinaJson.Serialize(SyntheticGoldenEdition, indented: true) + "\n";

        string golden = SyntheticGolden();

        Assert.True(golden == written, $"The JSON of the synthetic edition differs from {SyntheticGoldenFile}: the wire format changed. If that is intended, regenerate with KAZCHINA_UPDATE_GOLDEN=1 dotnet test, review the diff, and bump KazChinaJson.SchemaVersion when old documents can no longer be read.");
    }

    [Fact]
    public void Golden_EditionFile_ReadsBackAsTheEmbeddedEdition()
    {
        KazChinaEdition read = KazChinaJson.Deserialize<KazChinaEdition>(EditionGolden());

        Assert.Equal(KazChinaEdition.Current, read);
        Assert.Empty(read.Validate());
    }

    [Fact]
    public void Golden_SyntheticFile_ReadsBackAsTheSyntheticEdition()
    {
        Assert.Equal(SyntheticGoldenEdition, KazChinaJson.Deserialize<KazChinaEdition>(SyntheticGolden()));
    }

    /// <summary>The edition golden file (rewritten first when <see cref="Golden.Updating"/> is set).</summary>
    private static string EditionGolden() =>
        RepositoryFiles.Golden(EditionGoldenFile, KazChinaJson.Serialize(KazChinaEdition.Current, indented: true) + "\n");

    /// <summary>The synthetic golden file (rewritten first when <see cref="Golden.Updating"/> is set).</summary>
    private static string SyntheticGolden() =>
        RepositoryFiles.Golden(SyntheticGoldenFile, KazChinaJson.Serialize(SyntheticGoldenEdition, indented: true) + "\n");
}

using System.IO;

namespace KazChina.Model.Tests;

/// <summary>Edition JSON files for the tool's <c>--edition</c> and <c>validate</c>, written with the library's own writer.</summary>
public static class EditionFiles
{
    /// <summary>A small valid edition unlike the article's (4 records of each kind), so a test can tell which edition a command read.</summary>
    public static KazChinaEdition Synthetic { get; } = SyntheticEdition.Create(seed: 128, perKind: 4);

    public static string Write(TemporaryFolder folder, string name, KazChinaEdition edition)
    {
        string path = folder[name];
        File.WriteAllBytes(path, KazChinaJson.SerializeToUtf8Bytes(edition, indented: true));
        return path;
    }

    public static string WriteText(TemporaryFolder folder, string name, string json)
    {
        string path = folder[name];
        File.WriteAllText(path, json);
        return path;
    }
}

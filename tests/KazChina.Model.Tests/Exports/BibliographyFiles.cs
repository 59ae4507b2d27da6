using System.IO;
using System.Text;
using KazChina.Model.Exports;
using Xunit;

namespace KazChina.Model.Tests.Exports;

/// <summary>The bibliography's three formats as text, and the golden files of this folder.</summary>
public static class BibliographyFiles
{
    /// <summary>Gets the folder of the bibliography's golden files.</summary>
    public static string GoldenFolder => Path.Combine(RepositoryRoot.Path, "tests", "KazChina.Model.Tests", "Exports", "Golden");

    public static string CslJson(Bibliography bibliography) => Write(bibliography, CslJsonWriter.Write);

    public static string BibTeX(Bibliography bibliography) => Write(bibliography, BibTeXWriter.Write);

    public static string Ris(Bibliography bibliography) => Write(bibliography, RisWriter.Write);

    /// <summary>Compares <paramref name="actual"/> with the golden file <paramref name="name"/> of <see cref="GoldenFolder"/>, or rewrites it under <c>KAZCHINA_UPDATE_GOLDEN=1</c>.</summary>
    public static void AssertMatchesGolden(string name, string actual)
    {
        string path = Path.Combine(GoldenFolder, name);
        if (Golden.RewriteIfUpdating(path, Encoding.UTF8.GetBytes(actual)))
        {
            return;
        }

        Assert.True(File.Exists(path), $"The golden file {name} is missing; run the tests with {Golden.UpdateVariable}=1 to create it.");
        Assert.Equal(File.ReadAllText(path, Encoding.UTF8), actual);
    }

    private static string Write(Bibliography bibliography, System.Action<Bibliography, Stream> write)
    {
        using var stream = new MemoryStream();
        write(bibliography, stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}

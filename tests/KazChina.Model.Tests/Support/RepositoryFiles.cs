using System;
using System.IO;

namespace KazChina.Model.Tests;

/// <summary>
/// Files of the repository the tests compare against (golden files, the committed schema), found from the
/// test assembly's folder upwards, and the switch that rewrites them: <c>KAZCHINA_UPDATE_GOLDEN=1 dotnet test</c>.
/// </summary>
public static class RepositoryFiles
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    /// <summary>Gets whether tests should rewrite golden files instead of comparing with them.</summary>
    public static bool UpdateGolden => Environment.GetEnvironmentVariable("KAZCHINA_UPDATE_GOLDEN") == "1";

    /// <summary>Gets the full path of a file given relative to the repository root with forward slashes.</summary>
    /// <param name="relativePath">E.g. <c>src/KazChina.Model/Serialization/kazchina-edition.schema.json</c>.</param>
    /// <returns>The full path.</returns>
    public static string PathOf(string relativePath) =>
        Path.Combine([LazyRoot.Value, .. relativePath.Split('/')]);

    /// <summary>Reads a file as UTF-8 text.</summary>
    /// <param name="relativePath">The path relative to the repository root.</param>
    /// <returns>The text.</returns>
    public static string ReadText(string relativePath) => File.ReadAllText(PathOf(relativePath));

    /// <summary>Compares <paramref name="actual"/> with a golden file, or rewrites the file when <see cref="UpdateGolden"/> is set.</summary>
    /// <param name="relativePath">The golden file, relative to the repository root.</param>
    /// <param name="actual">The text the code produces now.</param>
    /// <returns>The text on file (after any rewrite).</returns>
    public static string Golden(string relativePath, string actual)
    {
        string path = PathOf(relativePath);
        if (UpdateGolden)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
        }

        return File.Exists(path) ? File.ReadAllText(path) : string.Empty;
    }

    private static string FindRoot()
    {
        for (DirectoryInfo? directory = new(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "KazChina.Model.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("KazChina.Model.sln was not found above " + AppContext.BaseDirectory);
    }
}

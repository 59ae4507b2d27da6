using System.IO;
using System.Text;

namespace KazChina.Model.Tests;

/// <summary>
/// Files of the repository the tests compare against (golden files, the committed schema), found from the
/// test assembly's folder upwards, and rewritten when <see cref="Tests.Golden.Updating"/> is set.
/// </summary>
public static class RepositoryFiles
{
    /// <summary>Gets the full path of a file given relative to the repository root with forward slashes.</summary>
    /// <param name="relativePath">E.g. <c>src/KazChina.Model/Serialization/kazchina-edition.schema.json</c>.</param>
    /// <returns>The full path.</returns>
    public static string PathOf(string relativePath) =>
        Path.Combine([RepositoryRoot.Path, .. relativePath.Split('/')]);

    /// <summary>Reads a file as UTF-8 text.</summary>
    /// <param name="relativePath">The path relative to the repository root.</param>
    /// <returns>The text.</returns>
    public static string ReadText(string relativePath) => File.ReadAllText(PathOf(relativePath));

    /// <summary>Compares <paramref name="actual"/> with a golden file, or rewrites the file when <see cref="Tests.Golden.Updating"/> is set.</summary>
    /// <param name="relativePath">The golden file, relative to the repository root.</param>
    /// <param name="actual">The text the code produces now.</param>
    /// <returns>The text on file (after any rewrite).</returns>
    public static string Golden(string relativePath, string actual)
    {
        string path = PathOf(relativePath);
        Tests.Golden.RewriteIfUpdating(path, Encoding.UTF8.GetBytes(actual));
        return File.Exists(path) ? File.ReadAllText(path) : string.Empty;
    }
}

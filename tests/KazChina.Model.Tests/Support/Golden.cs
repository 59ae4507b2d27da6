using System;
using System.IO;
using System.Text;
using Xunit;

namespace KazChina.Model.Tests;

/// <summary>
/// Compares output with a golden file under <c>tests/KazChina.Model.Tests/Cli/Golden/</c>, byte for byte. Run the
/// tests with <c>KAZCHINA_UPDATE_GOLDEN=1</c> to write the current output as the new golden files instead (then
/// review the diff and commit it).
/// </summary>
public static class Golden
{
    public const string UpdateVariable = "KAZCHINA_UPDATE_GOLDEN";

    public static string Folder => Path.Combine(RepositoryRoot.Path, "tests", "KazChina.Model.Tests", "Cli", "Golden");

    public static bool Updating => Environment.GetEnvironmentVariable(UpdateVariable) == "1";

    public static void AssertMatches(string name, string actual) => AssertMatches(name, Encoding.UTF8.GetBytes(actual));

    public static void AssertMatches(string name, byte[] actual)
    {
        string path = Path.Combine(Folder, name);
        if (RewriteIfUpdating(path, actual))
        {
            return;
        }

        Assert.True(File.Exists(path), $"The golden file {name} is missing; run the tests with {UpdateVariable}=1 to create it.");
        byte[] expected = File.ReadAllBytes(path);
        if (!expected.AsSpan().SequenceEqual(actual))
        {
            Assert.Fail($"The output differs from the golden file {name} {FirstDifference(expected, actual)}; if the change is intended, run the tests with {UpdateVariable}=1 and review the diff.");
        }
    }

    /// <summary>Writes <paramref name="actual"/> as the golden file at <paramref name="path"/> when <see cref="Updating"/> is set.</summary>
    /// <param name="path">The golden file's full path.</param>
    /// <param name="actual">The bytes the code produces now.</param>
    /// <returns>Whether the file was rewritten.</returns>
    public static bool RewriteIfUpdating(string path, byte[] actual)
    {
        if (!Updating)
        {
            return false;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, actual);
        return true;
    }

    private static string FirstDifference(byte[] expected, byte[] actual)
    {
        string[] expectedLines = Encoding.UTF8.GetString(expected).Split('\n');
        string[] actualLines = Encoding.UTF8.GetString(actual).Split('\n');
        for (int i = 0; i < Math.Max(expectedLines.Length, actualLines.Length); i++)
        {
            string? e = i < expectedLines.Length ? expectedLines[i] : null;
            string? a = i < actualLines.Length ? actualLines[i] : null;
            if (e != a)
            {
                return $"at line {i + 1}: expected «{e ?? "(end)"}» but got «{a ?? "(end)"}»";
            }
        }

        return $"in its bytes ({expected.Length} expected, {actual.Length} written; a byte order mark or line ending)";
    }
}

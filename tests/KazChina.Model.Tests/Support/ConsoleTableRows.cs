using System.Linq;

namespace KazChina.Model.Tests;

/// <summary>Reads the body rows of a Spectre table printed wide enough that no cell wraps.</summary>
public static class ConsoleTableRows
{
    /// <summary>Returns each row's trimmed cells; the first row is the header.</summary>
    public static string[][] Of(string output) =>
    [
        .. output.ReplaceLineEndings("\n").Split('\n')
            .Where(line => line.StartsWith('│'))
            .Select(line => line.Trim('│').Split('│').Select(cell => cell.Trim()).ToArray()),
    ];

    /// <summary>Returns the values of one column of the body rows (the header left out).</summary>
    public static string[] Column(string output, int index) => [.. Of(output).Skip(1).Select(row => row[index])];
}

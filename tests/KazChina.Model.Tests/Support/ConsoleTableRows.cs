using System.Linq;

namespace KazChina.Model.Tests;

/// <summary>Reads the body rows of Spectre tables printed wide enough that no cell wraps.</summary>
public static class ConsoleTableRows
{
    /// <summary>Returns each row's trimmed cells of one table of the output (the first by default); the first row is the header.</summary>
    public static string[][] Of(string output, int table = 0)
    {
        string[] lines = output.ReplaceLineEndings("\n").Split('\n');
        int tableOfLine = -1;
        int[] tables = [.. lines.Select(line => line.StartsWith('┌') ? ++tableOfLine : tableOfLine)];
        return
        [
            .. lines.Where((line, i) => tables[i] == table && line.StartsWith('│'))
                .Select(line => line.Trim('│').Split('│').Select(cell => cell.Trim()).ToArray()),
        ];
    }

    /// <summary>Returns the values of one column of the body rows of one table (the header left out).</summary>
    public static string[] Column(string output, int index, int table = 0) => [.. Of(output, table).Skip(1).Select(row => row[index])];
}

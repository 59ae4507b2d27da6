using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using KazChina.Model.Cli;
using Xunit;

namespace KazChina.Model.Tests.Exports;

/// <summary>The SQLite export opened by the sqlite3 shell from apt, the program its users open it with.</summary>
public sealed partial class Sqlite3ShellTests : IDisposable
{
    /// <summary>The README's line that makes the database its queries read.</summary>
    private const string ExportLine = "kazchina export --format sqlite --out edition.sqlite";

    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Sqlite3Fact]
    public void ExportSqlite_OpenedByTheShell_PassesIntegrityAndForeignKeyChecks()
    {
        Export();

        Assert.Equal("ok\n", Sqlite3Shell.Run(_folder.Path, "edition.sqlite", "PRAGMA integrity_check;"));
        Assert.Equal("", Sqlite3Shell.Run(_folder.Path, "edition.sqlite", "PRAGMA foreign_keys = ON;", "PRAGMA foreign_key_check;"));
        Assert.Equal(
            $"{KazChinaEdition.Current.Records.Count}\n",
            Sqlite3Shell.Run(_folder.Path, "edition.sqlite", "SELECT COUNT(*) FROM records r JOIN record_names n ON n.id = r.id;"));
    }

    [Sqlite3Fact]
    public void ExportSqlite_InTheShell_StoresNumbersAsNumbersDatesAsIsoTextAndAbsentValuesAsNull()
    {
        Export();

        string types = Sqlite3Shell.Run(
            _folder.Path,
            "edition.sqlite",
            "SELECT typeof(cost), typeof(cost_also_stated_as), typeof(when_earliest), typeof(when_year_inferred), typeof(phase) FROM projects WHERE id = 'horgos-border-cooperation-center';");

        Assert.Equal("integer|integer|text|integer|null\n", types);
        Assert.Equal("", Sqlite3Shell.Run(_folder.Path, "edition.sqlite", "SELECT id FROM projects WHERE cost > 1000000000;"));
    }

    /// <summary>
    /// The README's report queries: every <c>sh</c> block of <c>sqlite3</c> lines followed by a <c>text</c> block is run
    /// with the shell, in order, on the database the README's export line makes, and must print that text.
    /// <c>KAZCHINA_UPDATE_GOLDEN=1</c> writes what the shell prints into the README instead.
    /// </summary>
    [Sqlite3Fact]
    public void Readme_ReportQueries_PrintWhatTheReadmeShows()
    {
        string path = Path.Combine(RepositoryRoot.Path, "README.md");
        string readme = File.ReadAllText(path);
        Match[] blocks = [.. ShellWithOutput().Matches(readme).Where(b => b.Groups["shell"].Value.Contains("sqlite3 ", StringComparison.Ordinal))];
        Assert.True(blocks.Length >= 3, "The README shows three report queries run with the sqlite3 shell.");

        var rewritten = new StringBuilder();
        int copied = 0;
        var differences = new List<string>();
        foreach (Match block in blocks)
        {
            var printed = new StringBuilder();
            foreach (string line in block.Groups["shell"].Value.Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                if (line == ExportLine)
                {
                    Export();
                    continue;
                }

                Assert.StartsWith("sqlite3 ", line, StringComparison.Ordinal);
                printed.Append(Sqlite3Shell.Run(_folder.Path, [.. ShellWords(line["sqlite3 ".Length..])]));
            }

            Group output = block.Groups["output"];
            if (output.Value != printed.ToString())
            {
                differences.Add($"{block.Groups["shell"].Value.Trim()}\nREADME:\n{output.Value}prints:\n{printed}");
            }

            rewritten.Append(readme, copied, output.Index - copied).Append(printed);
            copied = output.Index + output.Length;
        }

        if (Golden.Updating)
        {
            File.WriteAllText(path, rewritten.Append(readme, copied, readme.Length - copied).ToString());
            return;
        }

        Assert.True(differences.Count == 0, $"The README's report queries print something else (run the tests with {Golden.UpdateVariable}=1 to rewrite them):\n{string.Join("\n", differences)}");
    }

    private void Export()
    {
        if (!File.Exists(_folder["edition.sqlite"]))
        {
            Assert.Equal(ExitCodes.Success, CliRun.Run("export", "--format", "sqlite", "--out", _folder["edition.sqlite"]).ExitCode);
        }
    }

    /// <summary>Splits a shell line's arguments as the shell would for the README's lines: words, and double-quoted strings without escapes inside.</summary>
    private static IEnumerable<string> ShellWords(string line)
    {
        foreach (Match word in ShellWord().Matches(line))
        {
            yield return word.Groups["quoted"].Success ? word.Groups["quoted"].Value : word.Value;
        }
    }

    [GeneratedRegex("^```sh\\n(?<shell>(?:(?!```).)*?)^```\\n```text\\n(?<output>(?:(?!```).)*?)^```\\n", RegexOptions.Singleline | RegexOptions.Multiline)]
    private static partial Regex ShellWithOutput();

    [GeneratedRegex("\"(?<quoted>[^\"\\\\$`]*)\"|[^\\s\"]+")]
    private static partial Regex ShellWord();
}

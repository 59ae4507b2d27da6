using System;
using System.IO;
using System.Text.Json.Nodes;
using KazChina.Model.Cli;
using Xunit;

namespace KazChina.Model.Tests.Cli;

/// <summary>
/// Every class of error, in every command where it can happen, ends the run with the documented exit code and one
/// line on stderr that says what and where, and names no exception type, .NET type or parameter.
/// </summary>
public sealed class ExitCodesTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    public static TheoryData<string, int> ErrorClasses => new()
    {
        { "usage: unknown command", ExitCodes.Error },
        { "usage: unknown option", ExitCodes.Error },
        { "usage: missing argument", ExitCodes.Error },
        { "usage: option without its value", ExitCodes.Error },
        { "usage: unknown format", ExitCodes.Error },
        { "usage: empty --out", ExitCodes.Error },
        { "usage: --max-bytes not a number", ExitCodes.Error },
        { "input: missing file (validate)", ExitCodes.Error },
        { "input: missing file (--edition)", ExitCodes.Error },
        { "input: a folder (validate)", ExitCodes.Error },
        { "input: not UTF-8 (validate)", ExitCodes.Error },
        { "input: not UTF-8 (--edition)", ExitCodes.Error },
        { "input: longer than --max-bytes (validate)", ExitCodes.Error },
        { "input: longer than --max-bytes (--edition)", ExitCodes.Error },
        { "input: not JSON (validate)", ExitCodes.Error },
        { "input: not JSON (--edition)", ExitCodes.Error },
        { "edition: wrong type (validate)", ExitCodes.Invalid },
        { "edition: wrong type (--edition)", ExitCodes.Invalid },
        { "edition: dangling reference (validate)", ExitCodes.Invalid },
        { "edition: dangling reference (--edition)", ExitCodes.Invalid },
        { "output: exists without --force", ExitCodes.Error },
        { "output: folder missing", ExitCodes.Error },
        { "output: a folder for a file", ExitCodes.Error },
        { "output: a file for csv", ExitCodes.Error },
        { "output: device fails to write", ExitCodes.Error },
    };

    [Theory]
    [MemberData(nameof(ErrorClasses))]
    public void Run_ErrorClass_ExitsWithItsDocumentedCodeAndOneLineNamingNoCode(string errorClass, int exitCode)
    {
        CliResult result = CliRun.Run(ArgumentsFor(errorClass));

        Assert.Equal(exitCode, result.ExitCode);
        if (errorClass.EndsWith("(validate)", StringComparison.Ordinal) && exitCode == ExitCodes.Invalid)
        {
            // validate's verdict is its output: the problems, then a last line that counts them.
            Assert.Equal("", result.Error);
            Assert.EndsWith("is not a valid edition: 1 problem.\n", result.Output, StringComparison.Ordinal);
            return;
        }

        Assert.Equal("", result.Output);
        string line = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith(KazChinaApp.ErrorPrefix, line, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"[A-Za-z]*Exception\b|\(Parameter '|\bSystem\.|`\d|\bNullable\b|\bInt(16|32|64)\b", line);
    }

    private string[] ArgumentsFor(string errorClass)
    {
        string edition = EditionFiles.Write(_folder, "edition.json", KazChinaEdition.Current);
        string notUtf8 = _folder["latin1.json"];
        byte[] latin1 = File.ReadAllBytes(edition);
        latin1[latin1.AsSpan().IndexOf("Looks East"u8)] = 0xE9;
        File.WriteAllBytes(notUtf8, latin1);
        string notJson = EditionFiles.WriteText(_folder, "broken.json", "{\"schemaVersion\": 1,");
        JsonObject wrongType = JsonNode.Parse(File.ReadAllText(edition))!.AsObject();
        wrongType["loans"]![0]!["amount"] = "lots";
        string wrongTypeFile = EditionFiles.WriteText(_folder, "wrong-type.json", wrongType.ToJsonString());
        string dangling = EditionFiles.WriteText(_folder, "dangling.json", File.ReadAllText(edition).Replace("\"lenderId\": \"china-development-bank\"", "\"lenderId\": \"nobody\"", StringComparison.Ordinal));
        Directory.CreateDirectory(_folder["folder"]);
        string full = _folder["full"];
        SpecialFiles.MakeDevice(full, 'c', 1, 7);

        return errorClass switch
        {
            "usage: unknown command" => ["frobnicate"],
            "usage: unknown option" => ["summary", "--colour"],
            "usage: missing argument" => ["validate"],
            "usage: option without its value" => ["timeline", "--period"],
            "usage: unknown format" => ["export", "--format", "xml"],
            "usage: empty --out" => ["export", "--format", "json", "--out", ""],
            "usage: --max-bytes not a number" => ["summary", "--max-bytes", "1e6"],
            "input: missing file (validate)" => ["validate", _folder["missing.json"]],
            "input: missing file (--edition)" => ["summary", "--edition", _folder["missing.json"]],
            "input: a folder (validate)" => ["validate", _folder["folder"]],
            "input: not UTF-8 (validate)" => ["validate", notUtf8],
            "input: not UTF-8 (--edition)" => ["timeline", "--edition", notUtf8],
            "input: longer than --max-bytes (validate)" => ["validate", edition, "--max-bytes", "1000"],
            "input: longer than --max-bytes (--edition)" => ["query", "--edition", edition, "--max-bytes", "1000"],
            "input: not JSON (validate)" => ["validate", notJson],
            "input: not JSON (--edition)" => ["export", "--format", "csv", "--edition", notJson],
            "edition: wrong type (validate)" => ["validate", wrongTypeFile],
            "edition: wrong type (--edition)" => ["summary", "--edition", wrongTypeFile],
            "edition: dangling reference (validate)" => ["validate", dangling],
            "edition: dangling reference (--edition)" => ["export", "--format", "jsonl", "--edition", dangling],
            "output: exists without --force" => ["export", "--format", "json", "--out", edition],
            "output: folder missing" => ["export", "--format", "json", "--out", Path.Combine(_folder["missing"], "x.json")],
            "output: a folder for a file" => ["export", "--format", "jsonl", "--out", _folder["folder"]],
            "output: a file for csv" => ["export", "--format", "csv", "--out", edition],
            "output: device fails to write" => ["export", "--format", "csl-json", "--out", full, "--force"],
            _ => throw new ArgumentOutOfRangeException(nameof(errorClass), errorClass, "No such error class."),
        };
    }
}

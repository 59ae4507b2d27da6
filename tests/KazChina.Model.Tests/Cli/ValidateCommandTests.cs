using System;
using System.Text.Json.Nodes;
using KazChina.Model.Cli;
using Xunit;

namespace KazChina.Model.Tests.Cli;

public sealed class ValidateCommandTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Validate_ExportedEdition_SaysValidAndExitsZero()
    {
        string path = EditionFiles.Write(_folder, "edition.json", KazChinaEdition.Current);

        CliResult result = CliRun.Run("validate", path);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Equal("", result.Error);
        Assert.Equal($"'{path}' is a valid edition: {KazChinaEdition.Current.Records.Count} records, data version 1.1.0.\n", result.Output);
    }

    [Fact]
    public void Validate_EditionWithCrossRecordProblems_ListsEveryProblemWithItsPathAndExitsOne()
    {
        JsonObject edition = CurrentAsJson();
        edition["loans"]![0]!["lenderId"] = "nobody";
        edition["citations"]![1]!["evidence"]!["spans"]![0]!["start"] = 5;
        edition["countries"]![1]!["id"] = "kazakhstan";
        string path = EditionFiles.WriteText(_folder, "edited.json", edition.ToJsonString());

        CliResult result = CliRun.Run("validate", path);

        Assert.Equal(ExitCodes.Invalid, result.ExitCode);
        Assert.Equal("", result.Error);
        string[] lines = result.Output.TrimEnd('\n').Split('\n');
        Assert.Contains("$.citations[1].evidence.spans[0]: The span quotes \"Xinhua, June 13\" but the text at [5, 20) reads \"hstan Looks Eas\". (SpanTextMismatch, record cite-xinhua-2011-06-13-a)", lines);
        Assert.Contains("$.loans[0].lenderId: LenderId refers to 'nobody', which no record has. (DanglingReference, record loan-cdb-kazakhmys-aktogay)", lines);
        Assert.Contains(lines, l => l.StartsWith("$.countries[1].id: ", StringComparison.Ordinal) && l.EndsWith("(DuplicateId, record kazakhstan)", StringComparison.Ordinal));
        Assert.All(lines[..^1], l => Assert.StartsWith("$.", l, StringComparison.Ordinal));
        Assert.Equal($"'{path}' is not a valid edition: {lines.Length - 1} problems.", lines[^1]);
    }

    [Fact]
    public void Validate_ValueOfTheWrongType_NamesItsPathAndExitsOne()
    {
        JsonObject edition = CurrentAsJson();
        edition["loans"]![0]!["amount"] = "lots";
        string path = EditionFiles.WriteText(_folder, "edited.json", edition.ToJsonString());

        CliResult result = CliRun.Run("validate", path);

        Assert.Equal(ExitCodes.Invalid, result.ExitCode);
        string[] lines = result.Output.TrimEnd('\n').Split('\n');
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("$.loans[0].amount: ", lines[0], StringComparison.Ordinal);
        Assert.Equal($"'{path}' is not a valid edition: 1 problem.", lines[1]);
    }

    [Fact]
    public void Validate_UnknownMember_NamesItsPathAndExitsOne()
    {
        JsonObject edition = CurrentAsJson();
        edition["people"]![0]!["nickname"] = "Hu";
        string path = EditionFiles.WriteText(_folder, "edited.json", edition.ToJsonString());

        CliResult result = CliRun.Run("validate", path);

        Assert.Equal(ExitCodes.Invalid, result.ExitCode);
        Assert.StartsWith("$.people[0].nickname: ", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"schemaVersion\": 1, ")]
    [InlineData("not json")]
    [InlineData("")]
    public void Validate_MalformedJson_IsUnusableInputWithOneLineOnStderrAndExitCode2(string text)
    {
        string path = EditionFiles.WriteText(_folder, "broken.json", text);

        CliResult result = CliRun.Run("validate", path);

        CliRun.AssertFailedWith(result, $"kazchina: Cannot read '{path}' as JSON: $");
    }

    [Fact]
    public void Validate_MissingFile_FailsWithOneLineAndExitCode2()
    {
        CliResult result = CliRun.Run("validate", _folder["missing.json"]);

        CliRun.AssertFailed(result, $"kazchina: Cannot read '{_folder["missing.json"]}': the file does not exist.\n");
    }

    [Fact]
    public void Validate_Folder_FailsWithOneLineAndExitCode2()
    {
        CliResult result = CliRun.Run("validate", _folder.Path);

        CliRun.AssertFailed(result, $"kazchina: Cannot read '{_folder.Path}': it is a folder, not a file.\n");
    }

    [Fact]
    public void Validate_NoFile_FailsWithOneLineAndExitCode2()
    {
        CliResult result = CliRun.Run("validate");

        Assert.Equal(ExitCodes.Error, result.ExitCode);
        Assert.Equal("", result.Output);
        Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("FILE", result.Error, StringComparison.Ordinal);
    }

    private static JsonObject CurrentAsJson() =>
        JsonNode.Parse(KazChinaJson.SerializeToUtf8Bytes(KazChinaEdition.Current))!.AsObject();
}

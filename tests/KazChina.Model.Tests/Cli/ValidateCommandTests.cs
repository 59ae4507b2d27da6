using System;
using System.Globalization;
using System.IO;
using System.Text;
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
    public void Validate_FileNameWithTerminalControls_ShowsThemEscaped()
    {
        string path = EditionFiles.Write(_folder, HostileText.Terminal + ".json", KazChinaEdition.Current);

        CliResult result = CliRun.Run("validate", path);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.False(HostileText.HasTerminalControls(result.Output));
        Assert.Contains(HostileText.TerminalShown + ".json' is a valid edition", result.Output, StringComparison.Ordinal);
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

    [Fact]
    public void Validate_ProblemsQuotingTerminalControls_ShowThemEscaped()
    {
        JsonObject badValue = CurrentAsJson();
        badValue["loans"]![0]!["amount"]!["bound"] = HostileText.Terminal;
        JsonObject crossRecord = CurrentAsJson();
        crossRecord["editorialNotes"]![0]!["asWritten"] = HostileText.Terminal;

        CliResult value = CliRun.Run("validate", EditionFiles.WriteText(_folder, "value.json", badValue.ToJsonString()));
        CliResult note = CliRun.Run("validate", EditionFiles.WriteText(_folder, "note.json", crossRecord.ToJsonString()));

        Assert.Equal(ExitCodes.Invalid, value.ExitCode);
        Assert.StartsWith($"$.loans[0].amount.bound: '{HostileText.TerminalShown}' is not a Bound;", value.Output, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Invalid, note.ExitCode);
        Assert.StartsWith($"$.editorialNotes[0].asWritten: The words \"{HostileText.TerminalShown}\" do not stand in any of the note's spans.", note.Output, StringComparison.Ordinal);
        Assert.False(HostileText.HasTerminalControls(value.Output + note.Output));
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

    [Fact]
    public void Validate_InvalidUtf8_IsUnreadableInputWithTheBytesPlaceAndExitCode2()
    {
        byte[] utf8 = Encoding.UTF8.GetBytes(KazChinaJson.Serialize(KazChinaEdition.Current, indented: true));
        int title = utf8.AsSpan().IndexOf("Kazakhstan Looks East"u8);
        utf8[title] = 0xFF;
        string path = _folder["latin1.json"];
        File.WriteAllBytes(path, utf8);

        CliResult result = CliRun.Run("validate", path);

        CliRun.AssertFailed(result, $"kazchina: Cannot read '{path}': it is not UTF-8 text (byte 0xFF at line 6, byte 15 of the line).\n");
    }

    [Fact]
    public void Validate_Utf16File_IsNotUtf8TextWithExitCode2()
    {
        string path = _folder["utf16.json"];
        File.WriteAllText(path, "{}", Encoding.Unicode);

        CliResult result = CliRun.Run("validate", path);

        CliRun.AssertFailed(result, $"kazchina: Cannot read '{path}': it is not UTF-8 text (byte 0xFF at line 1, byte 1 of the line).\n");
    }

    [Fact]
    public void Validate_FileLongerThanMaxBytes_SaysHowToReadItAndExits2()
    {
        string path = EditionFiles.Write(_folder, "edition.json", KazChinaEdition.Current);
        long length = new FileInfo(path).Length;

        CliResult result = CliRun.Run("validate", path, "--max-bytes", (length - 1).ToString(CultureInfo.InvariantCulture));

        CliRun.AssertFailed(result, $"kazchina: Cannot read '{path}': it is {length} bytes long, more than the {length - 1} bytes read (--max-bytes); pass --max-bytes {length} to read it.\n");
        Assert.Equal(ExitCodes.Success, CliRun.Run("validate", path, "--max-bytes", length.ToString(CultureInfo.InvariantCulture)).ExitCode);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("2147483592")]
    [InlineData("lots")]
    public void Validate_MaxBytesOutOfRange_IsAUsageErrorThatNamesNoType(string value)
    {
        string path = EditionFiles.Write(_folder, "edition.json", KazChinaEdition.Current);

        CliResult result = CliRun.Run("validate", path, "--max-bytes", value);

        CliRun.AssertFailed(result, $"kazchina: --max-bytes must be a whole number of bytes from 1 to 2147483591; found '{value}'.\n");
    }

    /// <summary>
    /// An edition whose export is longer than 64 MiB (the limit reading had, which made the tool refuse a
    /// 114,000-record export of its own): exported, then read back by validate and by --edition with the defaults.
    /// Its size comes from a long article text, which is cheap to write and read.
    /// </summary>
    [Fact]
    public void Validate_ExportLongerThan64MiB_ReadsBackWithTheDefaultLimit()
    {
        KazChinaEdition large = SyntheticEdition.Create(seed: 14, perKind: 20, minimumTextLength: 60_000_000);
        string source = EditionFiles.Write(_folder, "large.json", large);
        string exported = _folder["exported.json"];

        Assert.Equal(ExitCodes.Success, CliRun.Run("export", "--format", "json", "--edition", source, "--out", exported).ExitCode);
        CliResult result = CliRun.Run("validate", exported);

        Assert.True(new FileInfo(exported).Length > 64 * 1024 * 1024, "The export is longer than 64 MiB.");
        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Equal($"'{exported}' is a valid edition: {large.Records.Count} records, data version 0.0.1.\n", result.Output);
    }

    private static JsonObject CurrentAsJson() =>
        JsonNode.Parse(KazChinaJson.SerializeToUtf8Bytes(KazChinaEdition.Current))!.AsObject();
}

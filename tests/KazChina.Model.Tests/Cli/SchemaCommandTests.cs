using System.Text.Json;
using KazChina.Model.Cli;
using Xunit;

namespace KazChina.Model.Tests.Cli;

public class SchemaCommandTests
{
    [Fact]
    public void Schema_Run_PrintsThePackagesSchemaExactly()
    {
        CliResult result = CliRun.Run("schema");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Equal("", result.Error);
        Assert.Equal(KazChinaJson.Schema.TrimEnd('\n') + "\n", result.Output);
    }

    [Fact]
    public void Schema_Run_IsADraft202012SchemaOfAnEdition()
    {
        CliResult result = CliRun.Run("schema");

        using JsonDocument schema = JsonDocument.Parse(result.Output);
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", schema.RootElement.GetProperty("$schema").GetString());
        Assert.Equal(JsonValueKind.Object, schema.RootElement.GetProperty("$defs").ValueKind);
    }

    [Fact]
    public void Schema_UnknownOption_FailsWithExitCode2()
    {
        CliResult result = CliRun.Run("schema", "--out", "x");

        CliRun.AssertFailed(result, "kazchina: Unknown option 'out'.\n");
    }
}

using System;
using System.Linq;
using KazChina.Model.Cli;
using Xunit;

namespace KazChina.Model.Tests.Cli;

public class QueryCommandTests
{
    private static readonly KazChinaEdition Edition = KazChinaEdition.Current;

    [Fact]
    public void Query_KindAndCountry_MatchesGoldenOutput()
    {
        CliResult result = CliRun.Run("query", "--kind", "tradeFigure", "--country", "China");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Equal("", result.Error);
        Golden.AssertMatches("query-trade-china.txt", result.Output.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Query_NoFilter_ListsEveryRecordInEditionOrder()
    {
        CliResult result = CliRun.RunWithWidth(CliRun.Unwrapped, "query");

        Assert.Contains($"{Edition.Records.Count} of {Edition.Records.Count} records", result.Output, StringComparison.Ordinal);
        Assert.Equal(Edition.Records.Select(r => r.Id.Value), ConsoleTableRows.Column(result.Output, 0));
    }

    [Fact]
    public void Query_KindAndCountry_ListsTheRecordsOfThatKindReferringToTheCountry()
    {
        CliResult result = CliRun.RunWithWidth(CliRun.Unwrapped, "query", "--kind", "tradeFigure", "--country", "russia");

        Assert.Equal(["trade-kazakhstan-russia-2010"], ConsoleTableRows.Column(result.Output, 0));
        Assert.Equal(["Id", "Kind", "When", "Label"], ConsoleTableRows.Of(result.Output)[0]);
        Assert.Equal(["trade-kazakhstan-russia-2010", "tradeFigure", "during 2010", "Kazakhstan–Russia trade volume: $13.3 billion"], ConsoleTableRows.Of(result.Output)[1]);
    }

    [Fact]
    public void Query_PartyByTheNameAsWritten_ListsWhatThatPersonTakesPartIn()
    {
        CliResult result = CliRun.RunWithWidth(CliRun.Unwrapped, "query", "--party", "Hu Jintau");

        string[] ids = ConsoleTableRows.Column(result.Output, 0);
        string[] expected =
        [
            .. Edition.Quotes.Where(q => q.SpeakerId == "hu-jintao").Select(q => q.Id.Value),
            .. Edition.Events.Where(e => e.ParticipantIds.Contains("hu-jintao")).Select(e => e.Id.Value),
            .. Edition.Assessments.Where(a => a.HolderId == "hu-jintao").Select(a => a.Id.Value),
            .. Edition.Provisions.Where(p => p.ActorIds.Contains("hu-jintao")).Select(p => p.Id.Value),
            .. Edition.Agreements.Where(a => a.PartyIds.Contains("hu-jintao")).Select(a => a.Id.Value),
        ];
        Assert.Contains("event-hu-visit-astana", ids);
        Assert.Equal(expected.Order(StringComparer.Ordinal), ids.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Query_Outlet_ListsItsCitationsAndTheRecordsTheySupport()
    {
        CliResult result = CliRun.RunWithWidth(CliRun.Unwrapped, "query", "--outlet", "www.centralasiaonline.com");

        string[] citations = [.. Edition.Citations.Where(c => c.OutletId == "central-asia-online").Select(c => c.Id.Value)];
        string[] expected =
        [
            .. Edition.Records
                .Where(r => citations.Contains(r.Id.Value) || r.Evidence.CitationIds.Any(c => citations.Contains(c.Value)))
                .Select(r => r.Id.Value),
        ];
        Assert.NotEmpty(expected.Except(citations));
        Assert.Equal(expected, ConsoleTableRows.Column(result.Output, 0));
    }

    [Fact]
    public void Query_Period_ListsTheDatedRecordsThatMayFallInIt()
    {
        CliResult result = CliRun.RunWithWidth(CliRun.Unwrapped, "query", "--period", "2011-06-13");

        var day = new NodaTime.LocalDate(2011, 6, 13);
        string[] expected = [.. Edition.Records.Where(r => DateOf(r) is { } d && d.Start <= day && day <= d.End).Select(r => r.Id.Value)];
        Assert.Contains("all-round-strategic-partnership-2011", expected);
        Assert.Contains("cite-xinhua-2011-06-13-a", expected);
        Assert.Equal(expected, ConsoleTableRows.Column(result.Output, 0));
    }

    [Fact]
    public void Query_TextWithStraightApostrophe_FindsTheCurlyOneInTheEvidence()
    {
        CliResult result = CliRun.RunWithWidth(CliRun.Unwrapped, "query", "--text", "Kazakhstan's twenty years");

        string[] ids = ConsoleTableRows.Column(result.Output, 0);
        Assert.NotEmpty(ids);
        Assert.All(ids, id => Assert.Contains(
            Edition.Records.Single(r => r.Id == id).Evidence.Spans,
            s => s.Text.Contains("Kazakhstan’s twenty years", StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public void Query_TextAndKind_FindsWordsInFieldsToo()
    {
        CliResult result = CliRun.RunWithWidth(CliRun.Unwrapped, "query", "--text", "PIPELINE", "--kind", "infrastructure-project");

        Assert.Equal(
            ["kazakhstan-china-oil-pipeline", "kazakhstan-china-oil-pipeline-phase-two", "kazakhstan-china-gas-pipeline-second-stage"],
            ConsoleTableRows.Column(result.Output, 0));
    }

    [Fact]
    public void Query_FiltersTogether_ListTheRecordsPassingAll()
    {
        CliResult result = CliRun.RunWithWidth(CliRun.Unwrapped, "query", "--kind", "agreement", "--party", "china", "--period", "2011", "--outlet", "xinhua");

        Assert.Equal(["all-round-strategic-partnership-2011"], ConsoleTableRows.Column(result.Output, 0));
    }

    [Fact]
    public void Query_NothingMatches_PrintsAnEmptyTableAndExitsZero()
    {
        CliResult result = CliRun.RunWithWidth(CliRun.Unwrapped, "query", "--kind", "loan", "--country", "russia");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains($"0 of {Edition.Records.Count} records", result.Output, StringComparison.Ordinal);
        Assert.Empty(ConsoleTableRows.Column(result.Output, 0));
    }

    [Theory]
    [InlineData("--country", "narnia", "kazchina: No country 'narnia' in the edition; give an id or a name: kazakhstan, china, russia.\n")]
    [InlineData("--country", "hu-jintao", "kazchina: No country 'hu-jintao' in the edition; give an id or a name: kazakhstan, china, russia.\n")]
    [InlineData("--period", "June", "kazchina: Invalid period 'June': use YYYY, YYYY-MM or YYYY-MM-DD, or two of them joined by '..'.\n")]
    [InlineData("--text", " ", "kazchina: --text needs words to find.\n")]
    [InlineData("--kind", "treaty", "kazchina: Unknown kind 'treaty'; use article, country, person, organization, place, citation, quote, editorialNote, agreement, provision, event, tradeFigure, loan, currencySwap, infrastructureProject, assessment.\n")]
    public void Query_UnusableFilter_FailsWithOneLineAndExitCode2(string option, string value, string expected)
    {
        CliResult result = CliRun.Run("query", option, value);

        CliRun.AssertFailed(result, expected);
    }

    [Fact]
    public void Query_OutletThatIsNotAnOutlet_FailsNamingTheOutlets()
    {
        CliResult result = CliRun.Run("query", "--outlet", "china");

        CliRun.AssertFailedWith(result, "kazchina: No news outlet 'china' in the edition; give an id or a name: xinhua, interfax-kazakhstan, ");
    }

    [Fact]
    public void Query_Json_WritesTheMatchingRecordsInTheWireFormat()
    {
        CliResult result = CliRun.Run("query", "--kind", "loan,currencySwap", "--json");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Equal("", result.Error);
        ValueList<EditionRecord> expected = ValueList.Create<EditionRecord>([.. Edition.Loans, .. Edition.CurrencySwaps]);
        Assert.Equal(KazChinaJson.Serialize(expected, indented: true) + "\n", result.Output);
        Assert.Equal(expected, KazChinaJson.Deserialize<ValueList<EditionRecord>>(result.Output));
    }

    [Fact]
    public void Query_JsonWithNoMatch_WritesAnEmptyArray()
    {
        CliResult result = CliRun.Run("query", "--kind", "loan", "--country", "russia", "--json");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Equal("[]\n", result.Output);
    }

    [Fact]
    public void Query_EditionFile_QueriesThatEdition()
    {
        using var folder = new TemporaryFolder();
        string path = EditionFiles.Write(folder, "synthetic.json", EditionFiles.Synthetic);

        CliResult result = CliRun.RunWithWidth(CliRun.Unwrapped, "query", "--edition", path, "--kind", "agreement");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Equal(EditionFiles.Synthetic.Agreements.Select(a => a.Id.Value), ConsoleTableRows.Column(result.Output, 0));
    }

    [Fact]
    public void Query_EditionWithTerminalControlsInALabel_ShowsThemEscaped()
    {
        CliResult result = HostileText.RunOnEditionWithAgreementTitle(HostileText.Terminal, "query", "--kind", "agreement");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains([HostileText.AgreementId, "agreement", "at 2011-06-13 (year inferred)", HostileText.TerminalShown], ConsoleTableRows.Of(result.Output));
        Assert.False(HostileText.HasTerminalControls(result.Output));
    }

    [Fact]
    public void Query_TradeWithChina_ListsTheCaveatsOnTheValuesShown()
    {
        CliResult result = CliRun.RunWithWidth(CliRun.Unwrapped, "query", "--kind", "tradeFigure", "--country", "china");

        Assert.Equal(
            [
                ["undatedInput", "trade-china-kazakhstan-over-20bn-cheng states no period: when it holds is not known."],
                ["boundedInput", "trade-china-kazakhstan-over-20bn-cheng states a bound, not an exact figure: \"over $20 billion\"."],
                ["disputedInput", "note-trade-20bn-2011-scope reads trade-china-kazakhstan-20bn-2011 differently: period during 2010 (as stated: during 2011); the value is used as stated."],
                ["unconfirmedInput", "oil-delivered-2010's quantity (11 million tons) is not confirmed elsewhere (note-oil-delivered-unconfirmed)."],
            ],
            ConsoleTableRows.Of(result.Output, table: 1).Skip(1));
        Assert.Contains("4 caveats on these values, as stated", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Query_Corrected_ShowsTheValuesAsTheNotesReadThemAndSaysSo()
    {
        CliResult result = CliRun.RunWithWidth(CliRun.Unwrapped, "query", "--kind", "loan", "--corrected");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Equal(
            ["loan-cdb-kazakhmys-aktogay", "loan", "at 2011-06-13", "China Development Bank loan to Kazakhmys: $1.5 billion"],
            ConsoleTableRows.Of(result.Output)[1]);
        Assert.Equal(["correctedInput"], ConsoleTableRows.Column(result.Output, 0, table: 1));
        Assert.Contains($"1 of {Edition.Records.Count} records, corrected", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Query_PeriodCorrected_FindsWhatANoteDates()
    {
        CliResult asStated = CliRun.RunWithWidth(CliRun.Unwrapped, "query", "--period", "2002");
        CliResult corrected = CliRun.RunWithWidth(CliRun.Unwrapped, "query", "--period", "2002", "--corrected");

        Assert.Empty(ConsoleTableRows.Column(asStated.Output, 0));
        Assert.Equal(["good-neighborly-treaty", "event-good-neighborly-treaty-signed"], ConsoleTableRows.Column(corrected.Output, 0));
    }

    [Fact]
    public void Query_JsonCorrected_WritesTheCorrectedRecords()
    {
        CliResult result = CliRun.Run("query", "--kind", "loan", "--json", "--corrected");

        Loan loan = Assert.IsType<Loan>(Assert.Single(KazChinaJson.Deserialize<ValueList<EditionRecord>>(result.Output)));
        Assert.Equal(Money.Usd(1_500_000_000m), loan.Amount.Value);
    }

    private static PartialDate? DateOf(EditionRecord record) => record switch
    {
        Agreement a => a.When?.Date,
        Event e => e.When?.Date,
        TradeFigure t => t.Period?.Date,
        Loan l => l.When?.Date,
        CurrencySwap s => s.When?.Date,
        InfrastructureProject p => p.When?.Date,
        Citation c => c.Date,
        _ => null,
    };
}

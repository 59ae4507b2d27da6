using System;
using Spectre.Console;
using Spectre.Console.Cli;

namespace KazChina.Model.Cli;

/// <summary>The `kazchina` command line: builds the command tree and runs it against a console, so tests can run it in-process.</summary>
internal static class KazChinaApp
{
    /// <summary>Runs the tool.</summary>
    /// <param name="args">The command-line arguments.</param>
    /// <param name="console">Where output goes.</param>
    /// <returns>The process exit code.</returns>
    public static int Run(string[] args, IAnsiConsole console)
    {
        var app = new CommandApp();
        app.Configure(config =>
        {
            config.SetApplicationName("kazchina");
            config.Settings.Console = console;
            config.Settings.StrictParsing = true;
            config.AddCommand<SummaryCommand>("summary")
                .WithDescription("The edition at a glance: the article's metadata and the number of records of each kind.");
        });
        return app.Run(args);
    }
}

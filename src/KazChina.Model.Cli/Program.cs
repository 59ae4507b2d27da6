using Spectre.Console;

namespace KazChina.Model.Cli;

internal static class Program
{
    private static int Main(string[] args) => KazChinaApp.Run(args, AnsiConsole.Console);
}

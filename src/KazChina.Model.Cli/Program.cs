using System;
using System.Text;
using System.Threading;
using Spectre.Console;

namespace KazChina.Model.Cli;

internal static class Program
{
    private static int Main(string[] args)
    {
        // Tables, JSON and CSV are UTF-8 whatever the platform's console code page is.
        Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        IAnsiConsole console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Out) });
        IAnsiConsole errorConsole = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });

        // Ctrl+C cancels the command instead of killing the process, so an export can delete its temporary files.
        using var cancellation = new CancellationTokenSource();
        ConsoleCancelEventHandler cancel = (_, e) =>
        {
            e.Cancel = true;
            cancellation.Cancel();
        };
        Console.CancelKeyPress += cancel;
        try
        {
            return KazChinaApp.Run(args, console, errorConsole, cancellation.Token);
        }
        finally
        {
            Console.CancelKeyPress -= cancel;
        }
    }
}

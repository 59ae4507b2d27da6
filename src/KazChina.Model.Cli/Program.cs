using System;
using System.Text;
using Spectre.Console;

namespace KazChina.Model.Cli;

internal static class Program
{
    private static int Main(string[] args)
    {
        // Tables, JSON and CSV are UTF-8 whatever the platform's console code page is.
        Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        IAnsiConsole console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Out) });

        // Detected on the real stdout (colours only on a terminal); then every write goes through the guard.
        console.Profile.Out = new StandardOutput();
        IAnsiConsole errorConsole = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });

        var session = new OutputSession(SystemFileOperations.Instance);
        using var interrupts = Interrupts.Register(session, Console.Error);
        int exitCode = KazChinaApp.Run(args, console, errorConsole, session);
        interrupts.WaitIfInterrupted();
        return exitCode;
    }
}

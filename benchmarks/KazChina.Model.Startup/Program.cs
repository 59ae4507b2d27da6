using System;
using System.Collections.Generic;

namespace KazChina.Model.Startup;

/// <summary>
/// Starts, answers one query on the embedded edition and exits: what a command-line tool or a serverless
/// function built on the package pays before its first answer (the edition is built, and its indexes with
/// it, on this first query). With <c>--runtime-only</c> it prints a line without touching the package, so
/// the runtime's own start-up can be told apart from the package's share.
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        if (args is ["--runtime-only"])
        {
            Console.WriteLine("runtime only");
            return 0;
        }

        IReadOnlyList<TradeFigure> figures = KazChinaEdition.Current.TradeBetween("china", "kazakhstan");
        Console.WriteLine($"{figures.Count} China–Kazakhstan trade figures; the first: {figures[0].Amount?.AsWritten}");
        return figures.Count > 0 ? 0 : 1;
    }
}

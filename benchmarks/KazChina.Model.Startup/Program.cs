using System;
using System.Collections.Generic;

namespace KazChina.Model.Startup;

/// <summary>
/// Starts, answers one query on the embedded edition and exits: what a command-line tool or a serverless
/// function built on the package pays before its first answer (the edition is built, and its indexes with
/// it, on this first query). With <c>--json</c> it instead writes the edition as JSON and reads it back
/// (validated), the first round trip through <see cref="KazChinaJson"/>. benchmarks/startup.sh times both beside
/// hello worlds it builds, the floors of the runtime's own start-up.
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        switch (args)
        {
            case ["--json"]:
                byte[] json = KazChinaJson.SerializeToUtf8Bytes(KazChinaEdition.Current);
                KazChinaEdition read = KazChinaJson.Deserialize<KazChinaEdition>(json);
                Console.WriteLine($"{json.Length} bytes of JSON read back as {read.Records.Count} records");
                return read.Equals(KazChinaEdition.Current) ? 0 : 1;
            default:
                IReadOnlyList<TradeFigure> figures = KazChinaEdition.Current.TradeBetween("china", "kazakhstan");
                Console.WriteLine($"{figures.Count} China–Kazakhstan trade figures; the first: {figures[0].Amount?.AsWritten}");
                return figures.Count > 0 ? 0 : 1;
        }
    }
}

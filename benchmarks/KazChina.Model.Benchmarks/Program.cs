using System;
using System.Globalization;
using System.IO;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace KazChina.Model.Benchmarks;

internal static class Program
{
    /// <summary>
    /// Runs the benchmarks the arguments select; exits 1 when any of them failed, so that CI notices. Two helper
    /// modes serve benchmarks/memory.sh: <c>--write-synthetic N FILE</c> writes a generated edition of about N
    /// records as JSON, and <c>--live-size FILE</c> reads an edition and prints the bytes it holds live.
    /// </summary>
    private static int Main(string[] args)
    {
        switch (args)
        {
            case ["--write-synthetic", string records, string path]:
                File.WriteAllBytes(path, KazChinaJson.SerializeToUtf8Bytes(Editions.Synthetic(int.Parse(records, CultureInfo.InvariantCulture))));
                return 0;
            case ["--live-size", string path]:
                Console.WriteLine(LiveSize(path).ToString(CultureInfo.InvariantCulture));
                return 0;
        }

        IEnumerable<Summary> summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
    }

    /// <summary>The bytes an edition read from <paramref name="path"/> keeps alive, with its indexes built as <c>summary</c> builds them.</summary>
    private static long LiveSize(string path)
    {
        long before = GC.GetTotalMemory(forceFullCollection: true);
        KazChinaEdition edition = KazChinaJson.Deserialize<KazChinaEdition>(File.ReadAllBytes(path));
        _ = edition.Records.Count;
        long after = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(edition);
        return after - before;
    }
}

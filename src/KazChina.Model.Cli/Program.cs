using System;

namespace KazChina.Model.Cli;

internal static class Program
{
    private static int Main()
    {
        Console.WriteLine(KazChina.Model.ArticleText.Value.Length);
        return 0;
    }
}

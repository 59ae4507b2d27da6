using System;
using System.IO;

namespace KazChina.Model.Tests;

/// <summary>Finds the repository's root folder (the one holding KazChina.Model.sln) from the test's output folder.</summary>
public static class RepositoryRoot
{
    private static readonly Lazy<string> Root = new(Find);

    public static string Path => Root.Value;

    private static string Find()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "KazChina.Model.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("KazChina.Model.sln was not found above " + AppContext.BaseDirectory);
    }
}

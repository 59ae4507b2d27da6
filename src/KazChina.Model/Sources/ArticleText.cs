using System;
using System.IO;
using System.Security.Cryptography;
using System.Text;

namespace KazChina.Model;

/// <summary>
/// The text of the article, exactly as published and embedded in this assembly: UTF-8 with LF line
/// ends and no trailing newline. Every <see cref="TextSpan"/> in the edition is an offset into
/// <see cref="Value"/>, counted in UTF-16 code units.
/// </summary>
public static class ArticleText
{
    private const string ResourceName = "KazChina.Model.Article.txt";

    private static readonly Lazy<string> LazyText = new(Load);

    private static readonly Lazy<string> LazySha256 = new(() => Sha256Of(LazyText.Value));

    /// <summary>Gets the full text of the article.</summary>
    public static string Value => LazyText.Value;

    /// <summary>Gets the lowercase hexadecimal SHA-256 digest of the text's UTF-8 bytes.</summary>
    public static string Sha256 => LazySha256.Value;

    /// <summary>Returns the lowercase hexadecimal SHA-256 digest of <paramref name="text"/>'s UTF-8 bytes.</summary>
    internal static string Sha256Of(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static string Load()
    {
        using Stream stream = typeof(ArticleText).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded article resource '{ResourceName}' is missing from {typeof(ArticleText).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true));
        return reader.ReadToEnd();
    }
}

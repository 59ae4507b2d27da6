using System;
using System.Buffers;

namespace KazChina.Model.Exports;

/// <summary>Decides whether a web address as the article writes it can stand as a URL without adding anything to it.</summary>
internal static class WebAddress
{
    private static readonly SearchValues<char> NeedEscaping = SearchValues.Create("\"<>\\^`{|}");

    /// <summary>
    /// Tells whether <paramref name="address"/> is complete: an absolute http or https URL, or a host name whose
    /// domain has a name and a top-level domain after any leading <c>www.</c> (<c>www.centralasiaonline.com</c>).
    /// <c>www.centralasianewswire</c> is not: after <c>www.</c> only one label is left, so its top-level domain is
    /// missing, and guessing one would invent an address.
    /// </summary>
    /// <param name="address">The address as written.</param>
    /// <returns>Whether it is complete.</returns>
    public static bool IsComplete(string address)
    {
        // Only characters a URL may hold as they are: nothing that would need escaping where the URL lands.
        if (address.AsSpan().IndexOfAnyExceptInRange('!', '~') >= 0 || address.AsSpan().IndexOfAny(NeedEscaping) >= 0)
        {
            return false;
        }

        if (address.Contains("://", StringComparison.Ordinal))
        {
            return Uri.TryCreate(address, UriKind.Absolute, out Uri? uri)
                && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
                && IsComplete(uri.Host);
        }

        if (Uri.CheckHostName(address) != UriHostNameType.Dns)
        {
            return false;
        }

        string[] labels = address.Split('.');
        int first = string.Equals(labels[0], "www", StringComparison.OrdinalIgnoreCase) ? 1 : 0;
        string topLevel = labels[^1];
        return labels.Length - first >= 2 && topLevel.Length >= 2 && IsAsciiLetters(topLevel);
    }

    private static bool IsAsciiLetters(string text)
    {
        foreach (char c in text)
        {
            if (!char.IsAsciiLetter(c))
            {
                return false;
            }
        }

        return true;
    }
}

using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace KazChina.Model;

/// <summary>Builds JSON paths in the form System.Text.Json and <see cref="ValidationIssue.Path"/> use: <c>$.loans[0].amount</c>, <c>$['odd name']</c>.</summary>
internal static class JsonPath
{
    /// <summary>Appends a member to a path.</summary>
    /// <param name="path">The path of the object.</param>
    /// <param name="name">The member's name.</param>
    /// <returns>The member's path.</returns>
    public static string Member(string path, string name) => path + MemberSegment(name);

    /// <summary>Appends an array index to a path.</summary>
    /// <param name="path">The path of the array.</param>
    /// <param name="index">The index.</param>
    /// <returns>The element's path.</returns>
    public static string Element(string path, int index) => path + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";

    /// <summary>The segment for a member: <c>.name</c> for plain names, <c>['name']</c> otherwise.</summary>
    /// <param name="name">The member's name.</param>
    /// <returns>The segment.</returns>
    public static string MemberSegment(string name)
    {
        bool plain = name.Length > 0;
        foreach (char c in name)
        {
            plain &= c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_' or '$';
        }

        return plain ? "." + name : "['" + JsonErrors.Quote(name)[1..^1].Replace("'", "\\'", System.StringComparison.Ordinal) + "']";
    }
}

/// <summary>Tracks where a forward-only reader is, so that an error can name its path.</summary>
internal sealed class JsonPathTracker
{
    private readonly List<Frame> _frames = [];

    /// <summary>Gets the depth: 0 outside any container.</summary>
    public int Depth => _frames.Count;

    /// <summary>Gets the name of the member being read at depth 1, if any.</summary>
    public string? RootMember => _frames.Count == 1 ? _frames[0].Member : null;

    /// <summary>Notes that a value starts (a scalar, or the start of a container).</summary>
    public void ValueStarts()
    {
        if (_frames.Count > 0 && _frames[^1].IsArray)
        {
            _frames[^1] = _frames[^1] with { Count = _frames[^1].Count + 1 };
        }
    }

    /// <summary>Notes that a container was opened.</summary>
    /// <param name="isArray">Whether it is an array.</param>
    public void Open(bool isArray)
    {
        ValueStarts();
        _frames.Add(new Frame(isArray, 0, null));
    }

    /// <summary>Notes that the innermost container was closed.</summary>
    public void Close() => _frames.RemoveAt(_frames.Count - 1);

    /// <summary>Notes the member now being read in the innermost object.</summary>
    /// <param name="name">The member's name.</param>
    public void MemberIs(string name) => _frames[^1] = _frames[^1] with { Member = name };

    /// <summary>Returns the path of the value being read.</summary>
    /// <returns>The path, <c>$</c> at the top.</returns>
    public override string ToString()
    {
        var path = new StringBuilder("$");
        foreach (Frame frame in _frames)
        {
            if (frame.IsArray && frame.Count > 0)
            {
                path.Append(CultureInfo.InvariantCulture, $"[{frame.Count - 1}]");
            }
            else if (!frame.IsArray && frame.Member is not null)
            {
                path.Append(JsonPath.MemberSegment(frame.Member));
            }
        }

        return path.ToString();
    }

    private readonly record struct Frame(bool IsArray, int Count, string? Member);
}

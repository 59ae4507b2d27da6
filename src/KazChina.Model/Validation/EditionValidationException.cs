using System;
using System.Collections.Generic;
using System.Linq;

namespace KazChina.Model;

/// <summary>
/// Thrown by <see cref="KazChinaJson"/> when a document is well-formed and every record in it is valid on its
/// own, but the edition as a whole is not: <see cref="KazChinaEdition.Validate"/> found duplicate ids, references
/// that do not resolve, spans outside the text or not matching it, and the like. <see cref="Issues"/> lists every
/// violation, each with its JSON path and record id; the message lists them too.
/// </summary>
/// <remarks>Its <see cref="System.Text.Json.JsonException.Path"/> is <c>$</c>: the issues carry their own paths.</remarks>
public sealed class EditionValidationException : KazChinaJsonException
{
    private const int MaxIssuesInMessage = 20;

    /// <summary>Creates the exception with no issues.</summary>
    public EditionValidationException()
        : this([])
    {
    }

    /// <summary>Creates the exception with no issues and the given message.</summary>
    /// <param name="message">What went wrong.</param>
    public EditionValidationException(string? message)
        : base(message)
    {
        Issues = [];
    }

    /// <summary>Creates the exception with no issues and the given message.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The underlying exception, or null.</param>
    public EditionValidationException(string? message, Exception? innerException)
        : base(message, innerException)
    {
        Issues = [];
    }

    /// <summary>Creates the exception for the issues <see cref="KazChinaEdition.Validate"/> found.</summary>
    /// <param name="issues">Every violation, in edition order.</param>
    /// <exception cref="ArgumentNullException"><paramref name="issues"/> is null.</exception>
    public EditionValidationException(IReadOnlyList<ValidationIssue> issues)
        : base("$", Summary(issues), Lines(issues))
    {
        Issues = issues;
    }

    /// <summary>Gets every violation found, in edition order.</summary>
    public IReadOnlyList<ValidationIssue> Issues { get; }

    private static string Summary(IReadOnlyList<ValidationIssue> issues)
    {
        ArgumentNullException.ThrowIfNull(issues);
        return issues.Count == 1 ? "The edition is not valid (1 issue):" : $"The edition is not valid ({issues.Count} issues):";
    }

    private static string[] Lines(IReadOnlyList<ValidationIssue> issues) =>
    [
        .. issues.Take(MaxIssuesInMessage).Select(issue => issue.ToString()),
        .. issues.Count > MaxIssuesInMessage ? [$"… and {issues.Count - MaxIssuesInMessage} more (see Issues)."] : Array.Empty<string>(),
    ];
}

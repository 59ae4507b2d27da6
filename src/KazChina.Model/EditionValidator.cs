using System;
using System.Collections.Generic;
using System.Linq;

namespace KazChina.Model;

/// <summary>The rules that span records, checked in one pass per rule, each linear in the size of the edition.</summary>
internal static class EditionValidator
{
    public static IReadOnlyList<ValidationIssue> Validate(KazChinaEdition edition)
    {
        var issues = new List<ValidationIssue>();
        string text = edition.Article.Text;
        var seen = new Dictionary<RecordId, string>();
        var records = edition.EnumerateRecordsWithPaths().ToList();

        foreach ((string path, EditionRecord record) in records)
        {
            if (!seen.TryAdd(record.Id, path))
            {
                issues.Add(new ValidationIssue(ValidationRule.DuplicateId, record.Id, path + ".id", $"The id '{record.Id}' is already used by the record at {seen[record.Id]}."));
            }
        }

        foreach ((string path, EditionRecord record) in records)
        {
            CheckReferences(edition, path, record, issues);
            CheckSpans(text, path, record, issues);
            CheckRecordRules(path, record, issues);
        }

        return issues;
    }

    private static void CheckReferences(KazChinaEdition edition, string path, EditionRecord record, List<ValidationIssue> issues)
    {
        foreach (RecordReference reference in record.GetReferences())
        {
            string memberPath = path + "." + JsonPathOf(reference.Member);
            if (!edition.ById.TryGetValue(reference.Target, out EditionRecord? target))
            {
                issues.Add(new ValidationIssue(ValidationRule.DanglingReference, record.Id, memberPath, $"{reference.Member} refers to '{reference.Target}', which no record has."));
            }
            else if (!reference.AllowedKinds.Contains(target.Kind))
            {
                issues.Add(new ValidationIssue(ValidationRule.WrongReferenceKind, record.Id, memberPath, $"{reference.Member} refers to '{reference.Target}', a {target.Kind}; expected {string.Join(" or ", reference.AllowedKinds)}."));
            }
        }
    }

    private static void CheckSpans(string text, string path, EditionRecord record, List<ValidationIssue> issues)
    {
        ValueList<TextSpan> spans = record.Evidence.Spans;
        if (spans.Count == 0)
        {
            issues.Add(record is Citation
                ? new ValidationIssue(ValidationRule.CitationWithoutSpan, record.Id, path + ".evidence.spans", "The citation has no span of its own in the text.")
                : new ValidationIssue(ValidationRule.MissingSpan, record.Id, path + ".evidence.spans", "The record's evidence has no span of the article."));
        }

        for (int i = 0; i < spans.Count; i++)
        {
            CheckSpan(text, $"{path}.evidence.spans[{i}]", record.Id, spans[i], issues);
        }

        if (record is Quote quote)
        {
            CheckSpan(text, path + ".words", record.Id, quote.Words, issues);
        }
    }

    private static void CheckSpan(string text, string path, RecordId id, TextSpan span, List<ValidationIssue> issues)
    {
        if (span.End > text.Length)
        {
            issues.Add(new ValidationIssue(ValidationRule.SpanOutOfRange, id, path, $"The span [{span.Start}, {span.End}) ends beyond the text, which has {text.Length} code units."));
        }
        else if (!span.Matches(text))
        {
            issues.Add(new ValidationIssue(ValidationRule.SpanTextMismatch, id, path, $"The span quotes \"{span.Text}\" but the text at [{span.Start}, {span.End}) reads \"{text.Substring(span.Start, span.Length)}\"."));
        }
    }

    private static void CheckRecordRules(string path, EditionRecord record, List<ValidationIssue> issues)
    {
        switch (record)
        {
            case TradeFigure { Amount: { } amount } figure:
                CheckCurrency(path + ".amount", figure.Id, amount, Currency.Usd, issues);
                break;
            case EditorialNote note when note.Evidence.Spans.Count > 0
                && !note.Evidence.Spans.Any(s => s.Text.Contains(note.AsWritten, StringComparison.Ordinal)):
                issues.Add(new ValidationIssue(ValidationRule.NoteTextNotInSpans, note.Id, path + ".asWritten", $"The words \"{note.AsWritten}\" do not stand in any of the note's spans."));
                break;
        }
    }

    private static void CheckCurrency(string path, RecordId id, StatedAmount amount, string allowed, List<ValidationIssue> issues)
    {
        if (!string.Equals(amount.Value.Currency, allowed, StringComparison.Ordinal))
        {
            issues.Add(new ValidationIssue(ValidationRule.CurrencyNotAllowed, id, path, $"Trade figures are stated and compared in {allowed}; this one is in {amount.Value.Currency}."));
        }
    }

    private static string JsonPathOf(string member) =>
        string.Join('.', member.Split('.').Select(part => char.ToLowerInvariant(part[0]) + part[1..]));
}

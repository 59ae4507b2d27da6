using System;
using System.Collections.Generic;
using System.Linq;

namespace KazChina.Model;

/// <summary>
/// The rules that span records, checked in one pass per rule, each linear in the size of the edition.
/// JSON paths are formatted, and references built as objects, only for the issues found, so a valid edition
/// is checked without building a string per record, reference or span, or an object per reference.
/// </summary>
internal static class EditionValidator
{
    public static IReadOnlyList<ValidationIssue> Validate(KazChinaEdition edition)
    {
        var issues = new List<ValidationIssue>();
        string text = edition.Article.Text;

        // The id map (which references resolve against, and queries use later) holds each id once, so it is
        // smaller than the edition exactly when ids repeat; only then is a second map needed to say where.
        if (edition.ById.Count < edition.Records.Count)
        {
            CheckDuplicateIds(edition, issues);
        }

        var references = new ReferenceChecker(edition.ById, issues);
        var readings = new ReadingChecker(edition.ById, issues);
        foreach ((string list, int index, EditionRecord record) in edition.EnumerateRecordsWithPositions())
        {
            var path = new RecordPath(list, index);
            references.Check(path, record);
            CheckSpans(text, path, record, issues);
            CheckRecordRules(path, record, issues);
            if (record is EditorialNote note)
            {
                readings.Check(path, note);
            }
            CheckNamesInSpans(path, record, issues);
        }

        return issues.ToValueList();
    }

    private static void CheckDuplicateIds(KazChinaEdition edition, List<ValidationIssue> issues)
    {
        var seen = new Dictionary<RecordId, RecordPath>(edition.Records.Count);
        foreach ((string list, int index, EditionRecord record) in edition.EnumerateRecordsWithPositions())
        {
            var path = new RecordPath(list, index);
            if (!seen.TryAdd(record.Id, path))
            {
                issues.Add(new ValidationIssue(ValidationRule.DuplicateId, record.Id, path + ".id", $"The id '{record.Id}' is already used by the record at {seen[record.Id]}."));
            }
        }
    }

    private static void CheckSpans(string text, RecordPath path, EditionRecord record, List<ValidationIssue> issues)
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
            if (SpanIssue(text, spans[i]) is { } issue)
            {
                issues.Add(new ValidationIssue(issue.Rule, record.Id, $"{path}.evidence.spans[{i}]", issue.Message));
            }
        }

        if (record is Quote quote && SpanIssue(text, quote.Words) is { } wordsIssue)
        {
            issues.Add(new ValidationIssue(wordsIssue.Rule, record.Id, path + ".words", wordsIssue.Message));
        }
    }

    /// <summary>Returns what is wrong with a span, or null when it lies in the text and quotes it exactly.</summary>
    private static (ValidationRule Rule, string Message)? SpanIssue(string text, TextSpan span)
    {
        if (span.End > text.Length)
        {
            return (ValidationRule.SpanOutOfRange, $"The span [{span.Start}, {span.End}) ends beyond the text, which has {text.Length} code units.");
        }

        if (!span.Matches(text))
        {
            return (ValidationRule.SpanTextMismatch, $"The span quotes \"{span.Text}\" but the text at [{span.Start}, {span.End}) reads \"{text.Substring(span.Start, span.Length)}\".");
        }

        return null;
    }

    private static void CheckRecordRules(RecordPath path, EditionRecord record, List<ValidationIssue> issues)
    {
        switch (record)
        {
            case TradeFigure { Amount: { } amount } figure:
                CheckCurrency(path, figure.Id, amount, Currency.Usd, issues);
                break;
            case EditorialNote note when note.Evidence.Spans.Count > 0 && !AnySpanContains(note.Evidence.Spans, note.AsWritten):
                issues.Add(new ValidationIssue(ValidationRule.NoteTextNotInSpans, note.Id, path + ".asWritten", $"The words \"{note.AsWritten}\" do not stand in any of the note's spans."));
                break;
        }
    }

    /// <summary>
    /// Checks that every name the record gives as written stands in its own spans. A record without spans is
    /// reported as missing them already, so its names are not reported again.
    /// </summary>
    private static void CheckNamesInSpans(RecordPath path, EditionRecord record, List<ValidationIssue> issues)
    {
        ValueList<TextSpan> spans = record.Evidence.Spans;
        if (spans.Count == 0)
        {
            return;
        }

        switch (record)
        {
            case Article article:
                Name("title", article.Title);
                Name("publication", article.Publication);
                break;
            case Country country:
                Forms("formsAsWritten", country.FormsAsWritten);
                break;
            case Person person:
                Name("nameAsWritten", person.NameAsWritten);
                Forms("otherFormsAsWritten", person.OtherFormsAsWritten);
                break;
            case Organization organization:
                Name("nameAsWritten", organization.NameAsWritten);
                Forms("otherFormsAsWritten", organization.OtherFormsAsWritten);
                break;
            case Place place:
                Name("nameAsWritten", place.NameAsWritten);
                break;
            case InfrastructureProject project:
                Name("nameAsWritten", project.NameAsWritten);
                break;
            case Agreement agreement:
                Names("namesAsWritten", agreement.NamesAsWritten);
                break;
        }

        void Names(string member, ValueList<string> names)
        {
            for (int i = 0; i < names.Count; i++)
            {
                Name(member, names[i], i);
            }
        }

        void Forms(string member, ValueList<NameForm> forms)
        {
            for (int i = 0; i < forms.Count; i++)
            {
                Name(member, forms[i].Form, i, ".form");
            }
        }

        // The path is formatted only for a name that is missing, so a valid edition builds no string here.
        void Name(string member, string words, int index = -1, string part = "")
        {
            if (!AnySpanContains(spans, words))
            {
                string at = index < 0 ? $"{path}.{member}" : $"{path}.{member}[{index}]{part}";
                issues.Add(new ValidationIssue(ValidationRule.NameNotInSpans, record.Id, at, $"The name \"{words}\" does not stand in any of the record's spans."));
            }
        }
    }

    /// <summary>Tells whether the words of any of <paramref name="spans"/> contain <paramref name="words"/>; a loop, since a lambda would capture the words and allocate per note.</summary>
    private static bool AnySpanContains(ValueList<TextSpan> spans, string words)
    {
        foreach (TextSpan span in spans)
        {
            if (span.Text.Contains(words, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static void CheckCurrency(RecordPath path, RecordId id, StatedAmount amount, string allowed, List<ValidationIssue> issues)
    {
        if (!string.Equals(amount.Value.Currency, allowed, StringComparison.Ordinal))
        {
            issues.Add(new ValidationIssue(ValidationRule.CurrencyNotAllowed, id, path + ".amount", $"Trade figures are stated and compared in {allowed}; this one is in {amount.Value.Currency}."));
        }
    }

    private static string JsonPathOf(string member) =>
        string.Join('.', member.Split('.').Select(part => char.ToLowerInvariant(part[0]) + part[1..]));

    /// <summary>
    /// Checks the references each record reports: looks every target up and builds a <see cref="RecordReference"/>
    /// (for its location) and an issue only for one that does not resolve to a record of an allowed kind, so that
    /// a valid edition is checked without an object per reference.
    /// </summary>
    private sealed class ReferenceChecker(Dictionary<RecordId, EditionRecord> byId, List<ValidationIssue> issues) : ReferenceSink
    {
        // The record being checked, set by Check, so that one checker serves the whole edition.
        private RecordId _recordId;
        private RecordPath _path;

        /// <summary>Checks every reference <paramref name="record"/> reports, adding an issue for each that is wrong.</summary>
        public void Check(RecordPath path, EditionRecord record)
        {
            (_path, _recordId) = (path, record.Id);
            record.ReportReferences(this);
        }

        /// <inheritdoc/>
        protected override void Receive(string member, RecordId target, ValueList<RecordKind> allowedKinds, int? index)
        {
            byId.TryGetValue(target, out EditionRecord? found);
            if (found is not null && allowedKinds.AsImmutableArray().Contains(found.Kind))
            {
                return;
            }

            var reference = new RecordReference(member, target, allowedKinds, index);
            string path = _path + "." + JsonPathOf(reference.Location);
            issues.Add(found is null
                ? new ValidationIssue(ValidationRule.DanglingReference, _recordId, path, $"{reference.Location} refers to '{reference.Target}', which no record has.")
                : new ValidationIssue(ValidationRule.WrongReferenceKind, _recordId, path, $"{reference.Location} refers to '{reference.Target}', a {found.Kind}; expected {string.Join(" or ", reference.AllowedKinds)}."));
        }
    }

    /// <summary>
    /// Checks each reading of each note against its target: the reading's type may read that member of the target's
    /// kind (<see cref="ReadingRules"/>), the target has a value it can apply to, and no two readings change one
    /// member of one record to different values. A reading whose target is missing is left to the reference check.
    /// </summary>
    private sealed class ReadingChecker(Dictionary<RecordId, EditionRecord> byId, List<ValidationIssue> issues)
    {
        /// <summary>The first reading that changes each slot of each record, with where it stands.</summary>
        private readonly Dictionary<(RecordId Target, (ReadMember, RecordId, string) Slot), (Reading Reading, string Path)> _changes = [];

        public void Check(RecordPath path, EditorialNote note)
        {
            for (int i = 0; i < note.Readings.Count; i++)
            {
                Reading reading = note.Readings[i];
                if (!byId.TryGetValue(reading.TargetId, out EditionRecord? target))
                {
                    continue;
                }

                string at = $"{path}.readings[{i}]";
                if (!ReadingRules.Allows(target.Kind, reading))
                {
                    issues.Add(new ValidationIssue(ValidationRule.ReadingTypeMismatch, note.Id, at, $"{reading.GetType().Name} cannot read the {reading.Member} of the {target.Kind} '{target.Id}'; it reads {ReadingRules.DescribeTargets(reading.GetType())}."));
                }
                else if (!ReadingApplier.IsApplicable(reading, target))
                {
                    issues.Add(new ValidationIssue(ValidationRule.ReadingNotApplicable, note.Id, at, ReadingApplier.WhyNotApplicable(reading, target)));
                }
                else if (ReadingApplier.Changes(reading, target))
                {
                    var key = (target.Id, ReadingApplier.SlotOf(reading));
                    if (!_changes.TryAdd(key, (reading, at)) && _changes[key] is var first && !ReadingApplier.SameValue(first.Reading, reading))
                    {
                        issues.Add(new ValidationIssue(ValidationRule.ConflictingReadings, note.Id, at, $"The reading gives '{target.Id}' {reading.Member} {reading.ValueText}, but the reading at {first.Path} gives {first.Reading.ValueText}."));
                    }
                }
            }
        }
    }

    /// <summary>
    /// Where a record stands in the edition's wire form; formatted (<c>$.loans[0]</c>, or <c>$.article</c> for the
    /// article, whose index is negative) only when an issue needs it.
    /// </summary>
    private readonly record struct RecordPath(string List, int Index)
    {
        public static string operator +(RecordPath path, string member) => path.ToString() + member;

        public override string ToString() => Index < 0 ? $"$.{List}" : $"$.{List}[{Index}]";
    }
}

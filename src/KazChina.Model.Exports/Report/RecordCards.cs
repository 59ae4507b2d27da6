using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace KazChina.Model.Exports;

/// <summary>
/// A record as a card: its kind, headline and anchor (<c>id</c> = the record's id), every member with its value as
/// stated and, where an editorial note reads it otherwise, as read, the words of the article it rests on (linked to
/// their highlight), its citations and the notes on it.
/// </summary>
/// <remarks>
/// The values come from the record's own JSON (<see cref="KazChinaJson"/>), so every member the wire format has is
/// shown, typed as there (an amount with its currency, bound and words as printed; a date with its precision). The
/// value as read is the corrected reading's (<see cref="ReadingQueries.Read"/>).
/// </remarks>
internal static class RecordCards
{
    private static readonly HashSet<string> Skipped = new(StringComparer.Ordinal) { "$type", "id", "evidence" };

    /// <summary>Appends one card.</summary>
    /// <param name="html">The HTML being built.</param>
    /// <param name="model">The report's model.</param>
    /// <param name="record">The record.</param>
    /// <param name="withAnchor">Whether the card carries the record's id as its anchor (once per page).</param>
    public static void Append(StringBuilder html, ReportModel model, EditionRecord record, bool withAnchor)
    {
        string kind = Enums.Name(record.Kind);
        html.Append("<article class=\"kz-record k-").Append(kind).Append("\" data-kind=\"").Append(kind).Append('"');
        if (withAnchor)
        {
            html.Append(" id=\"").Text(record.Id.Value).Append('"');
        }

        html.Append("><h4><span class=\"kz-kind\">").Text(Enums.Words(record.Kind)).Append("</span> ")
            .Text(model.Label(record))
            .Append(" <a class=\"kz-id\" href=\"#").Text(record.Id.Value).Append("\">#").Text(record.Id.Value).Append("</a></h4>");

        ReadRecord read = model.Edition.Read(record.Id, ReadingChoice.Corrected);
        AppendMembers(html, model, record, read);
        AppendWords(html, model, record);
        AppendLinks(html, model, "Citations", record.Evidence.CitationIds);
        AppendLinks(html, model, "Editorial notes", model.Edition.NotesOn(record.Id).Select(n => n.Id));
        if (record is EditorialNote note)
        {
            AppendLinks(html, model, "Reads", note.TargetIds);
        }

        html.Append("</article>");
    }

    private static void AppendMembers(StringBuilder html, ReportModel model, EditionRecord record, ReadRecord read)
    {
        using JsonDocument stated = JsonDocument.Parse(KazChinaJson.Serialize<EditionRecord>(record));
        using JsonDocument corrected = JsonDocument.Parse(KazChinaJson.Serialize<EditionRecord>(read.Record));
        html.Append("<dl class=\"kz-members\">");
        foreach (JsonProperty member in stated.RootElement.EnumerateObject().Where(p => !Skipped.Contains(p.Name)))
        {
            html.Append("<dt>").Text(member.Name).Append("</dt><dd>");
            AppendValue(html, model, member.Name, member.Value);
            if (corrected.RootElement.TryGetProperty(member.Name, out JsonElement asRead) && asRead.GetRawText() != member.Value.GetRawText())
            {
                html.Append("<br><span class=\"kz-read\">as read: ");
                AppendValue(html, model, member.Name, asRead);
                html.Append(" <span class=\"kz-by\">(");
                AppendIdLinks(html, model, read.AppliedNoteIds);
                html.Append(")</span></span>");
            }

            html.Append("</dd>");
        }

        html.Append("</dl>");
    }

    private static void AppendValue(StringBuilder html, ReportModel model, string name, JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Null:
                html.Append("<span class=\"kz-ns\">not given</span>");
                break;
            case JsonValueKind.String when IsIdMember(name) && RecordId.IsValid(value.GetString()) && model.ById.ContainsKey(new RecordId(value.GetString()!)):
                AppendIdLinks(html, model, [new RecordId(value.GetString()!)]);
                break;
            case JsonValueKind.String:
                html.Text(value.GetString()!);
                break;
            case JsonValueKind.Array when value.GetArrayLength() == 0:
                html.Append("<span class=\"kz-ns\">none</span>");
                break;
            case JsonValueKind.Array:
                int i = 0;
                foreach (JsonElement item in value.EnumerateArray())
                {
                    html.Append(i++ == 0 ? "" : ", ");
                    AppendValue(html, model, name, item);
                }

                break;
            case JsonValueKind.Object:
                html.Append('{');
                int j = 0;
                foreach (JsonProperty inner in value.EnumerateObject())
                {
                    html.Append(j++ == 0 ? "" : "; ").Text(inner.Name).Append(": ");
                    AppendValue(html, model, inner.Name, inner.Value);
                }

                html.Append('}');
                break;
            default:
                html.Text(value.GetRawText());
                break;
        }
    }

    private static bool IsIdMember(string name) => name.EndsWith("Id", StringComparison.Ordinal) || name.EndsWith("Ids", StringComparison.Ordinal);

    private static void AppendWords(StringBuilder html, ReportModel model, EditionRecord record)
    {
        html.Append("<p class=\"kz-words\">Words: ");
        int i = 0;
        foreach (TextSpan span in record.Evidence.Spans)
        {
            html.Append(i++ == 0 ? "" : " … ")
                .Append("<a href=\"#").Append(model.SpanOf(span).Anchor).Append("\">“").Text(span.Text).Append("”</a>");
        }

        html.Append("</p>");
    }

    private static void AppendLinks(StringBuilder html, ReportModel model, string title, IEnumerable<RecordId> ids)
    {
        RecordId[] list = [.. ids];
        if (list.Length == 0)
        {
            return;
        }

        html.Append("<p class=\"kz-links\">").Text(title).Append(": ");
        AppendIdLinks(html, model, list);
        html.Append("</p>");
    }

    private static void AppendIdLinks(StringBuilder html, ReportModel model, IEnumerable<RecordId> ids)
    {
        int i = 0;
        foreach (RecordId id in ids)
        {
            html.Append(i++ == 0 ? "" : ", ").Append("<a href=\"#").Text(id.Value).Append("\">")
                .Text(model.ById.TryGetValue(id, out EditionRecord? target) ? model.Label(target) : id.Value)
                .Append("</a>");
        }
    }
}

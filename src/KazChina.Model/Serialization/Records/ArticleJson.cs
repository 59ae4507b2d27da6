using System.Text.Json;
using static KazChina.Model.JsonMembers;

namespace KazChina.Model;

// The JSON of an Article, in one place: its members (in the contract's order), how the reader reads them and how the
// writer writes them. A member added to the record is added here, once for each direction.

/// <content>The members of an <see cref="Model.Article"/>.</content>
internal static partial class JsonMembers
{
    public enum Article { Id, Title, Publication, Volume, Issue, PublicationDate, Text, Evidence }

    public enum DateEstimate { Earliest, Latest, Basis }
}

/// <content>Reads an <see cref="Model.Article"/>.</content>
internal sealed partial class EditionJsonReader
{
    private Article ReadArticle(ref Utf8JsonReader reader)
    {
        var article = new ObjectReader<JsonMembers.Article>(this, ref reader);
        return article.End(ref reader, new Article(
            Id(ref article.At(ref reader, JsonMembers.Article.Id)),
            String(ref article.At(ref reader, JsonMembers.Article.Title)),
            String(ref article.At(ref reader, JsonMembers.Article.Publication)),
            Int32(ref article.At(ref reader, JsonMembers.Article.Volume)),
            Int32(ref article.At(ref reader, JsonMembers.Article.Issue)),
            OrNull(ref article.At(ref reader, JsonMembers.Article.PublicationDate), Elements.DateEstimate),
            String(ref article.At(ref reader, JsonMembers.Article.Text)),
            ReadEvidence(ref article.At(ref reader, JsonMembers.Article.Evidence))));
    }

    private DateEstimate ReadDateEstimate(ref Utf8JsonReader reader)
    {
        var estimate = new ObjectReader<JsonMembers.DateEstimate>(this, ref reader);
        return estimate.End(ref reader, new DateEstimate(
            Date(ref estimate.At(ref reader, JsonMembers.DateEstimate.Earliest)),
            Date(ref estimate.At(ref reader, JsonMembers.DateEstimate.Latest)),
            String(ref estimate.At(ref reader, JsonMembers.DateEstimate.Basis))));
    }
}

/// <content>Writes an <see cref="Model.Article"/>.</content>
internal static partial class EditionJsonWriter
{
    private static void WriteArticle(Utf8JsonWriter writer, Article article)
    {
        StartRecord(writer, JsonMembers.Article.Id, article);
        writer.WriteString(Name(JsonMembers.Article.Title), article.Title);
        writer.WriteString(Name(JsonMembers.Article.Publication), article.Publication);
        writer.WriteNumber(Name(JsonMembers.Article.Volume), article.Volume);
        writer.WriteNumber(Name(JsonMembers.Article.Issue), article.Issue);
        if (article.PublicationDate is { } estimate)
        {
            writer.WritePropertyName(Name(JsonMembers.Article.PublicationDate));
            writer.WriteStartObject();
            writer.WriteString(Name(JsonMembers.DateEstimate.Earliest), LocalDateJsonConverter.Format(estimate.Earliest));
            writer.WriteString(Name(JsonMembers.DateEstimate.Latest), LocalDateJsonConverter.Format(estimate.Latest));
            writer.WriteString(Name(JsonMembers.DateEstimate.Basis), estimate.Basis);
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNull(Name(JsonMembers.Article.PublicationDate));
        }

        writer.WriteString(Name(JsonMembers.Article.Text), article.Text);
        EndRecord(writer, JsonMembers.Article.Evidence, article);
    }
}

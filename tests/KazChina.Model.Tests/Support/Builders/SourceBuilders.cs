namespace KazChina.Model.Tests;

/// <summary>Builds a valid <see cref="Article"/> over a one-word text, with no publication date. See <see cref="RecordBuilder"/>.</summary>
public sealed record ArticleBuilder : RecordBuilder<Article>
{
    /// <summary>Starts from every member of <paramref name="from"/>, or from the defaults.</summary>
    /// <param name="from">The article to start from, or null.</param>
    public ArticleBuilder(Article? from = null)
        : base(from, "article")
    {
    }

    public string Title { get; init; } = "T";

    public string Publication { get; init; } = "P";

    public int Volume { get; init; } = 1;

    public int Issue { get; init; } = 2;

    public DateEstimate? PublicationDate { get; init; }

    public string Text { get; init; } = "Text";
}

/// <summary>Builds a valid <see cref="Citation"/>: an undated in-text citation of Xinhua. See <see cref="RecordBuilder"/>.</summary>
public sealed record CitationBuilder : RecordBuilder<Citation>
{
    /// <summary>Starts from every member of <paramref name="from"/>, or from the defaults.</summary>
    /// <param name="from">The citation to start from, or null.</param>
    public CitationBuilder(Citation? from = null)
        : base(from, "cite-xinhua")
    {
    }

    public CitationKind CitationKind { get; init; } = CitationKind.InText;

    public RecordId OutletId { get; init; } = "xinhua";

    public string OutletAsWritten { get; init; } = "Xinhua";

    public string? DateAsWritten { get; init; }

    public PartialDate? Date { get; init; }

    public string? Title { get; init; }
}

/// <summary>Builds a valid <see cref="Quote"/>: one spoken word. See <see cref="RecordBuilder"/>.</summary>
public sealed record QuoteBuilder : RecordBuilder<Quote>
{
    /// <summary>Starts from every member of <paramref name="from"/>, or from the defaults.</summary>
    /// <param name="from">The quote to start from, or null.</param>
    public QuoteBuilder(Quote? from = null)
        : base(from, "quote")
    {
    }

    public QuoteKind QuoteKind { get; init; } = QuoteKind.Spoken;

    public RecordId SpeakerId { get; init; } = "hu-jintao";

    public TextSpan Words { get; init; } = new(0, 1, "K");
}

/// <summary>Builds a valid <see cref="EditorialNote"/>: a spelling note on one person. See <see cref="RecordBuilder"/>.</summary>
public sealed record EditorialNoteBuilder : RecordBuilder<EditorialNote>
{
    /// <summary>Starts from every member of <paramref name="from"/>, or from the defaults.</summary>
    /// <param name="from">The note to start from, or null.</param>
    public EditorialNoteBuilder(EditorialNote? from = null)
        : base(from, "note")
    {
    }

    public EditorialNoteKind NoteKind { get; init; } = EditorialNoteKind.Spelling;

    public string AsWritten { get; init; } = "K";

    public string Reading { get; init; } = "r";

    public ValueList<Reading> Readings { get; init; } = ValueList.Create<Reading>(new NameReading("hu-jintao", ReadMember.NameAsWritten, "Hu Jintao"));

    public string? Reference { get; init; }

    public Confidence Confidence { get; init; } = Confidence.High;
}

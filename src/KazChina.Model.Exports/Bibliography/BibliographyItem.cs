namespace KazChina.Model.Exports;

/// <summary>
/// One entry of a <see cref="Bibliography"/>: the article itself, or one piece the article cites however often it
/// cites it, with the occurrences it stands for. Every value comes from the edition; what the edition does not
/// state (an author, a title, a day) is absent, never made up.
/// </summary>
/// <remarks>
/// Items are built only by <see cref="Bibliography.From(KazChinaEdition)"/>. Equality is record equality over every
/// member; the lists compare by value.
/// </remarks>
public sealed record BibliographyItem
{
    internal BibliographyItem(
        string key,
        BibliographyItemKind kind,
        string title,
        bool titleSupplied,
        string? containerTitle,
        string? publisher,
        int? volume,
        int? issue,
        PartialDate? issued,
        string? url,
        string? medium,
        ValueList<RecordId> recordIds,
        ValueList<TextSpan> spans,
        string note)
    {
        Key = key;
        Kind = kind;
        Title = title;
        TitleSupplied = titleSupplied;
        ContainerTitle = containerTitle;
        Publisher = publisher;
        Volume = volume;
        Issue = issue;
        Issued = issued;
        Url = url;
        Medium = medium;
        RecordIds = recordIds;
        Spans = spans;
        Note = note;
    }

    /// <summary>
    /// Gets the item's key: a kebab-case slug, stable for the same edition, unique in its bibliography, and safe as a
    /// CSL id, a BibTeX key and a RIS <c>ID</c>, e.g. <c>xinhua-2011-06-13</c>.
    /// </summary>
    public string Key { get; }

    /// <summary>Gets what the item is.</summary>
    public BibliographyItemKind Kind { get; }

    /// <summary>
    /// Gets the title: the piece's own where the article gives it, otherwise the editors' description in square
    /// brackets (see <see cref="TitleSupplied"/>), as bibliographic style guides ask for works without a known title.
    /// </summary>
    public string Title { get; }

    /// <summary>Gets whether <see cref="Title"/> is the editors' bracketed description rather than the piece's title.</summary>
    public bool TitleSupplied { get; }

    /// <summary>Gets the periodical or outlet the piece appeared in (for the article, <c>Eurasia Daily Monitor</c>), or null.</summary>
    public string? ContainerTitle { get; }

    /// <summary>Gets the publisher where the edition states one (the source an image is credited to), or null.</summary>
    public string? Publisher { get; }

    /// <summary>Gets the volume, or null.</summary>
    public int? Volume { get; }

    /// <summary>Gets the issue, or null.</summary>
    public int? Issue { get; }

    /// <summary>Gets the date of the piece with its precision and whether its year is inferred, or null when none is known.</summary>
    public PartialDate? Issued { get; }

    /// <summary>
    /// Gets the web address as the article writes it, when it is a complete host name (e.g.
    /// <c>www.centralasiaonline.com</c>), or null. No scheme or domain is added: an address the article gives
    /// incompletely is only quoted in <see cref="Note"/>.
    /// </summary>
    public string? Url { get; }

    /// <summary>Gets the medium where the edition states it (<c>Image</c> for the image credit), or null.</summary>
    public string? Medium { get; }

    /// <summary>Gets the ids of the records the item stands for: the article's, or each citation of the piece, in the article's order.</summary>
    public ValueList<RecordId> RecordIds { get; }

    /// <summary>Gets the spans of the article's text where it cites the piece (for the article, the header's words), in order.</summary>
    public ValueList<TextSpan> Spans { get; }

    /// <summary>Gets a note in words: where the article cites the piece, and what is inferred, described or left out.</summary>
    public string Note { get; }
}

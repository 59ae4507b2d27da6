namespace KazChina.Model.Exports;

/// <summary>What a <see cref="BibliographyItem"/> is; each format maps it to its own type (CSL, BibTeX, RIS).</summary>
public enum BibliographyItemKind
{
    /// <summary>The article the edition is of (CSL <c>article-journal</c>, BibTeX <c>@article</c>, RIS <c>JOUR</c>).</summary>
    Article,

    /// <summary>A piece by a news outlet known by its name (CSL <c>article-newspaper</c>, BibTeX <c>@article</c>, RIS <c>NEWS</c>).</summary>
    NewsItem,

    /// <summary>A piece by a news outlet the article names by its web address (CSL <c>webpage</c>, BibTeX <c>@online</c>, RIS <c>ELEC</c>).</summary>
    WebPage,

    /// <summary>The article's image, from its credit line (CSL <c>graphic</c>, BibTeX <c>@misc</c>, RIS <c>ART</c>).</summary>
    Image,
}

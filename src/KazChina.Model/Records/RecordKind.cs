using System.Text.Json.Serialization;

namespace KazChina.Model;

/// <summary>The kinds of record in the edition.</summary>
[JsonConverter(typeof(CamelCaseEnumJsonConverter<RecordKind>))]
public enum RecordKind
{
    /// <summary>The <see cref="Model.Article"/> itself, whose header has evidence like any record.</summary>
    Article,

    /// <summary>A <see cref="Model.Country"/>.</summary>
    Country,

    /// <summary>A <see cref="Model.Person"/>.</summary>
    Person,

    /// <summary>An <see cref="Model.Organization"/>.</summary>
    Organization,

    /// <summary>A <see cref="Model.Place"/>.</summary>
    Place,

    /// <summary>A <see cref="Model.Citation"/>.</summary>
    Citation,

    /// <summary>A <see cref="Model.Quote"/>.</summary>
    Quote,

    /// <summary>An <see cref="Model.EditorialNote"/>.</summary>
    EditorialNote,

    /// <summary>An <see cref="Model.Agreement"/>.</summary>
    Agreement,

    /// <summary>A <see cref="Model.Provision"/>.</summary>
    Provision,

    /// <summary>An <see cref="Model.Event"/>.</summary>
    Event,

    /// <summary>A <see cref="Model.TradeFigure"/>.</summary>
    TradeFigure,

    /// <summary>A <see cref="Model.Loan"/>.</summary>
    Loan,

    /// <summary>A <see cref="Model.CurrencySwap"/>.</summary>
    CurrencySwap,

    /// <summary>An <see cref="Model.InfrastructureProject"/>.</summary>
    InfrastructureProject,

    /// <summary>An <see cref="Model.Assessment"/>.</summary>
    Assessment,
}

namespace KazChina.Model.Tests;

/// <summary>Builds a valid <see cref="Country"/>: Kazakhstan. See <see cref="RecordBuilder"/>.</summary>
public sealed record CountryBuilder : RecordBuilder<Country>
{
    /// <summary>Starts from every member of <paramref name="from"/>, or from the defaults.</summary>
    /// <param name="from">The country to start from, or null.</param>
    public CountryBuilder(Country? from = null)
        : base(from, "kazakhstan")
    {
    }

    public string Name { get; init; } = "Kazakhstan";

    public string Alpha2 { get; init; } = "KZ";

    public string Alpha3 { get; init; } = "KAZ";

    public ValueList<NameForm> FormsAsWritten { get; init; } = ValueList.Empty<NameForm>();
}

/// <summary>Builds a valid <see cref="Person"/>: China's president. See <see cref="RecordBuilder"/>.</summary>
public sealed record PersonBuilder : RecordBuilder<Person>
{
    /// <summary>Starts from every member of <paramref name="from"/>, or from the defaults.</summary>
    /// <param name="from">The person to start from, or null.</param>
    public PersonBuilder(Person? from = null)
        : base(from, "hu-jintao")
    {
    }

    public string Name { get; init; } = "Hu Jintao";

    public string NameAsWritten { get; init; } = "Hu Jintao";

    public ValueList<NameForm> OtherFormsAsWritten { get; init; } = ValueList.Empty<NameForm>();

    public string Role { get; init; } = "President";

    public RecordId CountryId { get; init; } = "china";
}

/// <summary>Builds a valid <see cref="Organization"/>: a Chinese bank. See <see cref="RecordBuilder"/>.</summary>
public sealed record OrganizationBuilder : RecordBuilder<Organization>
{
    /// <summary>Starts from every member of <paramref name="from"/>, or from the defaults.</summary>
    /// <param name="from">The organization to start from, or null.</param>
    public OrganizationBuilder(Organization? from = null)
        : base(from, "china-development-bank")
    {
    }

    public string Name { get; init; } = "China Development Bank";

    public string NameAsWritten { get; init; } = "China Development Bank";

    public ValueList<NameForm> OtherFormsAsWritten { get; init; } = ValueList.Empty<NameForm>();

    public OrganizationKind OrganizationKind { get; init; } = OrganizationKind.Bank;

    public RecordId? CountryId { get; init; } = "china";

    public string? Description { get; init; }

    public string? Website { get; init; }
}

/// <summary>Builds a valid <see cref="Place"/>: Astana, without coordinates. See <see cref="RecordBuilder"/>.</summary>
public sealed record PlaceBuilder : RecordBuilder<Place>
{
    /// <summary>Starts from every member of <paramref name="from"/>, or from the defaults.</summary>
    /// <param name="from">The place to start from, or null.</param>
    public PlaceBuilder(Place? from = null)
        : base(from, "astana")
    {
    }

    public string Name { get; init; } = "Astana";

    public string NameAsWritten { get; init; } = "Astana";

    public PlaceKind PlaceKind { get; init; } = PlaceKind.Capital;

    public ValueList<RecordId> CountryIds { get; init; } = ValueList.Create<RecordId>("kazakhstan");

    public ValueList<string> SubdivisionCodes { get; init; } = ValueList.Empty<string>();

    public GeoPoint? Location { get; init; }
}

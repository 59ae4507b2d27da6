namespace KazChina.Model;

/// <summary>An area a project covers in one country, as stated (<see cref="ProjectQueries.StatedAreas(KazChinaEdition)"/>).</summary>
/// <remarks>Equality compares every member.</remarks>
public sealed record StatedArea
{
    internal StatedArea(InfrastructureProject project, RecordId countryId, Quantity area)
    {
        Project = project;
        CountryId = countryId;
        Area = area;
    }

    /// <summary>Gets the project.</summary>
    public InfrastructureProject Project { get; }

    /// <summary>Gets the id of the country the area lies in.</summary>
    public RecordId CountryId { get; }

    /// <summary>Gets the area as stated, its unit included even where it is a slip an editorial note annotates.</summary>
    public Quantity Area { get; }

    /// <summary>Returns the project, country and area with the words as printed.</summary>
    /// <returns>A readable rendering such as <c>horgos-border-cooperation-center in china: 3.34 SquareKilometre ("3.34 square kilometers")</c>.</returns>
    public override string ToString() => $"{Project.Id} in {CountryId}: {Area} (\"{Area.AsWritten}\")";
}

namespace KazChina.Model;

/// <summary>
/// An area a project covers in one country (<see cref="ProjectQueries.StatedAreas"/>): as stated, or as the
/// editorial notes read it, with the notes applied.
/// </summary>
/// <remarks>Equality compares every member.</remarks>
public sealed record StatedArea
{
    internal StatedArea(InfrastructureProject project, RecordId countryId, Quantity area, ValueList<RecordId> appliedNoteIds)
    {
        Project = project;
        CountryId = countryId;
        Area = area;
        AppliedNoteIds = appliedNoteIds;
    }

    /// <summary>Gets the project, as read.</summary>
    public InfrastructureProject Project { get; }

    /// <summary>Gets the id of the country the area lies in.</summary>
    public RecordId CountryId { get; }

    /// <summary>
    /// Gets the area: as stated, its unit included even where it is a slip an editorial note annotates; or, in the
    /// corrected reading, as a note reads it (its words as written are then the note's).
    /// </summary>
    public Quantity Area { get; }

    /// <summary>Gets the ids of the notes whose readings gave <see cref="Area"/>, in the corrected reading; empty as stated.</summary>
    public ValueList<RecordId> AppliedNoteIds { get; }

    /// <summary>Returns the project, country and area with its words, and the notes applied.</summary>
    /// <returns>A readable rendering such as <c>horgos-border-cooperation-center in china: 3.34 SquareKilometre ("3.34 square kilometers")</c>.</returns>
    public override string ToString() =>
        $"{Project.Id} in {CountryId}: {Area} (\"{Area.AsWritten}\")" + (AppliedNoteIds.Count == 0 ? string.Empty : $" [{string.Join(", ", AppliedNoteIds)}]");
}

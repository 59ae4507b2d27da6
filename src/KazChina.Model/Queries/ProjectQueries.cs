using System;
using System.Collections.Generic;
using System.Linq;

namespace KazChina.Model;

/// <summary>
/// Questions about infrastructure and industrial projects: by kind, country, place and status; the areas
/// and costs the article states; and the loans and swaps that finance a project.
/// </summary>
/// <remarks>
/// Areas and costs are given as stated — units, bounds and both currencies of a cost kept, never converted —
/// unless the corrected reading is asked for, which applies the editorial notes' typed readings and names
/// them. Every helper works on the edition value it is given, through indexes built once per edition and
/// shared by all threads. Every list is read-only and in edition order. An id argument must name a record of the
/// edition (a typo throws <see cref="KeyNotFoundException"/> rather than finding nothing).
/// </remarks>
public static class ProjectQueries
{
    /// <summary>Returns the projects of one kind.</summary>
    /// <param name="edition">The edition.</param>
    /// <param name="kind">The kind, e.g. <see cref="ProjectKind.Railway"/>.</param>
    /// <param name="reading">As stated (the default), or corrected: the values with the editorial notes' readings applied.</param>
    /// <returns>The projects of that kind, in edition order; the kinds partition <see cref="KazChinaEdition.Projects"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="edition"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> or <paramref name="reading"/> is not defined.</exception>
    public static IReadOnlyList<InfrastructureProject> ProjectsOfKind(this KazChinaEdition edition, ProjectKind kind, ReadingChoice reading = ReadingChoice.AsStated)
    {
        edition = QueryChecks.Read(edition, reading);
        EditionIndex index = edition.Index;
        return EditionIndex.Find(index.ProjectsByKind, Preconditions.CheckDefined(kind, nameof(kind)));
    }

    /// <summary>Returns the projects with one status.</summary>
    /// <param name="edition">The edition.</param>
    /// <param name="status">The status, e.g. <see cref="ProjectStatus.Planned"/>.</param>
    /// <param name="reading">As stated (the default), or corrected: the values with the editorial notes' readings applied.</param>
    /// <returns>The projects with that status, in edition order; the statuses partition <see cref="KazChinaEdition.Projects"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="edition"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> or <paramref name="reading"/> is not defined.</exception>
    public static IReadOnlyList<InfrastructureProject> ProjectsWithStatus(this KazChinaEdition edition, ProjectStatus status, ReadingChoice reading = ReadingChoice.AsStated)
    {
        edition = QueryChecks.Read(edition, reading);
        EditionIndex index = edition.Index;
        return EditionIndex.Find(index.ProjectsByStatus, Preconditions.CheckDefined(status, nameof(status)));
    }

    /// <summary>Returns the projects that lie in or serve a country (<see cref="InfrastructureProject.CountryIds"/>).</summary>
    /// <param name="edition">The edition.</param>
    /// <param name="countryId">The country's id, e.g. <c>kazakhstan</c>.</param>
    /// <param name="reading">As stated (the default), or corrected: the values with the editorial notes' readings applied.</param>
    /// <returns>The projects, in edition order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="edition"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="countryId"/> is default or names a record that is not a country.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reading"/> is not defined.</exception>
    /// <exception cref="KeyNotFoundException">No record has <paramref name="countryId"/>.</exception>
    public static IReadOnlyList<InfrastructureProject> ProjectsIn(this KazChinaEdition edition, RecordId countryId, ReadingChoice reading = ReadingChoice.AsStated)
    {
        edition = QueryChecks.Read(edition, reading);
        EditionIndex index = edition.Index;
        QueryChecks.Resolve(edition, countryId, nameof(countryId), RecordKind.Country);
        return EditionIndex.Find(index.ProjectsByCountry, countryId);
    }

    /// <summary>Returns the projects that touch a place (<see cref="InfrastructureProject.PlaceIds"/>).</summary>
    /// <param name="edition">The edition.</param>
    /// <param name="placeId">The place's id.</param>
    /// <param name="reading">As stated (the default), or corrected: the values with the editorial notes' readings applied.</param>
    /// <returns>The projects, in edition order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="edition"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="placeId"/> is default or names a record that is not a place.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reading"/> is not defined.</exception>
    /// <exception cref="KeyNotFoundException">No record has <paramref name="placeId"/>.</exception>
    public static IReadOnlyList<InfrastructureProject> ProjectsAt(this KazChinaEdition edition, RecordId placeId, ReadingChoice reading = ReadingChoice.AsStated)
    {
        edition = QueryChecks.Read(edition, reading);
        EditionIndex index = edition.Index;
        QueryChecks.Resolve(edition, placeId, nameof(placeId), RecordKind.Place);
        return EditionIndex.Find(index.ProjectsByPlace, placeId);
    }

    /// <summary>Returns every area a project covers in a country, or those in one country: as the article states them, or corrected.</summary>
    /// <param name="edition">The edition.</param>
    /// <param name="countryId">The id of a country, e.g. <c>china</c>, for its areas only; null (the default) for every area.</param>
    /// <param name="reading">
    /// As stated (the default), with the article's figures and units; or corrected, with the editorial notes' area
    /// readings applied (each row names the notes applied to it).
    /// </param>
    /// <returns>One row per (project, country) area: projects in edition order, each project's areas in its order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="edition"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="countryId"/> is default or names a record that is not a country.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reading"/> is not defined.</exception>
    /// <exception cref="KeyNotFoundException">No record has <paramref name="countryId"/>.</exception>
    public static IReadOnlyList<StatedArea> StatedAreas(this KazChinaEdition edition, RecordId? countryId = null, ReadingChoice reading = ReadingChoice.AsStated)
    {
        edition = QueryChecks.Read(edition, reading);
        ValueList<StatedArea> areas = edition.Index.StatedAreas;
        if (countryId is not RecordId country)
        {
            return areas;
        }

        QueryChecks.Resolve(edition, country, nameof(countryId), RecordKind.Country);
        return areas.Where(a => a.CountryId == country).ToValueList();
    }

    /// <summary>
    /// Returns every project cost, or those the article gives in one currency (first or second), one row per currency
    /// a cost is given in; nothing is converted.
    /// </summary>
    /// <param name="edition">The edition.</param>
    /// <param name="currency">An ISO 4217 code, e.g. <c>CNY</c>, for the costs given in it only; null (the default) for every cost.</param>
    /// <param name="reading">
    /// As stated (the default); or corrected, with the editorial notes' readings of costs applied, a cost a note reads
    /// as one party's share marked so (<see cref="StatedCost.ShareOfId"/>), and each row naming the notes applied.
    /// </param>
    /// <returns>The rows: projects in edition order, the currency the article names first before the second.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="edition"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="currency"/> is not an active ISO 4217 code.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reading"/> is not defined.</exception>
    public static IReadOnlyList<StatedCost> StatedCosts(this KazChinaEdition edition, string? currency = null, ReadingChoice reading = ReadingChoice.AsStated)
    {
        edition = QueryChecks.Read(edition, reading);
        ValueList<StatedCost> costs = edition.Index.StatedCosts;
        if (currency is null)
        {
            return costs;
        }

        Preconditions.CheckArgument(Currency.IsKnown(currency), nameof(currency), $"'{currency}' is not an active ISO 4217 currency code.");
        return costs.Where(c => string.Equals(c.Currency, currency, StringComparison.Ordinal)).ToValueList();
    }

    /// <summary>Returns the loans and currency swaps that finance a project: those the project lists and loans that name it.</summary>
    /// <param name="edition">The edition.</param>
    /// <param name="projectId">The project's id, e.g. <c>aktogay-copper-mine</c>.</param>
    /// <param name="reading">As stated (the default), or corrected: the values with the editorial notes' readings applied.</param>
    /// <returns>Each financing record once (a <see cref="Loan"/> or <see cref="CurrencySwap"/>), in edition order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="edition"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="projectId"/> is default or names a record that is not a project.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reading"/> is not defined.</exception>
    /// <exception cref="KeyNotFoundException">No record has <paramref name="projectId"/>.</exception>
    public static IReadOnlyList<EditionRecord> FinancingOf(this KazChinaEdition edition, RecordId projectId, ReadingChoice reading = ReadingChoice.AsStated)
    {
        edition = QueryChecks.Read(edition, reading);
        EditionIndex index = edition.Index;
        QueryChecks.Resolve(edition, projectId, nameof(projectId), RecordKind.InfrastructureProject);
        return EditionIndex.Find(index.FinancingByProject, projectId);
    }
}

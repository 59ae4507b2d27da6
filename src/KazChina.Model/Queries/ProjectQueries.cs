using System;
using System.Collections.Generic;
using System.Linq;

namespace KazChina.Model;

/// <summary>
/// Questions about infrastructure and industrial projects: by kind, country, place and status; the areas
/// and costs the article states; and the loans and swaps that finance a project.
/// </summary>
/// <remarks>
/// Areas and costs are given as stated — units, bounds and both currencies of a cost kept, never converted
/// or corrected (editorial notes carry readings; see <see cref="ProvenanceQueries.NotesOn"/>). Every helper
/// works on the edition value it is given, through indexes built once per edition and shared by all
/// threads. Every list is read-only and in edition order. An id argument must name a record of the
/// edition (a typo throws <see cref="KeyNotFoundException"/> rather than finding nothing).
/// </remarks>
public static class ProjectQueries
{
    /// <summary>Returns the projects of one kind.</summary>
    /// <param name="edition">The edition.</param>
    /// <param name="kind">The kind, e.g. <see cref="ProjectKind.Railway"/>.</param>
    /// <returns>The projects of that kind, in edition order; the kinds partition <see cref="KazChinaEdition.Projects"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="edition"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined.</exception>
    public static IReadOnlyList<InfrastructureProject> ProjectsOfKind(this KazChinaEdition edition, ProjectKind kind)
    {
        EditionIndex index = QueryChecks.IndexOf(edition);
        return EditionIndex.Find(index.ProjectsByKind, Preconditions.CheckDefined(kind, nameof(kind)));
    }

    /// <summary>Returns the projects with one status.</summary>
    /// <param name="edition">The edition.</param>
    /// <param name="status">The status, e.g. <see cref="ProjectStatus.Planned"/>.</param>
    /// <returns>The projects with that status, in edition order; the statuses partition <see cref="KazChinaEdition.Projects"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="edition"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is not defined.</exception>
    public static IReadOnlyList<InfrastructureProject> ProjectsWithStatus(this KazChinaEdition edition, ProjectStatus status)
    {
        EditionIndex index = QueryChecks.IndexOf(edition);
        return EditionIndex.Find(index.ProjectsByStatus, Preconditions.CheckDefined(status, nameof(status)));
    }

    /// <summary>Returns the projects that lie in or serve a country (<see cref="InfrastructureProject.CountryIds"/>).</summary>
    /// <param name="edition">The edition.</param>
    /// <param name="countryId">The country's id, e.g. <c>kazakhstan</c>.</param>
    /// <returns>The projects, in edition order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="edition"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="countryId"/> is default or names a record that is not a country.</exception>
    /// <exception cref="KeyNotFoundException">No record has <paramref name="countryId"/>.</exception>
    public static IReadOnlyList<InfrastructureProject> ProjectsIn(this KazChinaEdition edition, RecordId countryId)
    {
        EditionIndex index = QueryChecks.IndexOf(edition);
        QueryChecks.Resolve(edition, countryId, nameof(countryId), RecordKind.Country);
        return EditionIndex.Find(index.ProjectsByCountry, countryId);
    }

    /// <summary>Returns the projects that touch a place (<see cref="InfrastructureProject.PlaceIds"/>).</summary>
    /// <param name="edition">The edition.</param>
    /// <param name="placeId">The place's id.</param>
    /// <returns>The projects, in edition order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="edition"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="placeId"/> is default or names a record that is not a place.</exception>
    /// <exception cref="KeyNotFoundException">No record has <paramref name="placeId"/>.</exception>
    public static IReadOnlyList<InfrastructureProject> ProjectsAt(this KazChinaEdition edition, RecordId placeId)
    {
        EditionIndex index = QueryChecks.IndexOf(edition);
        QueryChecks.Resolve(edition, placeId, nameof(placeId), RecordKind.Place);
        return EditionIndex.Find(index.ProjectsByPlace, placeId);
    }

    /// <summary>Returns every area the article states for a project in a country, as stated.</summary>
    /// <param name="edition">The edition.</param>
    /// <returns>One row per (project, country) area: projects in edition order, each project's areas in its order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="edition"/> is null.</exception>
    public static IReadOnlyList<StatedArea> StatedAreas(this KazChinaEdition edition) => QueryChecks.IndexOf(edition).StatedAreas;

    /// <summary>Returns the areas the article states for projects in one country, as stated.</summary>
    /// <param name="edition">The edition.</param>
    /// <param name="countryId">The country's id, e.g. <c>china</c>.</param>
    /// <returns>The rows of <see cref="StatedAreas(KazChinaEdition)"/> for that country, in the same order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="edition"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="countryId"/> is default or names a record that is not a country.</exception>
    /// <exception cref="KeyNotFoundException">No record has <paramref name="countryId"/>.</exception>
    public static IReadOnlyList<StatedArea> StatedAreas(this KazChinaEdition edition, RecordId countryId)
    {
        EditionIndex index = QueryChecks.IndexOf(edition);
        QueryChecks.Resolve(edition, countryId, nameof(countryId), RecordKind.Country);
        return index.StatedAreas.Where(a => a.CountryId == countryId).ToValueList();
    }

    /// <summary>Returns every project cost as stated, one row per currency the article gives it in.</summary>
    /// <param name="edition">The edition.</param>
    /// <returns>The rows: projects in edition order, the currency the article names first before the second.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="edition"/> is null.</exception>
    public static IReadOnlyList<StatedCost> StatedCosts(this KazChinaEdition edition) => QueryChecks.IndexOf(edition).StatedCosts;

    /// <summary>Returns the project costs the article states in one currency, first or second; nothing is converted.</summary>
    /// <param name="edition">The edition.</param>
    /// <param name="currency">An ISO 4217 code, e.g. <c>CNY</c>.</param>
    /// <returns>The rows of <see cref="StatedCosts(KazChinaEdition)"/> in that currency, in the same order.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="currency"/> is not an active ISO 4217 code.</exception>
    public static IReadOnlyList<StatedCost> StatedCosts(this KazChinaEdition edition, string currency)
    {
        EditionIndex index = QueryChecks.IndexOf(edition);
        ArgumentNullException.ThrowIfNull(currency);
        Preconditions.CheckArgument(Currency.IsKnown(currency), nameof(currency), $"'{currency}' is not an active ISO 4217 currency code.");
        return index.StatedCosts.Where(c => string.Equals(c.Currency, currency, StringComparison.Ordinal)).ToValueList();
    }

    /// <summary>Returns the loans and currency swaps that finance a project: those the project lists and loans that name it.</summary>
    /// <param name="edition">The edition.</param>
    /// <param name="projectId">The project's id, e.g. <c>aktogay-copper-mine</c>.</param>
    /// <returns>Each financing record once (a <see cref="Loan"/> or <see cref="CurrencySwap"/>), in edition order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="edition"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="projectId"/> is default or names a record that is not a project.</exception>
    /// <exception cref="KeyNotFoundException">No record has <paramref name="projectId"/>.</exception>
    public static IReadOnlyList<EditionRecord> FinancingOf(this KazChinaEdition edition, RecordId projectId)
    {
        EditionIndex index = QueryChecks.IndexOf(edition);
        QueryChecks.Resolve(edition, projectId, nameof(projectId), RecordKind.InfrastructureProject);
        return EditionIndex.Find(index.FinancingByProject, projectId);
    }
}

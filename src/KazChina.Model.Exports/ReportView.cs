using System;

namespace KazChina.Model.Exports;

/// <summary>
/// A report over the relational model that people ask for first (trade figures, agreements by party, …): a name and a
/// query in SQL that SQLite and DuckDB both run, so the same report reads the same from the SQLite file and from the
/// CSV or Parquet tables.
/// </summary>
/// <remarks>Equality compares every member.</remarks>
public sealed record ReportView
{
    /// <summary>Creates a report view.</summary>
    /// <param name="name">The view's name, in snake_case.</param>
    /// <param name="description">What a row of the view is.</param>
    /// <param name="query">The view's <c>SELECT</c> over the tables of <see cref="EditionDatabase.Schema"/> and the views before it.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">An argument is blank.</exception>
    public ReportView(string name, string description, string query)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(description);
        ArgumentException.ThrowIfNullOrWhiteSpace(query);
        Name = name;
        Description = description;
        Query = query;
    }

    /// <summary>Gets the view's name.</summary>
    public string Name { get; }

    /// <summary>Gets what a row of the view is.</summary>
    public string Description { get; }

    /// <summary>Gets the view's query.</summary>
    public string Query { get; }

    /// <summary>Gets the statement that creates the view.</summary>
    public string CreateStatement => $"CREATE VIEW {Name} AS\n{Query}";
}

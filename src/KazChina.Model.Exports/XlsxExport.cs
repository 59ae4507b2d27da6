using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using NodaTime;
using SpreadCheetah;
using SpreadCheetah.Styling;
using SpreadCheetah.Worksheets;

namespace KazChina.Model.Exports;

/// <summary>
/// The relational model (<see cref="EditionDatabase"/>) as one Excel workbook (.xlsx): a worksheet per table, named as
/// the table (<see cref="SheetNameOf"/>), after three sheets that describe them: <see cref="AboutSheet"/> (the
/// conventions), <see cref="TablesSheet"/> (every table with its sheet, row count, primary key and description) and
/// <see cref="ColumnsSheet"/> (every column with its type, whether it may be empty, its key and what it refers to).
/// </summary>
/// <remarks>
/// <para>
/// Row 1 of every sheet holds the column names in bold, frozen so that it stays in view, with an autofilter. Each
/// cell has its column's type: integers and decimals are numbers, booleans are TRUE/FALSE, dates (always whole days:
/// the model keeps a partial date in text columns beside its earliest and latest days) are date cells shown as
/// <c>yyyy-mm-dd</c>, and text is text. NULL, a value the article does not state or one that does not apply, is an
/// empty cell; text is never empty, so an empty cell is always NULL.
/// </para>
/// <para>
/// Excel keeps numbers as doubles and shows 15 significant digits. A number with more (none in the article's edition;
/// money there has at most a few) is written as a text cell of its exact digits, so no digit is ever lost; such a
/// cell is the only one whose type differs from its column's.
/// </para>
/// <para>
/// Text is written as inline strings, which a spreadsheet never evaluates: a value that starts with <c>=</c>,
/// <c>+</c>, <c>-</c> or <c>@</c> opens as the text it is, with nothing added to it (unlike CSV, which needs a leading
/// apostrophe). A cell holds at most <see cref="MaxTextLength"/> characters, Excel's limit.
/// </para>
/// </remarks>
public static class XlsxExport
{
    /// <summary>The media type of an .xlsx workbook.</summary>
    public const string MediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>The name of the first sheet: the workbook's conventions (empty cells, numbers, dates, text), one per row.</summary>
    public const string AboutSheet = "about";

    /// <summary>The name of the sheet that lists every table: its sheet, row count, primary key and description.</summary>
    public const string TablesSheet = "tables";

    /// <summary>The name of the sheet that lists every column of every table: its type, whether it may be empty, its key and what it refers to.</summary>
    public const string ColumnsSheet = "columns";

    /// <summary>The most characters an Excel cell holds.</summary>
    public const int MaxTextLength = 32_767;

    /// <summary>Excel's limit on a sheet name's length.</summary>
    internal const int MaxSheetNameLength = 31;

    /// <summary>The largest magnitude Excel shows to the last digit: numbers of at most 15 significant digits.</summary>
    private const decimal ExactLimit = 1_000_000_000_000_000m;

    /// <summary>The widest a column is made, in characters: long text (the article) wraps nothing and is read in the cell.</summary>
    private const int MaxColumnWidth = 60;

    private static readonly TableDefinition AboutTable = new(
        AboutSheet,
        "How to read this workbook.",
        ValueList.Create(
            new ColumnDefinition("topic", ColumnType.Text, false, "What the note is about."),
            new ColumnDefinition("note", ColumnType.Text, false, "The note.")),
        ValueList.Create("topic"),
        ValueList.Empty<ForeignKey>());

    private static readonly TableDefinition TablesTable = new(
        TablesSheet,
        "Every table of the relational model, in the order of the sheets.",
        ValueList.Create(
            new ColumnDefinition("sheet", ColumnType.Text, false, "The table's sheet."),
            new ColumnDefinition("table", ColumnType.Text, false, "The table's name in the relational model (as in SQLite and the CSV files)."),
            new ColumnDefinition("rows", ColumnType.Integer, false, "How many rows it has, below its header row."),
            new ColumnDefinition("primary_key", ColumnType.Text, false, "The columns that identify a row, comma-separated."),
            new ColumnDefinition("description", ColumnType.Text, false, "What a row of the table is.")),
        ValueList.Create("sheet"),
        ValueList.Empty<ForeignKey>());

    private static readonly TableDefinition ColumnsTable = new(
        ColumnsSheet,
        "Every column of every table, in order.",
        ValueList.Create(
            new ColumnDefinition("sheet", ColumnType.Text, false, "The table's sheet."),
            new ColumnDefinition("column", ColumnType.Text, false, "The column's name, as in the sheet's header row."),
            new ColumnDefinition("type", ColumnType.Text, false, "integer, decimal, text, date or boolean."),
            new ColumnDefinition("nullable", ColumnType.Boolean, false, "Whether a cell may be empty (NULL: not stated, or not applicable)."),
            new ColumnDefinition("primary_key", ColumnType.Boolean, false, "Whether the column is part of the table's primary key."),
            new ColumnDefinition("references", ColumnType.Text, true, "For a foreign key, the sheet and column it refers to, as sheet.column."),
            new ColumnDefinition("description", ColumnType.Text, false, "What the column holds.")),
        ValueList.Create("sheet", "column"),
        ValueList.Empty<ForeignKey>());

    private static readonly IReadOnlyList<(string Topic, string Note)> Conventions =
    [
        ("sheets", $"Every table of the relational model is one sheet, named as the table (a name longer than Excel's {MaxSheetNameLength} characters is shortened). '{TablesSheet}' lists them, '{ColumnsSheet}' lists their columns, types and keys. The same tables are in the SQLite and CSV exports."),
        ("header", "Row 1 of every sheet holds the column names, frozen so that it stays in view, with an autofilter."),
        ("empty cells", "An empty cell is NULL: the article does not state the value, or it does not apply. Text is never empty, so an empty cell is never an empty text."),
        ("numbers", "Integer and decimal columns hold numbers. Money is an exact decimal with its ISO 4217 currency in the next column (amount, amount_currency); never add amounts of different currencies. Excel keeps 15 significant digits: a number with more would be written as text of its exact digits, so that none is lost."),
        ("dates", "Date columns hold whole days as date cells (yyyy-mm-dd). A date known only to its year or month (\"June 2011\", \"by 2015\") is in the *_text column (ISO 8601 at its precision) with its earliest and latest days, precision and relation beside it: filter on the days."),
        ("booleans", "Boolean columns hold TRUE and FALSE."),
        ("text", "Text cells hold the data exactly, as text: a value that starts with =, +, - or @ is never run as a formula."),
        ("keys", $"Rows refer to each other by id, as in a database: '{ColumnsSheet}' names the sheet and column each reference points to (a reference to a record of any kind points to records.id)."),
    ];

    private static readonly IReadOnlyDictionary<string, string> SheetNames = MakeSheetNames(EditionDatabase.Schema.Select(t => t.Name));

    /// <summary>Returns the name of the sheet a table of <see cref="EditionDatabase.Schema"/> is written to.</summary>
    /// <param name="table">A table of the relational model.</param>
    /// <returns>Its name when that is a legal, unique sheet name of at most 31 characters; otherwise a shortened, cleaned, unique form of it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is null.</exception>
    /// <exception cref="ArgumentException">The table is not one of <see cref="EditionDatabase.Schema"/>.</exception>
    public static string SheetNameOf(TableDefinition table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return SheetNames.TryGetValue(table.Name, out string? name) && EditionDatabase.Schema.Contains(table)
            ? name
            : throw new ArgumentException($"'{table.Name}' is not a table of the relational model.", nameof(table));
    }

    /// <summary>Writes an edition's tables as the bytes of an .xlsx workbook.</summary>
    /// <param name="edition">The edition.</param>
    /// <param name="destination">Where the workbook's bytes go; left open.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A text cell is longer than <see cref="MaxTextLength"/>.</exception>
    /// <exception cref="IOException">Writing to <paramref name="destination"/> fails.</exception>
    public static void Write(KazChinaEdition edition, Stream destination)
    {
        ArgumentNullException.ThrowIfNull(edition);
        ArgumentNullException.ThrowIfNull(destination);

        // The library is asynchronous only; without a synchronization context nothing here waits on the caller's thread.
        WriteAsync(edition, destination).GetAwaiter().GetResult();
    }

    /// <summary>Writes an edition's tables as the bytes of an .xlsx workbook, asynchronously.</summary>
    /// <param name="edition">The edition.</param>
    /// <param name="destination">Where the workbook's bytes go; left open.</param>
    /// <param name="cancellationToken">Cancels the write; what was written by then is not a workbook.</param>
    /// <returns>The write.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A text cell is longer than <see cref="MaxTextLength"/>.</exception>
    /// <exception cref="IOException">Writing to <paramref name="destination"/> fails.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static async Task WriteAsync(KazChinaEdition edition, Stream destination, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(edition);
        ArgumentNullException.ThrowIfNull(destination);
        ValueList<RelationalTable> tables = edition.ToRelationalTables();
        (string, RelationalTable)[] sheets =
        [
            (AboutSheet, About(edition)),
            (TablesSheet, Tables(tables)),
            (ColumnsSheet, Columns()),
            .. tables.Select(t => (SheetNames[t.Name], t)),
        ];
        await WriteSheetsAsync(sheets, destination, edition.Article.Title, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes tables as the sheets of a workbook, each with its frozen bold header row and typed cells.</summary>
    /// <param name="sheets">Each sheet's name (legal and unique) and table, in order.</param>
    /// <param name="destination">Where the workbook's bytes go; left open.</param>
    /// <param name="title">The workbook's title, in its document properties.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>The write.</returns>
    internal static async Task WriteSheetsAsync(IEnumerable<(string Name, RelationalTable Table)> sheets, Stream destination, string title, CancellationToken cancellationToken)
    {
        var options = new SpreadCheetahOptions
        {
            PreserveStringWhitespace = true,
            DefaultDateTimeFormat = NumberFormat.Custom("yyyy-mm-dd"),
            DocumentProperties = new() { Title = title },
        };
        await using Spreadsheet workbook = await Spreadsheet.CreateNewAsync(destination, options, cancellationToken).ConfigureAwait(false);
        StyleId header = workbook.AddStyle(new Style { Font = { Bold = true } });
        foreach ((string name, RelationalTable table) in sheets)
        {
            await WriteSheetAsync(workbook, name, table, header, cancellationToken).ConfigureAwait(false);
        }

        await workbook.FinishAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Gives each table a sheet name Excel takes: at most 31 characters, none of <c>: \ / ? * [ ]</c>, no quote at either end, unique ignoring case, and none of the describing sheets' names.</summary>
    /// <param name="tableNames">The tables' names, in order.</param>
    /// <returns>The sheet name of each table.</returns>
    internal static IReadOnlyDictionary<string, string> MakeSheetNames(IEnumerable<string> tableNames)
    {
        var taken = new HashSet<string>([AboutSheet, TablesSheet, ColumnsSheet, "History"], StringComparer.OrdinalIgnoreCase);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string table in tableNames)
        {
            string legal = new string([.. table.Select(c => c is ':' or '\\' or '/' or '?' or '*' or '[' or ']' ? '_' : c)]).Trim('\'');
            legal = legal.Length == 0 ? "table" : legal;
            string name = legal.Length <= MaxSheetNameLength ? legal : legal[..MaxSheetNameLength];
            for (int n = 2; !taken.Add(name); n++)
            {
                string suffix = "~" + n.ToString(CultureInfo.InvariantCulture);
                name = legal[..Math.Min(legal.Length, MaxSheetNameLength - suffix.Length)] + suffix;
            }

            names.Add(table, name);
        }

        return names;
    }

    private static async Task WriteSheetAsync(Spreadsheet workbook, string name, RelationalTable table, StyleId header, CancellationToken cancellationToken)
    {
        ValueList<ColumnDefinition> columns = table.Definition.Columns;
        string lastColumn = SpreadsheetUtility.GetColumnName(columns.Count);
        var options = new WorksheetOptions
        {
            FrozenRows = 1,
            AutoFilter = new AutoFilterOptions($"A1:{lastColumn}{(table.Rows.Count + 1).ToString(CultureInfo.InvariantCulture)}"),
        };
        for (int c = 0; c < columns.Count; c++)
        {
            options.Column(c + 1).Width = WidthOf(table, c);
        }

        await workbook.StartWorksheetAsync(name, options, cancellationToken).ConfigureAwait(false);
        await workbook.AddHeaderRowAsync([.. columns.Select(c => c.Name)], header, cancellationToken).ConfigureAwait(false);
        var cells = new Cell[columns.Count];
        for (int r = 0; r < table.Rows.Count; r++)
        {
            IReadOnlyList<object?> row = table.Rows[r];
            for (int c = 0; c < cells.Length; c++)
            {
                if (row[c] is string { Length: > MaxTextLength } text)
                {
                    throw new ArgumentException($"The cell of '{columns[c].Name}' in row {r + 1} of '{table.Name}' has {text.Length:N0} characters; an Excel cell holds at most {MaxTextLength:N0}.", nameof(table));
                }

                cells[c] = ToCell(row[c]);
            }

            await workbook.AddRowAsync(cells, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The cell of a typed value: a date is a day at midnight in the workbook's date format, a number beyond 15 significant digits its exact text.</summary>
    private static Cell ToCell(object? value) => value switch
    {
        null => new Cell((string?)null),
        string text => new Cell(text),
        long number when Math.Abs((decimal)number) < ExactLimit => new Cell(number),
        decimal number when Math.Abs(number) < ExactLimit && (decimal)decimal.ToDouble(number) == number => new Cell(decimal.ToDouble(number)),
        LocalDate day => new Cell(day.ToDateTimeUnspecified()),
        bool flag => new Cell(flag),
        _ => new Cell(CellText.Format(value)),
    };

    /// <summary>A width that shows the header and most cells whole: the longest text form of the column's cells, capped.</summary>
    private static double WidthOf(RelationalTable table, int column)
    {
        int widest = table.Rows.Select(row => row[column] switch
        {
            null => 0,
            LocalDate => 10,
            object cell => CellText.Format(cell)!.Length,
        }).DefaultIfEmpty(0).Max();
        return Math.Min(Math.Max(widest, table.Definition.Columns[column].Name.Length + 2), MaxColumnWidth) + 1;
    }

    private static RelationalTable About(KazChinaEdition edition) => new(
        AboutTable,
        [
            ["edition", $"{edition.Article.Title} ({edition.Article.Publication}, vol. {edition.Article.Volume}, issue {edition.Article.Issue}), data version {edition.DataVersion}: the edition as stated."],
            .. Conventions.Select(c => (IReadOnlyList<object?>)[c.Topic, c.Note]),
        ]);

    private static RelationalTable Tables(IEnumerable<RelationalTable> tables) => new(
        TablesTable,
        tables.Select(t => (IReadOnlyList<object?>)[SheetNames[t.Name], t.Name, (long)t.Rows.Count, string.Join(", ", t.Definition.PrimaryKey), t.Definition.Description]));

    private static RelationalTable Columns() => new(
        ColumnsTable,
        EditionDatabase.Schema.SelectMany(table => table.Columns.Select(column => (IReadOnlyList<object?>)
        [
            SheetNames[table.Name],
            column.Name,
            column.Type.ToString().ToLowerInvariant(),
            column.IsNullable,
            table.PrimaryKey.Contains(column.Name),
            table.ForeignKeys.FirstOrDefault(k => k.Column == column.Name) is { } key ? SheetNames[key.ReferencedTable] + "." + key.ReferencedColumn : null,
            column.Description,
        ])));
}

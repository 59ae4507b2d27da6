using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using NodaTime;

namespace KazChina.Model.Tests;

/// <summary>What a cell of a workbook is, as a spreadsheet reads it.</summary>
public enum XlsxCellKind
{
    /// <summary>No value.</summary>
    Empty,

    /// <summary>A number shown as a number.</summary>
    Number,

    /// <summary>A number shown as a date (its format is a date format).</summary>
    Date,

    /// <summary>TRUE or FALSE.</summary>
    Boolean,

    /// <summary>Text, stored in the cell (an inline string) or in the shared strings.</summary>
    Text,
}

/// <summary>One cell read back: its kind, its value (a <see cref="decimal"/> for a number, a <see cref="LocalDate"/> for a date, a <see cref="bool"/>, a <see cref="string"/> or null), whether it is bold and whether it holds a formula.</summary>
public sealed record XlsxCell(XlsxCellKind Kind, object? Value, bool Bold, bool HasFormula);

/// <summary>One sheet read back: its rows of cells and how its view is frozen.</summary>
public sealed record XlsxSheet(string Name, IReadOnlyList<IReadOnlyList<XlsxCell>> Rows, string? PaneState, double? FrozenRows, string? TopLeftCell, string? AutoFilter)
{
    /// <summary>Gets the header row's texts.</summary>
    public IEnumerable<object?> Header => Rows[0].Select(c => c.Value);

    /// <summary>Gets the rows below the header.</summary>
    public IEnumerable<IReadOnlyList<XlsxCell>> Body => Rows.Skip(1);
}

/// <summary>An .xlsx file opened with the Open XML SDK, the library Excel's own file format is defined with: every sheet read into typed cells, and the package validated against the schema.</summary>
public static class XlsxWorkbook
{
    /// <summary>Reads every sheet, in the workbook's order.</summary>
    public static IReadOnlyList<XlsxSheet> Read(byte[] file)
    {
        using SpreadsheetDocument document = SpreadsheetDocument.Open(new MemoryStream(file), isEditable: false);
        WorkbookPart workbook = document.WorkbookPart!;
        Stylesheet? styles = workbook.WorkbookStylesPart?.Stylesheet;
        string[] shared = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToArray() ?? [];
        var sheets = new List<XlsxSheet>();
        foreach (Sheet sheet in workbook.Workbook.Sheets!.Elements<Sheet>())
        {
            Worksheet worksheet = ((WorksheetPart)workbook.GetPartById(sheet.Id!.Value!)).Worksheet;
            Pane? pane = worksheet.SheetViews?.GetFirstChild<SheetView>()?.Pane;
            var rows = worksheet.GetFirstChild<SheetData>()!.Elements<Row>()
                .Select(row => (IReadOnlyList<XlsxCell>)[.. row.Elements<Cell>().Select(cell => ReadCell(cell, styles, shared))])
                .ToList();
            sheets.Add(new XlsxSheet(sheet.Name!.Value!, rows, pane?.State?.InnerText, pane?.VerticalSplit?.Value, pane?.TopLeftCell?.Value, worksheet.GetFirstChild<AutoFilter>()?.Reference?.Value));
        }

        return sheets;
    }

    /// <summary>Validates the package against the Office 2019 schema; returns every error with its part and path.</summary>
    public static IReadOnlyList<string> Validate(byte[] file)
    {
        using SpreadsheetDocument document = SpreadsheetDocument.Open(new MemoryStream(file), isEditable: false);
        return [.. new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(document)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")];
    }

    /// <summary>Returns a typed cell of the relational model as the workbook should hold it: numbers as decimals, the rest as they are.</summary>
    public static object? Expected(object? cell) => cell switch
    {
        long number => (decimal)number,
        _ => cell,
    };

    /// <summary>Returns the kind of cell a column type is written as.</summary>
    public static XlsxCellKind KindOf(ColumnType type) => type switch
    {
        ColumnType.Integer or ColumnType.Decimal => XlsxCellKind.Number,
        ColumnType.Date => XlsxCellKind.Date,
        ColumnType.Boolean => XlsxCellKind.Boolean,
        _ => XlsxCellKind.Text,
    };

    private static XlsxCell ReadCell(Cell cell, Stylesheet? styles, string[] shared)
    {
        CellFormat? format = cell.StyleIndex?.Value is uint style ? styles?.CellFormats?.Elements<CellFormat>().ElementAt((int)style) : null;
        bool bold = format?.FontId?.Value is uint font && styles!.Fonts!.Elements<Font>().ElementAt((int)font).Bold is not null;
        bool formula = cell.CellFormula is not null;
        string type = cell.DataType?.InnerText ?? "n";
        string? value = cell.CellValue?.Text;
        return type switch
        {
            "inlineStr" => new XlsxCell(XlsxCellKind.Text, cell.InlineString!.InnerText, bold, formula),
            "s" => new XlsxCell(XlsxCellKind.Text, shared[int.Parse(value!, CultureInfo.InvariantCulture)], bold, formula),
            "str" => new XlsxCell(XlsxCellKind.Text, value, bold, formula),
            "b" => new XlsxCell(XlsxCellKind.Boolean, value == "1", bold, formula),
            _ when value is null => new XlsxCell(XlsxCellKind.Empty, null, bold, formula),
            _ when IsDateFormat(format, styles) => new XlsxCell(XlsxCellKind.Date, DayOf(double.Parse(value, CultureInfo.InvariantCulture)), bold, formula),
            _ => new XlsxCell(XlsxCellKind.Number, decimal.Parse(value, NumberStyles.Float, CultureInfo.InvariantCulture), bold, formula),
        };
    }

    // Excel's day numbers count 1900-02-29, which did not exist (as Lotus 1-2-3 did): before it they are one behind OLE dates.
    private static LocalDate DayOf(double serial) => LocalDate.FromDateTime(DateTime.FromOADate(serial < 60 ? serial + 1 : serial));

    // Built-in formats 14 to 22 are dates; a custom one is a date when its code has a day, month or year and no number placeholders.
    private static bool IsDateFormat(CellFormat? format, Stylesheet? styles)
    {
        if (format?.NumberFormatId?.Value is not uint id)
        {
            return false;
        }

        if (id is >= 14 and <= 22)
        {
            return true;
        }

        string? code = styles?.NumberingFormats?.Elements<NumberingFormat>().FirstOrDefault(f => f.NumberFormatId?.Value == id)?.FormatCode?.Value;
        return code is not null && code.Contains('y', StringComparison.Ordinal) && code.Contains('d', StringComparison.Ordinal) && !code.Contains('0', StringComparison.Ordinal) && !code.Contains('#', StringComparison.Ordinal);
    }
}

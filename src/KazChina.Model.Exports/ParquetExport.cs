using System;
using System.Buffers.Binary;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using NodaTime;
using ParquetSharp;
using ParquetSharp.IO;
using ParquetSharp.Schema;
using Encoding = System.Text.Encoding;
using StringBuilder = System.Text.StringBuilder;

namespace KazChina.Model.Exports;

/// <summary>
/// The relational model (<see cref="EditionDatabase"/>) as Apache Parquet: one <c>&lt;table&gt;.parquet</c> file per
/// table, each row led by the edition's id and data version, so the folders of many editions read as one dataset in
/// DuckDB (<c>read_parquet('*/records.parquet')</c>), Spark or Power BI.
/// </summary>
/// <remarks>
/// <para>
/// Column types carry Parquet's logical types: an integer is <c>INT64</c>, text is <c>STRING</c> (UTF-8), a date is
/// <c>DATE</c>, a boolean is <c>BOOLEAN</c>, and a decimal is an exact <c>DECIMAL(38,10)</c>, which holds every amount
/// with up to ten decimals and 28 integer digits. A column the model declares nullable is optional; every other one is
/// required. Every list a record holds is already a link table of the model, so no column is a Parquet <c>LIST</c>.
/// </para>
/// <para>
/// Each file is one row group, Snappy-compressed. Nothing in a file depends on the run: the same edition gives the
/// same bytes.
/// </para>
/// </remarks>
public static class ParquetExport
{
    /// <summary>The name of the column, first in every table, that holds the edition's id (<see cref="EditionIdOf"/>).</summary>
    public const string EditionIdColumn = "edition_id";

    /// <summary>The name of the column, second in every table, that holds the edition's <see cref="KazChinaEdition.DataVersion"/>.</summary>
    public const string DataVersionColumn = "data_version";

    /// <summary>The precision of every decimal column: the widest Parquet decimal DuckDB, Spark and Arrow read natively.</summary>
    public const int DecimalPrecision = 38;

    /// <summary>The scale of every decimal column, as the typed CSV's readers declare it.</summary>
    public const int DecimalScale = 10;

    private const int UnixEpochDayNumber = 719_162;

    private const int DecimalBytes = 16;

    private static readonly Int128 DecimalLimit = Int128.Parse("1" + new string('0', DecimalPrecision), CultureInfo.InvariantCulture);

    /// <summary>Gets the names of the files a folder holds: one Parquet file per table of <see cref="EditionDatabase.Schema"/>.</summary>
    public static IReadOnlySet<string> FileNames { get; } =
        EditionDatabase.Schema.Select(FileNameOf).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Returns the name of a table's file.</summary>
    /// <param name="table">The table's definition.</param>
    /// <returns>The table's name with <c>.parquet</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is null.</exception>
    public static string FileNameOf(TableDefinition table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return table.Name + ".parquet";
    }

    /// <summary>
    /// Returns the id that tells an edition's rows from another's: the article's publication in lower-case words joined
    /// by hyphens, its volume and its issue (<c>eurasia-daily-monitor-8-128</c>), since an edition is of one article.
    /// </summary>
    /// <param name="edition">The edition.</param>
    /// <returns>The id; editions of the same article share it, and <see cref="DataVersionColumn"/> tells their versions apart.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="edition"/> is null.</exception>
    public static string EditionIdOf(KazChinaEdition edition)
    {
        ArgumentNullException.ThrowIfNull(edition);
        Article article = edition.Article;
        var id = new StringBuilder();
        foreach (char c in article.Publication)
        {
            if (char.IsLetterOrDigit(c))
            {
                id.Append(char.ToLowerInvariant(c));
            }
            else if (id.Length > 0 && id[^1] != '-')
            {
                id.Append('-');
            }
        }

        return id.Append(id.Length > 0 && id[^1] != '-' ? "-" : "")
            .Append(article.Volume.ToString(CultureInfo.InvariantCulture)).Append('-')
            .Append(article.Issue.ToString(CultureInfo.InvariantCulture)).ToString();
    }

    /// <summary>Lists the files of an edition's folder, each with what writes it, in schema order.</summary>
    /// <param name="edition">The edition.</param>
    /// <returns>(file name, write) pairs; each write puts the file's bytes into the stream it is given and leaves it open.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="edition"/> is null.</exception>
    public static IReadOnlyList<(string FileName, Action<Stream> Write)> Files(KazChinaEdition edition)
    {
        ArgumentNullException.ThrowIfNull(edition);
        string editionId = EditionIdOf(edition);
        return
        [
            .. edition.ToRelationalTables().Select(t => (FileNameOf(t.Definition), (Action<Stream>)(stream => WriteTable(t, editionId, edition.DataVersion, stream)))),
        ];
    }

    /// <summary>Writes one table as a Parquet file, its rows led by the edition's id and data version.</summary>
    /// <param name="table">The table.</param>
    /// <param name="editionId">The edition's id (<see cref="EditionIdOf"/>).</param>
    /// <param name="dataVersion">The edition's data version.</param>
    /// <param name="destination">Where the file's bytes go; left open.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="editionId"/> or <paramref name="dataVersion"/> is empty, or a decimal cell does not fit <c>DECIMAL(38,10)</c> exactly.</exception>
    /// <exception cref="IOException">Writing to <paramref name="destination"/> fails.</exception>
    /// <remarks>The file is made in native memory and then copied, so a failure of <paramref name="destination"/> is the stream's own exception.</remarks>
    public static void WriteTable(RelationalTable table, string editionId, string dataVersion, Stream destination)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentException.ThrowIfNullOrEmpty(editionId);
        ArgumentException.ThrowIfNullOrEmpty(dataVersion);
        ArgumentNullException.ThrowIfNull(destination);
        byte[] bytes;
        using (var output = new BufferOutputStream())
        {
            WriteFile(table, editionId, dataVersion, output);
            using ParquetSharp.IO.Buffer buffer = output.Finish();
            bytes = buffer.ToArray();
        }

        destination.Write(bytes);
    }

    private static void WriteFile(RelationalTable table, string editionId, string dataVersion, OutputStream output)
    {
        ValueList<ColumnDefinition> columns = table.Definition.Columns;
        using LogicalType text = LogicalType.String();
        var nodes = new List<Node>(columns.Count + 2)
        {
            new PrimitiveNode(EditionIdColumn, Repetition.Required, text, PhysicalType.ByteArray),
            new PrimitiveNode(DataVersionColumn, Repetition.Required, text, PhysicalType.ByteArray),
        };
        try
        {
            nodes.AddRange(columns.Select(ColumnNode));
            using var schema = new GroupNode("schema", Repetition.Required, nodes);
            using var builder = new WriterPropertiesBuilder();
            using WriterProperties properties = builder.Compression(Compression.Snappy).Build();
            using var file = new ParquetFileWriter(output, schema, properties);
            using (RowGroupWriter rowGroup = file.AppendRowGroup())
            {
                int rows = table.Rows.Count;
                WriteConstantText(rowGroup, editionId, rows);
                WriteConstantText(rowGroup, dataVersion, rows);
                for (int c = 0; c < columns.Count; c++)
                {
                    using ColumnWriter writer = rowGroup.NextColumn();
                    WriteColumn(writer, table, c);
                }
            }

            file.Close();
        }
        finally
        {
            foreach (Node node in nodes)
            {
                node.Dispose();
            }
        }
    }

    private static PrimitiveNode ColumnNode(ColumnDefinition column)
    {
        Repetition repetition = column.IsNullable ? Repetition.Optional : Repetition.Required;
        using LogicalType logicalType = column.Type switch
        {
            ColumnType.Integer => LogicalType.Int(64, isSigned: true),
            ColumnType.Decimal => LogicalType.Decimal(DecimalPrecision, DecimalScale),
            ColumnType.Text => LogicalType.String(),
            ColumnType.Date => LogicalType.Date(),
            _ => LogicalType.None(),
        };
        return column.Type switch
        {
            ColumnType.Integer => new PrimitiveNode(column.Name, repetition, logicalType, PhysicalType.Int64),
            ColumnType.Decimal => new PrimitiveNode(column.Name, repetition, logicalType, PhysicalType.FixedLenByteArray, DecimalBytes),
            ColumnType.Text => new PrimitiveNode(column.Name, repetition, logicalType, PhysicalType.ByteArray),
            ColumnType.Date => new PrimitiveNode(column.Name, repetition, logicalType, PhysicalType.Int32),
            _ => new PrimitiveNode(column.Name, repetition, logicalType, PhysicalType.Boolean),
        };
    }

    private static void WriteConstantText(RowGroupWriter rowGroup, string value, int rows)
    {
        using var writer = (ColumnWriter<ByteArray>)rowGroup.NextColumn();
        byte[] bytes = Encoding.UTF8.GetBytes(value);
        GCHandle pin = GCHandle.Alloc(bytes, GCHandleType.Pinned);
        try
        {
            var values = new ByteArray[rows];
            Array.Fill(values, new ByteArray(pin.AddrOfPinnedObject(), bytes.Length));
            writer.WriteBatch(values);
        }
        finally
        {
            pin.Free();
        }
    }

    /// <summary>Writes one column: the present values packed, with a definition level per row (1 present, 0 null) when the column is optional.</summary>
    private static void WriteColumn(ColumnWriter writer, RelationalTable table, int column)
    {
        IReadOnlyList<IReadOnlyList<object?>> rows = table.Rows;
        ColumnDefinition definition = table.Definition.Columns[column];
        short[] levels = definition.IsNullable ? new short[rows.Count] : [];
        var present = new List<object>(rows.Count);
        for (int r = 0; r < rows.Count; r++)
        {
            if (rows[r][column] is { } cell)
            {
                present.Add(cell);
                if (levels.Length > 0)
                {
                    levels[r] = 1;
                }
            }
        }

        switch (definition.Type)
        {
            case ColumnType.Integer:
                ((ColumnWriter<long>)writer).WriteBatch(rows.Count, levels, default, [.. present.Select(v => (long)v)]);
                break;
            case ColumnType.Date:
                ((ColumnWriter<int>)writer).WriteBatch(rows.Count, levels, default, [.. present.Select(v => ((LocalDate)v).ToDateOnly().DayNumber - UnixEpochDayNumber)]);
                break;
            case ColumnType.Boolean:
                ((ColumnWriter<bool>)writer).WriteBatch(rows.Count, levels, default, [.. present.Select(v => (bool)v)]);
                break;
            case ColumnType.Text:
                WriteBytes(rows.Count, levels, [.. present.Select(v => Encoding.UTF8.GetBytes((string)v))], (pointer, length) => new ByteArray(pointer, length), (ColumnWriter<ByteArray>)writer);
                break;
            default:
                WriteBytes(rows.Count, levels, [.. present.Select(v => DecimalValue((decimal)v, table.Name, definition.Name))], (pointer, _) => new FixedLenByteArray(pointer), (ColumnWriter<FixedLenByteArray>)writer);
                break;
        }
    }

    /// <summary>Writes byte-string values, all copied into one pinned buffer that the values point into while the column is written.</summary>
    private static void WriteBytes<T>(int rows, short[] levels, byte[][] values, Func<IntPtr, int, T> point, ColumnWriter<T> writer)
        where T : unmanaged
    {
        byte[] buffer = new byte[values.Sum(v => v.Length)];
        GCHandle pin = GCHandle.Alloc(buffer, GCHandleType.Pinned);
        try
        {
            IntPtr start = pin.AddrOfPinnedObject();
            var pointers = new T[values.Length];
            int offset = 0;
            for (int i = 0; i < values.Length; i++)
            {
                values[i].CopyTo(buffer, offset);
                pointers[i] = point(IntPtr.Add(start, offset), values[i].Length);
                offset += values[i].Length;
            }

            writer.WriteBatch(rows, levels, default, pointers);
        }
        finally
        {
            pin.Free();
        }
    }

    /// <summary>A decimal as <c>DECIMAL(38,10)</c> stores it: the value times 10^10 as a 16-byte big-endian two's complement integer.</summary>
    private static byte[] DecimalValue(decimal value, string table, string column)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        // The 96-bit magnitude's three words are unsigned; their sign bits are value bits.
        Int128 unscaled = ((Int128)unchecked((uint)bits[2]) << 64) | ((Int128)unchecked((uint)bits[1]) << 32) | unchecked((uint)bits[0]);
        int scale = value.Scale;
        while (scale > DecimalScale && unscaled % 10 == 0)
        {
            unscaled /= 10;
            scale--;
        }

        Int128 factor = 1;
        for (int s = scale; s < DecimalScale; s++)
        {
            factor *= 10;
        }

        if (scale > DecimalScale || unscaled >= DecimalLimit / factor)
        {
            throw new ArgumentException($"The value {value.ToString(CultureInfo.InvariantCulture)} in '{table}.{column}' does not fit DECIMAL({DecimalPrecision},{DecimalScale}) exactly.", nameof(value));
        }

        byte[] bytes = new byte[DecimalBytes];
        BinaryPrimitives.WriteInt128BigEndian(bytes, value < 0 ? -(unscaled * factor) : unscaled * factor);
        return bytes;
    }
}

using System.IO;

namespace KazChina.Model.Cli;

/// <summary>The edition as JSON, in the package's own wire format (<see cref="KazChinaJson"/>): the whole edition, or one record per line.</summary>
internal static class JsonExport
{
    /// <summary>Writes the edition as one indented JSON document, which <c>--edition</c> and <c>validate</c> read back.</summary>
    /// <param name="edition">The edition.</param>
    /// <param name="destination">Where the UTF-8 bytes go; left open.</param>
    public static void WriteEdition(KazChinaEdition edition, Stream destination)
    {
        KazChinaJson.Serialize(destination, edition, indented: true);
        destination.WriteByte((byte)'\n');
    }

    /// <summary>
    /// Writes JSON Lines: one record per line, in edition order, each as <see cref="KazChinaJson"/> writes an
    /// <see cref="EditionRecord"/>, so its first member <c>$type</c> names its kind and every line reads back
    /// with <c>KazChinaJson.Deserialize&lt;EditionRecord&gt;</c>.
    /// </summary>
    /// <param name="edition">The edition.</param>
    /// <param name="destination">Where the UTF-8 bytes go; left open.</param>
    public static void WriteRecordLines(KazChinaEdition edition, Stream destination)
    {
        foreach (EditionRecord record in edition.Records)
        {
            KazChinaJson.Serialize(destination, record, indented: false);
            destination.WriteByte((byte)'\n');
        }
    }

    /// <summary>Writes records as one indented JSON array, each record as <see cref="KazChinaJson"/> writes an <see cref="EditionRecord"/>.</summary>
    /// <param name="records">The records.</param>
    /// <param name="destination">Where the UTF-8 bytes go; left open.</param>
    public static void WriteRecords(ValueList<EditionRecord> records, Stream destination)
    {
        KazChinaJson.Serialize(destination, records, indented: true);
        destination.WriteByte((byte)'\n');
    }
}

namespace KazChina.Model;

/// <summary>
/// The hand-populated edition. Each aggregate lives in its own file of this partial class; every span's
/// start and length are offsets into <see cref="ArticleText.Value"/>, checked by the tests.
/// </summary>
internal static partial class EditionData
{
    /// <summary>The version of the data; bump it whenever a record changes.</summary>
    public const string DataVersion = "1.1.0";

    /// <summary>Builds the edition from the aggregates.</summary>
    /// <returns>The edition.</returns>
    public static KazChinaEdition Build() => new(
        DataVersion,
        ArticleRecord(),
        Countries(),
        People(),
        Organizations(),
        Places(),
        Citations(),
        Quotes(),
        EditorialNotes(),
        Agreements(),
        Provisions(),
        Events(),
        TradeFigures(),
        Loans(),
        CurrencySwaps(),
        Projects(),
        Assessments());

    /// <summary>Shorthand for a span in the data files.</summary>
    private static TextSpan S(int start, int length, string text) => new(start, length, text);

    /// <summary>Shorthand for an id list in the data files.</summary>
    private static ValueList<RecordId> Ids(params string[] ids)
    {
        var list = new RecordId[ids.Length];
        for (int i = 0; i < ids.Length; i++)
        {
            list[i] = new RecordId(ids[i]);
        }

        return ValueList.Create<RecordId>(list);
    }
}

namespace KazChina.Model;

/// <summary>
/// Which reading of the edition a query uses: the article's words as they stand, or the words with the editorial
/// notes' typed readings applied (<see cref="EditorialNote.Readings"/>). A critical edition never changes its text;
/// the corrected reading stands beside it.
/// </summary>
public enum ReadingChoice
{
    /// <summary>The values as the article states them (the default everywhere).</summary>
    AsStated,

    /// <summary>The values with every reading that changes them applied: $1.5 billion for the loan printed as "$15 billion", 3.43 km² for "3.34 square kilometers".</summary>
    Corrected,
}

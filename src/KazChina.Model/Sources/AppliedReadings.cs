using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;

namespace KazChina.Model;

/// <summary>
/// The readings that change one record, as the record's read constructor asks for them: for each kind of member a
/// reading can read, the reading's value where there is one (the last in edition order), else the value stated.
/// </summary>
/// <remarks>
/// Each record kind a reading can change has a private constructor that starts from the compiler's copy of the
/// stated record and sets only the members a reading reads, through these methods (see
/// <see cref="EditionRecord.WithReadings"/>). Every other member, including one added later, is copied as it is, so
/// the corrected reading can never drop a member.
/// </remarks>
/// <param name="changing">The readings that change the record, in edition order.</param>
internal readonly struct AppliedReadings(IReadOnlyList<Reading> changing)
{
    /// <summary>The amount a reading gives, or <paramref name="stated"/>.</summary>
    [return: NotNullIfNotNull(nameof(stated))]
    public StatedAmount? Amount(StatedAmount? stated) => Last<AmountReading>()?.Value ?? stated;

    /// <summary>The date or period a reading gives, or <paramref name="stated"/>.</summary>
    public TimeReference? Time(TimeReference? stated) => Last<TimeReading>()?.Value ?? stated;

    /// <summary>The citation date a reading gives, or <paramref name="stated"/>.</summary>
    public PartialDate? Date(PartialDate? stated) => Last<DateReading>()?.Value ?? stated;

    /// <summary>The name a reading gives, or <paramref name="stated"/>.</summary>
    public string Name(string stated) => Last<NameReading>()?.Value ?? stated;

    /// <summary>The stated forms of a name, with the forms the readings add, each once.</summary>
    public ValueList<NameForm> Forms(ValueList<NameForm> stated) =>
        stated.Concat(changing.OfType<NameFormReading>().Select(r => r.Value)).Distinct().ToValueList();

    /// <summary>The stated areas, each replaced by the last reading of its country's area.</summary>
    public ValueList<ProjectArea> Areas(ValueList<ProjectArea> stated)
    {
        IReadOnlyList<Reading> readings = changing;
        return stated.Select(area => readings.OfType<AreaReading>().LastOrDefault(r => r.Value.CountryId == area.CountryId)?.Value ?? area).ToValueList();
    }

    private T? Last<T>()
        where T : Reading => changing.OfType<T>().LastOrDefault();
}

using System.Collections.Generic;
using System.Linq;

namespace KazChina.Model;

/// <summary>What a <see cref="Caveat"/> warns of.</summary>
public enum CaveatKind
{
    /// <summary>The figures cover different periods ("in 2011" against "in 2010"): a comparison says nothing certain about either period.</summary>
    DifferentPeriods,

    /// <summary>A figure states no period: when it holds is not known.</summary>
    UndatedInput,

    /// <summary>A figure is a bound ("over $20 billion"), not an exact value: so is what is computed from it.</summary>
    BoundedInput,

    /// <summary>A target is set against a reported value: the growth is what the target implies, not what happened.</summary>
    TargetVersusActual,

    /// <summary>An input is read corrected: a note's reading replaced the value the article states.</summary>
    CorrectedInput,

    /// <summary>An input is used as stated, but a note reads it differently.</summary>
    DisputedInput,

    /// <summary>An input is not confirmed elsewhere.</summary>
    UnconfirmedInput,

    /// <summary>An amount is one party's share only, not the whole.</summary>
    PartialScope,
}

/// <summary>
/// A typed warning on a result that compares or computes, or on a value used as an input: what kind of caveat, the
/// records and notes involved, and one line saying why. Callers test for a kind (<c>result.Caveats.Any(c =&gt; c.Kind
/// == CaveatKind.DifferentPeriods)</c>); people read <see cref="Message"/>.
/// </summary>
/// <remarks>Equality compares every member.</remarks>
public sealed record Caveat
{
    internal Caveat(CaveatKind kind, ValueList<RecordId> recordIds, ValueList<RecordId> noteIds, string message)
    {
        Kind = kind;
        RecordIds = recordIds;
        NoteIds = noteIds;
        Message = message;
    }

    /// <summary>Gets what the caveat warns of.</summary>
    public CaveatKind Kind { get; }

    /// <summary>Gets the ids of the records the caveat is about.</summary>
    public ValueList<RecordId> RecordIds { get; }

    /// <summary>Gets the ids of the editorial notes behind it, if any.</summary>
    public ValueList<RecordId> NoteIds { get; }

    /// <summary>Gets one line saying why.</summary>
    public string Message { get; }

    /// <summary>Returns the kind in camelCase and the message: <c>differentPeriods: …</c>.</summary>
    /// <returns>A readable rendering.</returns>
    public override string ToString() => $"{CamelCaseEnumJsonConverter<CaveatKind>.NameOf(Kind)}: {Message}";

    /// <summary>Orders caveats by kind, keeping the order within a kind.</summary>
    internal static ValueList<Caveat> Sorted(IEnumerable<Caveat> caveats) => caveats.OrderBy(c => c.Kind).ToValueList();
}

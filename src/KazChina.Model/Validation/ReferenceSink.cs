namespace KazChina.Model;

/// <summary>
/// Receives the ids a record refers to, one call per id, from <see cref="EditionRecord.ReportReferences"/>.
/// Each record type describes its references once, by reporting them here; <see cref="EditionRecord.GetReferences"/>
/// turns each into a <see cref="RecordReference"/>, while validation only looks the id up, so that a valid
/// edition is checked without building an object per reference.
/// </summary>
/// <remarks>
/// Member names follow <see cref="RecordReference.Member"/>: <c>[]</c> marks where a list position goes, and a
/// position is reported exactly for such a member. Records pass them as constants (<c>nameof(PartyIds) + "[]"</c>)
/// so that reporting builds no string.
/// </remarks>
internal abstract class ReferenceSink
{
    /// <summary>Reports the id held by a single member.</summary>
    /// <param name="member">The member, e.g. <c>LenderId</c>.</param>
    /// <param name="target">The id.</param>
    /// <param name="allowedKinds">The kinds of record the target may be.</param>
    public void Id(string member, RecordId target, ValueList<RecordKind> allowedKinds) => Receive(member, target, allowedKinds, null);

    /// <summary>Reports the id held by an optional member, if it holds one.</summary>
    /// <param name="member">The member, e.g. <c>ProjectId</c>.</param>
    /// <param name="target">The id, or null for none.</param>
    /// <param name="allowedKinds">The kinds of record the target may be.</param>
    public void OptionalId(string member, RecordId? target, ValueList<RecordKind> allowedKinds)
    {
        if (target is RecordId id)
        {
            Receive(member, id, allowedKinds, null);
        }
    }

    /// <summary>Reports every id in a list, with its position.</summary>
    /// <param name="listMember">The list with <c>[]</c> after it, e.g. <c>PartyIds[]</c>.</param>
    /// <param name="targets">The ids.</param>
    /// <param name="allowedKinds">The kinds of record each target may be.</param>
    public void Ids(string listMember, ValueList<RecordId> targets, ValueList<RecordKind> allowedKinds)
    {
        for (int i = 0; i < targets.Count; i++)
        {
            Receive(listMember, targets[i], allowedKinds, i);
        }
    }

    /// <summary>Reports the id held by a member of one item of a list of values that are not ids themselves.</summary>
    /// <param name="member">The member, with <c>[]</c> where the position goes, e.g. <c>Areas[].CountryId</c>.</param>
    /// <param name="target">The id.</param>
    /// <param name="allowedKinds">The kinds of record the target may be.</param>
    /// <param name="index">The item's position in the list.</param>
    public void IdAt(string member, RecordId target, ValueList<RecordKind> allowedKinds, int index) => Receive(member, target, allowedKinds, index);

    /// <summary>Receives one reference.</summary>
    /// <param name="member">The member holding it, with <c>[]</c> where a list position goes.</param>
    /// <param name="target">The id referred to.</param>
    /// <param name="allowedKinds">The kinds of record the target may be.</param>
    /// <param name="index">The position in the list, exactly when <paramref name="member"/> has a <c>[]</c>; otherwise null.</param>
    protected abstract void Receive(string member, RecordId target, ValueList<RecordKind> allowedKinds, int? index);
}

using System;
using System.Globalization;
using System.Text.Json.Serialization;

namespace KazChina.Model;

/// <summary>
/// One reference from a record to another, by id: the member that holds it (and, for a list, the position
/// in it), the target id and the kinds of record the target may be. <see cref="KazChinaEdition.Validate"/>
/// proves every one resolves.
/// </summary>
/// <remarks>Equality compares every member.</remarks>
public sealed record RecordReference
{
    /// <summary>Creates a reference.</summary>
    /// <param name="member">
    /// The property holding the reference, from the record: <c>LenderId</c>; for an id in a list, <c>[]</c> marks
    /// where the position goes: <c>PartyIds[]</c>, <c>Evidence.CitationIds[]</c>, <c>Areas[].CountryId</c>.
    /// </param>
    /// <param name="target">The id referred to.</param>
    /// <param name="allowedKinds">The kinds of record the target may be; at least one.</param>
    /// <param name="index">The position in the list, exactly when <paramref name="member"/> has a <c>[]</c>; otherwise null.</param>
    /// <exception cref="ArgumentException"><paramref name="member"/> is blank, <paramref name="target"/> is default, <paramref name="allowedKinds"/> is empty, or <paramref name="index"/> does not match <paramref name="member"/>.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="member"/> or <paramref name="allowedKinds"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is negative.</exception>
    public RecordReference(string member, RecordId target, ValueList<RecordKind> allowedKinds, int? index = null)
    {
        Member = Preconditions.CheckText(member, nameof(member));
        Target = RecordChecks.CheckId(target, nameof(target));
        AllowedKinds = Preconditions.CheckNotNull(allowedKinds, nameof(allowedKinds));
        Preconditions.CheckArgument(allowedKinds.Count > 0, nameof(allowedKinds), "At least one kind is allowed.");
        Preconditions.CheckArgument(member.Contains("[]", StringComparison.Ordinal) == index.HasValue, nameof(index), "A position is given exactly for a member in a list, marked with [].");
        Preconditions.CheckRange(index is null or >= 0, nameof(index), index, "A position in a list is 0 or more.");
        Index = index;
    }

    /// <summary>Gets the property holding the reference, with <c>[]</c> where a list position goes, e.g. <c>LenderId</c> or <c>PartyIds[]</c>.</summary>
    public string Member { get; }

    /// <summary>Gets the position in the list, for a member in a list; otherwise null.</summary>
    public int? Index { get; }

    /// <summary>Gets where the reference stands in the record, position included: <c>LenderId</c>, <c>PartyIds[1]</c>, <c>Areas[0].CountryId</c>.</summary>
    [JsonIgnore]
    public string Location => Index is int i ? Member.Replace("[]", $"[{i.ToString(CultureInfo.InvariantCulture)}]", StringComparison.Ordinal) : Member;

    /// <summary>Gets the id referred to.</summary>
    public RecordId Target { get; }

    /// <summary>Gets the kinds of record the target may be.</summary>
    public ValueList<RecordKind> AllowedKinds { get; }
}

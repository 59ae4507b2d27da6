using System;
using System.Text.Json.Serialization;

namespace KazChina.Model;

/// <summary>A loan: lender, borrower, the amount as stated, its purpose and the project it finances.</summary>
/// <remarks>Equality is record equality over every member.</remarks>
public sealed record Loan : EditionRecord
{
    /// <summary>Creates a loan.</summary>
    /// <param name="id">The record's id.</param>
    /// <param name="lenderId">The id of the lender (an organization or country).</param>
    /// <param name="borrowerId">The id of the borrower; not the lender.</param>
    /// <param name="amount">The amount as stated.</param>
    /// <param name="purpose">What the loan is for, close to the article's words.</param>
    /// <param name="projectId">The id of the project it finances, or null.</param>
    /// <param name="when">When it was extended, or null where the article does not state it.</param>
    /// <param name="evidence">The spans and citations that report it.</param>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">A text is blank, an id is invalid, or lender and borrower are the same.</exception>
    public Loan(RecordId id, RecordId lenderId, RecordId borrowerId, StatedAmount amount, string purpose, RecordId? projectId, TimeReference? when, Evidence evidence)
        : base(id, evidence)
    {
        LenderId = RecordChecks.CheckId(lenderId, nameof(lenderId));
        BorrowerId = RecordChecks.CheckId(borrowerId, nameof(borrowerId));
        Preconditions.CheckArgument(lenderId != borrowerId, nameof(borrowerId), "A lender does not lend to itself.");
        Amount = Preconditions.CheckNotNull(amount, nameof(amount));
        Purpose = Preconditions.CheckText(purpose, nameof(purpose));
        ProjectId = RecordChecks.CheckOptionalId(projectId, nameof(projectId));
        When = when;
    }

    /// <summary>
    /// Copies <paramref name="stated"/> with the values of <paramref name="read"/> in the members a reading reads: the
    /// compiler's copy constructor copies every other member, so none is ever left out of the corrected reading.
    /// </summary>
    private Loan(Loan stated, AppliedReadings read)
        : this(stated)
    {
        Amount = read.Amount(stated.Amount);
        When = read.Time(stated.When);
    }

    /// <inheritdoc/>
    internal override EditionRecord WithReadings(AppliedReadings read) => new Loan(this, read);

    /// <summary>Gets the id of the lender.</summary>
    public RecordId LenderId { get; }

    /// <summary>Gets the id of the borrower.</summary>
    public RecordId BorrowerId { get; }

    /// <summary>Gets the amount as stated.</summary>
    public StatedAmount Amount { get; }

    /// <summary>Gets what the loan is for.</summary>
    public string Purpose { get; }

    /// <summary>Gets the id of the project it finances, or null.</summary>
    public RecordId? ProjectId { get; }

    /// <summary>Gets when it was extended, or null where the article does not state it (never guessed).</summary>
    public TimeReference? When { get; }

    /// <inheritdoc/>
    [JsonIgnore]
    public override RecordKind Kind => RecordKind.Loan;

    /// <inheritdoc/>
    private protected override void ReportOwnReferences(ReferenceSink sink)
    {
        sink.Id(nameof(LenderId), LenderId, Kinds.Actor);
        sink.Id(nameof(BorrowerId), BorrowerId, Kinds.Actor);
        sink.OptionalId(nameof(ProjectId), ProjectId, Kinds.Project);
    }
}

using System;
using System.Linq;

namespace KazChina.Model.Tests;

/// <summary>
/// Deep copies built through the public constructors, with fresh string and list instances, so equality
/// tests compare contents and never references.
/// </summary>
public static class Copies
{
    public static string Of(string value) => new(value.AsSpan());

    public static string? Of(string? value, bool optional) => value is null ? null : Of(value);

    public static RecordId Of(RecordId id) => new(Of(id.Value));

    public static RecordId? Of(RecordId? id) => id is RecordId value ? Of(value) : (RecordId?)null;

    public static ValueList<RecordId> Of(ValueList<RecordId> ids) => ids.Select(Of).ToArray().ToValueList();

    public static ValueList<string> Of(ValueList<string> texts) => texts.Select(Of).ToArray().ToValueList();

    public static TextSpan Of(TextSpan span) => new(span.Start, span.Length, Of(span.Text));

    public static Evidence Of(Evidence evidence) => new(evidence.Spans.Select(Of).ToArray().ToValueList(), Of(evidence.CitationIds));

    public static Money Of(Money money) => new(money.Amount, Of(money.Currency));

    public static Money? Of(Money? money, bool optional) => money is null ? null : Of(money);

    public static StatedAmount Of(StatedAmount amount) => new(Of(amount.Value), amount.Bound, Of(amount.AsWritten), Of(amount.AlsoStatedAs, optional: true));

    public static StatedAmount? Of(StatedAmount? amount, bool optional) => amount is null ? null : Of(amount);

    public static Quantity Of(Quantity quantity) => new(quantity.Value, quantity.Unit, quantity.Bound, Of(quantity.AsWritten));

    public static PartialDate Of(PartialDate date) => new(date.Year, date.Month, date.Day, date.Part, date.YearInferred);

    public static TimeReference? Of(TimeReference? time) => time is null ? null : new TimeReference(time.Relation, Of(time.Date));

    public static GeoPoint? Of(GeoPoint? point) => point is null ? null : new GeoPoint(point.Latitude, point.Longitude);

    public static EditionRecord Of(EditionRecord record) => record switch
    {
        Country c => new Country(Of(c.Id), Of(c.Name), Of(c.Alpha2), Of(c.Alpha3), Of(c.FormsAsWritten), Of(c.Evidence)),
        Person p => new Person(Of(p.Id), Of(p.Name), Of(p.NameAsWritten), Of(p.OtherFormsAsWritten), Of(p.Role), Of(p.CountryId), Of(p.Evidence)),
        Organization o => new Organization(Of(o.Id), Of(o.Name), Of(o.NameAsWritten), o.OrganizationKind, Of(o.CountryId), Of(o.Description, true), Of(o.Website, true), Of(o.Evidence)),
        Place p => new Place(Of(p.Id), Of(p.Name), Of(p.NameAsWritten), p.PlaceKind, Of(p.CountryIds), Of(p.SubdivisionCodes), Of(p.Location), Of(p.Evidence)),
        Citation c => new Citation(Of(c.Id), c.CitationKind, Of(c.OutletId), Of(c.OutletAsWritten), Of(c.DateAsWritten, true), c.Date is null ? null : Of(c.Date), Of(c.Title, true), Of(c.Evidence)),
        Quote q => new Quote(Of(q.Id), q.QuoteKind, Of(q.SpeakerId), Of(q.Words), Of(q.Evidence)),
        EditorialNote n => new EditorialNote(Of(n.Id), n.NoteKind, Of(n.TargetIds), Of(n.AsWritten), Of(n.Reading), Of(n.Reference, true), n.Confidence, Of(n.Evidence)),
        Agreement a => new Agreement(Of(a.Id), Of(a.Title), a.AgreementKind, Of(a.PartyIds), Of(a.When), a.Status, Of(a.RelatedIds), Of(a.Evidence)),
        Provision p => new Provision(Of(p.Id), Of(p.AgreementId), p.ProvisionKind, Of(p.ActorIds), Of(p.Statement), Of(p.SubjectIds), Of(p.Evidence)),
        Event e => new Event(Of(e.Id), e.EventKind, Of(e.Title), Of(e.When), Of(e.ParticipantIds), Of(e.PlaceId), Of(e.RelatedIds), Of(e.Evidence)),
        TradeFigure t => new TradeFigure(Of(t.Id), Of(t.StatedById), Of(t.CountryId), Of(t.PartnerId), Of(t.Period), t.Measure, t.Basis, Of(t.Amount, true), t.Quantity is null ? null : Of(t.Quantity), Of(t.Commodity, true), Of(t.Evidence)),
        Loan l => new Loan(Of(l.Id), Of(l.LenderId), Of(l.BorrowerId), Of(l.Amount), Of(l.Purpose), Of(l.ProjectId), Of(l.When), Of(l.Evidence)),
        CurrencySwap s => new CurrencySwap(Of(s.Id), Of(s.PartyIds), Of(s.Amount), Of(s.AgreementId), Of(s.When), Of(s.Evidence)),
        InfrastructureProject p => new InfrastructureProject(
            Of(p.Id), Of(p.Name), Of(p.NameAsWritten), p.ProjectKind, Of(p.CountryIds), Of(p.PlaceIds), Of(p.Phase, true), p.Status,
            p.Areas.Select(a => new ProjectArea(Of(a.CountryId), Of(a.Area))).ToArray().ToValueList(),
            Of(p.Cost, true), Of(p.FinancingIds), Of(p.When), Of(p.RelatedIds), Of(p.Evidence)),
        Assessment a => new Assessment(Of(a.Id), a.Source, Of(a.HolderId), a.AssessmentKind, Of(a.Statement), Of(a.SubjectIds), Of(a.Evidence)),
        _ => throw new ArgumentOutOfRangeException(nameof(record), record.GetType().Name, "No copy for this record type."),
    };
}

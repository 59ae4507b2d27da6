namespace KazChina.Model;

internal static partial class EditionData
{
    private static ValueList<Country> Countries() => ValueList.Empty<Country>();
    private static ValueList<Person> People() => ValueList.Empty<Person>();
    private static ValueList<Organization> Organizations() => ValueList.Empty<Organization>();
    private static ValueList<Place> Places() => ValueList.Empty<Place>();
    private static ValueList<Citation> Citations() => ValueList.Empty<Citation>();
    private static ValueList<Quote> Quotes() => ValueList.Empty<Quote>();
    private static ValueList<EditorialNote> EditorialNotes() => ValueList.Empty<EditorialNote>();
    private static ValueList<Agreement> Agreements() => ValueList.Empty<Agreement>();
    private static ValueList<Provision> Provisions() => ValueList.Empty<Provision>();
    private static ValueList<Event> Events() => ValueList.Empty<Event>();
    private static ValueList<TradeFigure> TradeFigures() => ValueList.Empty<TradeFigure>();
    private static ValueList<Loan> Loans() => ValueList.Empty<Loan>();
    private static ValueList<CurrencySwap> CurrencySwaps() => ValueList.Empty<CurrencySwap>();
    private static ValueList<InfrastructureProject> Projects() => ValueList.Empty<InfrastructureProject>();
    private static ValueList<Assessment> Assessments() => ValueList.Empty<Assessment>();
}

using System.Text.Json.Serialization;

namespace KazChina.Model;

/// <summary>
/// The source-generated contracts of every public type of the model, and the one set of options the package
/// reads and writes with (see <see cref="KazChinaJson"/> for the rules). Internal: a public context would make
/// its generated members part of the package's API.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    AllowDuplicateProperties = false,
    AllowOutOfOrderMetadataProperties = true,
    NumberHandling = JsonNumberHandling.Strict,
    MaxDepth = KazChinaJson.MaxDepth,
    Converters = [typeof(LocalDateJsonConverter)])]
[JsonSerializable(typeof(KazChinaEdition))]
[JsonSerializable(typeof(Article))]
[JsonSerializable(typeof(DateEstimate))]
[JsonSerializable(typeof(EditionRecord))]
[JsonSerializable(typeof(Country))]
[JsonSerializable(typeof(Person))]
[JsonSerializable(typeof(Organization))]
[JsonSerializable(typeof(Place))]
[JsonSerializable(typeof(Citation))]
[JsonSerializable(typeof(Quote))]
[JsonSerializable(typeof(EditorialNote))]
[JsonSerializable(typeof(Agreement))]
[JsonSerializable(typeof(Provision))]
[JsonSerializable(typeof(Event))]
[JsonSerializable(typeof(TradeFigure))]
[JsonSerializable(typeof(Loan))]
[JsonSerializable(typeof(CurrencySwap))]
[JsonSerializable(typeof(InfrastructureProject))]
[JsonSerializable(typeof(ProjectArea))]
[JsonSerializable(typeof(Assessment))]
[JsonSerializable(typeof(Evidence))]
[JsonSerializable(typeof(TextSpan))]
[JsonSerializable(typeof(Money))]
[JsonSerializable(typeof(StatedAmount))]
[JsonSerializable(typeof(Quantity))]
[JsonSerializable(typeof(GeoPoint))]
[JsonSerializable(typeof(NameForm))]
[JsonSerializable(typeof(PartialDate))]
[JsonSerializable(typeof(TimeReference))]
[JsonSerializable(typeof(RecordId))]
[JsonSerializable(typeof(RecordReference))]
[JsonSerializable(typeof(ValidationIssue))]
[JsonSerializable(typeof(RecordKind))]
[JsonSerializable(typeof(CitationKind))]
[JsonSerializable(typeof(QuoteKind))]
[JsonSerializable(typeof(EditorialNoteKind))]
[JsonSerializable(typeof(Confidence))]
[JsonSerializable(typeof(ValidationRule))]
[JsonSerializable(typeof(Bound))]
[JsonSerializable(typeof(TimeRelation))]
[JsonSerializable(typeof(DatePrecision))]
[JsonSerializable(typeof(MonthPart))]
[JsonSerializable(typeof(QuantityUnit))]
[JsonSerializable(typeof(OrganizationKind))]
[JsonSerializable(typeof(PlaceKind))]
[JsonSerializable(typeof(NameFormKind))]
[JsonSerializable(typeof(CoordinatePrecision))]
[JsonSerializable(typeof(AgreementKind))]
[JsonSerializable(typeof(AgreementStatus))]
[JsonSerializable(typeof(ProvisionKind))]
[JsonSerializable(typeof(EventKind))]
[JsonSerializable(typeof(TradeMeasure))]
[JsonSerializable(typeof(FigureBasis))]
[JsonSerializable(typeof(ProjectKind))]
[JsonSerializable(typeof(ProjectStatus))]
[JsonSerializable(typeof(AssessmentSource))]
[JsonSerializable(typeof(AssessmentKind))]
[JsonSerializable(typeof(ValueList<RecordId>), TypeInfoPropertyName = "ValueListOfRecordId")]
[JsonSerializable(typeof(ValueList<string>), TypeInfoPropertyName = "ValueListOfString")]
[JsonSerializable(typeof(ValueList<TextSpan>), TypeInfoPropertyName = "ValueListOfTextSpan")]
[JsonSerializable(typeof(ValueList<NameForm>), TypeInfoPropertyName = "ValueListOfNameForm")]
[JsonSerializable(typeof(ValueList<ProjectArea>), TypeInfoPropertyName = "ValueListOfProjectArea")]
[JsonSerializable(typeof(ValueList<RecordKind>), TypeInfoPropertyName = "ValueListOfRecordKind")]
[JsonSerializable(typeof(ValueList<EditionRecord>), TypeInfoPropertyName = "ValueListOfEditionRecord")]
[JsonSerializable(typeof(ValueList<Country>), TypeInfoPropertyName = "ValueListOfCountry")]
[JsonSerializable(typeof(ValueList<Person>), TypeInfoPropertyName = "ValueListOfPerson")]
[JsonSerializable(typeof(ValueList<Organization>), TypeInfoPropertyName = "ValueListOfOrganization")]
[JsonSerializable(typeof(ValueList<Place>), TypeInfoPropertyName = "ValueListOfPlace")]
[JsonSerializable(typeof(ValueList<Citation>), TypeInfoPropertyName = "ValueListOfCitation")]
[JsonSerializable(typeof(ValueList<Quote>), TypeInfoPropertyName = "ValueListOfQuote")]
[JsonSerializable(typeof(ValueList<EditorialNote>), TypeInfoPropertyName = "ValueListOfEditorialNote")]
[JsonSerializable(typeof(ValueList<Agreement>), TypeInfoPropertyName = "ValueListOfAgreement")]
[JsonSerializable(typeof(ValueList<Provision>), TypeInfoPropertyName = "ValueListOfProvision")]
[JsonSerializable(typeof(ValueList<Event>), TypeInfoPropertyName = "ValueListOfEvent")]
[JsonSerializable(typeof(ValueList<TradeFigure>), TypeInfoPropertyName = "ValueListOfTradeFigure")]
[JsonSerializable(typeof(ValueList<Loan>), TypeInfoPropertyName = "ValueListOfLoan")]
[JsonSerializable(typeof(ValueList<CurrencySwap>), TypeInfoPropertyName = "ValueListOfCurrencySwap")]
[JsonSerializable(typeof(ValueList<InfrastructureProject>), TypeInfoPropertyName = "ValueListOfInfrastructureProject")]
[JsonSerializable(typeof(ValueList<Assessment>), TypeInfoPropertyName = "ValueListOfAssessment")]
internal sealed partial class KazChinaJsonContext : JsonSerializerContext;

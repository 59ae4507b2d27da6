using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;

namespace KazChina.Model.Tests;

/// <summary>
/// The test-data builders: one small C# record per record kind (<see cref="CountryBuilder"/>,
/// <see cref="TradeFigureBuilder"/>, …), whose <c>init</c> properties are named and typed like the record's
/// members and default to a valid record. A test names only what it is about and builds through the real
/// constructor, so every rule of the constructor applies:
/// <code>
/// new TradeFigureBuilder { Basis = FigureBasis.Target }.Build()   // a valid figure, its basis changed
/// new LoanBuilder(loan) { LenderId = "nobody" }.Build()             // this loan, its lender changed
/// </code>
/// </summary>
/// <remarks>
/// <para>
/// Why this shape. <see cref="RecordBuilder{TRecord}.Build"/> and the copying constructor match the builder's properties to the
/// constructor's parameters and to the record's properties by name, by reflection. A member the builder has no
/// property for is carried over from the record the builder started from, or takes its parameter's default: so a
/// new optional member of a record costs no line in the builders, and a builder started from a record still builds
/// an equal one. A test that wants to set the new member adds its property to the builder then. A new required
/// member without a builder property fails every <see cref="RecordBuilder{TRecord}.Build"/> of that kind, naming the
/// builder and the parameter (<c>BuilderTests</c> builds every kind).
/// </para>
/// <para>
/// Records as builders give <c>with</c> for variations of a shared builder; <see cref="From"/> gives a builder
/// for a record whose kind the caller does not know, for the members every record has (<see cref="Id"/>,
/// <see cref="Evidence"/>).
/// </para>
/// </remarks>
public abstract record RecordBuilder
{
    private static readonly Lazy<FrozenDictionary<Type, Type>> BuilderTypes = new(FindBuilderTypes);

    /// <summary>Starts a builder from every member of <paramref name="from"/>, or from the derived builder's defaults.</summary>
    /// <param name="from">The record to start from, or null.</param>
    /// <param name="defaultId">The id when not starting from a record.</param>
    private protected RecordBuilder(EditionRecord? from, RecordId defaultId)
    {
        Id = defaultId;
        if (from is null)
        {
            return;
        }

        foreach (PropertyInfo member in GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite))
        {
            PropertyInfo source = from.GetType().GetProperty(member.Name)
                ?? throw new InvalidOperationException($"{GetType().Name}.{member.Name} is not a member of {from.GetType().Name}.");
            member.SetValue(this, source.GetValue(from));
        }

        Carried = from.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => Construction.PropertyNamed(GetType(), p.Name) is null)
            .ToFrozenDictionary(p => p.Name, p => p.GetValue(from), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Gets the evidence every builder starts with: one span, no citation.</summary>
    public static Evidence DefaultEvidence { get; } = Evidence.Of(new TextSpan(0, 1, "K"));

    /// <summary>
    /// Gets the values for members the builder has no property for, by name: those of the record the builder started
    /// from, and those given with <see cref="RecordBuilder{TRecord}.With"/>.
    /// </summary>
    private protected FrozenDictionary<string, object?> Carried { get; init; } = FrozenDictionary<string, object?>.Empty;

    /// <summary>Gets the record's id.</summary>
    public RecordId Id { get; init; }

    /// <summary>Gets the record's evidence.</summary>
    public Evidence Evidence { get; init; } = DefaultEvidence;

    /// <summary>Returns a builder of <paramref name="record"/>'s kind that starts from every member of it.</summary>
    /// <param name="record">The record.</param>
    /// <returns>The builder.</returns>
    public static RecordBuilder From(EditionRecord record) => (RecordBuilder)Activator.CreateInstance(BuilderOf(record.GetType()), [record])!;

    /// <summary>Returns the builder of a record type, with its defaults.</summary>
    /// <param name="recordType">The record type.</param>
    /// <returns>The builder.</returns>
    public static RecordBuilder Default(Type recordType) => (RecordBuilder)Activator.CreateInstance(BuilderOf(recordType), [null])!;

    /// <summary>Builds the record through its constructor.</summary>
    /// <returns>The record.</returns>
    public abstract EditionRecord BuildRecord();

    private static Type BuilderOf(Type recordType) =>
        BuilderTypes.Value.TryGetValue(recordType, out Type? builder)
            ? builder
            : throw new InvalidOperationException($"No builder for {recordType.Name}: add a RecordBuilder<{recordType.Name}>.");

    private static FrozenDictionary<Type, Type> FindBuilderTypes() =>
        typeof(RecordBuilder).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && t.BaseType is { IsGenericType: true } b && b.GetGenericTypeDefinition() == typeof(RecordBuilder<>))
            .ToFrozenDictionary(t => t.BaseType!.GetGenericArguments()[0]);
}

/// <summary>The builder of one record kind; see <see cref="RecordBuilder"/>.</summary>
/// <typeparam name="TRecord">The record type.</typeparam>
public abstract record RecordBuilder<TRecord> : RecordBuilder
    where TRecord : EditionRecord
{
    /// <summary>Starts a builder from every member of <paramref name="from"/>, or from the derived builder's defaults.</summary>
    /// <param name="from">The record to start from, or null.</param>
    /// <param name="defaultId">The id when not starting from a record.</param>
    protected RecordBuilder(TRecord? from, RecordId defaultId)
        : base(from, defaultId)
    {
    }

    /// <summary>Builds the record through its constructor, one argument per builder property of the same name.</summary>
    /// <returns>The record.</returns>
    /// <exception cref="InvalidOperationException">The builder has no property for a required constructor parameter.</exception>
    public TRecord Build() => Construction.Build<TRecord>(this, Carried);

    /// <summary>
    /// Returns a copy of this builder that passes <paramref name="value"/> for the record's member
    /// <paramref name="member"/>, one the builder has no property for (name it with <c>nameof</c>): so a generator
    /// can set a new optional member before, or without, the builder growing a property for it. A value of the wrong
    /// type fails <see cref="Build"/>.
    /// </summary>
    /// <param name="member">The member's name (its constructor parameter's, in any case).</param>
    /// <param name="value">The value.</param>
    /// <returns>The new builder.</returns>
    /// <exception cref="ArgumentException">The record has no such constructor parameter, or the builder has a property for it (set that instead).</exception>
    public RecordBuilder<TRecord> With(string member, object? value) =>
        !typeof(TRecord).GetConstructors().Any(c => c.GetParameters().Any(p => string.Equals(p.Name, member, StringComparison.OrdinalIgnoreCase)))
            ? throw new ArgumentException($"{typeof(TRecord).Name} has no constructor parameter '{member}'.", nameof(member))
        : Construction.PropertyNamed(GetType(), member) is not null
            ? throw new ArgumentException($"{GetType().Name} has a property for '{member}': set it instead.", nameof(member))
        : this with
        {
            Carried = Carried.Where(pair => !string.Equals(pair.Key, member, StringComparison.OrdinalIgnoreCase))
                .Append(KeyValuePair.Create(member, value))
                .ToFrozenDictionary(StringComparer.OrdinalIgnoreCase),
        };

    /// <inheritdoc/>
    public override EditionRecord BuildRecord() => Build();
}

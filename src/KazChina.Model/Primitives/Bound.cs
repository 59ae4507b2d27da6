using System.Text.Json.Serialization;

namespace KazChina.Model;

/// <summary>How a stated figure bounds the real value: the article's "more than", "over", "about" and the like.</summary>
[JsonConverter(typeof(CamelCaseEnumJsonConverter<Bound>))]
public enum Bound
{
    /// <summary>The figure is given as is ("$40 billion").</summary>
    Exact,

    /// <summary>The real value is about the figure ("about", "some", "around").</summary>
    About,

    /// <summary>The real value is the figure or more ("at least").</summary>
    AtLeast,

    /// <summary>The real value exceeds the figure ("more than", "over").</summary>
    MoreThan,

    /// <summary>The real value is the figure or less ("at most", "up to").</summary>
    AtMost,

    /// <summary>The real value is below the figure ("less than", "under").</summary>
    LessThan,
}

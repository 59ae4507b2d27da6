namespace KazChina.Model;

/// <summary>
/// An actor found by a name (<see cref="LookupQueries.FindActorsByForm"/>), with the form that matched: "Beijing"
/// finds China through the metonym <c>Beijing: metonym</c>, "Hu Jintau" finds Hu Jintao through the name as the
/// article writes it, "Hu Jintao" through the canonical name, which the article does not write.
/// </summary>
/// <remarks>Equality compares every member.</remarks>
public sealed record ActorMatch
{
    internal ActorMatch(EditionRecord actor, NameForm form, bool asWritten)
    {
        Actor = actor;
        Form = form;
        AsWritten = asWritten;
    }

    /// <summary>Gets the country, person or organization found.</summary>
    public EditionRecord Actor { get; }

    /// <summary>Gets the form that matched, with its kind; a canonical name or a web address from the notes has kind <see cref="NameFormKind.Name"/>.</summary>
    public NameForm Form { get; }

    /// <summary>Gets whether the article writes the form (in the actor's record or, for an outlet, in a citation), rather than the editors (a canonical name, a web address).</summary>
    public bool AsWritten { get; }

    /// <summary>Returns the actor's id and the form that matched.</summary>
    /// <returns>A readable rendering such as <c>china: Beijing: metonym</c>, or <c>hu-jintao: Hu Jintao: name (editors' form)</c>.</returns>
    public override string ToString() => $"{Actor.Id}: {Form}{(AsWritten ? "" : " (editors' form)")}";
}

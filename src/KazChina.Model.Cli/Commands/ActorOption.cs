using System;
using System.Collections.Generic;
using System.Linq;

namespace KazChina.Model.Cli;

/// <summary>
/// An actor on the command line, by id (<c>china</c>) or by any name the edition knows for it ("Hu Jintau",
/// "Kazakhstani", "www.centralasiaonline.com"), looked up with <see cref="LookupQueries.FindActors"/>.
/// </summary>
internal static class ActorOption
{
    /// <summary>Resolves an actor of the allowed kinds.</summary>
    /// <param name="edition">The edition.</param>
    /// <param name="text">The id or name given.</param>
    /// <param name="what">What the option names, for the message: "country", "outlet".</param>
    /// <param name="allowed">Which records qualify.</param>
    /// <returns>The ids of the matching records (a name may fit several).</returns>
    /// <exception cref="CliException">No record of the allowed kinds has that id or name.</exception>
    public static IReadOnlySet<RecordId> Resolve(KazChinaEdition edition, string text, string what, Func<EditionRecord, bool> allowed)
    {
        var ids = new HashSet<RecordId>();
        if (RecordId.IsValid(text) && edition.TryGet(text, out EditionRecord? byId) && allowed(byId))
        {
            ids.Add(byId.Id);
        }

        if (!string.IsNullOrWhiteSpace(text))
        {
            ids.UnionWith(edition.FindActors(text).Where(allowed).Select(r => r.Id));
        }

        if (ids.Count == 0)
        {
            string known = string.Join(", ", edition.Records.Where(allowed).Select(r => r.Id.Value));
            throw new CliException($"No {what} '{text}' in the edition; give an id or a name: {known}.");
        }

        return ids;
    }
}

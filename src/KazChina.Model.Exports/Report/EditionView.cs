using System;
using System.Diagnostics.CodeAnalysis;
using System.IO;

namespace KazChina.Model.Exports;

/// <summary>
/// One view of the edition (the timeline, the trade chart, the map, the reading view or one record) as an HTML
/// fragment that notebooks and LINQPad show inline.
/// </summary>
/// <remarks>
/// <para>
/// .NET Interactive (Jupyter, Polyglot Notebooks) shows a view as HTML when it is a cell's value or is passed to
/// <c>display(...)</c>: it finds the view's formatter through its convention-based <c>TypeFormatterSourceAttribute</c>,
/// matched by name, so this package needs no reference to .NET Interactive. In LINQPad, <c>Util.RawHtml(view.Html).Dump()</c>
/// shows it. Equality is reference equality: every view is made afresh, with chart ids of its own.
/// </para>
/// </remarks>
[TypeFormatterSource(typeof(EditionViewFormatterSource), PreferredMimeTypes = [EditionReport.MediaType])]
public sealed class EditionView
{
    internal EditionView(string title, string html)
    {
        Title = title;
        Html = html;
    }

    /// <summary>Gets what the view shows, e.g. "Timeline" or "Record loan-cdb-kazakhmys-aktogay".</summary>
    public string Title { get; }

    /// <summary>Gets the view: one <c>div class="kz-report"</c> with its own style and script (and, for a chart, Vega, Vega-Lite and vega-embed unless left out).</summary>
    public string Html { get; }

    /// <summary>Returns the view's HTML, so that a host showing strings as HTML can take the view itself.</summary>
    /// <returns><see cref="Html"/>.</returns>
    public override string ToString() => Html;
}

/// <summary>
/// .NET Interactive's convention for a formatter a library declares without referencing it: an attribute named
/// <c>TypeFormatterSourceAttribute</c> with <c>FormatterSourceType</c> and <c>PreferredMimeTypes</c> properties.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
internal sealed class TypeFormatterSourceAttribute(Type formatterSourceType) : Attribute
{
    public Type FormatterSourceType { get; } = formatterSourceType;

    public string[]? PreferredMimeTypes { get; set; }
}

/// <summary>The formatter source the convention instantiates: it has a public parameterless constructor and a public <c>CreateTypeFormatters</c>.</summary>
[SuppressMessage("Performance", "CA1822:Mark members as static", Justification = ".NET Interactive's convention calls instance members.")]
internal sealed class EditionViewFormatterSource
{
    public object[] CreateTypeFormatters() => [new EditionViewHtmlFormatter()];
}

/// <summary>A formatter by convention: public <c>MimeType</c> and <c>Type</c>, and <c>bool Format(object, TextWriter)</c>.</summary>
[SuppressMessage("Performance", "CA1822:Mark members as static", Justification = ".NET Interactive's convention calls instance members.")]
internal sealed class EditionViewHtmlFormatter
{
    public string MimeType => EditionReport.MediaType;

    public Type Type => typeof(EditionView);

    public bool Format(object instance, TextWriter writer)
    {
        if (instance is not EditionView view)
        {
            return false;
        }

        writer.Write(view.Html);
        return true;
    }
}

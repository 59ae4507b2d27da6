using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using KazChina.Model.Exports;
using Xunit;

namespace KazChina.Model.Tests.Exports;

public sealed class EditionViewsTests
{
    private const string ViewStart = "<div class=\"kz-report\">";

    public static TheoryData<string> Views => ["timeline", "trade", "map", "reading", "record"];

    [Theory]
    [MemberData(nameof(Views))]
    public void View_Edition_IsOneReportFragmentWithWhatItShows(string name)
    {
        (EditionView view, string marker) = Make(name);

        Assert.StartsWith(ViewStart, view.Html, StringComparison.Ordinal);
        Assert.Contains(marker, view.Html, StringComparison.Ordinal);
        Assert.Equal(view.Html, view.ToString());
        Assert.False(string.IsNullOrWhiteSpace(view.Title));
    }

    [Fact]
    public void Record_Loan_HighlightsEachOfItsSpansInItsParagraph()
    {
        Loan loan = KazChinaEdition.Current.Get<Loan>("loan-cdb-kazakhmys-aktogay");

        EditionView view = EditionViews.Record(KazChinaEdition.Current, loan.Id);

        Assert.Equal("Record loan-cdb-kazakhmys-aktogay", view.Title);
        Assert.Equal(loan.Evidence.Spans.Count, view.Html.Split("<mark class=\"kz-hl k-loan\">").Length - 1);
    }

    [Fact]
    public void Record_UnknownId_ThrowsNamingIt()
    {
        var error = Assert.Throws<KeyNotFoundException>(() => EditionViews.Record(KazChinaEdition.Current, "no-such-record"));
        Assert.Contains("'no-such-record'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Map_WithoutLibraries_LeavesOutOnlyTheVegaScripts()
    {
        string with = EditionViews.Map(KazChinaEdition.Current).Html;
        string without = EditionViews.Map(KazChinaEdition.Current, includeLibraries: false).Html;

        Assert.Contains("vegaEmbed", without, StringComparison.Ordinal);
        Assert.True(with.Length - without.Length > 500_000, $"The libraries are about 0.85 MB; the difference is {with.Length - without.Length} characters.");
    }

    // .NET Interactive finds a formatter for a type it does not know through an attribute named
    // TypeFormatterSourceAttribute, read by reflection (Formatter.TryRegisterFromConventionBasedFormatterSources): its
    // FormatterSourceType is created with a public parameterless constructor, its public CreateTypeFormatters() gives
    // objects with public MimeType and Type properties and a public bool Format(object, TextWriter). The sample
    // notebook proves it in Jupyter (.ci/notebook.sh); this proves the shape the convention needs, member by member.
    [Fact]
    public void EditionView_DotNetInteractiveConvention_FormatsTheViewAsHtml()
    {
        EditionView view = EditionViews.Record(KazChinaEdition.Current, "loan-cdb-kazakhmys-aktogay");
        Attribute attribute = Assert.Single(typeof(EditionView).GetCustomAttributes(true).OfType<Attribute>(), a => a.GetType().Name == "TypeFormatterSourceAttribute");
        var sourceType = (Type)Property(attribute, "FormatterSourceType")!;
        Assert.Equal("text/html", Assert.Single((string[])Property(attribute, "PreferredMimeTypes")!));

        object source = Activator.CreateInstance(sourceType)!;
        var formatters = (IEnumerable)sourceType.GetMethod("CreateTypeFormatters")!.Invoke(source, null)!;
        object formatter = Assert.Single(formatters.Cast<object>());
        Assert.Equal("text/html", Property(formatter, "MimeType"));
        Assert.Equal(typeof(EditionView), Property(formatter, "Type"));
        MethodInfo format = formatter.GetType().GetMethod("Format", [typeof(object), typeof(TextWriter)])!;
        Assert.Equal(typeof(bool), format.ReturnType);

        using var writer = new StringWriter();
        Assert.True((bool)format.Invoke(formatter, [view, writer])!);
        Assert.Equal(view.Html, writer.ToString());
        Assert.False((bool)format.Invoke(formatter, ["not a view", new StringWriter()])!);
    }

    private static object? Property(object instance, string name) =>
        (instance.GetType().GetProperty(name) ?? throw new InvalidOperationException($"{instance.GetType().Name} has no public property {name}.")).GetValue(instance);

    private static (EditionView View, string Marker) Make(string name)
    {
        KazChinaEdition edition = KazChinaEdition.Current;
        return name switch
        {
            "timeline" => (EditionViews.Timeline(edition), "id=\"kz_timeline_"),
            "trade" => (EditionViews.TradeChart(edition), "id=\"kz_trade_"),
            "map" => (EditionViews.Map(edition), "id=\"kz_map_"),
            "reading" => (EditionViews.Reading(edition), "class=\"kz-reading-grid\""),
            _ => (EditionViews.Record(edition, "loan-cdb-kazakhmys-aktogay"), "class=\"kz-in-context\""),
        };
    }
}

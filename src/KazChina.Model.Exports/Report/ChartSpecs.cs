using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using NodaTime;

namespace KazChina.Model.Exports;

/// <summary>
/// The report's charts as Vega-Lite specifications (rendered in the page by vega-embed): the timeline, the trade
/// figures and the map. Each spec carries its data inline; nothing is fetched.
/// </summary>
/// <remarks>
/// The JSON is written with <see cref="JavaScriptEncoder.Default"/>, which escapes <c>&lt;</c>, <c>&gt;</c> and
/// <c>&amp;</c> in every string, so a spec can stand inside a <c>script</c> element whatever the edition's text is:
/// <c>&lt;/script&gt;</c> in a name comes out as <c>\u003C/script\u003E</c>.
/// </remarks>
internal static class ChartSpecs
{
    private const string Schema = "https://vega.github.io/schema/vega-lite/v6.json";

    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.Default };

    /// <summary>The period the timeline's second panel shows in detail: the weeks of the visit the article reports.</summary>
    private static readonly (LocalDate From, LocalDate To) Detail = (new LocalDate(2011, 5, 25), new LocalDate(2011, 7, 5));

    /// <summary>Returns a timeline's spec: every dated record as a bar over the days its date can mean (a year, a month) or a point (a day); a deadline as a triangle at its last day; an inferred year hollow or dashed.</summary>
    /// <param name="model">The report's model.</param>
    /// <param name="detail">Whether to show only the weeks of the visit the article reports, in detail, rather than every dated record.</param>
    /// <returns>The spec as JSON.</returns>
    public static string Timeline(ReportModel model, bool detail) => Write(json =>
    {
        StartSpec(json, detail
            ? "The dated records from 25 May to 5 July 2011, the weeks of the visit the article reports, on a time axis."
            : "Every dated record of the edition on a time axis: a year or month as a bar over its days, a day as a point, a deadline as a triangle at its last day; hollow points and dashed bars mark a year the article does not state.");
        WriteTimelineView(json, model, model.Edition.Timeline(), detail ? Detail : null);
    });

    /// <summary>Returns the trade chart's spec: the money figures in US dollars, actual against target, each as stated and as read, with its bound marked.</summary>
    /// <param name="model">The report's model.</param>
    /// <param name="figures">The figures charted (<see cref="ChartedFigures"/>).</param>
    /// <returns>The spec as JSON.</returns>
    public static string Trade(ReportModel model, IReadOnlyList<TradeFigure> figures) => Write(json =>
    {
        StartSpec(json, "The trade figures stated in money, in billions of US dollars: actual values and targets, each as the article states it and as the editorial notes read it; a triangle marks a bound (over, at least, at most, under) and a diamond an approximate figure.");
        json.WriteString("width", "container");
        json.WriteNumber("height", 300);
        json.WriteStartObject("data");
        json.WriteStartArray("values");
        foreach (TradeFigure figure in figures)
        {
            var read = (TradeFigure)model.Edition.Read(figure.Id, ReadingChoice.Corrected).Record;
            WriteFigureRow(json, model, figure, figure, "as stated");
            WriteFigureRow(json, model, figure, read, "as read");
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteStartObject("encoding");
        Field(json, "x", "figure", "nominal", title: null, sort: false, extra: j => { j.WriteStartObject("axis"); j.WriteNumber("labelAngle", 0); j.WriteNumber("labelLimit", 220); j.WriteEndObject(); });
        Field(json, "xOffset", "reading", "nominal", title: "reading", sort: false);
        Field(json, "y", "billions", "quantitative", title: "US$ billion");
        WriteHref(json);
        WriteTooltip(json, ("figure", "figure"), ("reading", "reading"), ("basis", "basis"), ("asWritten", "as written"), ("bound", "bound"), ("notes", "notes applied"));
        json.WriteEndObject();
        json.WriteStartArray("layer");
        Layer(json, null, "bar", mark => mark.WriteNumber("cornerRadiusEnd", 2), enc =>
        {
            Field(enc, "color", "basis", "nominal", title: "basis", sort: false);
            MappedField(enc, "opacity", "reading", "ordinal", "reading", ["as stated", "as read"], range => Numbers(range, 1, 0.45));
        });
        Layer(json, "datum.bound != 'exact'", "point", mark =>
        {
            mark.WriteBoolean("filled", true);
            mark.WriteNumber("size", 140);
            mark.WriteNumber("yOffset", -9);
            mark.WriteString("color", "#222");
        }, enc =>
        {
            MappedField(enc, "shape", "bound", "nominal", "bound", ["moreThan", "atLeast", "about", "atMost", "lessThan"], range => Strings(range, "triangle-up", "triangle-up", "diamond", "triangle-down", "triangle-down"));
        });
        Layer(json, null, "text", mark =>
        {
            mark.WriteNumber("dy", -22);
            mark.WriteNumber("fontSize", 10);
            mark.WriteString("color", "#222");
        }, enc => Field(enc, "text", "asWritten", "nominal", title: null));
        json.WriteEndArray();
        json.WriteEndObject();
    });

    /// <summary>Returns the money figures the trade chart draws: those stated in US dollars, the currency trade figures are compared in.</summary>
    /// <param name="edition">The edition.</param>
    /// <returns>The figures, in edition order.</returns>
    public static IReadOnlyList<TradeFigure> ChartedFigures(KazChinaEdition edition) =>
        edition.TradeFigures.Where(f => f.Amount?.In(Currency.Usd) is not null).ToList();

    /// <summary>Returns the map's spec: country outlines, the projects as lines through their places or points at them, and every place with coordinates, a rough position drawn as a dashed ring.</summary>
    /// <param name="model">The report's model.</param>
    /// <param name="countries">The Natural Earth country outlines (TopoJSON).</param>
    /// <returns>The spec as JSON.</returns>
    public static string Map(ReportModel model, string countries)
    {
        Dictionary<RecordId, Place> places = EditionGeoJson.PlacesById(model.Edition);
        Place[] located = [.. model.Edition.Places.Where(p => p.Location is not null)];
        return Write(json =>
        {
            StartSpec(json, "A map of the places the article names that have coordinates, and the projects between them: railways and corridors as lines through their places, zones and mines as squares at them; a dashed ring marks a rough position.");
            json.WriteString("width", "container");
            json.WriteNumber("height", 460);
            WriteProjection(json, located);
            json.WriteStartArray("layer");

            WriteCountriesLayer(json, countries, model.Edition.Countries.Select(c => c.Name));

            // Projects that run between places: their GeoJSON lines.
            json.WriteStartObject();
            json.WriteStartObject("data");
            json.WriteStartArray("values");
            foreach (InfrastructureProject project in model.Edition.Projects)
            {
                IReadOnlyList<Place> stops = EditionGeoJson.LocatedPlaces(project, places);
                if (stops.Count >= 2 && EditionGeoJson.IsLinear(project.ProjectKind))
                {
                    json.WriteStartObject();
                    json.WriteString("type", "Feature");
                    json.WriteStartObject("geometry");
                    json.WriteString("type", "LineString");
                    json.WriteStartArray("coordinates");
                    foreach (Place stop in stops)
                    {
                        json.WriteStartArray();
                        json.WriteNumberValue(stop.Location!.Longitude);
                        json.WriteNumberValue(stop.Location.Latitude);
                        json.WriteEndArray();
                    }

                    json.WriteEndArray();
                    json.WriteEndObject();
                    WriteProjectProperties(json, model, project, "properties");
                    json.WriteEndObject();
                }
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteStartObject("mark");
            json.WriteString("type", "geoshape");
            json.WriteBoolean("filled", false);
            json.WriteNumber("strokeWidth", 3);
            json.WriteEndObject();
            json.WriteStartObject("encoding");
            Field(json, "stroke", "properties.kind", "nominal", title: "project");
            Field(json, "href", "properties.href", "nominal", title: null);
            WriteTooltip(json, ("properties.name", "project"), ("properties.kind", "kind"), ("properties.status", "status"), ("properties.route", "through"));
            json.WriteEndObject();
            json.WriteEndObject();

            // Projects that stand at a place: a square there.
            json.WriteStartObject();
            json.WriteStartObject("data");
            json.WriteStartArray("values");
            foreach (InfrastructureProject project in model.Edition.Projects)
            {
                IReadOnlyList<Place> stops = EditionGeoJson.LocatedPlaces(project, places);
                if (stops.Count >= 1 && !(stops.Count >= 2 && EditionGeoJson.IsLinear(project.ProjectKind)))
                {
                    foreach (Place stop in stops)
                    {
                        json.WriteStartObject();
                        WriteProjectFields(json, model, project);
                        json.WriteNumber("longitude", stop.Location!.Longitude);
                        json.WriteNumber("latitude", stop.Location.Latitude);
                        json.WriteEndObject();
                    }
                }
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteStartObject("mark");
            json.WriteString("type", "square");
            json.WriteNumber("size", 260);
            json.WriteBoolean("filled", false);
            json.WriteNumber("strokeWidth", 2.5);
            json.WriteEndObject();
            json.WriteStartObject("encoding");
            Field(json, "longitude", "longitude", "quantitative", title: null);
            Field(json, "latitude", "latitude", "quantitative", title: null);
            Field(json, "stroke", "kind", "nominal", title: "project");
            Field(json, "href", "href", "nominal", title: null);
            WriteTooltip(json, ("name", "project"), ("kind", "kind"), ("status", "status"), ("route", "at"));
            json.WriteEndObject();
            json.WriteEndObject();

            // Places: a dot, or a dashed ring where the position is rough; named beside.
            json.WriteStartObject();
            json.WriteStartObject("data");
            json.WriteStartArray("values");
            foreach (Place place in located)
            {
                json.WriteStartObject();
                json.WriteString("id", place.Id.Value);
                json.WriteString("href", "#" + place.Id.Value);
                json.WriteString("name", place.Name);
                json.WriteString("label", place.Name == place.NameAsWritten ? place.Name : $"{place.Name} (“{place.NameAsWritten}”)");
                json.WriteString("nameAsWritten", place.NameAsWritten);
                json.WriteString("kind", Enums.Words(place.PlaceKind));
                json.WriteString("precision", Enums.Name(place.Location!.Precision));
                json.WriteNumber("longitude", place.Location.Longitude);
                json.WriteNumber("latitude", place.Location.Latitude);
                json.WriteString("position", place.Location.ToString());
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteStartObject("encoding");
            Field(json, "longitude", "longitude", "quantitative", title: null);
            Field(json, "latitude", "latitude", "quantitative", title: null);
            Field(json, "href", "href", "nominal", title: null);
            WriteTooltip(json, ("name", "place"), ("nameAsWritten", "as written"), ("kind", "kind"), ("position", "position"));
            json.WriteEndObject();
            json.WriteStartArray("layer");
            Layer(json, null, "point", mark =>
            {
                mark.WriteBoolean("filled", false);
                mark.WriteNumber("strokeWidth", 1.5);
                mark.WriteString("color", "#1a1a1a");
            }, enc =>
            {
                MappedField(enc, "size", "precision", "ordinal", "position", ["approximate", "rough"], range => Numbers(range, 60, 900));
                MappedField(enc, "strokeDash", "precision", "nominal", null, ["approximate", "rough"], range =>
                {
                    range.WriteStartArray();
                    Numbers(range, 1, 0);
                    range.WriteEndArray();
                    range.WriteStartArray();
                    Numbers(range, 4, 3);
                    range.WriteEndArray();
                });
            });
            Layer(json, null, "point", mark =>
            {
                mark.WriteBoolean("filled", true);
                mark.WriteNumber("size", 22);
                mark.WriteString("color", "#1a1a1a");
            }, null);
            Layer(json, null, "text", mark =>
            {
                mark.WriteString("align", "left");
                mark.WriteNumber("dx", 7);
                mark.WriteNumber("dy", -6);
                mark.WriteNumber("fontSize", 11);
                mark.WriteString("color", "#1a1a1a");
            }, enc => Field(enc, "text", "label", "nominal", title: null));
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    private static void WriteTimelineView(Utf8JsonWriter json, ReportModel model, IReadOnlyList<TimelineEntry> entries, (LocalDate From, LocalDate To)? window)
    {
        TimelineEntry[] shown = window is { } w ? [.. entries.Where(e => e.Date.End >= w.From && e.Date.Start <= w.To)] : [.. entries];
        var rows = new Dictionary<string, int>(StringComparer.Ordinal);
        json.WriteString("width", "container");
        json.WriteNumber("height", Math.Max(60, shown.Length * 17));
        json.WriteStartObject("data");
        json.WriteStartArray("values");
        for (int i = 0; i < shown.Length; i++)
        {
            WriteTimelineRow(json, model, shown[i], RowName(rows, shown[i]), i, window);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteStartObject("encoding");
        TimeField(json, "x", "at", window);
        json.WriteStartObject("y");
        json.WriteString("field", "row");
        json.WriteString("type", "nominal");

        // Timeline order, whichever layer a row's mark is in.
        json.WriteStartObject("sort");
        json.WriteString("field", "order");
        json.WriteString("op", "min");
        json.WriteEndObject();
        json.WriteStartObject("axis");
        json.WriteNull("title");
        json.WriteNumber("labelLimit", 340);
        json.WriteEndObject();
        json.WriteEndObject();
        WriteHref(json);
        WriteTooltip(json, ("label", "record"), ("when", "date"), ("precision", "precision"), ("year", "year"), ("kind", "kind"));
        json.WriteEndObject();
        json.WriteStartArray("layer");
        Layer(json, "datum.marker == 'span'", "bar", mark =>
        {
            mark.WriteNumber("height", 9);
            mark.WriteNumber("strokeWidth", 1.5);
        }, enc =>
        {
            enc.WriteStartObject("x2");
            enc.WriteString("field", "end");
            enc.WriteEndObject();
            Field(enc, "fill", "kind", "nominal", title: "record kind");
            Field(enc, "stroke", "kind", "nominal", title: "record kind");
            enc.WriteStartObject("fillOpacity");
            enc.WriteStartObject("condition");
            enc.WriteString("test", "datum.year == 'inferred'");
            enc.WriteNumber("value", 0.15);
            enc.WriteEndObject();
            enc.WriteNumber("value", 0.8);
            enc.WriteEndObject();
            enc.WriteStartObject("strokeDash");
            enc.WriteStartObject("condition");
            enc.WriteString("test", "datum.year == 'inferred'");
            WriteNumbers(enc, "value", 3, 2);
            enc.WriteEndObject();
            WriteNumbers(enc, "value", 1, 0);
            enc.WriteEndObject();
        });
        Layer(json, "datum.marker != 'span'", "point", mark =>
        {
            mark.WriteBoolean("filled", true);
            mark.WriteNumber("size", 90);
            mark.WriteNumber("strokeWidth", 2);
        }, enc =>
        {
            Field(enc, "stroke", "kind", "nominal", title: "record kind");
            enc.WriteStartObject("fill");
            enc.WriteString("field", "kind");
            enc.WriteString("type", "nominal");
            enc.WriteString("title", "record kind");
            enc.WriteStartObject("condition");
            enc.WriteString("test", "datum.year == 'inferred'");
            enc.WriteString("value", "#ffffff");
            enc.WriteEndObject();
            enc.WriteEndObject();
            MappedField(enc, "shape", "marker", "nominal", null, ["day", "deadline"], range => Strings(range, "circle", "triangle-right"));
        });
        json.WriteEndArray();
        json.WriteEndObject();
    }

    // In a window, a bar that runs past its edges is cut at them (the axis follows the data: Vega-Lite 6 does not draw
    // a layered view with a fixed time domain).
    private static void WriteTimelineRow(Utf8JsonWriter json, ReportModel model, TimelineEntry entry, string row, int order, (LocalDate From, LocalDate To)? window)
    {
        PartialDate date = entry.Date;
        bool deadline = entry.When.Relation == TimeRelation.By;
        string marker = deadline ? "deadline" : date.Precision == DatePrecision.Day ? "day" : "span";
        json.WriteStartObject();
        json.WriteString("id", entry.RecordId.Value);
        json.WriteString("href", "#" + entry.RecordId.Value);
        json.WriteString("row", row);
        json.WriteNumber("order", order);
        json.WriteString("label", model.Label(entry.Record));
        json.WriteString("kind", Enums.Words(entry.Kind));
        json.WriteString("when", entry.When.ToString());
        json.WriteString("precision", Enums.Words(date.Precision));
        json.WriteString("year", date.YearInferred ? "inferred" : "stated");
        json.WriteString("marker", marker);
        // A bar starts on the first day the date can mean and ends after the last; a deadline's mark is its last day.
        LocalDate at = deadline ? date.End : date.Start;
        LocalDate end = date.End.PlusDays(1);
        if (window is { } w)
        {
            at = LocalDate.Max(at, w.From);
            end = LocalDate.Min(end, w.To.PlusDays(1));
        }

        json.WriteString("at", Iso(at));
        json.WriteString("end", Iso(end));
        json.WriteEndObject();
    }

    // One row per record, named by its label; a label two records share gets the id, so rows never merge.
    private static string RowName(Dictionary<string, int> rows, TimelineEntry entry)
    {
        string label = entry.Record switch
        {
            Citation c => $"{c.OutletAsWritten}, {c.DateAsWritten}",
            _ => entry.Label,
        };
        string key = label + "\u0000" + entry.RecordId.Value;
        if (!rows.TryGetValue(key, out int _))
        {
            rows[key] = rows.Keys.Count(k => k.StartsWith(label + "\u0000", StringComparison.Ordinal));
        }

        return rows[key] == 0 ? label : $"{label} ({entry.RecordId.Value})";
    }

    private static void WriteFigureRow(Utf8JsonWriter json, ReportModel model, TradeFigure stated, TradeFigure figure, string reading)
    {
        Money usd = figure.Amount!.In(Currency.Usd) ?? stated.Amount!.In(Currency.Usd)!;
        string period = stated.Period is { } p ? p.ToString() : "no period stated";
        json.WriteStartObject();
        json.WriteString("id", stated.Id.Value);
        json.WriteString("href", "#" + stated.Id.Value);
        json.WriteString("figure", $"{model.Names.GetValueOrDefault(stated.CountryId, stated.CountryId.Value)} – {model.Names.GetValueOrDefault(stated.PartnerId, stated.PartnerId.Value)}, {Enums.Words(stated.Basis)}, {period}");
        json.WriteString("reading", reading);
        json.WriteString("basis", Enums.Words(stated.Basis));
        json.WriteNumber("billions", usd.Amount / 1_000_000_000m);
        json.WriteString("bound", Enums.Name(figure.Amount.Bound));
        json.WriteString("asWritten", figure.Amount.AsWritten);
        json.WriteString("notes", reading == "as read" ? string.Join(", ", model.Edition.NotesApplied(figure).Select(n => n.Id.Value)) : "");
        json.WriteEndObject();
    }

    private static void WriteProjectFields(Utf8JsonWriter json, ReportModel model, InfrastructureProject project)
    {
        json.WriteString("id", project.Id.Value);
        json.WriteString("href", "#" + project.Id.Value);
        json.WriteString("name", project.Name);
        json.WriteString("kind", Enums.Words(project.ProjectKind));
        json.WriteString("status", Enums.Words(project.Status));
        json.WriteString("route", string.Join(" – ", project.PlaceIds.Select(id => model.Names.GetValueOrDefault(id, id.Value))));
    }

    private static void WriteProjectProperties(Utf8JsonWriter json, ReportModel model, InfrastructureProject project, string name)
    {
        json.WriteStartObject(name);
        WriteProjectFields(json, model, project);
        json.WriteEndObject();
    }

    // Country outlines: every country light, the edition's own countries (found by name) a shade darker. The names
    // are data of a lookup, never text in an expression.
    private static void WriteCountriesLayer(Utf8JsonWriter json, string countries, IEnumerable<string> editionCountries)
    {
        json.WriteStartObject();
        json.WriteStartObject("data");
        json.WritePropertyName("values");
        json.WriteRawValue(countries, skipInputValidation: false);
        json.WriteStartObject("format");
        json.WriteString("type", "topojson");
        json.WriteString("feature", "countries");
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteStartArray("transform");
        json.WriteStartObject();
        json.WriteString("lookup", "properties.name");
        json.WriteStartObject("from");
        json.WriteStartObject("data");
        json.WriteStartArray("values");
        foreach (string name in editionCountries.Distinct(StringComparer.Ordinal))
        {
            json.WriteStartObject();
            json.WriteString("name", name);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteString("key", "name");
        WriteStrings(json, "fields", ["name"]);
        json.WriteEndObject();
        WriteStrings(json, "as", ["inEdition"]);
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteStartObject("mark");
        json.WriteString("type", "geoshape");
        json.WriteBoolean("clip", true);
        json.WriteString("stroke", "#9a968c");
        json.WriteNumber("strokeWidth", 0.6);
        json.WriteEndObject();
        json.WriteStartObject("encoding");
        json.WriteStartObject("fill");
        json.WriteStartObject("condition");
        json.WriteString("test", "isValid(datum.inEdition)");
        json.WriteString("value", "#e2dccb");
        json.WriteEndObject();
        json.WriteString("value", "#f4f2ec");
        json.WriteEndObject();
        json.WriteStartObject("tooltip");
        json.WriteString("field", "properties.name");
        json.WriteString("type", "nominal");
        json.WriteString("title", "country");
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    // Fitted to the located places with a margin of a few degrees, so the map shows them and their surroundings.
    private static void WriteProjection(Utf8JsonWriter json, Place[] located)
    {
        const decimal Margin = 4m;
        json.WriteStartObject("projection");
        json.WriteString("type", "mercator");
        if (located.Length > 0)
        {
            json.WriteStartObject("fit");
            json.WriteString("type", "MultiPoint");
            json.WriteStartArray("coordinates");
            foreach ((decimal lon, decimal lat) in (ReadOnlySpan<(decimal, decimal)>)[
                (located.Min(p => p.Location!.Longitude) - Margin, located.Min(p => p.Location!.Latitude) - Margin),
                (located.Max(p => p.Location!.Longitude) + Margin, located.Max(p => p.Location!.Latitude) + Margin)])
            {
                json.WriteStartArray();
                json.WriteNumberValue(Math.Clamp(lon, -180m, 180m));
                json.WriteNumberValue(Math.Clamp(lat, -85m, 85m));
                json.WriteEndArray();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    private static void StartSpec(Utf8JsonWriter json, string description)
    {
        json.WriteStartObject();
        json.WriteString("$schema", Schema);
        json.WriteString("description", description);
        json.WriteStartObject("config");
        json.WriteString("font", "system-ui, sans-serif");
        json.WriteStartObject("view");
        json.WriteNull("stroke");
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void Layer(Utf8JsonWriter json, string? filter, string mark, Action<Utf8JsonWriter> markProperties, Action<Utf8JsonWriter>? encoding)
    {
        json.WriteStartObject();
        if (filter is not null)
        {
            json.WriteStartArray("transform");
            json.WriteStartObject();
            json.WriteString("filter", filter);
            json.WriteEndObject();
            json.WriteEndArray();
        }

        json.WriteStartObject("mark");
        json.WriteString("type", mark);
        markProperties(json);
        json.WriteEndObject();
        if (encoding is not null)
        {
            json.WriteStartObject("encoding");
            encoding(json);
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    private static void Field(Utf8JsonWriter json, string channel, string field, string type, string? title, bool sort = true, Action<Utf8JsonWriter>? extra = null)
    {
        json.WriteStartObject(channel);
        json.WriteString("field", field);
        json.WriteString("type", type);
        if (title is null)
        {
            json.WriteNull("title");
        }
        else
        {
            json.WriteString("title", title);
        }

        if (!sort)
        {
            json.WriteNull("sort");
        }

        extra?.Invoke(json);
        json.WriteEndObject();
    }

    // A field whose values map to chosen outputs (shapes, sizes, dashes); without a title it has no legend (the caption says it).
    private static void MappedField(Utf8JsonWriter json, string channel, string field, string type, string? title, string[] domain, Action<Utf8JsonWriter> range)
    {
        json.WriteStartObject(channel);
        json.WriteString("field", field);
        json.WriteString("type", type);
        if (title is null)
        {
            json.WriteNull("legend");
        }
        else
        {
            json.WriteString("title", title);
        }

        json.WriteStartObject("scale");
        WriteStrings(json, "domain", domain);
        json.WriteStartArray("range");
        range(json);
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void Numbers(Utf8JsonWriter json, params ReadOnlySpan<double> values)
    {
        foreach (double value in values)
        {
            json.WriteNumberValue(value);
        }
    }

    private static void Strings(Utf8JsonWriter json, params ReadOnlySpan<string> values)
    {
        foreach (string value in values)
        {
            json.WriteStringValue(value);
        }
    }

    private static void TimeField(Utf8JsonWriter json, string channel, string field, (LocalDate From, LocalDate To)? window)
    {
        json.WriteStartObject(channel);
        json.WriteString("field", field);
        json.WriteString("type", "temporal");
        json.WriteNull("title");
        json.WriteStartObject("scale");
        json.WriteString("type", "utc");
        json.WriteEndObject();
        json.WriteStartObject("axis");
        json.WriteString("format", window is null ? "%Y" : "%-d %b");
        json.WriteStartObject("tickCount");
        json.WriteString("interval", window is null ? "year" : "week");
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteHref(Utf8JsonWriter json)
    {
        json.WriteStartObject("href");
        json.WriteString("field", "href");
        json.WriteEndObject();
    }

    private static void WriteTooltip(Utf8JsonWriter json, params ReadOnlySpan<(string Field, string Title)> fields)
    {
        json.WriteStartArray("tooltip");
        foreach ((string field, string title) in fields)
        {
            json.WriteStartObject();
            json.WriteString("field", field);
            json.WriteString("title", title);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (string value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    private static void WriteNumbers(Utf8JsonWriter json, string name, params ReadOnlySpan<int> values)
    {
        json.WriteStartArray(name);
        foreach (int value in values)
        {
            json.WriteNumberValue(value);
        }

        json.WriteEndArray();
    }

    private static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    private static string Write(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, WriterOptions))
        {
            write(json);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}

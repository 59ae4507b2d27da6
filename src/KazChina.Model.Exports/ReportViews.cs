namespace KazChina.Model.Exports;

/// <summary>
/// The report views every database export of the relational model carries, in the order they must be created (a view
/// may read the ones before it). Written in the SQL that SQLite and DuckDB share; ordering is left to the query that
/// reads a view.
/// </summary>
/// <remarks>
/// Where a record has an editorial reading that changes an amount, the views give the amount as stated and, in the
/// <c>_corrected</c> columns, as the corrected reading has it; elsewhere the two are equal.
/// </remarks>
public static class ReportViews
{
    /// <summary>Gets the views, in creation order.</summary>
    public static ValueList<ReportView> All { get; } = ValueList.Create(
        new ReportView(
            "record_names",
            "Every record with its kind and a name to show: a country's, person's, organization's, place's or project's name, an agreement's or event's title, else its id.",
            """
            SELECT r.id, r.kind, COALESCE(c.name, p.name, o.name, pl.name, pr.name, a.title, e.title, r.id) AS name
            FROM records r
            LEFT JOIN countries c ON c.id = r.id
            LEFT JOIN people p ON p.id = r.id
            LEFT JOIN organizations o ON o.id = r.id
            LEFT JOIN places pl ON pl.id = r.id
            LEFT JOIN projects pr ON pr.id = r.id
            LEFT JOIN agreements a ON a.id = r.id
            LEFT JOIN events e ON e.id = r.id
            """),
        new ReportView(
            "trade_figure_report",
            "Each trade figure with its countries' names, period, value as stated and as corrected, and who states it.",
            """
            SELECT t.id, c.name AS country, p.name AS partner, t.measure, t.basis,
              t.period_relation, t.period_text, t.period_earliest, t.period_latest,
              t.amount, t.amount_currency, t.amount_bound, t.amount_as_written,
              COALESCE(r.amount, t.amount) AS amount_corrected, COALESCE(r.amount_currency, t.amount_currency) AS amount_corrected_currency,
              t.quantity, t.quantity_unit, t.quantity_as_written, t.commodity, s.name AS stated_by
            FROM trade_figures t
            JOIN countries c ON c.id = t.country_id
            JOIN countries p ON p.id = t.partner_id
            LEFT JOIN record_names s ON s.id = t.stated_by_id
            LEFT JOIN readings r ON r.target_id = t.id AND r.reading_kind = 'amountReading' AND r.changes_value = TRUE
            """),
        new ReportView(
            "agreements_by_party",
            "One row per agreement and party: who is party to what, when, and with what status.",
            """
            SELECT ap.party_id, n.kind AS party_kind, n.name AS party, a.id AS agreement_id, a.title, a.agreement_kind, a.status,
              a.when_relation, a.when_text, a.when_earliest, a.when_latest
            FROM agreement_parties ap
            JOIN agreements a ON a.id = ap.agreement_id
            JOIN record_names n ON n.id = ap.party_id
            """),
        new ReportView(
            "project_report",
            "One row per project and place (a project without a place has one row with no place): kind, status, cost as stated and as corrected, date.",
            """
            SELECT p.id, p.name, p.project_kind, p.status, pl.id AS place_id, pl.name AS place,
              p.cost, p.cost_currency, p.cost_bound, p.cost_as_written, p.cost_also_stated_as, p.cost_also_stated_as_currency,
              COALESCE(r.amount, p.cost) AS cost_corrected, COALESCE(r.amount_currency, p.cost_currency) AS cost_corrected_currency,
              p.when_relation, p.when_text, p.when_earliest
            FROM projects p
            LEFT JOIN project_places pp ON pp.project_id = p.id
            LEFT JOIN places pl ON pl.id = pp.place_id
            LEFT JOIN readings r ON r.target_id = p.id AND r.reading_kind = 'amountReading' AND r.changes_value = TRUE
            """),
        new ReportView(
            "timeline",
            "Every dated agreement, event, loan, currency swap, project and trade figure with its date as stated: relation, text, first and last day, precision, inferred year.",
            """
            SELECT id AS record_id, 'agreement' AS kind, title AS label, when_relation AS time_relation, when_text AS date_text,
              when_earliest AS earliest, when_latest AS latest, when_precision AS date_precision, when_year_inferred AS year_inferred
            FROM agreements WHERE when_earliest IS NOT NULL
            UNION ALL
            SELECT id, 'event', title, when_relation, when_text, when_earliest, when_latest, when_precision, when_year_inferred
            FROM events WHERE when_earliest IS NOT NULL
            UNION ALL
            SELECT id, 'loan', purpose, when_relation, when_text, when_earliest, when_latest, when_precision, when_year_inferred
            FROM loans WHERE when_earliest IS NOT NULL
            UNION ALL
            SELECT id, 'currencySwap', amount_as_written, when_relation, when_text, when_earliest, when_latest, when_precision, when_year_inferred
            FROM currency_swaps WHERE when_earliest IS NOT NULL
            UNION ALL
            SELECT id, 'infrastructureProject', name, when_relation, when_text, when_earliest, when_latest, when_precision, when_year_inferred
            FROM projects WHERE when_earliest IS NOT NULL
            UNION ALL
            SELECT id, 'tradeFigure', COALESCE(amount_as_written, quantity_as_written, measure), period_relation, period_text, period_earliest, period_latest, period_precision, period_year_inferred
            FROM trade_figures WHERE period_earliest IS NOT NULL
            """),
        new ReportView(
            "record_evidence",
            "Each record's evidence: the spans of the article's text, in order, with their words.",
            """
            SELECT s.record_id, r.kind, s.ordinal, s."start", s."length", s."text"
            FROM evidence_spans s
            JOIN records r ON r.id = s.record_id
            """),
        new ReportView(
            "record_citations",
            "Each record's citations: the sources the article gives for it, with outlet, date and title.",
            """
            SELECT ec.record_id, r.kind, ec.ordinal, c.id AS citation_id, c.citation_kind, o.name AS outlet, c.outlet_as_written,
              c.date_as_written, c.date_text, c.date_earliest, c.title
            FROM evidence_citations ec
            JOIN records r ON r.id = ec.record_id
            JOIN citations c ON c.id = ec.citation_id
            JOIN organizations o ON o.id = c.outlet_id
            """));
}

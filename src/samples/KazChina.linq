<Query Kind="Statements">
  <NuGetReference>KazChina.Model</NuGetReference>
  <NuGetReference>KazChina.Model.Exports</NuGetReference>
  <Namespace>KazChina.Model</Namespace>
  <Namespace>KazChina.Model.Exports</Namespace>
  <Namespace>NodaTime</Namespace>
</Query>

// LINQPad sample: open this file in LINQPad 8 or later (it restores KazChina.Model and KazChina.Model.Exports from
// NuGet) and press F5. Records dump as flat tables of their fields through the ToDump convention; the report's views
// (KazChina.Model.Exports) are HTML, which Util.RawHtml shows as it is.
var edition = KazChinaEdition.Current;

edition.Article.Dump("The article");
edition.Validate().Dump("Validation issues (none expected)");

edition.TradeBetween("china", "kazakhstan").Dump("Trade between China and Kazakhstan, as stated");
edition.ImpliedGrowth("trade-china-kazakhstan-20bn-2011", "trade-target-40bn-2015").Dump("Growth the $40 billion target implies");
edition.ComparePartners("kazakhstan", "china", "russia").Dump("China against Russia as Kazakhstan's partner");

edition.AgreementsWithParty("kazakhstan").Dump("Agreements Kazakhstan is party to");
edition.ProvisionsOf("all-round-strategic-partnership-2011").Dump("The June 13 joint statement's clauses");
edition.ProposalsBy(edition.FindActors("Beijing").Single().Id).Dump("What Beijing proposed, and who will act on it");
edition.Timeline().Where(e => e.Kind != RecordKind.Citation).Dump("Timeline");

edition.StatedAreas().Dump("Areas as stated (the Kazakh unit is the article's slip)");
edition.FinancingOf("aktogay-copper-mine").Dump("What finances the Aktogay copper mine");

edition.ProvenanceOf("loan-cdb-kazakhmys-aktogay").Dump("The loan: evidence, citations, editorial notes");
edition.AnnotatedRecords().Dump("Every record an editor annotated");
edition.SearchEvidence("pipeline").Dump("Evidence mentioning pipelines");

Util.RawHtml(EditionViews.Timeline(edition).Html).Dump("Timeline: a year is a bar, a day a dot, a deadline a triangle");
Util.RawHtml(EditionViews.TradeChart(edition).Html).Dump("Trade figures: actual against target, as stated and as read");
Util.RawHtml(EditionViews.Map(edition).Html).Dump("Map: the places with coordinates and the projects between them");
Util.RawHtml(EditionViews.Record(edition, "loan-cdb-kazakhmys-aktogay").Html).Dump("The loan, its words highlighted in the article");

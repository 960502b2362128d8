// The landing page's HTML: everything that needs no script (description, citation, downloads, quality, history,
// codebook) is written here as plain semantic HTML; the records travel as embedded JSON for app.js.
import { toHast } from 'mdast-util-to-hast';
import { toHtml } from 'hast-util-to-html';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { percent, qualityNote, RECORD_KINDS, sharesOf } from '../publish/quality-text.js';
import type { SiteData } from './site-data.js';

const esc = (s: unknown) => String(s ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function markdown(text: string): string {
  return toHtml(toHast(unified().use(remarkParse).parse(text)));
}

function size(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

/** JSON inside a script element: `<` is escaped so no `</script>` in the data can end the element. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

/** Says so when the page shows only the first records of a table. */
function partial(data: SiteData, tables: readonly ('events' | 'quotes' | 'responses')[]): string {
  const cut = tables.filter((t) => data.totals[t] > data[t].length);
  if (!cut.length) return '';
  const parts = cut.map(
    (t) => `the first ${data[t].length.toLocaleString('en')} of ${data.totals[t].toLocaleString('en')} ${t}`,
  );
  return `<p class="partial">This page shows ${parts.join(' and ')}; the downloads hold every record.</p>`;
}

/** The extractor's scores as a small table, or nothing when the build had no evaluation set. */
function qualitySection(quality: SiteData['quality']): string {
  if (!quality) return '';
  const kinds = RECORD_KINDS.map(
    (k) =>
      `<tr><th scope="row">${esc(k.label)}</th><td>${percent(quality[k.key].precision)}</td><td>${percent(quality[k.key].recall)}</td><td>${percent(quality[k.key].f1)}</td></tr>`,
  ).join('\n');
  const shares = sharesOf(quality)
    .map((s) => `<tr><th scope="row">${esc(s.label)}</th><td>${percent(s.value)}</td></tr>`)
    .join('\n');
  return `<section id="quality" aria-labelledby="quality-h">
<h2 id="quality-h">Quality of the extraction</h2>
<p>${esc(qualityNote(quality))} The codebook (<a href="../README.md">README.md</a>) explains each figure.</p>
<div class="scroll"><table><caption>Records found, on the evaluation set</caption>
<thead><tr><th scope="col">records</th><th scope="col">precision</th><th scope="col">recall</th><th scope="col">F1</th></tr></thead>
<tbody>${kinds}</tbody></table></div>
<div class="scroll"><table><caption>Speakers, actors and countries, on the evaluation set</caption>
<thead><tr><th scope="col">measure</th><th scope="col">value</th></tr></thead>
<tbody>${shares}</tbody></table></div>
</section>`;
}

export function pageHtml(data: SiteData, jsonLd: unknown): string {
  const licence = data.licence;
  // The first 12 hex digits identify a file at a glance; the button copies the whole hash, and SHA256SUMS has all.
  const downloads = data.downloads
    .map(
      (d) =>
        `<tr><td><a href="../${esc(d.name)}" download>${esc(d.name)}</a></td><td>${size(d.bytes)}</td><td><code class="hash" title="${esc(d.sha256)}">${esc(d.sha256.slice(0, 12))}…</code> <button type="button" class="copy" data-copy="${esc(d.sha256)}" aria-label="Copy the SHA-256 of ${esc(d.name)}" hidden>copy</button></td></tr>`,
    )
    .join('\n');
  const count = (n: number, what: string) => `<div><dt>${esc(what)}</dt><dd>${n.toLocaleString('en')}</dd></div>`;
  const history = data.history.length
    ? data.history
        .map(
          (h) =>
            `<article><h3>${esc(h.version)}${h.date ? ` <small>${esc(h.date)}</small>` : ''}</h3>${markdown(h.changes)}</article>`,
        )
        .join('\n')
    : '<p>This is the first version.</p>';
  const codebook = data.codebook
    .map(
      (t) => `<section aria-labelledby="codebook-${esc(t.table)}">
<h3 id="codebook-${esc(t.table)}"><code>${esc(t.table)}</code></h3>
<p>${esc(t.description)}</p>
<div class="scroll"><table><thead><tr><th scope="col">column</th><th scope="col">type</th><th scope="col">may be null</th><th scope="col">meaning</th><th scope="col">values</th></tr></thead>
<tbody>${t.fields.map((f) => `<tr><td><code>${esc(f.name)}</code></td><td>${esc(f.type)}</td><td>${f.nullable ? 'yes' : 'no'}</td><td>${esc(f.description)}</td><td>${f.values.map((v) => `<code>${esc(v)}</code>`).join(' ')}</td></tr>`).join('\n')}</tbody></table></div>
</section>`,
    )
    .join('\n');
  const events = data.events
    .filter((e) => e.date)
    .map(
      (e) =>
        `<tr id="event-${esc(e.id)}"><td>${esc(e.date)}</td><td>${esc(e.date_precision)}</td><td>${esc(String(e.event_type).replace(/_/g, ' '))}</td><td>${esc(e.description)}</td></tr>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; base-uri 'none'; form-action 'none'">
<title>${esc(data.title)} (version ${esc(data.version)})</title>
<meta name="description" content="${esc(jsonLd && (jsonLd as { description?: string }).description)}">
<link rel="icon" href="data:,">
<link rel="stylesheet" href="style.css">
<script type="application/ld+json">${scriptJson(jsonLd)}</script>
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header>
<h1>${esc(data.title)}</h1>
<p class="meta">Version <strong>${esc(data.version)}</strong> · licence <a href="${esc(licence.path ?? '')}">${esc(licence.title ?? licence.name)}</a></p>
</header>
<nav aria-label="Sections"><ul>
<li><a href="#timeline">Timeline</a></li><li><a href="#countries">By country</a></li><li><a href="#records">Quotes and responses</a></li>
<li><a href="#downloads">Downloads</a></li><li><a href="#about">About and citation</a></li>${data.quality ? '<li><a href="#quality">Quality</a></li>' : ''}<li><a href="#history">History</a></li><li><a href="#codebook">Codebook</a></li>
</ul></nav>
<main id="main">
<section id="glance" aria-labelledby="glance-h">
<h2 id="glance-h" class="visually-hidden">At a glance</h2>
<dl class="counts">${count(data.totals.events, 'events')}${count(data.totals.quotes, 'quotes')}${count(data.speakers, 'speakers and actors')}${count(data.countries, 'countries')}</dl>
</section>
<section id="timeline" aria-labelledby="timeline-h">
<h2 id="timeline-h">Events on a timeline</h2>
${partial(data, ['events'])}
<figure aria-describedby="timeline-alt-caption">
<div id="timeline-chart" class="chart"></div>
<figcaption id="timeline-alt-caption">Each dated event placed by the days its date covers: a day is a dot, a month or a year a bar.</figcaption>
</figure>
<details><summary>The dated events as a table</summary>
<div class="scroll"><table><caption>Dated events</caption><thead><tr><th scope="col">date</th><th scope="col">precision</th><th scope="col">type</th><th scope="col">sentence</th></tr></thead><tbody>${events}</tbody></table></div>
</details>
</section>
<section id="countries" aria-labelledby="countries-h">
<h2 id="countries-h">Responses by country</h2>
<figure><div id="countries-chart" class="chart"></div><figcaption>Number of responses per country (ISO 3166-1 code; "none" where no country is stated: international bodies, and actors whose country the text does not settle).</figcaption></figure>
</section>
<section id="records" aria-labelledby="records-h">
<h2 id="records-h">Quotes and responses</h2>
${partial(data, ['quotes', 'responses'])}
<form class="filters" role="search" aria-label="Filter quotes and responses">
<label>Speaker or actor <input id="filter-speaker" type="search" list="speakers" autocomplete="off"></label>
<datalist id="speakers"></datalist>
<label>Country <select id="filter-country"><option value="">all</option></select></label>
<label>Text <input id="filter-text" type="search" autocomplete="off"></label>
</form>
<p id="records-status" role="status" aria-live="polite"></p>
<div class="scroll"><table id="records-table"><caption>Quotes and responses; the last column links to the source</caption>
<thead><tr><th scope="col">kind</th><th scope="col">who</th><th scope="col">country</th><th scope="col">words</th><th scope="col">citations</th><th scope="col">source</th></tr></thead>
<tbody id="records-body"></tbody></table></div>
<section id="source-view" tabindex="-1" aria-live="polite" hidden></section>
</section>
<section id="downloads" aria-labelledby="downloads-h">
<h2 id="downloads-h">Downloads</h2>
<p>Every file with its size and the start of its SHA-256 (its button copies the whole hash); <a href="../SHA256SUMS">SHA256SUMS</a> holds them all, for <code>sha256sum -c</code>.</p>
<div class="scroll"><table><caption>Files of version ${esc(data.version)}</caption>
<thead><tr><th scope="col">file</th><th scope="col">size</th><th scope="col">SHA-256</th></tr></thead>
<tbody>${downloads}</tbody></table></div>
</section>
<section id="about" aria-labelledby="about-h">
<h2 id="about-h">About and citation</h2>
<p>${esc((jsonLd as { description?: string }).description)}</p>
<p>Read from: ${data.sources.map((s) => `${s.path ? `<a href="${esc(s.path)}">${esc(s.title)}</a>` : esc(s.title)} (${esc(s.author)}, ${esc(s.licence)}). ${esc(s.attribution)}`).join(' ')}</p>
<h3>How to cite</h3>
<p>Cite the dataset with its version; <a href="../CITATION.cff">CITATION.cff</a> has the details for citation managers.</p>
<pre class="cite">${esc(data.citation)}</pre>
</section>
${qualitySection(data.quality)}
<section id="history" aria-labelledby="history-h">
<h2 id="history-h">Version history</h2>
${history}
</section>
<section id="codebook" aria-labelledby="codebook-h">
<h2 id="codebook-h">Codebook</h2>
<p>Generated from the JSON Schemas the records are validated against.</p>
${codebook}
</section>
</main>
<footer><p>Built by papertrail. No script on this page reaches beyond its folder.</p></footer>
<noscript><p>The timeline, chart and record browser need JavaScript; everything else on this page, and every download, works without it.</p></noscript>
<script type="application/json" id="papertrail-data">${scriptJson(data)}</script>
<script src="app.js"></script>
</body>
</html>
`;
}

// The landing page's interactive parts, bundled into app.js at build time: the events timeline, responses by
// country, and the quote and response browser with each record's source span in context.
import * as Plot from '@observablehq/plot';
import type { SiteData, SpanContext } from './site-data.js';

type Data = SiteData;
type Row = {
  id: string;
  kind: 'quote' | 'response';
  who: string;
  country: string;
  text: string;
  date: string;
  event: string | null;
  context: SpanContext;
  citations: string[];
  document: string;
  line: number;
  column: number;
};

const data = JSON.parse(document.getElementById('papertrail-data')!.textContent!) as Data;
const DAY = 86_400_000;
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  node.append(...children);
  return node;
}

function timeline(): void {
  const host = document.getElementById('timeline-chart')!;
  const dated = data.events.filter((e) => e.date_start && e.date_end);
  if (!dated.length) {
    host.append(el('p', {}, 'No dated events.'));
    return;
  }
  const rows = dated.map((e, i) => ({
    row: `${i + 1}. ${e.date} ${String(e.event_type).replace(/_/g, ' ')}`,
    start: day(e.date_start!),
    // A span covers its last day too.
    end: new Date(day(e.date_end!).getTime() + DAY),
    single: e.date_precision === 'day',
    title: `${e.date}: ${e.description}`,
  }));
  const chart = Plot.plot({
    ariaLabel: `Timeline of ${rows.length} dated events`,
    ariaDescription:
      'Days are dots; months and years are bars over the days they cover. The table below lists the same events.',
    marginLeft: 170,
    width: Math.max(320, Math.min(960, host.clientWidth || 960)),
    height: 40 + 26 * rows.length,
    x: { type: 'utc', label: null, grid: true },
    y: { label: null, domain: rows.map((r) => r.row) },
    marks: [
      Plot.barX(
        rows.filter((r) => !r.single),
        {
          x1: 'start',
          x2: 'end',
          y: 'row',
          fill: 'var(--accent)',
          insetTop: 6,
          insetBottom: 6,
          title: 'title',
          ariaLabel: 'title',
          className: 'event-span',
        },
      ),
      Plot.dot(
        rows.filter((r) => r.single),
        {
          x: 'start',
          y: 'row',
          r: 5,
          fill: 'var(--accent)',
          title: 'title',
          ariaLabel: 'title',
          className: 'event-day',
        },
      ),
    ],
  });
  host.append(chart);
}

function countries(): void {
  const host = document.getElementById('countries-chart')!;
  // Counted over every response at build time, not only those the page embeds.
  const rows = [...data.response_countries].sort((a, b) => b.count - a.count || a.country.localeCompare(b.country));
  if (!rows.length) {
    host.append(el('p', {}, 'No responses.'));
    return;
  }
  host.append(
    Plot.plot({
      ariaLabel: `Responses by country: ${rows.map((r) => `${r.country} ${r.count}`).join(', ')}`,
      marginLeft: 60,
      width: Math.max(320, Math.min(720, host.clientWidth || 720)),
      height: 40 + 24 * rows.length,
      // Whole responses only: no tick at half a response.
      x: {
        label: 'responses',
        grid: true,
        ticks: Math.min(10, Math.max(...rows.map((r) => r.count))),
        tickFormat: 'd',
      },
      y: { label: null, domain: rows.map((r) => r.country) },
      marks: [
        Plot.barX(rows, {
          x: 'count',
          y: 'country',
          fill: 'var(--accent)',
          title: (d: { country: string; count: number }) => `${d.country}: ${d.count}`,
          className: 'country-bar',
        }),
        Plot.ruleX([0]),
      ],
    }),
  );
}

function browserRows(): Row[] {
  const place = (r: { document: string; source: { line: number; column: number } }) => ({
    document: r.document,
    line: r.source.line,
    column: r.source.column,
  });
  return [
    ...data.quotes.map((q) => ({
      id: q.id,
      kind: 'quote' as const,
      who: String(q.speaker ?? ''),
      country: String(q.speaker_country ?? ''),
      text: String(q.text),
      date: '',
      event: q.event_id,
      context: q.context_span,
      citations: q.citations as string[],
      ...place(q),
    })),
    ...data.responses.map((r) => ({
      id: r.id,
      kind: 'response' as const,
      who: String(r.actor),
      country: String(r.country ?? ''),
      text: String(r.description),
      date: String(r.date ?? ''),
      event: null,
      context: r.context_span,
      citations: r.citations as string[],
      ...place(r),
    })),
  ];
}

function browser(): void {
  const rows = browserRows();
  // The events a quote can link to: those with a row in the table of dated events.
  const datedEvents = new Set(data.events.filter((e) => e.date).map((e) => e.id));
  const speaker = document.getElementById('filter-speaker') as HTMLInputElement;
  const country = document.getElementById('filter-country') as HTMLSelectElement;
  const text = document.getElementById('filter-text') as HTMLInputElement;
  const body = document.getElementById('records-body')!;
  const status = document.getElementById('records-status')!;
  const speakers = document.getElementById('speakers')!;
  for (const name of [...new Set(rows.map((r) => r.who).filter(Boolean))].sort())
    speakers.append(el('option', { value: name }));
  for (const code of [...new Set(rows.map((r) => r.country).filter(Boolean))].sort())
    country.append(el('option', { value: code }, code));

  const render = () => {
    const who = speaker.value.trim().toLowerCase();
    const words = text.value.trim().toLowerCase();
    const shown = rows.filter(
      (r) =>
        (!who || r.who.toLowerCase().includes(who)) &&
        (!country.value || r.country === country.value) &&
        (!words ||
          `${r.who} ${r.text} ${r.context.before}${r.context.span}${r.context.after}`.toLowerCase().includes(words)),
    );
    body.replaceChildren(
      ...shown.map((r) =>
        el(
          'tr',
          { 'data-kind': r.kind },
          el('td', {}, r.kind),
          el('td', {}, r.who || '(unnamed)'),
          el('td', {}, r.country),
          el('td', {}, r.text),
          el('td', {}, r.citations.map((c) => `[${c}]`).join('')),
          el(
            'td',
            {},
            el('a', { href: `#${r.id}` }, `${r.document}:${r.line}:${r.column}`),
            ...(r.event && datedEvents.has(r.event)
              ? [' ', el('a', { href: `#event-${r.event}`, class: 'event-link' }, 'event')]
              : []),
          ),
        ),
      ),
    );
    status.textContent = `${shown.length} of ${rows.length} records shown`;
  };
  for (const input of [speaker, country, text]) input.addEventListener('input', render);
  render();

  const source = document.getElementById('source-view')!;
  const show = () => {
    const id = decodeURIComponent(location.hash.slice(1));
    // An event's row sits in the folded table of dated events: unfold it and bring the row into view.
    const eventRow = id.startsWith('event-') ? document.getElementById(id) : null;
    if (eventRow) {
      eventRow.closest('details')!.open = true;
      eventRow.scrollIntoView({ block: 'center' });
      return;
    }
    const row = rows.find((r) => r.id === id);
    if (!row) return;
    // Citation markers stay visible in the context, set apart so they read as references.
    const marked = (s: string) =>
      s.split(/(\[\d+\])/).map((part) => (/^\[\d+\]$/.test(part) ? el('sup', { class: 'citation' }, part) : part));
    source.replaceChildren(
      el('h3', {}, `${row.kind === 'quote' ? 'Quote' : 'Response'} ${row.id}`),
      el('p', { class: 'where' }, `${row.document}, line ${row.line}, column ${row.column}`),
      el(
        'blockquote',
        {},
        ...marked(row.context.before),
        el('mark', {}, ...marked(row.context.span)),
        ...marked(row.context.after),
      ),
    );
    source.hidden = false;
    source.focus();
  };
  window.addEventListener('hashchange', show);
  show();
}

/** The downloads' copy buttons, shown only where a script can copy. */
function copyButtons(): void {
  if (!navigator.clipboard) return;
  for (const button of document.querySelectorAll<HTMLButtonElement>('button.copy')) {
    button.hidden = false;
    button.addEventListener('click', () => {
      void navigator.clipboard.writeText(button.dataset.copy ?? '').then(
        () => (button.textContent = 'copied'),
        () => (button.textContent = 'copy failed'),
      );
    });
  }
}

timeline();
countries();
browser();
copyButtons();

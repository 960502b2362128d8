// What the landing page shows, gathered at build time into one JSON document embedded in the page: the
// dataset's description, downloads, history, the extractor's quality, codebook and records, each record with its source span in context.
import type { Quality } from '../evaluate/index.js';
import { fieldsOf, TABLES } from '../schema/index.js';
import type { DatasetMetadata } from '../types/records.js';
import type { RecordTables } from '../types/records.js';
import type { Artifact } from '../publish/artifact.js';
import type { VersionHistory } from '../release/index.js';
import { Locator } from '../base/locator.js';

export interface SiteInput {
  metadata: DatasetMetadata;
  /** The records the page shows, and what it says of the rest. */
  sample: SiteSample;
  /** Files of the version the page offers for download. */
  downloads: readonly Artifact[];
  history: readonly VersionHistory[];
  citation: string;
  /** The extractor's scores on the project's evaluation set, when the build had that set. */
  quality?: Quality;
}

/** The paragraph around a span (at most CONTEXT code points each side), split so the span can be marked. */
export interface SpanContext {
  before: string;
  span: string;
  after: string;
}

const CONTEXT = 400;

/** The context of the span [start, end) (code point offsets) in the text a locator was made for. */
function spanContext(locator: Locator, start: number, end: number): SpanContext {
  const text = locator.text;
  const s = locator.index(start);
  const e = locator.index(end);
  // Back to the paragraph's start (a blank line) or CONTEXT characters, whichever is nearer; likewise forward.
  const back = text.lastIndexOf('\n\n', s - 1);
  let from = Math.max(back < 0 ? 0 : back + 2, s - CONTEXT, 0);
  const ahead = text.indexOf('\n\n', e);
  let to = Math.min(ahead < 0 ? text.length : ahead, e + CONTEXT);
  // Never cut a surrogate pair in two.
  if (/[\udc00-\udfff]/.test(text[from] ?? '')) from++;
  if (/[\udc00-\udfff]/.test(text[to] ?? '')) to++;
  return { before: text.slice(from, s), span: text.slice(s, e), after: text.slice(e, to) };
}

/** Records the page embeds per table: enough to browse, while a large archive's page stays small and quick. */
export const SITE_RECORDS = 1000;

type WithContext<T> = T & { context_span: SpanContext };

/**
 * What the page shows, gathered a document at a time as the records stream past in published order: the first
 * SITE_RECORDS of each table with their spans in context, every table's total, and responses per country.
 */
export class SiteSample {
  readonly events: WithContext<RecordTables['events'][number]>[] = [];
  readonly quotes: WithContext<RecordTables['quotes'][number]>[] = [];
  readonly responses: WithContext<RecordTables['responses'][number]>[] = [];
  readonly totals: Record<keyof RecordTables, number> = { events: 0, quotes: 0, responses: 0 };
  readonly responseCountries = new Map<string, number>();
  /** Every named speaker or actor, and every country stated on a quote or a response, across all records. */
  readonly speakers = new Set<string>();
  readonly countries = new Set<string>();

  /** Takes one document's records; `text` gives the document's text, asked for only when the page needs some of them. */
  async add(tables: RecordTables, text: () => Promise<string>): Promise<void> {
    const wanted = (shown: readonly unknown[], rows: readonly unknown[]) =>
      rows.length > 0 && shown.length < SITE_RECORDS;
    if (
      wanted(this.events, tables.events) ||
      wanted(this.quotes, tables.quotes) ||
      wanted(this.responses, tables.responses)
    ) {
      const locator = new Locator(await text());
      this.take(this.events, tables.events, locator);
      this.take(this.quotes, tables.quotes, locator);
      this.take(this.responses, tables.responses, locator);
    }
    this.totals.events += tables.events.length;
    this.totals.quotes += tables.quotes.length;
    this.totals.responses += tables.responses.length;
    for (const r of tables.responses) {
      const country = r.country ?? 'none';
      this.responseCountries.set(country, (this.responseCountries.get(country) ?? 0) + 1);
      this.speakers.add(r.actor);
      if (r.country) this.countries.add(r.country);
    }
    for (const q of tables.quotes) {
      if (q.speaker) this.speakers.add(q.speaker);
      if (q.speaker_country) this.countries.add(q.speaker_country);
    }
  }

  private take<T extends { source: { start: number; end: number } }>(
    shown: WithContext<T>[],
    rows: readonly T[],
    locator: Locator,
  ): void {
    for (const r of rows.slice(0, SITE_RECORDS - shown.length))
      shown.push({ ...r, context_span: spanContext(locator, r.source.start, r.source.end) });
  }
}

export function siteData(input: SiteInput) {
  const { metadata, sample } = input;
  return {
    name: metadata.name,
    title: metadata.title,
    version: metadata.version,
    licence: metadata.licence,
    sources: metadata.sources,
    citation: input.citation,
    downloads: input.downloads.map((d) => ({ name: d.name, bytes: d.bytes, sha256: d.sha256 })),
    history: input.history,
    quality: input.quality ?? null,
    codebook: TABLES.map((t) => ({
      table: t.name,
      description: String(t.schema.description ?? ''),
      fields: fieldsOf(t).map((f) => ({
        name: f.name,
        type: f.type === 'array' ? `list of ${f.itemType}` : (f.format ?? f.type),
        nullable: f.nullable,
        description: f.description,
        values: f.enum?.filter((v) => v !== null) ?? [],
      })),
    })),
    totals: sample.totals,
    speakers: sample.speakers.size,
    countries: sample.countries.size,
    response_countries: [...sample.responseCountries].map(([country, count]) => ({ country, count })),
    events: sample.events,
    quotes: sample.quotes,
    responses: sample.responses,
  };
}

export type SiteData = ReturnType<typeof siteData>;

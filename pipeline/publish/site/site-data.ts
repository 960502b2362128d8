// What the landing page shows, gathered at build time into one JSON document embedded in the page: the
// dataset's description, downloads, history, codebook and records, each record with its source span in context.
import { fieldsOf, TABLES } from '../../schema/index.js';
import type { DatasetMetadata } from '../../types/records.js';
import type { RecordTables } from '../../validate/index.js';
import type { Artifact } from '../artifact.js';
import { Locator } from '../../parse/index.js';

export interface VersionHistory {
  version: string;
  /** ISO date of the build, when known. */
  date: string | null;
  /** The changelog section of that version, Markdown. */
  changes: string;
}

export interface SiteInput {
  metadata: DatasetMetadata;
  tables: RecordTables;
  /** Document path -> its text, for the spans shown in context. */
  texts: ReadonlyMap<string, string>;
  /** Files of the version the page offers for download. */
  downloads: readonly Artifact[];
  history: readonly VersionHistory[];
  citation: string;
}

/** The paragraph around a span (at most CONTEXT code points each side), split so the span can be marked. */
export interface SpanContext {
  before: string;
  span: string;
  after: string;
}

const CONTEXT = 400;

/** The context of the span [start, end) (code point offsets) in the text a locator was made for. */
export function spanContext(locator: Locator, start: number, end: number): SpanContext {
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

export function siteData(input: SiteInput) {
  const { metadata } = input;
  const locators = new Map<string, Locator>();
  const locator = (document: string) => {
    let l = locators.get(document);
    if (!l) locators.set(document, (l = new Locator(input.texts.get(document) ?? '')));
    return l;
  };
  const withContext = <T extends { document: string; source: { start: number; end: number } }>(rows: readonly T[]) =>
    rows.map((r) => ({ ...r, context_span: spanContext(locator(r.document), r.source.start, r.source.end) }));
  return {
    name: metadata.name,
    title: metadata.title,
    version: metadata.version,
    licence: metadata.licence,
    sources: metadata.sources,
    citation: input.citation,
    downloads: input.downloads.map((d) => ({ name: d.name, bytes: d.bytes, sha256: d.sha256 })),
    history: input.history,
    codebook: TABLES.map((t) => ({ table: t.name, description: String(t.schema.description ?? ''), fields: fieldsOf(t).map((f) => ({ name: f.name, type: f.type === 'array' ? `list of ${f.itemType}` : f.format ?? f.type, nullable: f.nullable, description: f.description, values: f.enum?.filter((v) => v !== null) ?? [] })) })),
    events: withContext(input.tables.events),
    quotes: withContext(input.tables.quotes),
    responses: withContext(input.tables.responses),
  };
}

export type SiteData = ReturnType<typeof siteData>;

// What the landing page shows, gathered at build time into one JSON document embedded in the page: the
// dataset's description, downloads, history, codebook and records, each record with its source span in context.
import { fieldsOf, TABLES } from '../../schema/index.js';
import type { DatasetMetadata } from '../../types/records.js';
import type { RecordTables } from '../../validate/index.js';
import type { Artifact } from '../artifact.js';

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

export function spanContext(text: string, start: number, end: number): SpanContext {
  const points = Array.from(text);
  let from = start;
  while (from > 0 && start - from < CONTEXT && !(points[from - 1] === '\n' && points[from - 2] === '\n')) from--;
  let to = end;
  while (to < points.length && to - end < CONTEXT && !(points[to] === '\n' && points[to + 1] === '\n')) to++;
  return { before: points.slice(from, start).join(''), span: points.slice(start, end).join(''), after: points.slice(end, to).join('') };
}

export function siteData(input: SiteInput) {
  const { metadata } = input;
  const withContext = <T extends { document: string; source: { start: number; end: number } }>(rows: readonly T[]) =>
    rows.map((r) => ({ ...r, context_span: spanContext(input.texts.get(r.document) ?? '', r.source.start, r.source.end) }));
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

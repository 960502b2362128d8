// Reads the records of one parsed document: quotes, dated events and responses, each with its span and citations.
import type { ParsedDocument } from '../parse/index.js';
import { addInfo } from '../diagnostics.js';
import type { Event, Quote, Response } from '../types/records.js';
import { findMarkers, stripMarkers, type Marker } from './citations.js';
import { Discourse } from './discourse.js';
import { findBlocks } from './find-blocks.js';
import { quoteKind } from './quote-kind.js';
import { pairQuotes } from './pair-quotes.js';
import { parseActors, type Actor } from './parse-actor.js';
import { findDates, firstDay, isoDate, lastDay, precisionOfDate, type Anchors, type DateMention, type PartialDate } from './parse-dates.js';
import { attributeQuote } from './attribute-speaker.js';
import { recordId } from './record-id.js';
import { splitSentences, type Span } from './split-sentences.js';
import { eventType } from './event-type.js';
import { findResponders } from './find-responders.js';
import { lexicon } from './lexicons.js';

export interface Extraction {
  events: Event[];
  quotes: Quote[];
  responses: Response[];
}

/** Bumped whenever extraction output can change: build caches are keyed by it. */
export const EXTRACTOR_VERSION = '0.2.0';

interface Sentence extends Span {
  block: number;
  heading: boolean;
  markers: Marker[];
}

interface QuoteSpan {
  open: number | null;
  close: number | null;
  start: number;
  end: number;
  closed: boolean;
  pushed: boolean;
}

/** The dateline: a day written in the first words of one of the first blocks, or the front matter's date. */
function findDateline(doc: ParsedDocument, blocks: { start: number; end: number }[]): { date: PartialDate; mention: DateMention | null } | null {
  const published = doc.frontMatter.published;
  if (published) {
    const [y, m, d] = published.split('-').map(Number);
    return { date: { year: y!, ...(m ? { month: m } : {}), ...(d ? { day: d } : {}) }, mention: null };
  }
  for (const b of blocks.slice(0, 3)) {
    const found = findDates(doc.text, b.start, Math.min(b.end, b.start + 200), { dateline: null, last: null })[0];
    if (found?.date.day != null && found.explicit && doc.text.slice(b.start, found.start).trim().split(/\s+/).filter(Boolean).length <= 2) {
      return { date: found.date, mention: found };
    }
  }
  return null;
}

const occurrences = (): ((key: string) => number) => {
  const counts = new Map<string, number>();
  return (key) => {
    const n = counts.get(key) ?? 0;
    counts.set(key, n + 1);
    return n;
  };
};

export function extractDocument(doc: ParsedDocument): Extraction {
  const { text, locator, document } = doc;
  const blocks = findBlocks(doc);
  const sentences: Sentence[] = [];
  const quoteSpans: { q: QuoteSpan; block: number }[] = [];

  blocks.forEach((b, bi) => {
    const marks = pairQuotes(text, b.start, b.end);
    const closedSpans = marks.filter((m) => m.close != null).map((m) => ({ start: m.open ?? b.start, end: m.close! }));
    const spans = splitSentences(text, b.start, b.end, closedSpans);
    spans.forEach((s, si) => {
      const markers = findMarkers(text, s.start, s.end);
      if (si === spans.length - 1) markers.push(...b.trailingMarkers);
      sentences.push({ ...s, block: bi, heading: b.heading, markers });
    });
    marks.forEach((m, mi) => {
      const last = mi === marks.length - 1;
      let end = m.close;
      if (end == null) {
        const s = spans.find((x) => m.start >= x.start && m.start < x.end) ?? spans.at(-1)!;
        end = last && b.closedInNext ? b.end : s.end;
        const nextOpen = marks[mi + 1]?.open;
        if (nextOpen != null && nextOpen < end) end = nextOpen;
      }
      quoteSpans.push({ q: { open: m.open, close: m.close, start: m.start, end, closed: m.close != null, pushed: m.close == null && last && b.closedInNext }, block: bi });
    });
  });

  const discourse = new Discourse();
  const sentenceActors = sentences.map((s) => discourse.noteSentence(text, s.start, s.end));
  const { subject: subjectCountry, home } = discourse.countries();

  const place = (start: number, end: number) => {
    const p = locator.place(start);
    return { start: p.offset, end: locator.offset(end), line: p.line, column: p.column };
  };
  const sentenceOf = (i: number): number => sentences.findIndex((s) => i >= s.start && i < Math.max(s.end, s.start + 1));

  // Quotes.
  const quotes: Quote[] = [];
  const quoteActors = new Map<string, { actor: Actor; sentence: number }>();
  const qOcc = occurrences();
  let lastSpeaker: { actor: Actor; block: number } | null = null;
  const byId = new Map<string, Quote>();
  quoteSpans.forEach(({ q, block }, qi) => {
    let start = q.start;
    let end = q.end;
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /[\s]/.test(text[end - 1]!)) end--;
    const marks = findMarkers(text, start, end);
    if (marks.length && marks.at(-1)!.end === end) end = marks.at(-1)!.start;
    const words = stripMarkers(text.slice(start, end));
    if (!/\p{L}/u.test(words)) return;
    const si = sentenceOf(start);
    const sentence = sentences[si]!;
    const closeEnd = q.close != null ? q.close + 1 : end;
    const after = text.slice(closeEnd, sentence.end);
    const lead = /^[\s,.;:!?]*((?:\[(?:\d{1,3}|[a-z])\])+)/.exec(after);
    const citations = lead ? findMarkers(text, closeEnd, closeEnd + lead[0].length).map((m) => m.label) : sentence.markers.filter((m) => m.start >= closeEnd).map((m) => m.label);
    const prev = quoteSpans[qi - 1];
    const prevEnd = prev && prev.block === block && prev.q.end >= sentence.start && prev.q.end <= (q.open ?? start) ? (prev.q.close ?? prev.q.end) + 1 : sentence.start;
    const next = quoteSpans[qi + 1];
    const nextOpen = next && next.block === block && next.q.open != null ? next.q.open : sentence.end;
    const kind = quoteKind(text, q.open ?? start, words);
    let actor: Actor | null = null;
    let cue: string | null = null;
    if (kind === 'quote') {
      const a = attributeQuote(text, sentence, q.open ?? start, closeEnd, Math.max(prevEnd, sentence.start), Math.min(nextOpen, sentence.end));
      cue = a?.cue ?? null;
      if (a?.phrase) {
        const parsed = parseActors(a.phrase)[0];
        actor = parsed ? discourse.resolve(parsed, a.at) : null;
      }
      if (!actor && a?.phrase == null && lastSpeaker && lastSpeaker.block >= block - 1) actor = lastSpeaker.actor;
      if (actor) lastSpeaker = { actor, block };
    }
    const context = stripMarkers(text.slice(sentence.start, sentence.end));
    const id = recordId('qt', { document, sentence: context, key: words, occurrence: qOcc(`${context}\u0000${words}`) });
    const record: Quote = {
      id,
      document,
      text: words,
      kind,
      speaker: actor ? actor.name : null,
      speaker_type: actor ? actor.type : null,
      speaker_role: actor?.role ?? null,
      speaker_country: actor ? countryFor(actor, sentences[si]!, null) : null,
      cue,
      closed: q.closed,
      context,
      citations,
      source: place(start, end),
    };
    if (!q.closed) {
      const p = locator.place(q.open ?? start);
      addInfo(doc.file, q.pushed ? 'quote-closed-next-paragraph' : 'quote-unclosed', `quote “${words.slice(0, 40)}” is not closed in its paragraph`, p);
    }
    if (kind === 'quote' && !actor) addInfo(doc.file, 'quote-unattributed', `no speaker named for “${words.slice(0, 40)}”`, locator.place(start));
    quotes.push(record);
    byId.set(id, record);
    if (actor && kind === 'quote') quoteActors.set(id, { actor, sentence: si });
  });

  function countryFor(actor: Actor, sentence: Sentence, previous: string | null): string | null {
    if (actor.international) return null;
    if (actor.country) return actor.country;
    if (actor.type === 'person' || actor.type === 'organisation') {
      const inSentence = new Set(
        (sentenceActors[sentences.indexOf(sentence)] ?? []).map((a) => a.country).filter((c): c is string => c != null && c !== subjectCountry),
      );
      if (inSentence.size === 1) return [...inSentence][0]!;
    }
    return previous ?? home;
  }

  // Events.
  const events: Event[] = [];
  const anchors: Anchors = { dateline: null, last: null };
  const dateline = findDateline(doc, blocks);
  if (dateline) {
    anchors.dateline = dateline.date;
    anchors.last = dateline.date;
  }
  const eOcc = occurrences();
  const sentenceDates = new Map<number, DateMention>();
  blocks.forEach((b) => {
    if (b.heading) return;
    for (const d of findDates(text, b.start, b.end, anchors)) {
      if (dateline?.mention && d.start === dateline.mention.start) continue;
      const si = sentenceOf(d.start);
      const sentence = sentences[si];
      if (!sentence) continue;
      if (/\bborn\b[^.;]{0,12}$/i.test(text.slice(Math.max(sentence.start, d.start - 20), d.start))) continue;
      if (!sentenceDates.has(si)) sentenceDates.set(si, d);
      const description = stripMarkers(text.slice(sentence.start, sentence.end));
      const date = isoDate(d.date);
      events.push({
        id: recordId('ev', { document, sentence: description, key: d.text, occurrence: eOcc(`${description}\u0000${d.text}`) }),
        document,
        date,
        date_precision: precisionOfDate(d.date),
        date_start: firstDay(d.date),
        date_end: lastDay(d.until ?? d.date),
        date_text: d.text.trim().replace(/[,.]$/, ''),
        event_type: eventType(description),
        description,
        actors: [...new Set((sentenceActors[si] ?? []).filter((a) => a.type !== 'document').map((a) => a.name))],
        citations: sentence.markers.map((m) => m.label),
        source: place(sentence.start, sentence.end),
      });
    }
  });

  // Responses.
  const responses: Response[] = [];
  const seenActors = new Set<string>();
  let previousCountry: { country: string | null; block: number } | null = null;
  const rOcc = occurrences();
  sentences.forEach((sentence, si) => {
    if (sentence.heading) return;
    const inQuotes = quoteSpans.filter(({ q }) => q.start < sentence.end && q.end > sentence.start).map(({ q }) => ({ start: q.open ?? q.start, end: q.end }));
    const found = findResponders(text, sentence, inQuotes);
    for (const [id, qa] of quoteActors) if (qa.sentence === si && !found.some((f) => f.actor === qa.actor)) found.push({ actor: qa.actor, action: 'statement', at: byId.get(id)!.source.start, resolved: true });
    for (const f of found) {
      const actor = f.resolved ? f.actor : discourse.resolve(f.actor, f.at);
      if (!actor || actor.type === 'media' || actor.type === 'document') continue;
      if (actor.ref && actor.type !== 'government') continue;
      if (actor.type === 'person' && !/\p{Lu}/u.test(actor.name)) continue;
      const prevC = previousCountry && previousCountry.block >= sentence.block - 1 ? previousCountry.country : null;
      const country = countryFor(actor, sentence, prevC);
      const key = actorKey(actor, country);
      if (seenActors.has(key)) continue;
      seenActors.add(key);
      if (actor.type === 'person') previousCountry = { country, block: sentence.block };
      const description = stripMarkers(text.slice(sentence.start, sentence.end));
      const date = sentenceDates.get(si);
      const quoteIds = [...quoteActors].filter(([, qa]) => qa.actor === actor).map(([id]) => id);
      responses.push({
        id: recordId('rs', { document, sentence: description, key: actor.name, occurrence: rOcc(`${description}\u0000${actor.name}`) }),
        document,
        actor: actor.name,
        actor_type: actor.type,
        role: actor.role,
        organization: actor.organization,
        country,
        action: /\bjoint (?:statement|letter)\b/i.test(description) ? 'joint_statement' : f.action,
        quote_ids: quoteIds,
        date: date ? isoDate(date.date) : null,
        date_precision: date ? precisionOfDate(date.date) : null,
        description,
        citations: sentence.markers.map((m) => m.label),
        source: place(sentence.start, sentence.end),
      });
    }
  });

  const used = new Set([...events, ...quotes, ...responses].flatMap((r) => r.citations));
  for (const s of sentences) for (const m of s.markers) if (!used.has(m.label)) addInfo(doc.file, 'citation-orphan', `citation [${m.label}] backs no record`, locator.place(m.start));

  const bySource = <T extends { source: { start: number; end: number }; id: string }>(a: T, b: T): number => a.source.start - b.source.start || a.source.end - b.source.end || a.id.localeCompare(b.id);
  return { events: events.sort(bySource), quotes: quotes.sort(bySource), responses: responses.sort(bySource) };
}

function actorKey(actor: Actor, country: string | null): string {
  if (actor.type === 'government' && !actor.organization && country) return `g:${country}`;
  if (actor.type === 'person' && !/^\p{Lu}/u.test(actor.name)) return `r:${actor.organization ?? country}:${actor.role}`;
  return `${actor.type}:${lexicon.fold(actor.name).replace(/^the /, '')}`;
}

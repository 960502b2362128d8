// Reads the records of one parsed document: quotes, dated events and responses, each with its span and citations.
import type { ParsedDocument } from '../parse/index.js';
import { addInfo } from '../base/diagnostics.js';
import type { Event, Quote, Response } from '../types/records.js';
import { findMarkers, stripMarkers, type Marker } from './citations.js';
import { actsForState, Discourse, hasFiniteVerb, SINGLE_OFFICE } from './discourse.js';
import { findBlocks } from './find-blocks.js';
import { quoteKind } from './quote-kind.js';
import { pairQuotes } from './pair-quotes.js';
import { actorNamed, namedByTitle, parseActor, parseSubject, type Actor, type CountryEvidence } from './parse-actor.js';
import {
  countedFromSpeaking,
  findDates,
  firstDay,
  isoDate,
  lastDay,
  longBefore,
  precisionOfDate,
  type Anchors,
  type DateMention,
  type PartialDate,
} from './parse-dates.js';
import { attributeQuote, mainSubject } from './attribute-speaker.js';
import { sentenceRecordIds } from './record-id.js';
import { SpanIndex } from './span-index.js';
import { splitSentences, type Span } from './split-sentences.js';
import { eventType } from './event-type.js';
import { findResponders, type Responder } from './find-responders.js';
import { soundbiteSpeaker, titleCase, turnSpeaker } from './speaker-turns.js';
import { isSignatoriesHeading, signatoryOf } from './signatories.js';
import { lexicon } from './lexicons.js';
import { markdownProse } from './markdown-prose.js';
import { sectionLabels, type Label } from './section-labels.js';

export interface Extraction {
  events: Event[];
  quotes: Quote[];
  responses: Response[];
}

/**
 * Takes a document's records as they are made, each table in source order: every event first, then the quotes,
 * then the responses. A caller that writes each one away holds no document's records whole.
 */
export interface RecordSink {
  event(record: Event): void;
  quote(record: Quote): void;
  response(record: Response): void;
}

/** Bumped whenever extraction output can change: build caches are keyed by it. */
export const EXTRACTOR_VERSION = '0.15.0';

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

/** A verb in the past: reported, not spoken in the statement's own present. */
const PAST =
  /(?:ed|^said|^told|^wrote|^sought|^withdrew|^found|^gave|^made|^took|^spoke|^led|^met|^held|^sent|^brought|^ran|^rebut+ed)$|ing$/i;

/** A place in capitals opening a paragraph, before its dateline's date ("WELLINGTON, ", "NEW DELHI "). */
const DATELINE_LEAD = /^\s*\p{Lu}[\p{Lu}.'\u2019-]+(?:\s+\p{Lu}[\p{Lu}.'\u2019-]+){0,2},?\s*$/u;
/** How far a caption's date may stand from the end of its line: a credit at most. */
const CAPTION_TAIL = 200;
/** A photo's credit: "(Photo: Ana Ruiz/AFP)", "Photo: staff", "Ana Ruiz/Reuters", "Getty Images". */
const CREDIT_LINE =
  /\((?:photo|credit|image|picture|file photo)s?\s*:[^)]*\)|\b(?:photo|photograph|picture|image|credit)s?\s*(?::|by\b)[^.]*|\/\s*(?:AFP|Reuters|AP|EPA|Getty Images|Bloomberg)\b|\bGetty Images\b/gi;
/** A publication label and perhaps a time of day, ending right before a date. */
// The label opens its line or its part of one ("Volume 764: debated on ..."): "were published on 2 May 2023" in a
// sentence is prose.
const DATE_LABEL =
  /(?:^|\n|:)\s*(?:published|updated|posted|last updated|first published|broadcast|aired|filed|issued|debated|recorded|delivered)\s*(?::|on|at)?\s*(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4}\s*)?,?\s*(?:on\s+)?)?$/i;
/** A time of day right before a date: "7:09 am on ", "18:42, ". */
const STAMP_TIME = /\b\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4}\s*)?,?\s*(?:on\s+)?$/i;
/** A byline before the story's date: "By ANA RUIZ", "By Ana Ruiz, Staff Reporter", "By Ana Ruiz and Li Wei". */
const BYLINE =
  /^\s*by\s+\p{Lu}[\p{L}.'\u2019-]*(?:\s+(?:and\s+|&\s+)?\p{Lu}[\p{L}.'\u2019-]*){0,5}(?:\s*,\s*(?:\p{Lu}\p{Ll}*\s*){1,3})?\s*$/u;
const PROSE_LEAD = /^(?:on|in|by|since|from|until|till|at|between|during|after|before|as)$/i;
/** A byline naming one writer, perhaps with letters and a title after: "By Ana Ruiz MP, spokesperson for trade". */
const AUTHOR_LINE = /^\s*by\s+(\p{Lu}[\p{L}.'\u2019-]*(?:\s+\p{Lu}[\p{L}.'\u2019-]*){1,4})(?:\s*,|\s*$)/iu;
/** An agency's caption for a photo from its archive: "FILE - Fishermen haul ...", "FILE PHOTO: ...". */
const FILE_PHOTO = /^\W*FILE(?: PHOTO)?\s*[-\u2013\u2014:]/;
/** A person named, not pointed back to by a pronoun or a title. */
const namedPerson = (a: Actor): boolean => a.type === 'person' && !a.ref;

/** A statement's title as a heading: "Statement of the source", "Joint statement by X", "Remarks by X". */
const STATEMENT_HEADING =
  /^[#\s]*(?:joint\s+)?(?:(?:statement|remarks|declaration|message|speech|address)\s+(?:of|by|from)|(?:quotes?|comments?)\s+(?:attributable\s+to|from|by))\s+(.{2,100}?)[\s.:]*$/i;
/** The unnamed source of a leak, named by what they are: "the source", "the whistleblower". */
const LEAK_SOURCE = /^(?:the\s+)?(source|whistleblower|leaker)$/i;
/** A heading's few words and a dash right before the date: "## This week — ", "Issue #148 – ". */
const DASHED_LABEL = /^\s*(?:#{1,6}\s+)?(?:[\p{L}#\d.]+\s+){0,3}[\p{L}#\d.]+\s+[\u2013\u2014]\s*$/u;

/** "These were the words of Ana Ruiz, ...", "So said Ana Ruiz": a sentence that names who said the words before it. */
const WORDS_OF = /^\W*(?:(?:These|Those|Such) were the words of|(?:This|That) was the verdict of|So said)\s+([^.;:]+)/;

/** How many blocks from the top the dateline may stand in. */
const DATELINE_BLOCKS = 10;

/** The dateline: a day written in the first words of one of the first blocks, or the front matter's date. */
function findDateline(
  doc: ParsedDocument,
  blocks: { start: number; end: number }[],
): { date: PartialDate; mention: DateMention | null } | null {
  const published = doc.frontMatter.published;
  if (published) {
    const [y, m, d] = published.split('-').map(Number);
    return { date: { year: y!, ...(m ? { month: m } : {}), ...(d ? { day: d } : {}) }, mention: null };
  }
  // A site's name, its navigation, a headline, a standfirst, a byline over two lines, an agency and a photo line may
  // stand before it; "Published:" or a place may lead it.
  for (const b of blocks.slice(0, DATELINE_BLOCKS)) {
    const found = findDates(doc.text, b.start, Math.min(b.end, b.start + 200), { dateline: null, last: null })[0];
    const raw = doc.text.slice(b.start, found?.start ?? b.start);
    // "By Staff Reporter | Updated 14:32, 3 June 2022": a label right before the date makes it the story's own.
    // On a line of parts ("Radio Service | The Desk | Broadcast 10 October 2024") the date's own part leads it.
    // So does a line of its own in a masthead ("THE REDLINE / Weekly digest / Issue 214 · Friday 7 November 2025").
    const part = raw.slice(Math.max(raw.lastIndexOf('|'), raw.lastIndexOf('\u00B7'), raw.lastIndexOf('\n')) + 1);
    // "## This week — Fri 21 March 2025", "Issue 148 | Friday, 21 March 2025": a short label set off by a dash.
    const label = DATE_LABEL.exec(part) ?? BYLINE.exec(part) ?? DASHED_LABEL.exec(part);
    const lead = label ? '' : part.replace(/^\s*(?:published|updated|posted|first published|date)\s*:?/i, '');
    const labelled = label != null || lead.length < part.length;
    // "All News 17:05 November 12, 2025": a time of day before the date is part of the line, no word of a sentence.
    const leadWords = lead
      .replace(/\b\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4}\b)?/gi, ' ')
      .trim()
      .split(/\s+/)
      .filter(Boolean);
    // "On 9 July 2020, the minister announced ...": a sentence that opens with its date is prose, not a dateline,
    // which stands alone or before a dash or an agency's name.
    const prose =
      found != null &&
      !labelled &&
      (PROSE_LEAD.test(leadWords[0] ?? found.text.trim().split(/\s+/)[0] ?? '') ||
        // "3 March 2021: The paper publishes ...": an entry of a timeline.
        /^\s*:\s*\S/.test(doc.text.slice(found.end, b.end)) ||
        (doc.text.slice(found.end, b.end).trim().length > 80 &&
          !/^\s*[(\-\u2013\u2014|]/.test(doc.text.slice(found.end, b.end))));
    // "From Morning Report, 7:09 am on 12 June 2025": a clock time right before a date that ends its line stamps the
    // page, whatever names the programme before it.
    const lineRest = found ? doc.text.slice(found.end, b.end).split('\n')[0]!.trim() : '';
    const stamped =
      found != null &&
      (STAMP_TIME.test(raw) || /^\d{1,2}[:.]\d{2}\b/.test(found.text)) &&
      lineRest.length <= 30 &&
      !/[.!?]$/.test(lineRest);
    if (found?.date.day != null && found.explicit && ((leadWords.length <= 2 && !prose) || stamped)) {
      return { date: found.date, mention: found };
    }
  }
  return null;
}

/** Headings of the back matter: its lists cite and point elsewhere, and report nothing. */
const BACK_MATTER =
  /^\W*(?:references|notes|sources|citations|footnotes|bibliography|further reading|external links|see also|notes and references|works cited)\W*(?:\[edit\]\W*)?$/i;

/** A Markdown footnote's definition, as written in a plain-text copy too: "[^12]: ...", "[^note]: ...". */
const FOOTNOTE_DEFINITION = /^\[\^[\w-]+\]:\s/;

/** A line of a reference list: numbered or bulleted, or holding a link or a year. */
const REFERENCE_ENTRY = /^(?:\d+[.)]|[-*\u2022\u2191^])|https?:\/\/|\b(?:1[5-9]|20)\d\d\b/;

/** The blocks without the sections under back-matter headings ("References", "External links"). */
function withoutBackMatter<B extends { start: number; end: number; heading: boolean; depth?: number }>(
  text: string,
  blocks: B[],
): B[] {
  let back = false;
  return blocks.filter((b) => {
    const line = text.slice(b.start, b.end).trim();
    // "[^12]: Ministry of ..., announcement, 15 October 2024.": a footnote's text cites; it reports nothing.
    if (FOOTNOTE_DEFINITION.test(line)) return false;
    // A reference that reads as a heading ("1. ↑ OCCRP, "The Contract", 9 May 2025. [link](...)") goes on with the
    // back matter; a heading of another section ends it.
    if (b.heading && !(back && b.depth == null && REFERENCE_ENTRY.test(line))) back = BACK_MATTER.test(line);
    return !back;
  });
}

const occurrences = (): ((key: string) => number) => {
  const counts = new Map<string, number>();
  return (key) => {
    const n = counts.get(key) ?? 0;
    counts.set(key, n + 1);
    return n;
  };
};

/** A function of a sentence or block index, worked out once for each and remembered. */
function once<T>(f: (i: number) => T): (i: number) => T {
  const known = new Map<number, T>();
  return (i) => {
    if (!known.has(i)) known.set(i, f(i));
    return known.get(i)!;
  };
}

/** A bulleted list item's opening: "* ", "- ", "• " at the start of its line. */
const BULLET = /^[ \t]*[*\u2022\u2013-][ \t]/;

/**
 * The most states whose offices may share a title for the title to give a country (see countryFor): "Chancellor"
 * (Germany, Austria, Britain's Exchequer, and the foreign ministers of a dozen American states in translation) still
 * does when the document names one of them only; "Senator", a title in two dozen states, does not.
 */
const FEW_COUNTRIES = 15;

/** How far back a quote without a named speaker looks for the last person reported as speaking. */
const LOOK_BACK_SENTENCES = 40;

/**
 * How much of a paragraph the date parser reads at once. chrono looks back over the text before each date it finds,
 * so a long paragraph is read in runs of whole sentences no longer than this; a paragraph of ordinary length in one.
 */
const DATE_WINDOW = 8000;

/** The block cut at sentence starts into runs of at most DATE_WINDOW characters, or of one longer sentence. */
function dateWindows(block: Span, sentences: readonly Span[]): Span[] {
  const out: Span[] = [];
  let start = block.start;
  for (const s of sentences) {
    if (s.start > start && s.end - start > DATE_WINDOW) {
      out.push({ start, end: s.start });
      start = s.start;
    }
  }
  out.push({ start, end: block.end });
  return out;
}

/**
 * The most records one document may give unless the caller says otherwise. Each record costs about a kilobyte
 * while its document is read, so the default holds extraction of any one document to a few hundred megabytes;
 * ordinary long documents (a year of a parliament's record) give tens of thousands.
 */
export const DEFAULT_MAX_RECORDS = 250_000;

export interface ExtractOptions {
  /** Stop with a TooManyRecords error once the document has given more records than this. */
  maxRecords?: number;
}

/** Thrown when a document gives more records than allowed: `offset` is where the first record over the limit starts. */
export class TooManyRecords extends Error {
  constructor(
    readonly limit: number,
    readonly offset: number,
  ) {
    super(`the document gives more than ${limit} records`);
  }
}

/** "The Commissioner", "The minister": a sentence that opens with a title alone, which may stand for its holder. */
const TITLE_OPENING = /^\s*The\s+\p{L}+(?:\s+\p{L}+)?\s+(?:was|is|had|has|did|will|would|could|should|\p{Ll}+ed)\b/u;

/** An unnamed spokesperson, perhaps with the kind of body they speak for: "a spokesperson", "a ministry spokeswoman". */
const INDEFINITE_SPOKES = /^(?:a|an)\s+((?:\p{Ll}+\s+){0,2})(?:spokesperson|spokesman|spokeswoman)$/iu;

/**
 * Whether a sentence names a state other than `code` by its name, outside quoted words ("adding that Britain would
 * not tolerate ..."); a capital or a demonym there may be only where or whom the words are about.
 */
function namesOtherState(sentence: string, code: string): boolean {
  const unquoted = sentence.replace(/["\u201C][^"\u201C\u201D]*(?:["\u201D]|$)/g, ' ');
  for (const m of unquoted.matchAll(/\p{Lu}[\p{L}.'\u2019-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}.'\u2019-]*){0,3}/gu)) {
    const words = m[0].split(/\s+/);
    for (let i = 0; i < words.length; i++)
      for (let n = words.length - i; n > 0; n--) {
        const found = lexicon.countryByName(
          words
            .slice(i, i + n)
            .join(' ')
            .replace(/['\u2019]s?$/, ''),
        );
        if (found && found !== code) return true;
      }
  }
  return false;
}

export function extractDocument(parsed: ParsedDocument, options: ExtractOptions = {}): Extraction {
  const out: Extraction = { events: [], quotes: [], responses: [] };
  extractRecords(parsed, options, {
    event: (r) => out.events.push(r),
    quote: (r) => out.quotes.push(r),
    response: (r) => out.responses.push(r),
  });
  return out;
}

/** Extracts a document's records into `sink`, one at a time. */
export function extractRecords(parsed: ParsedDocument, options: ExtractOptions, sink: RecordSink): void {
  // Read as a reader sees it: Markdown's marks blanked, at the same offsets as the source.
  const prose = parsed.plainText ? null : markdownProse(parsed.text, parsed.tree);
  const doc = prose ? { ...parsed, text: prose.text } : parsed;
  const { text, locator, document } = doc;
  /** The words of [start, end) as records give them: without Markdown's marks. */
  const wordsOf = (start: number, end: number): string => (prose ? prose.words(start, end) : text.slice(start, end));
  const maxRecords = options.maxRecords ?? DEFAULT_MAX_RECORDS;
  let recordCount = 0;
  /** Counts a record about to be kept; refuses the document once it passes the limit, before more memory goes. */
  const admit = (offset: number): void => {
    if (++recordCount > maxRecords) throw new TooManyRecords(maxRecords, offset);
  };
  /** The citation labels some record gives, and the sink each record goes to as it is made. */
  const used = new Set<string>();
  const note = (r: { citations: string[] }) => {
    for (const c of r.citations) used.add(c);
  };
  // Quotes are made in source order, and so are responses (a sentence at a time, in the order the sentence gives
  // them: "France and Germany ..."); events are sorted before they go.
  const emit: RecordSink = {
    event: (r) => (note(r), sink.event(r)),
    quote: (r) => (note(r), sink.quote(r)),
    response: (r) => (note(r), sink.response(r)),
  };
  const blocks = withoutBackMatter(text, findBlocks(doc));
  const sentences: Sentence[] = [];
  const quoteSpans: { q: QuoteSpan; block: number }[] = [];
  /** The actor each sentence opens with as its subject, when it has one. */
  const sentenceSubjects: (Actor | undefined)[] = [];
  /** For each block, the heading it stands under (-1 for none); each statement heading's speaker, once read. */
  const headingOver: number[] = [];
  blocks.forEach((b, bi) => headingOver.push(b.heading ? bi : bi > 0 ? headingOver[bi - 1]! : -1));
  const headingSpeakers = new Map<number, Actor | null>();
  let byline: Actor | null | undefined;

  blocks.forEach((b, bi) => {
    const marks = pairQuotes(text, b.start, b.end);
    const closedSpans = marks.filter((m) => m.close != null).map((m) => ({ start: m.open ?? b.start, end: m.close! }));
    const spans = splitSentences(text, b.start, b.end, closedSpans);
    const spanIndex = new SpanIndex(spans);
    spans.forEach((s, si) => {
      const markers = findMarkers(text, s.start, s.end);
      if (si === spans.length - 1) markers.push(...b.trailingMarkers);
      // Spelled out, not spread: V8 gives objects spread at a busy site a hidden class each, which in a document of
      // many short sentences costs more than the sentences.
      sentences.push({ start: s.start, end: s.end, block: bi, heading: b.heading, markers });
    });
    marks.forEach((m, mi) => {
      const last = mi === marks.length - 1;
      let end = m.close;
      if (end == null) {
        const s = spanIndex.holding(m.start) ?? spans.at(-1)!;
        end = last && b.closedInNext ? b.end : s.end;
        const nextOpen = marks[mi + 1]?.open;
        if (nextOpen != null && nextOpen < end) end = nextOpen;
      }
      quoteSpans.push({
        q: {
          open: m.open,
          close: m.close,
          start: m.start,
          end,
          closed: m.close != null,
          pushed: m.close == null && last && b.closedInNext,
        },
        block: bi,
      });
    });
  });

  // Quotes alone may pass the limit: count them before the costlier reading of sentences, so a document of a million
  // quotes is refused with little memory spent (each is counted again, with the other records, as it is kept).
  let quoteCount = 0;
  for (const { q } of quoteSpans) {
    if (!/\p{L}/u.test(text.slice(q.start, q.end))) continue;
    if (++quoteCount > maxRecords) throw new TooManyRecords(maxRecords, q.start);
  }

  const blockLabels = sectionLabels(text, blocks);
  const discourse = new Discourse();
  // Quote spans: one index for the whole document (no quote crosses a block). A name inside quoted words is no one a
  // pronoun or "its" after them means, from the first sentence noted.
  const quoteIndex = new SpanIndex(quoteSpans.map(({ q }) => ({ start: q.open ?? q.start, end: q.end })));
  const inQuote = (i: number): boolean => quoteIndex.holding(i) !== undefined;
  discourse.quotedBy(inQuote);
  const sentenceActors = sentences.map((s) => discourse.noteSentence(text, s.start, s.end));
  // What the records of a sentence share, worked out once: a long sentence may give thousands of records.
  const descriptionKeys = new Map<string, number>();
  const describedOnce = once((si) => {
    const s = sentences[si]!;
    const description = stripMarkers(wordsOf(s.start, s.end));
    if (!descriptionKeys.has(description)) descriptionKeys.set(description, descriptionKeys.size);
    // `key` stands for the description in occurrence counts, where identical sentences count together.
    return { description, key: descriptionKeys.get(description)! };
  });
  // The hash that ids a sentence's records is kept for the sentence being read only: records come a sentence at a
  // time, and a hash for every sentence of a document of many short ones (a table of 100,000 cells) would hold
  // hundreds of megabytes.
  let idOf: { si: number; id: ReturnType<typeof sentenceRecordIds> } | null = null;
  const described = (si: number) => {
    const { description, key } = describedOnce(si);
    if (idOf?.si !== si) idOf = { si, id: sentenceRecordIds(document, description) };
    return { description, key, id: idOf.id };
  };
  const sentenceEventType = once((si) => eventType(described(si).description));
  // Who takes part in a sentence's event: the actors it names outside quotation marks (a title or quoted words
  // name no participant).
  const sentenceActorNames = once((si) => [
    ...new Set(
      (sentenceActors[si] ?? [])
        .filter(
          (m) =>
            m.actor.type !== 'document' &&
            !m.place &&
            !inQuote(m.at) &&
            // A capital takes part as the subject of a verb ("Moscow denied"); elsewhere it names a place.
            (m.actor.countrySource !== 'capital' || responders[si]!.some((r) => r.actor === m.actor)),
        )
        .map((m) => m.actor.name),
    ),
  ]);
  const anonymous = once((si) => ANONYMOUS.test(text.slice(sentences[si]!.start, sentences[si]!.end)));
  // "Postscript:", "Unsubscribe:": a one-word label names a speaker only if the text names them again (an
  // interview's "Okonjo:" is introduced, and labels every turn of theirs).
  let wordCounts: Map<string, number> | undefined;
  const labelNamesSomeone = (label: string): boolean => {
    if (/^(?:Our|My|Your)\s/i.test(label)) return false;
    if (/\s/.test(label)) return true;
    const name = titleCase(label);
    if (!wordCounts) {
      wordCounts = new Map();
      for (const [w] of text.matchAll(/\p{L}[\p{L}\p{M}'\u2019-]*/gu)) wordCounts.set(w, (wordCounts.get(w) ?? 0) + 1);
    }
    // A label in capitals ("OKONJO:") may be written in title case elsewhere.
    return (wordCounts.get(label) ?? 0) + (label === name ? 0 : (wordCounts.get(name) ?? 0)) > 1;
  };
  const jointStatement = once((si) => /\bjoint (?:statement|letter)\b/i.test(described(si).description));

  // The reactions each sentence reports outside its quotes. Each block's sentences as a range of indices: a document
  // of many tiny blocks (a table's cells) would spend more on an array a block than on its text.
  const firstSentence = new Int32Array(blocks.length + 1).fill(sentences.length);
  for (let si = sentences.length - 1; si >= 0; si--) firstSentence[sentences[si]!.block] = si;
  for (let bi = blocks.length - 1; bi >= 0; bi--)
    firstSentence[bi] = Math.min(firstSentence[bi]!, firstSentence[bi + 1]!);
  /** The indices of a block's sentences, in order. */
  const blockSentences = (bi: number): number[] =>
    Array.from({ length: firstSentence[bi + 1]! - firstSentence[bi]! }, (_, k) => firstSentence[bi]! + k);
  // The blocks under a "Signatories" heading whose every line names a signatory, with the signatories read once.
  const signing = new Map<number, { actor: Actor; at: number }[]>();
  blocks.forEach((b, bi) => {
    if (!isSignatoriesHeading(text.slice(b.start, b.end))) return;
    for (let k = bi + 1; k < blocks.length; k++) {
      const signatories: { actor: Actor; at: number }[] = [];
      let at = blocks[k]!.start;
      for (const line of text.slice(blocks[k]!.start, blocks[k]!.end).split('\n')) {
        const signatory = line.trim() ? signatoryOf(line) : null;
        if (line.trim() && !signatory) break;
        if (signatory) signatories.push({ actor: signatory.actor, at: at + signatory.at });
        at += line.length + 1;
      }
      if (!signatories.length || at < blocks[k]!.end) break;
      signing.set(k, signatories);
    }
  });
  /** The speaker of the transcript turn each block is, if it is one: "she said" in their turn is someone else. */
  const turnSpeakers = new Map<number, Actor>();
  // Resolved in text order, so that each subject is known to the pronouns after it.
  // A heading reports no response, but its subject is the one "the statement said" below it means when the text
  // has named no one yet ("Saudi Arabia rejects report -statement").
  const responders = sentences.map((s, si) => {
    const found: Responder[] = [];
    // Each signatory of a joint statement signs it, a line each: the block's first sentence carries them all.
    const signatories = signing.get(s.block);
    if (signatories) {
      if (firstSentence[s.block] !== si) return found;
      for (const signatory of signatories) {
        const actor = discourse.resolve(signatory.actor, signatory.at);
        if (!actor) continue;
        discourse.noteSubject(actor, signatory.at);
        found.push({
          actor,
          action: 'joint_statement',
          at: signatory.at,
          resolved: true,
          speech: false,
          verb: 'signed',
        });
      }
      return found;
    }
    // The person the sentence opens with, as its names were noted: not a caption's, nor one inside quotation marks.
    // (A sentence that opens with a title alone, "The Commissioner was ...", has no name noted, yet is read too.)
    const main =
      s.heading ||
      (!sentenceActors[si]?.length && !TITLE_OPENING.test(text.slice(s.start, Math.min(s.end, s.start + 40))))
        ? null
        : mainSubject(text, s.start, s.end);
    const opening = main ? sentenceActors[si]!.find((m) => m.at === main.at && !m.place) : undefined;
    if (
      opening &&
      opening.actor.type !== 'document' &&
      !inQuote(opening.at) &&
      hasFiniteVerb(text.slice(s.start, s.end))
    ) {
      discourse.noteSentenceSubject(opening.actor, opening.at);
      sentenceSubjects[si] = opening.actor;
    } else if (main && !opening && !inQuote(main.at) && hasFiniteVerb(text.slice(s.start, s.end))) {
      // "The Commissioner was very clear yesterday. ... she said": a title alone opening the sentence is its holder
      // named before, whom a pronoun after it means.
      const titled = parseSubject(text, s.start, main.at, main.phrase);
      const holder =
        titled.length === 1 && titled[0]!.ref === 'role' && titled[0]!.type === 'person'
          ? discourse.resolve(titled[0]!, main.at)
          : null;
      if (holder && !holder.ref && holder.type === 'person') {
        discourse.noteSentenceSubject(holder, main.at);
        sentenceSubjects[si] = holder;
      }
    }
    // "Ana Ruiz (Leeds North) (Lab): I beg to move": the speaker of a transcript's turn speaks for themselves.
    const block = blocks[s.block]!;
    // A soundbite's label on a line of its own ("SOUNDBITE (French) Ana Ruiz, Minister:") gives the next paragraph's
    // words their speaker.
    const label = s.block > 0 && blocks[s.block - 1]!.heading ? blocks[s.block - 1]! : null;
    const bite = firstSentence[s.block] === si && label ? soundbiteSpeaker(text.slice(label.start, label.end)) : null;
    const turn =
      firstSentence[s.block] === si
        ? (turnSpeaker(text.slice(block.start, block.end)) ??
          (bite ? { ...bite, at: bite.at + label!.start - block.start, end: 0 } : null))
        : null;
    if (
      turn &&
      !turn.asks &&
      (turn.end === 0 ||
        labelNamesSomeone(text.slice(block.start + turn.at, block.start + turn.end).replace(/\s*:\s*$/, '')))
    ) {
      const labelled =
        turn.country && !turn.actor.country
          ? {
              ...turn.actor,
              country: turn.country.code,
              countrySource: turn.country.source,
              countryText: turn.country.text,
            }
          : turn.actor;
      const actor = discourse.resolve(labelled, block.start + turn.at);
      if (actor) {
        found.push({ actor, action: 'statement', at: block.start + turn.at, resolved: true, speech: true, verb: ':' });
        turnSpeakers.set(s.block, discourse.canonical(actor));
      }
    }
    discourse.speakingIn(turnSpeakers.get(s.block) ?? null);
    for (const r of findResponders(text, s, quoteIndex.overlapping(s.start, s.end))) {
      // The seat and party in a turn's label ("(Harrogate and Knaresborough) (Con):") name no one who acts.
      if (turn && r.at < block.start + turn.end) continue;
      const actor = resolveIn(r.actor, r.at, si);
      if (!actor) continue;
      discourse.noteSubject(actor, r.at);
      found.push({ ...r, actor, resolved: true });
    }
    discourse.speakingIn(null);
    return s.heading ? [] : found;
  });

  const place = (start: number, end: number) => {
    const p = locator.place(start);
    return { start: p.offset, end: locator.offset(end), line: p.line, column: p.column };
  };
  const sentenceOf = (i: number): number => {
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (sentences[mid]!.start <= i) lo = mid;
      else hi = mid - 1;
    }
    return sentences.length && sentences[lo]!.start <= i ? lo : -1;
  };

  /**
   * Who a mention in sentence `si` names: under a country's label "the government" is that state's; otherwise the
   * actor the discourse finds, or an office's holder the label gives.
   */
  function resolveIn(actor: Actor, at: number, si: number): Actor | null {
    const label = blockLabels[sentences[si]!.block];
    if (label && actor.ref === 'role' && actor.type === 'government' && /^(?:the\s+)?government$/i.test(actor.name))
      return labelState(label);
    return discourse.resolve(actor, at) ?? officeOfLabel(actor, si);
  }

  /**
   * "* New Zealand – The Prime Minister told ...": an office one person holds, named by its title alone under a
   * country's label, is that country's holder of it ("Prime Minister of New Zealand"); null anywhere else.
   */
  function officeOfLabel(actor: Actor, si: number): Actor | null {
    const label = blockLabels[sentences[si]!.block];
    const title = actor.ref === 'role' && actor.type === 'person' ? (actor.role ?? actor.name) : null;
    if (!label || !title || !SINGLE_OFFICE.test(title) || actor.country) return null;
    const name = title.replace(/(^|\s)(\p{Ll})/gu, (m, space: string, c: string) => space + c.toUpperCase());
    return {
      ...actor,
      name: `${name} of ${label.text}`,
      ref: null,
      country: label.code,
      countrySource: 'label',
      countryText: label.text,
    };
  }

  /** A label's state as the government that acts: "GHANA" -> Ghana. */
  function labelState(label: Label): Actor {
    const name = titleCase(label.text);
    return actorNamed(name, 'government', {
      country: label.code,
      countrySource: 'label',
      countryText: label.text,
      servesPerson: null,
    });
  }

  /**
   * The person on a short line of their own right after the paragraph whose words end at `end` (the rest of the
   * paragraph is only a closing mark): a name before its first comma, then a title or body, no verb.
   */
  function signer(bi: number, end: number): Actor | null {
    const b = blocks[bi]!;
    const line = blocks[bi + 1];
    if (!line || /[\p{L}\p{N}]/u.test(text.slice(end, b.end))) return null;
    const words = text.slice(line.start, line.end);
    if (words.length > 160 || words.includes('\n') || hasFiniteVerb(words)) return null;
    const name = /^[\s\u2014\u2013-]*(\p{Lu}[^,()\n]*?)\s*(?:,|\(|$)/u.exec(words);
    return name
      ? actorAt(
          name[1]!,
          line.start + name.index + name[0].indexOf(name[1]!),
          (a) => namedPerson(a) && /\s/.test(a.name),
        )
      : null;
  }

  /** The actor a phrase at `at` names, read through the discourse, when `accept` takes its reading; else null. */
  function actorAt(phrase: string, at: number, accept: (reading: Actor) => boolean = () => true): Actor | null {
    const reading = parseActor(phrase);
    if (!reading || !accept(reading)) return null;
    const found = discourse.resolve(reading, at);
    return found && discourse.canonical(found);
  }

  /**
   * The speaker a section's heading names, when it is a statement's title ("Statement of the source", "Remarks by
   * the Minister of Justice", "Joint statement by ..."); the leak's source, whistleblower or leaker is an actor named
   * so. Null under any other heading.
   */
  function statementHeadingSpeaker(block: number): Actor | null {
    const bi = headingOver[block] ?? -1;
    if (bi < 0) return null;
    if (!headingSpeakers.has(bi)) headingSpeakers.set(bi, statementSpeaker(bi));
    return headingSpeakers.get(bi)!;
  }
  function statementSpeaker(bi: number): Actor | null {
    const m = STATEMENT_HEADING.exec(stripMarkers(text.slice(blocks[bi]!.start, blocks[bi]!.end)).trim());
    if (!m) return null;
    const source = LEAK_SOURCE.exec(m[1]!);
    if (source) return actorNamed(source[1]!.toLowerCase(), 'person');
    const found = actorAt(m[1]!, blocks[bi]!.start + m[0].indexOf(m[1]!));
    return found && /\p{Lu}/u.test(found.name) ? found : null;
  }

  /**
   * "The Environment Agency opened an inquiry. A spokesperson said ...", '"...," a ministry spokeswoman said': an
   * unnamed spokesperson speaks for the body that is the subject of this sentence or the one before, if their words
   * name its kind ("ministry", "government"); for no one else.
   */
  function spokesBody(phrase: string, si: number, at: number): Actor | null {
    // "A university spokesperson, replying to the paper on Tuesday,": the apposition after the comma says no more.
    const m = INDEFINITE_SPOKES.exec(phrase.split(',')[0]!.trim());
    if (!m) return null;
    const kind = m[1]?.trim().split(/\s+/).at(-1)?.toLowerCase() || undefined;
    const headKind = kind ? lexicon.headKind(kind) : undefined;
    for (const k of [si, si - 1]) {
      const s = sentences[k];
      const main = s && !s.heading ? mainSubject(text, s.start, s.end) : null;
      if (!s || !main || (k === si && main.at >= at) || inQuote(main.at)) continue;
      // Two bodies in the subject ("Northfield University and Eastmere University"): which one speaks is not said.
      const subjects = parseSubject(text, s.start, main.at, main.phrase);
      const parsed = subjects.length === 1 ? subjects[0] : undefined;
      const body = parsed && !parsed.ref ? discourse.canonical(parsed) : null;
      if (!body || body.type === 'person' || body.type === 'media' || body.type === 'document') continue;
      // "a ministry spokeswoman" speaks for a state's body, "a company spokesman" for a firm's.
      const fits = !kind || (headKind ? body.type === headKind : body.name.toLowerCase().includes(kind));
      if (fits) return body;
    }
    // "A university spokesperson, replying ...": the one university the text has named.
    const only = kind ? discourse.onlyBodyOfKind(kind, at) : null;
    if (only) return only;
    // "* GERMANY: / A foreign ministry spokesperson told ...": the labelled state's body of that kind.
    const label = blockLabels[sentences[si]!.block];
    if (!label || (kind && headKind !== 'government')) return null;
    const state = labelState(label);
    const body = m[1]?.trim();
    return body ? { ...state, name: `${state.name}'s ${body}` } : state;
  }

  /** The person a byline near the top names as the writer ("By Ana Ruiz MP, spokesperson for trade"), if any. */
  function bylineAuthor(): Actor | null {
    if (byline === undefined) byline = findByline();
    return byline;
  }
  function findByline(): Actor | null {
    for (const b of blocks.slice(0, DATELINE_BLOCKS)) {
      const m = AUTHOR_LINE.exec(text.slice(b.start, b.end));
      if (m) return actorAt(m[1]!, b.start + m.index + m[0].indexOf(m[1]!), namedPerson);
    }
    return null;
  }

  /** The named person that the paragraph right before a paragraph opening with quoted words ends on as its subject. */
  function leadIn(si: number, block: number, open: number): Actor | null {
    const before = sentences[si - 1];
    if (!before || before.block !== block - 1 || text.slice(blocks[block]!.start, open).trim()) return null;
    if (quoteIndex.overlapping(before.start, before.end).length) return null;
    // "The minister did not mince his words": a title points back to its holder.
    const main = sentenceSubjects[si - 1] ? null : mainSubject(text, before.start, before.end);
    const parsed = main ? parseSubject(text, before.start, main.at, main.phrase)[0] : undefined;
    const subject =
      sentenceSubjects[si - 1] ?? (parsed?.ref === 'role' ? discourse.resolve(parsed, main!.at) : undefined);
    if (subject?.type !== 'person' || subject.ref) return null;
    const found = discourse.canonical(subject);
    return /\p{Lu}/u.test(found.name) ? found : null;
  }

  /** The last person a sentence after `after` and before `si` (in this paragraph or the one before) reports as saying something. */
  function recentReporter(si: number, after: number): Actor | null {
    const block = sentences[si]!.block;
    // A reader looks back a few dozen sentences, not through a whole archive pasted as one paragraph.
    for (let k = si - 1; k > after && k >= si - LOOK_BACK_SENTENCES && sentences[k]!.block >= block - 1; k--) {
      // "The Walloon government said in a statement:" before the quoted paragraph: a body too, when a colon hands over.
      const handsOver = k === si - 1 && /:\s*$/.test(text.slice(sentences[k]!.start, sentences[k]!.end));
      for (const r of [...responders[k]!].reverse()) {
        if (
          r.speech &&
          (r.actor.type === 'person' || (handsOver && r.actor.type !== 'document')) &&
          !r.actor.ref &&
          /\p{Lu}/u.test(r.actor.name)
        )
          return r.actor;
      }
    }
    return null;
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
  const sentenceEvents = new Map<number, string>();
  const blockCredited = once((bi) => {
    CREDIT_LINE.lastIndex = 0;
    return CREDIT_LINE.test(text.slice(blocks[bi]!.start, blocks[bi]!.end));
  });
  /** The story's time when a bulleted list began: each item is told from it (see below). */
  let listAnchors: Pick<Anchors, 'last' | 'story'> | null = null;
  /** The date a timeline's label line ("Jan. 12 —", "2023") gives the entry under it, until the next heading. */
  let entryDate: DateMention | null = null;
  let entryOpened = false;
  const entryActors = new Set<Actor>();
  blocks.forEach((b, bi) => {
    if (b.heading) {
      entryDate = dateLabel(b);
      entryOpened = false;
      entryActors.clear();
      return;
    }
    // The items of a bulleted list stand side by side ("* Brazil - ... on 6 October"): a later year one item gives
    // in passing ("In January 2025 the regulator fined ...") dates that item only; the next is told from the time
    // the list began.
    if (!BULLET.test(text.slice(text.lastIndexOf('\n', b.start - 1) + 1, b.start + 2))) listAnchors = null;
    else if (!listAnchors) listAnchors = { last: anchors.last, story: anchors.story };
    else if (!anchors.dateline) Object.assign(anchors, listAnchors);
    // Under a publication date, a year written in one paragraph ("fled in 2021") dates the yearless days of that
    // paragraph only; the next paragraph's "on 4 March" is told from the date of publication again.
    if (anchors.dateline) anchors.last = anchors.dateline;
    // Without one, a year alone that looks back from the story's time ("Ilunga left the company in 2022", after "2
    // February 2023") is background: the next paragraph's "on 5 February" is told from the story's date again.
    // So is a month or day years before it ("signed in March 2021" in a story of October 2024).
    else if (
      anchors.story &&
      anchors.last &&
      (anchors.last.month == null ? anchors.last.year < anchors.story.year : longBefore(anchors.last, anchors.story))
    )
      anchors.last = anchors.story;
    // Under a timeline's label, the entry is told from the label's date: "a day later", "that evening".
    // A live page's entry stamped on the day of publication is told as the page is, from its date line.
    if (entryDate) {
      const today = anchors.dateline != null && isoDate(anchors.dateline) === isoDate(entryDate.date);
      anchors.last = today ? anchors.dateline : entryDate.date;
      anchors.recent = anchors.last;
    }
    // A photo's caption ("Logs at a port, in 2023. Photo: ...") dates the photo: the story's time stays where it was.
    const told = { last: anchors.last, recent: anchors.recent };
    const caption = blockCredited(bi) && !hasFiniteVerb(text.slice(b.start, b.end).replace(CREDIT_LINE, ''));
    const windows = dateWindows(
      b,
      blockSentences(bi).map((k) => sentences[k]!),
    );
    // Under a date line of its own ("17 September 2025, 18:42 BST" over a news item) in a text without a publication
    // date, the item's weekdays ("On Tuesday") are told from that line's day.
    const labelled = !anchors.dateline && entryDate?.date.day != null;
    if (labelled) anchors.dateline = entryDate!.date;
    const found = windows.flatMap((w) => findDates(text, w.start, w.end, anchors));
    if (labelled) anchors.dateline = null;
    for (const d of found) {
      if (dateline?.mention && d.start === dateline.mention.start) continue;
      // "WELLINGTON, Nov 5 (Wire) -" after a date line of its own: a dateline still, no happening.
      if (
        DATELINE_LEAD.test(text.slice(b.start, d.start)) &&
        /^\s*[(\-\u2013\u2014|]/.test(text.slice(d.end, d.end + 4))
      )
        continue;
      const si = sentenceOf(d.start);
      const sentence = sentences[si];
      if (!sentence) continue;
      // "born in 1953", "Born in Izmir, Turkey, in 1941", "Born: Ana Maria Ruiz, 14 August 1979": a birth dates no
      // happening of the story; "It was Tuesday, not Monday": a day a correction denies, none.
      const before = text.slice(Math.max(sentence.start, d.start - 80), d.start);
      if (/\bborn\b(?::\s*[^.;|]{0,60}|[^.;()]{0,40})$/i.test(before) || /\bnot\s+(?:on\s+)?$/i.test(before)) continue;
      // "the April 2025 issue": a magazine's issue, no happening; '"Read it tomorrow."': a day counted from when
      // the quoted words were said, which the dateline does not tell.
      if (/^\s*(?:issue|edition)\b/i.test(text.slice(d.end, d.end + 12))) continue;
      if (countedFromSpeaking(d.text) && inQuote(d.start)) continue;
      // "On 9 January, three weeks later, she was told": a span counted from the last date, beside a day of its own,
      // tells when that day fell; the happening is the one.
      const told = sentenceDates.get(si);
      if (
        told &&
        /\b(?:later|afterwards|earlier)$/i.test(d.text.trim()) &&
        /^\s*,\s*$/.test(text.slice(told.end, d.start))
      )
        continue;
      // "FILE - Fishermen haul a pirogue ... on March 3, 2022": an agency's caption of an archive photo dates the photo.
      if (FILE_PHOTO.test(text.slice(sentence.start, Math.min(sentence.end, sentence.start + 12)))) continue;
      // "Ana Ruiz at a press conference in Lima on 1 June 2022. (Photo: AFP)": a caption, a verbless line with its
      // photo's credit, dates the photo, not a happening.
      // Each test reads a bounded stretch, or the block once: a paragraph of many dates stays linear.
      if (
        /^\s*(?:on|in)\s/i.test(d.text) &&
        sentence.end - d.end < CAPTION_TAIL &&
        /^[\s.]*$/.test(text.slice(d.end, sentence.end).replace(CREDIT_LINE, '')) &&
        blockCredited(bi) &&
        !hasFiniteVerb(text.slice(sentence.start, sentence.end))
      )
        continue;
      addEvent(d, si);
    }
    // The label dates what its entry tells without a date of its own: the happening the entry opens with, and the
    // statement of each actor in it ("he said" again is the same one), unless the sentence says it came "later".
    if (entryDate && !caption) {
      const first = entryOpened ? -1 : firstSentence[bi]!;
      entryOpened = true;
      for (const si of blockSentences(bi)) {
        // A day of its own in the sentence is another happening's ("would board ships from April" is not).
        if (sentenceDates.get(si)?.date.day != null) continue;
        if (/\blater\b/i.test(text.slice(sentences[si]!.start, sentences[si]!.end))) continue;
        const actors = responders[si]!.map((r) => discourse.canonical(r.actor));
        if (si === first || actors.some((a) => !entryActors.has(a))) addEvent(entryDate, si);
        for (const a of actors) entryActors.add(a);
      }
    }
    if (caption) Object.assign(anchors, told);
  });

  /**
   * A heading that is a date and nothing more ("Jan. 12 —", "12 March:", "2023", "Late April"): a timeline's label
   * for the entry below it. Told from the story's time as the text stands there; null for any other heading.
   */
  function dateLabel(b: Span): DateMention | null {
    const line = text.slice(b.start, b.end);
    const year = /^\s*(1[5-9]\d\d|20\d\d)\s*[:\u2013\u2014-]?\s*$/.exec(line);
    if (year) {
      const at = b.start + year.index + year[0].indexOf(year[1]!);
      return { start: at, end: at + 4, text: year[1]!, date: { year: Number(year[1]) }, until: null, explicit: true };
    }
    // A label's year, when it gives none, is the dateline's (a timeline runs up to its publication); without one, the
    // story's as it stands.
    const told = dateline?.date ?? anchors.last;
    const found = findDates(text, b.start, b.end, { dateline: told, last: told });
    if (found.length !== 1 || found[0]!.date.month == null) return null;
    if (found[0]!.start === dateline?.mention?.start || (!found[0]!.explicit && !told)) return null;
    // The day of publication again ("27-02-2021" under the headline) is the page's date, not an entry's; with a time
    // of day ("Fri 14 Mar 2025 16.21 GMT") it stamps an entry of a live page.
    if (dateline && isoDate(found[0]!.date) === isoDate(dateline.date) && !/\b\d{1,2}[:.]\d{2}\b/.test(line))
      return null;
    const rest = line.replace(found[0]!.text, '');
    return /[\p{L}\p{N}]/u.test(rest.replace(/^\W*(?:early|late|mid|end of)\b/i, '')) ? null : found[0]!;
  }
  // A statement under its own date line ("Paris, 7 October 2020" above "France and Germany reiterate ..."): the
  // statement is the happening the line dates, when it speaks in the present tense and gives no date of its own.
  const statement = dateline?.mention ? statementUnder(dateline.mention) : -1;
  if (statement >= 0 && !sentenceDates.has(statement)) addEvent(dateline!.mention!, statement);
  // A heading that opens with its day and names who spoke after a dash ("### 11 May – Ministry of Foreign Affairs")
  // dates the first sentence under it that tells what someone said or did, unless that sentence names its own day;
  // its year from the dateline when it gives none. (A heading that is a date alone is a label: see dateLabel.)
  blocks.forEach((b, bi) => {
    if (!b.heading) return;
    const told = dateline?.date ?? null;
    const [day, ...more] = findDates(text, b.start, b.end, { dateline: told, last: told });
    if (!day || more.length || (!day.explicit && !told) || day.date.day == null) return;
    if (day.start === dateline?.mention?.start) return;
    const rest = text.slice(b.start, b.end).replace(day.text, '');
    const labelled =
      /^[\s#]*$/.test(text.slice(b.start, day.start)) && /^\s*[\u2013\u2014-]\s+\S/.test(text.slice(day.end, b.end));
    if (!labelled || /[\p{N}]/u.test(rest)) return;
    for (let k = bi + 1; k < blocks.length && !blocks[k]!.heading; k++) {
      const si = blockSentences(k).find((i) => responders[i]!.length > 0);
      if (si == null) continue;
      // A date of its own in the sentence ("would board ships from April") is another happening's.
      if (sentenceDates.get(si)?.date.day == null) addEvent(day, si);
      return;
    }
  });

  function statementUnder(line: DateMention): number {
    const bi = blocks.findIndex((b) => b.start <= line.start && line.start < b.end);
    if (
      bi < 0 ||
      text
        .slice(blocks[bi]!.start, blocks[bi]!.end)
        .replace(line.text, '')
        .split(/[\s,]+/)
        .filter(Boolean).length > 3
    )
      return -1;
    const next = blocks.findIndex((b, k) => k > bi && !b.heading && firstSentence[k]! < firstSentence[k + 1]!);
    const si = next < 0 ? -1 : firstSentence[next]!;
    return si >= 0 && responders[si]!.some((r) => !PAST.test(r.verb)) ? si : -1;
  }

  function addEvent(d: DateMention, si: number): void {
    const sentence = sentences[si]!;
    // "went live overnight 14/15 March (embargo lifted 23:00 GMT, Fri 14th)": one sentence, one day, one happening;
    // "called in on 10 October, the same day that ..." tells of a second one.
    const same = sentenceDates.get(si);
    if (same && isoDate(same.date) === isoDate(d.date) && !/\bsame day\b|\bthat day\b/i.test(d.text)) return;
    const { description, key, id } = described(si);
    // The first day the text says its papers came out: "two days after publication" counts from it.
    const type = sentenceEventType(si);
    if (!anchors.published && d.date.day != null && (type === 'publication' || type === 'leak'))
      anchors.published = d.date;
    const eventId = id('ev', d.text, eOcc(`${key}\u0000${d.text}`));
    admit(d.start);
    if (!sentenceDates.has(si)) {
      sentenceDates.set(si, d);
      sentenceEvents.set(si, eventId);
    }
    events.push({
      id: eventId,
      document,
      date: isoDate(d.date),
      date_precision: precisionOfDate(d.date),
      date_start: firstDay(d.date),
      date_end: lastDay(d.until ?? d.date),
      date_text: d.text.trim().replace(/[,.]$/, ''),
      event_type: type,
      description,
      actors: [...sentenceActorNames(si)],
      citations: labels(sentence.markers),
      source: place(sentence.start, sentence.end),
    });
  }

  // Events go out first, in source order: the quotes after them take their dates.
  const bySource = <T extends { source: { start: number; end: number } }>(a: T, b: T): number =>
    a.source.start - b.source.start || a.source.end - b.source.end;
  for (const e of events.sort(bySource)) emit.event(e);

  function quoteDate(si: number): Pick<Quote, 'date' | 'date_precision' | 'event_id'> {
    const d = si >= 0 ? sentenceDates.get(si) : undefined;
    return d
      ? { date: isoDate(d.date), date_precision: precisionOfDate(d.date), event_id: sentenceEvents.get(si)! }
      : { date: null, date_precision: null, event_id: null };
  }

  // Quotes.
  /** Attributed quotes, by id: who said them, in which sentence, where they start and the verb that says so. */
  const quoteActors = new Map<string, { actor: Actor; sentence: number; start: number; cue: string | null }>();
  const sentenceQuotes = new Map<number, string[]>();
  const qOcc = occurrences();
  let lastSpeaker: { actor: Actor; block: number; sentence: number } | null = null;
  quoteSpans.forEach(({ q, block }, qi) => {
    let start = q.start;
    let end = q.end;
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /[\s]/.test(text[end - 1]!)) end--;
    const marks = findMarkers(text, start, end);
    if (marks.length && marks.at(-1)!.end === end) end = marks.at(-1)!.start;
    const words = stripMarkers(wordsOf(start, end));
    if (!/\p{L}/u.test(words)) return;
    const si = sentenceOf(start);
    const sentence = sentences[si]!;
    discourse.speakingIn(turnSpeakers.get(block) ?? null);
    const closeEnd = q.close != null ? q.close + 1 : end;
    const after = text.slice(closeEnd, sentence.end);
    const lead = /^[\s,.;:!?]*((?:\[(?:\d{1,3}|[a-z])\])+)/.exec(after);
    const citations = labels(
      lead
        ? findMarkers(text, closeEnd, closeEnd + lead[0].length)
        : sentence.markers.filter((m) => m.start >= closeEnd),
    );
    const prev = quoteSpans[qi - 1];
    const prevEnd =
      prev && prev.block === block && prev.q.end >= sentence.start && prev.q.end <= (q.open ?? start)
        ? (prev.q.close ?? prev.q.end) + 1
        : sentence.start;
    const next = quoteSpans[qi + 1];
    const nextOpen = next && next.block === block && next.q.open != null ? next.q.open : sentence.end;
    const kind = quoteKind(text, q.open ?? start, words);
    let actor: Actor | null = null;
    let cue: string | null = null;
    if (kind === 'quote') {
      const a = attributeQuote(
        text,
        sentence,
        q.open ?? start,
        closeEnd,
        Math.max(prevEnd, sentence.start),
        Math.min(nextOpen, sentence.end),
      );
      cue = a?.cue ?? null;
      // "I asked him: ..." in a signed column: the writer the byline names.
      // "As I said then, ..." in a transcript's turn: the turn's speaker.
      if (a?.phrase && /^I$/.test(a.phrase.trim())) actor = turnSpeakers.get(block) ?? bylineAuthor();
      else if (a?.phrase) {
        const parsed = parseSubject(text, sentence.start, a.at, a.phrase)[0];
        const found = parsed ? resolveIn(parsed, a.at, si) : null;
        actor = found && discourse.canonical(found);
        if (!actor) actor = spokesBody(a.phrase, si, a.at);
      }
      // '"...". These were the words of Ana Ruiz, ...': the sentence after the words names who said them.
      const after = !actor && a?.phrase == null ? sentences[si + 1] : undefined;
      const named = after ? WORDS_OF.exec(text.slice(after.start, after.end)) : null;
      if (named && after) {
        const at = after.start + named.index + named[0].length - named[1]!.length;
        const parsed = parseSubject(text, after.start, at, named[1]!.replace(/,.*$/, ''))[0];
        const found = parsed ? discourse.resolve(parsed, at) : null;
        actor = found && discourse.canonical(found);
      }
      // '"... in public.' over a line of its own, 'Ana Ruiz, Open Net (Kenya)': the words a press release closes a
      // paragraph with are signed by the person on the line under them.
      if (!actor && a?.phrase == null && !quoteSpans[qi + 1]?.q.open) actor = signer(block, closeEnd);
      // '"I want to be clear ...' opening a paragraph after "The minister did not mince his words.": the person the
      // paragraph before closes on, in a sentence of no quoted words, brings them in.
      if (!actor && a?.phrase == null) actor = leadIn(si, block, q.open ?? start);
      // No speaker named here: the one who spoke last, in a quote or in reported words ("X said that ...").
      if (!actor && a?.phrase == null) {
        actor = recentReporter(si, lastSpeaker && lastSpeaker.block >= block - 1 ? lastSpeaker.sentence : -1);
        if (!actor && lastSpeaker && lastSpeaker.block >= block - 1) actor = lastSpeaker.actor;
      }
      // A speaker is someone named: an unresolved "the group" or "the statement" names no one.
      if (actor && !/\p{Lu}/u.test(actor.name)) actor = null;
      // Under a heading "Statement of the source", "Remarks by the Foreign Minister": words the text names no one
      // else for are the heading's speaker's.
      if (!actor) actor = statementHeadingSpeaker(block);
      if (actor) lastSpeaker = { actor, block, sentence: si };
    }
    const { description, key: contextKey, id: sentenceId } = described(si);
    const context = around(description, words, start - sentence.start);
    const speakerCountry = actor ? countryFor(actor, si) : null;
    const id = sentenceId('qt', words, qOcc(`${contextKey}\u0000${words}`));
    const record: Quote = {
      id,
      document,
      text: words,
      kind,
      speaker: actor ? actor.name : null,
      speaker_type: actor ? actor.type : null,
      speaker_role: actor?.role ?? null,
      speaker_country: speakerCountry?.code ?? null,
      speaker_country_source: speakerCountry?.source ?? null,
      speaker_country_text: speakerCountry?.text ?? null,
      cue,
      // Words said at a dated happening ("At a press conference on 26 November, X said ...") carry its date and event.
      ...quoteDate(kind === 'quote' ? si : -1),
      closed: q.closed,
      context,
      citations,
      source: place(start, end),
    };
    if (!q.closed) {
      const p = locator.place(q.open ?? start);
      addInfo(
        doc.file,
        q.pushed ? 'extract/quote-closed-next-paragraph' : 'extract/quote-unclosed',
        `quote “${words.slice(0, 40)}” is not closed in its paragraph`,
        p,
      );
    }
    if (kind === 'quote' && !actor)
      addInfo(
        doc.file,
        'extract/quote-unattributed',
        `no speaker named for “${words.slice(0, 40)}”`,
        locator.place(start),
      );
    admit(start);
    emit.quote(record);
    if (actor && kind === 'quote') {
      quoteActors.set(id, { actor, sentence: si, start: record.source.start, cue });
      const ids = sentenceQuotes.get(si);
      if (ids) ids.push(id);
      else sentenceQuotes.set(si, [id]);
    }
  });

  /**
   * The actor's country as the text states it: on this mention or another mention of the same actor (a country's
   * name, a demonym, an institution, a seat of government), an unnamed mention of the one office the actor holds,
   * the person whose government or staff the actor is, or a title that few countries' offices carry when the
   * document names exactly one of them. Never from places near the name: null rather than a guess.
   */
  function countryFor(actor: Actor, si: number, depth = 0): CountryEvidence | null {
    if (actor.international) return null;
    // "Merkel's government": the country of the person it serves, as the text gives it for them.
    const served =
      !actor.country && actor.servesPerson && depth === 0 ? discourse.person(actor.servesPerson) : undefined;
    if (served && served !== actor) return countryFor(served, si, depth + 1);
    if (actor.country)
      return { code: actor.country, source: actor.countrySource ?? 'name', text: actor.countryText ?? actor.name };
    const office = actor.type === 'person' ? discourse.officeCountry(actor) : null;
    if (office?.country)
      return {
        code: office.country,
        source: office.countrySource ?? 'name',
        text: office.countryText ?? office.country,
      };
    // "the House of Commons": a name that several states' institutions bear, in a document that names one of them.
    // So does "the Foreign Office minister X": an official of such a body, in the same document.
    const ofBody =
      actor.type === 'person' && actor.organization && OFFICIAL.test(actor.role ?? '') ? actor.organization : null;
    const bodyName = lexicon.sharedInstitution(actor.name) ? actor.name : ofBody;
    const shared = (lexicon.sharedInstitution(bodyName ?? '') ?? []).filter((c) => discourse.names(c));
    if (shared.length === 1) return { code: shared[0]!, source: 'institution', text: bodyName! };
    // "France" over a section, "Japan:" opening a list item: the state whose reaction the section or item gives.
    const label = actsForState(actor) ? blockLabels[sentences[si]!.block] : null;
    if (label) return { code: label.code, source: 'label', text: label.text };
    // "Liisa Tamm, the ministry's undersecretary" after "Estonia's foreign ministry": the body they serve.
    if (actor.bodyOf?.country && depth === 0)
      return { code: actor.bodyOf.country, source: 'body', text: actor.bodyOf.name };
    // Only a title few states use: "Senator" is a title in two dozen, so naming one of them settles nothing.
    const holders = lexicon.role(actor.role ?? '')?.countries ?? [];
    const titled = holders.length <= FEW_COUNTRIES ? holders.filter((c) => discourse.names(c)) : [];
    if (titled.length === 1 && actor.role) return { code: titled[0]!, source: 'title', text: actor.role };
    // "Minister of Justice X", "the Supreme Court", with no country of their own, in a document whose governments and
    // office holders all act for one state: they act for it too. Two holders of one office serve two states.
    // "The Dominican foreign ministry" is of some state, though not one the lexicon can tell: not the sole one.
    const foreign = actor.name.split(/\s+/).some((w) => lexicon.isSharedDemonym(w));
    const sole = actsForState(actor) && !foreign && !discourse.officeShared(actor) ? discourse.soleState() : null;
    // ("The Department for Environment said ..., adding that Britain would ...": another state named beside the body
    // leaves it unsettled.)
    if (sole && !namesOtherState(text.slice(sentences[si]!.start, sentences[si]!.end), sole.country))
      return { code: sole.country, source: 'government', text: sole.text };
    return null;
  }

  // Responses. (No transcript turn is being read now: the quotes' last one set it.)
  discourse.speakingIn(null);
  const quotesBy = new Map<Actor, string[]>();
  for (const [id, qa] of quoteActors) {
    const ids = quotesBy.get(qa.actor);
    if (ids) ids.push(id);
    else quotesBy.set(qa.actor, [id]);
  }
  const seenActors = new Set<string>();
  const unnamedSources = new Set<Actor>();
  const rOcc = occurrences();
  sentences.forEach((sentence, si) => {
    // A heading reacts to nothing (a signatory's line, short as one, signs); nor does what leaked papers say their
    // subjects said or did ("According to the documents, X called for ...", "The files show that X ordered ..."):
    // those are the leak, not reactions to it.
    if (sentence.heading && !signing.has(sentence.block)) return;
    if (leakContent(text.slice(sentence.start, sentence.end))) return;
    const found: Responder[] = [...responders[si]!];
    const foundActors = new Set(found.map((f) => f.actor));
    for (const id of sentenceQuotes.get(si) ?? []) {
      const { actor } = quoteActors.get(id)!;
      if (foundActors.has(actor)) continue;
      foundActors.add(actor);
      found.push({
        actor,
        action: 'statement',
        at: quoteActors.get(id)!.start,
        speech: true,
        resolved: true,
        verb: quoteActors.get(id)!.cue ?? '',
      });
    }
    for (const f of found) {
      const found = f.resolved ? f.actor : discourse.resolve(f.actor, f.at);
      const actor = found && discourse.canonical(found);
      if (!actor || actor.type === 'media' || actor.type === 'document') continue;
      // References left unresolved name no one in particular ("the Council", "the minister"); "the government" is the
      // state's, and an office of a named state ("the foreign minister of France") is its holder's.
      // A legislature named by its capitalised head word ("The Senate voted") is the one the story is about.
      if (
        actor.ref &&
        actor.head !== 'government' &&
        !(actor.type === 'person' && actor.country) &&
        !(actor.ref === 'role' && LEGISLATURE.test(actor.name))
      )
        continue;
      if (actor.type === 'person' && !/\p{Lu}/u.test(actor.name)) continue;
      // An unnamed source who asked not to be named passes the story on; it does not react to it, there or in the
      // words it is quoted with later.
      if (actor.type === 'person' && namedByTitle(actor) && (anonymous(si) || unnamedSources.has(actor))) {
        unnamedSources.add(actor);
        continue;
      }
      const evidence = countryFor(actor, si);
      const country = evidence?.code ?? null;
      // "The government" of no state the text names is no one a reader can count.
      if (!country && !/\p{Lu}/u.test(actor.name)) continue;
      const key = actorKey(actor, country);
      if (seenActors.has(key)) continue;
      seenActors.add(key);
      admit(f.at);
      const { description, key: descriptionKey, id } = described(si);
      const date = sentenceDates.get(si);
      const quoteIds = quotesBy.get(actor) ?? [];
      emit.response({
        id: id('rs', actor.name, rOcc(`${descriptionKey}\u0000${actor.name}`)),
        document,
        actor: actor.name,
        actor_type: actor.type,
        role: actor.role,
        organization: actor.organization,
        country,
        country_source: evidence?.source ?? null,
        country_text: evidence?.text ?? null,
        action: jointStatement(si) ? 'joint_statement' : f.action,
        quote_ids: quoteIds,
        date: date ? isoDate(date.date) : null,
        date_precision: date ? precisionOfDate(date.date) : null,
        description,
        citations: labels(sentence.markers),
        source: place(sentence.start, sentence.end),
      });
    }
  });

  for (const s of sentences)
    for (const m of s.markers)
      if (!used.has(m.label))
        addInfo(doc.file, 'extract/citation-orphan', `citation [${m.label}] backs no record`, locator.place(m.start));
}

/** How much of its sentence a quote's context keeps on either side of the quote. */
export const CONTEXT_REACH = 240;

/**
 * A quote's context: its sentence, or, when the sentence runs on further than CONTEXT_REACH characters either side
 * of the quote, the quote with that much of the sentence each side, cut at a space and marked "…". A sentence of
 * a thousand quotes (a table, a paste without stops) would otherwise repeat itself in every one of its records.
 * `near` is the quote's offset in the unstripped sentence: the stripped one is at or before it.
 */
function around(sentence: string, quote: string, near: number): string {
  if (sentence.length <= quote.length + 2 * CONTEXT_REACH) return sentence;
  let at = sentence.lastIndexOf(quote, near);
  if (at < 0) at = sentence.indexOf(quote);
  if (at < 0) return sentence;
  let from = Math.max(0, at - CONTEXT_REACH);
  let to = Math.min(sentence.length, at + quote.length + CONTEXT_REACH);
  if (from > 0) from = Math.min(at, sentence.indexOf(' ', from) + 1 || at);
  if (to < sentence.length) to = Math.max(at + quote.length, sentence.lastIndexOf(' ', to));
  return `${from > 0 ? '… ' : ''}${sentence.slice(from, to).trim()}${to < sentence.length ? ' …' : ''}`;
}

/** The labels of citation markers, each once, in the order first cited ("[1] ... [1]" cites 1 once). */
const labels = (markers: readonly { label: string }[]): string[] => [...new Set(markers.map((m) => m.label))];

/**
 * Whether a sentence reports what leaked papers say, not a reaction to them: "The files show that X ordered ...",
 * "According to the documents, X called for ...". "Holt said the documents showed abuse" is Holt's reaction.
 */
function leakContent(sentence: string): boolean {
  // Read around each word that names papers, not by one pattern tried at every letter of the sentence.
  for (const m of sentence.matchAll(PAPER_WORD)) {
    const before = sentence.slice(Math.max(0, m.index - 48), m.index);
    const after = sentence.slice(m.index + m[0].length, m.index + m[0].length + 16);
    const leak =
      ACCORDING_TO_THE.test(before) ||
      (THE_PAPERS.test(before) && PAPERS_SHOW.test(after)) ||
      (m.index < 48 && IN_THE.test(sentence.slice(0, m.index)) && !/^\w/.test(after));
    if (leak) return !REPORTED_BEFORE.test(sentence.slice(0, m.index));
  }
  return false;
}
const PAPER_WORD = /(?<=\s)(?:documents?|files?|papers|memos?|cables?|records|emails?|speeches|leaks?|transcripts?)/giu;
const ACCORDING_TO_THE = /\baccording to (?:the|these|those)\s+(?:leaked\s+)?$/iu;
const THE_PAPERS = /(?:\bthe|\bthese|\bthose|\p{Lu}[\p{L}.-]*['\u2019]s)\s+(?:leaked\s+)?$/iu;
const PAPERS_SHOW =
  /^\s+(?:(?:also\s+)?(?:show|shows|showed|reveal|reveals|revealed|indicate|indicates|indicated|suggest|suggests|suggested|record|records|recorded|describe|describes|described|quote|quotes|quoted))\b/iu;
const IN_THE = /^\s*in (?:the|these|those)\s+(?:leaked\s+)?$/iu;
const REPORTED_BEFORE =
  /\b(?:said|says|told|stated|added|argued|wrote|noted|claimed|insisted|stressed|warned|declared)\b/;

const LEGISLATURE = /^(?:Senate|Parliament|Congress|National Assembly|House of (?:Representatives|Commons|Lords))$/;
/** The titles of a body's officials, who serve the state the body serves. */
const OFFICIAL = /\b(?:minister|secretary|spokes(?:man|woman|person)|official|diplomat|ambassador|envoy)\b/i;
const ANONYMOUS = /\b(?:anonymity|anonymously|not to be (?:named|identified)|unnamed|not authori[sz]ed to)\b/i;

/** A state's mission abroad: a respondent apart from its government. */
const MISSION = /^(?:embassy|embassies|consulate|consulate-general|mission|high commission|delegation)$/i;

function actorKey(actor: Actor, country: string | null): string {
  // "Astana", "the Kazakh government": the state, one respondent; "the Kazakh embassy" is a mission of its own.
  if (actor.type === 'government' && !actor.organization && country && !MISSION.test(actor.head ?? ''))
    return `g:${country}`;
  if (actor.type === 'person' && !/^\p{Lu}/u.test(actor.name))
    return `r:${actor.organization ?? country}:${actor.role}`;
  return `${actor.type}:${lexicon.fold(actor.name).replace(/^the /, '')}`;
}

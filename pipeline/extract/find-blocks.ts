// Finds paragraph-level blocks (paragraphs, headings, list items, block quotes, table cells) as spans of the text,
// and repairs copied text: citation markers and a closing quotation mark that open a block belong to the one before.
import type { Nodes, Root } from 'mdast';
import type { ParsedDocument } from '../parse/index.js';
import { findMarkers, type Marker } from './citations.js';
import { lexicon } from './lexicons.js';

export interface Block {
  /** Start of the block's own text, after any carried prefix (UTF-16 index into doc.text). */
  start: number;
  end: number;
  /** Headings, captions and other short lines without a sentence end: no events or responses come from them. */
  heading: boolean;
  /** Citation markers at the start of the next block that end this block's last sentence. */
  trailingMarkers: Marker[];
  /** The next block opens with a closing quotation mark: a quote left open here is closed there. */
  closedInNext: boolean;
  /** The first cell of a table's body row: its label, when it names a country, is the row's. */
  rowStart?: boolean;
  /** A Markdown heading's level (1 for "#"): a deeper heading stands inside the section of a shallower one. */
  depth?: number;
}

const LEAD = /^[ \t]*(?:(["\u201D])(?=[ \t]*\[|[ \t]*$|[ \t]+\S))?[ \t]*((?:\[(?:\d{1,3}|[a-z])\])*)[ \t]*/;
const SENTENCE_END = /[.!?:;\u201D"\u2019')\]]\s*$|\[(?:\d{1,3}|[a-z])\]\s*$/;

interface Span {
  start: number;
  end: number;
  heading: boolean;
  /** A table's body cell: data, never a heading or a caption however short. */
  cell?: boolean;
  /** The first cell of a table's body row. */
  rowStart?: boolean;
  depth?: number;
}

/** A GitHub table's delimiter row: "|---|:---:|", "--- | ---". */
const DELIMITER_ROW = /^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;

/**
 * A paragraph that is a GitHub table (a row of cells, then a delimiter row) read as its cells: each cell a block
 * of its own, the header row's cells headings. Split here, a line at a time, rather than by a Markdown extension:
 * micromark's table extension took 9 times as long as the whole parse and 1.2 GB for a 2 MB table.
 */
function tableCells(text: string, start: number, end: number): Span[] | null {
  const firstEnd = text.indexOf('\n', start);
  if (firstEnd < 0 || firstEnd >= end || !text.slice(start, firstEnd).includes('|')) return null;
  const secondEnd = text.indexOf('\n', firstEnd + 1);
  if (
    !DELIMITER_ROW.test(text.slice(firstEnd + 1, secondEnd < 0 || secondEnd > end ? end : secondEnd).replace(/\r$/, ''))
  )
    return null;
  const out: Span[] = [];
  const row = (from: number, to: number, header: boolean) => {
    let cell = from;
    let first = !header;
    while (cell < to && /[ \t]/.test(text[cell]!)) cell++;
    if (text[cell] === '|') cell++;
    for (let i = cell; i <= to; i++) {
      if (i < to && (text[i] !== '|' || text[i - 1] === '\\')) continue;
      let a = cell;
      let b = i;
      while (a < b && /\s/.test(text[a]!)) a++;
      while (b > a && /\s/.test(text[b - 1]!)) b--;
      if (b > a) {
        out.push(
          first
            ? { start: a, end: b, heading: false, cell: true, rowStart: true }
            : { start: a, end: b, heading: header, cell: !header },
        );
        first = false;
      }
      cell = i + 1;
    }
  };
  row(start, firstEnd, true);
  for (let from = secondEnd < 0 ? end : secondEnd + 1; from < end;) {
    const next = text.indexOf('\n', from);
    const to = next < 0 || next > end ? end : next;
    row(from, to, false);
    from = to + 1;
  }
  return out;
}

function spans(tree: Root, plainText: boolean, text: string): Span[] {
  const out: Span[] = [];
  const walk = (node: Nodes): void => {
    const p = node.position;
    if (p?.start.offset == null || p.end.offset == null) return;
    if (node.type === 'paragraph' || node.type === 'heading' || (plainText && node.type === 'code')) {
      const cells = node.type === 'paragraph' ? tableCells(text, p.start.offset, p.end.offset) : null;
      // A loop, not push(...cells): a table may have more cells than a call takes arguments.
      if (cells) for (const c of cells) out.push(c);
      else
        out.push({
          start: p.start.offset,
          end: p.end.offset,
          heading: node.type === 'heading',
          ...(node.type === 'heading' ? { depth: node.depth } : {}),
        });
      return;
    }
    if ('children' in node) for (const child of node.children) walk(child as Nodes);
  };
  walk(tree);
  return out;
}

/** A line, or lines joined into one paragraph, with the bounds of its text short of white space (first = last: none). */
interface Lines {
  start: number;
  end: number;
  first: number;
  last: number;
}

/** In plain text a line break ends a paragraph, unless the line is hard-wrapped prose that runs on. */
function splitLines(text: string, span: Span): Span[] {
  const out: Lines[] = [];
  const re = /[^\r\n]+/g;
  re.lastIndex = span.start;
  for (let m = re.exec(text); m && m.index < span.end; m = re.exec(text)) {
    const line = trimmed(text, m.index, Math.min(span.end, m.index + m[0].length));
    const prev = out.at(-1);
    // Judged by the bounds kept for the paragraph so far, not its text: a paragraph joined from thousands of
    // hard-wrapped lines is not rescanned for each of them.
    if (prev && runsOn(text, prev, line)) {
      prev.end = line.end;
      if (line.last > line.first) prev.last = line.last;
      continue;
    }
    out.push(line);
  }
  return out.map(({ start, end }) => ({ start, end, heading: span.heading }));
}

function trimmed(text: string, start: number, end: number): Lines {
  let first = start;
  while (first < end && /\s/.test(text[first]!)) first++;
  let last = end;
  while (last > first && /\s/.test(text[last - 1]!)) last--;
  return { start, end, first, last };
}

/** Whether a line goes on the paragraph before it: that paragraph is long and does not end a sentence. */
function runsOn(text: string, prev: Lines, line: Lines): boolean {
  // SENTENCE_END ends with white space and the end of the text; the longest sentence end it knows is "[123]".
  const tail = text.slice(Math.max(prev.first, prev.last - 8), prev.end);
  return (
    prev.last - prev.first >= 50 &&
    !SENTENCE_END.test(tail) &&
    !/^["\u201C\u201D[]/.test(text.slice(line.first, line.last)) &&
    // "2025-06-18 20:41" under a headline: a time stamp is a line of its own, no words running on.
    !(line.last - line.first <= 40 && TIME_STAMP.test(text.slice(line.first, line.last)))
  );
}
/** A line holding only a numeric date, perhaps with a time of day: "2025-06-18 20:41", "18/06/2025 09:05". */
const TIME_STAMP =
  /^(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4})(?:[ T,]+\d{1,2}:\d{2}(?::\d{2})?)?(?:\s*[A-Z]{2,4})?$/;

/** The labels of links to other stories: "Related", "READ MORE", "See also", "More on this story". */
const LINK_LABEL = String.raw`(?:also\s+read|related(?:\s+(?:stories|articles|coverage|content|news|links))?|read\s+(?:more|also|next)|see\s+also|more\s+on\s+this(?:\s+story)?|recommended(?:\s+(?:stories|reading))?|you\s+may\s+also\s+like)`;
/** A line linking to another story ("Related: ...", "READ MORE: ..."): its words are that story's title. */
const NAVIGATION = new RegExp(String.raw`^${LINK_LABEL}\s*[:|\u2013\u2014-]\s`, 'i');
/** A label over a list of links to other stories: "ALSO READ:", "Related stories", "More on this story". */
const NAVIGATION_HEADING = new RegExp(String.raw`^(?:#{1,6}\s+)?${LINK_LABEL}\s*:?$`, 'i');
/** The most words a linked headline under such a label runs to. */
const LINK_WORDS = 20;

/**
 * A block too short to be prose and without a sentence end: a heading, a caption, a credit, navigation. A line in
 * sentence case that reports speech ("Senator X said she ...") is prose cut off, and one that ends in a colon leads
 * into a list: neither is a heading.
 */
function looksLikeHeading(s: string): boolean {
  const t = s.trim();
  // ">" alone, a rule of dashes or box lines: no words, no heading.
  if (!/[\p{L}\p{N}]/u.test(t)) return false;
  const words = t.split(/\s+/);
  if (words.length > 12 || /[.!?]["\u201D\u2019)]?(?:\[(?:\d{1,3}|[a-z])\])*$/.test(t)) return false;
  const long = words.filter((w) => w.length > 3);
  const lower = long.filter((w) => /^\p{Ll}/u.test(w));
  const sentenceCase = words.length >= 6 && lower.length * 2 >= long.length;
  // "On Monday, several ministers made statements:": a sentence in sentence case leading into a list is prose.
  if (sentenceCase && t.endsWith(':')) return false;
  return !(sentenceCase && words.some((w) => /^\p{Ll}/u.test(w) && lexicon.verb(w)?.speech));
}

export function findBlocks(doc: ParsedDocument): Block[] {
  const raw = spans(doc.tree, doc.plainText, doc.text).flatMap((s) => (doc.plainText ? splitLines(doc.text, s) : [s]));
  const blocks: Block[] = [];
  let linking = false;
  for (const r of raw) {
    const lead = LEAD.exec(doc.text.slice(r.start, r.end))!;
    const prev = blocks.at(-1);
    let start = r.start;
    if (lead[1] || lead[2]) {
      if (prev) {
        prev.trailingMarkers.push(...findMarkers(doc.text, r.start, r.start + lead[0].length));
        if (lead[1]) prev.closedInNext = true;
      }
      start = r.start + lead[0].length;
    } else {
      start = r.start + (/^\s*/.exec(doc.text.slice(r.start, r.end))?.[0].length ?? 0);
    }
    let end = r.end;
    while (end > start && /\s/.test(doc.text[end - 1]!)) end--;
    if (start >= end) continue;
    const text = doc.text.slice(start, end);
    // "ALSO READ:" over a list of other stories' headlines: each is a title, no prose, until a sentence comes.
    if (linking) linking = !r.cell && text.split(/\s+/).length <= LINK_WORDS && !/[.!?]["\u201D\u2019)]?$/.test(text);
    blocks.push({
      start,
      end,
      heading: r.heading || linking || (!r.cell && (NAVIGATION.test(text) || looksLikeHeading(text))),
      trailingMarkers: [],
      closedInNext: false,
      ...(r.rowStart ? { rowStart: true } : {}),
      ...(r.depth ? { depth: r.depth } : {}),
    });
    if (NAVIGATION_HEADING.test(text)) linking = true;
  }
  return blocks;
}

// Splits a block into sentences: a stop, question or exclamation mark (with any closing marks and citation markers
// after it) followed by a capital, a digit or an opening mark ends one, unless the word before it is an
// abbreviation (Mr., U.S., Jan., initials). Boundaries inside closed quotes are not taken. A run of text without a
// boundary, closed quotes included, is cut into pieces of at most MAX_SENTENCE characters: no reader's sentence is
// longer, and every record carries its sentence, so an unbounded one would make the records, and the work for each
// record, grow with the document.
import { lexicon } from './lexicons.js';
import { SpanIndex, type Span } from './span-index.js';

export type { Span } from './span-index.js';

/** Longest sentence, in UTF-16 code units; the longest in the dev corpus has under 400. */
const MAX_SENTENCE = 2000;

// The stops are matched whole (a lookahead and its backreference do not backtrack) and only from the first of a
// run: otherwise a run of n full stops is tried from each of its n positions, n times.
const END =
  /(?<![.!?\u2026])(?=([.!?\u2026]+))\1["\u201D\u2019')\]]*(?:\[(?:\d{1,3}|[a-z])\])*(?=\s+(?:["\u201C\u2018'([]?[\p{Lu}\p{N}]|["\u201C\u2018])|\s*$)/gu;
const STARTERS = new Set([
  'the',
  'a',
  'an',
  'he',
  'she',
  'it',
  'they',
  'we',
  'i',
  'in',
  'on',
  'at',
  'but',
  'and',
  'this',
  'that',
  'these',
  'those',
  'his',
  'her',
  'their',
  'its',
  'there',
  'after',
  'according',
  'as',
  'when',
  'while',
]);

function isAbbreviation(text: string, dot: number, blockStart: number, next: string): boolean {
  const before = text.slice(Math.max(blockStart, dot - 20), dot);
  const word = /([\p{L}.]+)$/u.exec(before)?.[1] ?? '';
  if (!word) return false;
  const bare = word.replace(/^\.+/, '');
  const nextWord = (/^[\s"'\u201C\u2018(]*([\p{L}]+)/u.exec(next)?.[1] ?? '').toLowerCase();
  // No. 5, Vol. 2, p. 12: these abbreviate only before a number ("said no." ends a sentence).
  if (/^(?:no|nos|vol|pp?|fig|art|sec|ch|op)$/i.test(bare)) return /^\s*\d/.test(next);
  if (lexicon.isTitleAbbreviation(bare)) return true;
  // Initials (T.) and dotted acronyms (U.S.) end a sentence only before a word that usually starts one.
  if (/^\p{Lu}$/u.test(bare) || /^(?:\p{L}\.)+\p{L}$/u.test(bare) || lexicon.isAbbreviation(bare))
    return !STARTERS.has(nextWord);
  return false;
}

export function splitSentences(text: string, start: number, end: number, keepWhole: readonly Span[]): Span[] {
  const out: Span[] = [];
  // Matched on the block alone (its end is the `$` of END), so each block costs its own length only.
  const block = text.slice(start, end);
  const quotes = new SpanIndex(keepWhole);
  let from = start;
  // A line that opens with a bullet ("  * UK minister warns ...") starts a sentence, whatever ended the line before.
  const bullets: number[] = [];
  for (const b of block.matchAll(BULLET_LINE)) bullets.push(start + b.index + 1);
  let nextBullet = 0;
  const takeBullets = (upTo: number): void => {
    for (; nextBullet < bullets.length && bullets[nextBullet]! < upTo; nextBullet++) {
      const at = bullets[nextBullet]!;
      if (at <= from) continue;
      pushBounded(out, text, from, trimEnd(text, from, at));
      from = at;
      while (from < end && /\s/.test(text[from]!)) from++;
    }
  };
  END.lastIndex = 0;
  for (let m = END.exec(block); m; m = END.exec(block)) {
    const stop = start + m.index + m[0].length;
    if (stop >= end) break;
    takeBullets(stop);
    if (m[0].startsWith('.') && isAbbreviation(text, start + m.index, start, text.slice(stop, stop + 30))) continue;
    // A boundary inside a closed quote (q.start < stop <= q.end) is not taken.
    if (quotes.overlapping(stop - 1, stop).length) continue;
    pushBounded(out, text, from, stop);
    from = stop;
    while (from < end && /\s/.test(text[from]!)) from++;
  }
  takeBullets(end);
  if (from < end) pushBounded(out, text, from, trimEnd(text, from, end));
  return out;
}
const BULLET_LINE = /\n[ \t]*[*\u2022\u00B7-][ \t]+(?=\S)/g;

/** Adds text[start, end) as one sentence, or as pieces of at most MAX_SENTENCE characters. */
function pushBounded(out: Span[], text: string, start: number, end: number): void {
  let from = start;
  while (end - from > MAX_SENTENCE) {
    const cut = cutPoint(text, from, from + MAX_SENTENCE);
    out.push({ start: from, end: trimEnd(text, from, cut) });
    from = cut;
    while (from < end && /\s/.test(text[from]!)) from++;
  }
  if (from < end) out.push({ start: from, end });
}

/** Where a piece that may reach `limit` ends: after the last white space in its second half, else at the limit. */
function cutPoint(text: string, from: number, limit: number): number {
  for (let i = limit; i > from + MAX_SENTENCE / 2; i--) if (/\s/.test(text[i - 1]!)) return i;
  // Not between the two halves of a surrogate pair.
  const c = text.charCodeAt(limit - 1);
  return c >= 0xd800 && c <= 0xdbff ? limit - 1 : limit;
}

function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /\s/.test(text[e - 1]!)) e--;
  return e;
}

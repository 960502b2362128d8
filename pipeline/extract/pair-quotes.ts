// Pairs double quotation marks within a block: straight marks, and curly ones typed the wrong way round, are read as
// opening or closing from the characters around them; a mark that opens while a quote is open leaves the first
// unclosed; a closing mark with no opening one starts its quote at the start of the block (press releases drop the
// opening mark).
export interface QuoteMarks {
  /** Index of the opening mark, or null when it is missing (the quote starts at the block start). */
  open: number | null;
  /** Index of the closing mark, or null when the quote is unclosed here. */
  close: number | null;
  /** Start of the quoted words. */
  start: number;
}

const OPENERS = new Set(['\u201C', '\u201E', '\u00AB']);
const CLOSERS = new Set(['\u201D', '\u00BB']);
const SPACE_BEFORE = /[\s([{\u2014\u2013\-/\u2018\u201C]/;
const SPACE_AFTER = /[\s.,;:!?)\]}\u2014\u2013\u2019\u201D]/;

function role(text: string, i: number, blockStart: number, blockEnd: number, open: boolean): 'open' | 'close' {
  const c = text[i]!;
  const before = i > blockStart ? text[i - 1]! : ' ';
  const after = i + 1 < blockEnd ? text[i + 1]! : ' ';
  const spaceBefore = SPACE_BEFORE.test(before);
  const spaceAfter = SPACE_AFTER.test(after);
  // A curly mark typed the wrong way round is read by where it stands: "”like this”" opens before a word when no
  // quote is open, "“like this“" closes after one when a quote is open.
  if (OPENERS.has(c)) return open && !spaceBefore && spaceAfter ? 'close' : 'open';
  if (CLOSERS.has(c)) return !open && spaceBefore && /[\p{L}\p{N}]/u.test(after) ? 'open' : 'close';
  if (spaceBefore && !spaceAfter) return 'open';
  if (!spaceBefore && spaceAfter) return 'close';
  return open ? 'close' : 'open';
}

export function pairQuotes(text: string, blockStart: number, blockEnd: number): QuoteMarks[] {
  const out: QuoteMarks[] = [];
  let current: QuoteMarks | null = null;
  // Found once: asked at each closing mark, "any letter before it?" would rescan the block from its start.
  const firstLetter = firstLetterAt(text, blockStart, blockEnd);
  for (let i = blockStart; i < blockEnd; i++) {
    const c = text[i]!;
    if (c !== '"' && !OPENERS.has(c) && !CLOSERS.has(c)) continue;
    if (role(text, i, blockStart, blockEnd, current !== null) === 'open') {
      if (current) out.push(current);
      current = { open: i, close: null, start: i + 1 };
    } else if (current) {
      current.close = i;
      out.push(current);
      current = null;
    } else if (out.length === 0 && firstLetter < i) {
      out.push({ open: null, close: i, start: blockStart });
    }
  }
  if (current) out.push(current);
  return out;
}

/** Index of the first letter in text[start, end), or `end` when there is none. */
function firstLetterAt(text: string, start: number, end: number): number {
  const m = /\p{L}/u.exec(text.slice(start, end));
  return m ? start + m.index : end;
}

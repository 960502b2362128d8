// Tells reported words from titles of works and names given in quotes: the words before the opening mark
// ("titled", "dubbed", "so-called") and the shape of the quoted words (a title is mostly capitalised words).
import type { Quote } from '../types/records.js';

const TITLE_CUE =
  /\b(?:titled|entitled|headlined|headline|book|op-ed|essay|film|documentary|song|album)\s*(?:\([^)]*\)\s*)?(?:\d+\s*)?,?\s*$/i;
const NAME_CUE =
  /\b(?:dubbed|so-called|known as|nicknamed|termed|labell?ed|branded|coined|the (?:term|phrase|word|slogan)|a (?:term|phrase|word))\s*$/i;
const SMALL = new Set([
  'a',
  'an',
  'the',
  'of',
  'in',
  'on',
  'and',
  'or',
  'for',
  'to',
  'with',
  'at',
  'by',
  'from',
  'as',
  'but',
  'is',
]);

function titleShaped(words: string): boolean {
  const ws = words
    .replace(/[^\p{L}\s'-]/gu, ' ')
    .split(/\s+/)
    .filter(Boolean);
  if (ws.length < 3) return false;
  const content = ws.filter((w) => !SMALL.has(w.toLowerCase()));
  return content.length > 0 && content.every((w) => /^\p{Lu}/u.test(w));
}

export function quoteKind(text: string, open: number, words: string): Quote['kind'] {
  const before = text.slice(Math.max(0, open - 40), open);
  if (TITLE_CUE.test(before) || titleShaped(words)) return 'title';
  if (NAME_CUE.test(before) && words.split(/\s+/).length <= 5) return 'name';
  return 'quote';
}

// Finds the words that start in a range of the text without searching past the range. A global regex run over the
// whole text from the range start looks on to the next word however far off: in a long stretch without letters
// (a numbered list, a table of figures) each of its many sentences would be searched to the end of the stretch.
const WORD = /[\p{L}][\p{L}'\u2019-]*/gu;
const WORD_AT = /[\p{L}][\p{L}'\u2019-]*/uy;
/** Longer than any word the lexicons hold ("Rechtsschutzversicherungsgesellschaften" has 39 letters). */
const LONGEST_WORD = 100;

export interface Word {
  index: number;
  word: string;
}

/** The words starting in text[from, to), in order, each whole even where it runs on past `to`. */
export function wordsIn(text: string, from: number, to: number): Word[] {
  const out: Word[] = [];
  for (const m of text.slice(from, to).matchAll(WORD)) {
    let word = m[0];
    // A word reaching the end of the range (or half a surrogate pair before it) may go on: read it in the text, up
    // to a length no word of a lexicon reaches (a text of one endless "word" is cut into many ranges, and reading
    // it to its end from each would take time with the square of its length).
    if (m.index + word.length >= to - from - 1) {
      WORD_AT.lastIndex = 0;
      word = WORD_AT.exec(text.slice(from + m.index, from + m.index + Math.max(word.length, LONGEST_WORD)))![0];
    }
    out.push({ index: from + m.index, word });
  }
  return out;
}

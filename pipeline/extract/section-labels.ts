// The country a section, a list item or a table row is labelled with, as lists of reactions are written: a heading
// that is only a country's name ("France") labels the blocks up to the next heading; an item that opens with a
// country's name and a colon or a dash ("Japan: The foreign ministry said ...") labels itself; a row whose first cell
// is a country's name labels its other cells.
import { stripMarkers } from './citations.js';
import { lexicon } from './lexicons.js';
import type { Span } from './split-sentences.js';

export interface Label {
  code: string;
  /** The label as written. */
  text: string;
}

/** A list item's opening label: a few capitalised words (in emphasis marks or not), then a colon or a spaced dash. */
const ITEM_LABEL =
  /^[\s*\u2022\u00B7-]*((?:\p{Lu}[\p{L}.'\u2019-]*)(?:\s+(?:of|and|the|\p{Lu}[\p{L}.'\u2019-]*)){0,4})(?:[*_]{1,2})?\s*(?::|\s[-\u2013\u2014]\s)\s*\S/u;

/** The longest heading read as a country's label ("The Democratic Republic of the Congo" with marks is 40). */
const LABEL_CHARS = 80;

function country(words: string): Label | null {
  const code = lexicon.countryByName(words);
  return code ? { code, text: words } : null;
}

/** Each block's label, or null. A table's row is labelled by its first cell when that is a country's name. */
export function sectionLabels(
  text: string,
  blocks: readonly (Span & { heading: boolean; rowStart?: boolean; depth?: number })[],
): (Label | null)[] {
  let section: Label | null = null;
  let sectionLevel = 0;
  let row: Label | null = null;
  return blocks.map((b) => {
    const words = stripMarkers(text.slice(b.start, b.end)).trim();
    if (b.heading) {
      // "## Croatia" then "### 10 May – Office of the Prime Minister": a heading under the country's keeps its label.
      // A Markdown heading's level, or the hashes a plain-text line opens with.
      const level = b.depth ?? /^(#{1,6})\s/.exec(words)?.[1]!.length ?? 0;
      // A factbox's "* GHANA:" is a heading too, its bullet no part of the name. A country's name is short: a long
      // heading is looked at no further (trimming a long run of dots from the end would take time with its square).
      const named =
        words.length <= LABEL_CHARS
          ? country(
              words
                .replace(/^#{1,6}\s+/, '')
                .replace(/^[*\u2022\u00B7-]+\s*/, '')
                .replace(/[\s.:#*]+$/, ''),
            )
          : null;
      if (named || !section || level === 0 || level <= sectionLevel) {
        section = named;
        sectionLevel = level;
      }
      row = null;
      return null;
    }
    if (b.rowStart) {
      row = country(words);
      return null;
    }
    const item = ITEM_LABEL.exec(words.slice(0, 80));
    return (item && country(item[1]!)) || row || section;
  });
}

/** The length of a label opening a sentence ("Japan: "), or 0. */
export function labelLength(sentence: string): number {
  const item = ITEM_LABEL.exec(sentence.slice(0, 80));
  return item && country(item[1]!) ? item[0].length - 1 : 0;
}

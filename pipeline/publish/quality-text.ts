// The words that go with the published quality figures, shared by the codebook, datapackage.json and the page so
// that all three say the same thing.
import type { Quality } from '../evaluate/index.js';

export const RECORD_KINDS = [
  {
    key: 'quotes',
    label: 'quotes',
    meaning:
      'texts matched when their words agree (token F1 of at least 0.8, case, quotation marks, citation markers and edge punctuation folded)',
  },
  { key: 'events', label: 'events', meaning: 'dated events, matched by their ISO date at its precision' },
  { key: 'responses', label: 'responses', meaning: "matched by the actor's name" },
] as const;

const SHARES = [
  {
    key: 'attribution',
    label: 'attribution',
    meaning:
      "of the gold quotes whose speaker the text names, the share matched by an extracted quote with one of the speaker's names (all the words of one name stand in the other)",
  },
  {
    key: 'response_country',
    label: 'response country',
    meaning: 'of the gold responses with a country, the share matched by an extracted response with that country',
  },
  {
    key: 'actor_precision',
    label: 'actor precision',
    meaning:
      'of the speakers and actors the extractor names, the share that are actors of the document (not a stray word taken for a name)',
  },
  {
    key: 'record_country_precision',
    label: 'record country precision',
    meaning: "of the countries stated on extracted quotes and responses, the share that are their actor's",
  },
  {
    key: 'record_country_recall',
    label: 'record country recall',
    meaning: 'of the extracted quotes and responses whose actor has a country, the share given it',
  },
] as const;

/** The shares a quality record holds, in order (the actor and record-country figures need annotated actors). */
export function sharesOf(quality: Quality): { key: string; label: string; meaning: string; value: number }[] {
  return SHARES.flatMap((s) => (quality[s.key] === undefined ? [] : [{ ...s, value: quality[s.key]! }]));
}

export const percent = (x: number) => `${(100 * x).toFixed(1)}%`;

/** What the figures are, and what they are not. */
export function qualityNote(quality: Quality): string {
  return `Scores of the extractor that made this version (papertrail extractor ${quality.extractor_version}) on papertrail's evaluation set: ${quality.documents} documents whose quotes, events and responses were annotated by hand. The extractor may have been tuned on these documents, so the figures show how well it reads text like them, not a measured error rate of this dataset's own records.`;
}

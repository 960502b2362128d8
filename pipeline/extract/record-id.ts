// Record ids from content: the same sentence in the same document keeps its id when other paragraphs change.
import { createHash } from 'node:crypto';

/**
 * The ids of the records of one sentence: `prefix-` and 16 hex digits of SHA-256 over the document path, the
 * sentence, the record's own key (the quoted words, the date phrase, the actor) and its occurrence among identical
 * keys (identical sentences repeat). The document and the sentence are hashed once and the hash is copied for each
 * record: a long sentence with many quotes is not hashed again for each.
 */
export function sentenceRecordIds(
  document: string,
  sentence: string,
): (prefix: string, key: string, occurrence: number) => string {
  const base = createHash('sha256');
  base.update(`${document}\u0000${sentence.replace(/\s+/g, ' ').trim()}\u0000`);
  return (prefix, key, occurrence) =>
    `${prefix}-${base.copy().update(`${key}\u0000${occurrence}`).digest('hex').slice(0, 16)}`;
}

// Record ids from content: the same sentence in the same document keeps its id when other paragraphs change.
import { createHash } from 'node:crypto';

/**
 * `prefix-` and 16 hex digits of SHA-256 over the document path, the sentence, the record's own key (the quoted
 * words, the date phrase, the actor) and its occurrence among identical keys (identical sentences repeat).
 */
export function recordId(prefix: string, parts: { document: string; sentence: string; key: string; occurrence: number }): string {
  const hash = createHash('sha256');
  hash.update([parts.document, parts.sentence.replace(/\s+/g, ' ').trim(), parts.key, String(parts.occurrence)].join('\u0000'));
  return `${prefix}-${hash.digest('hex').slice(0, 16)}`;
}

// Finds citation markers ([12], [a]) and strips them from text meant for people.
export interface Marker {
  start: number;
  end: number;
  label: string;
}

const MARKER = /\[(\d{1,3}|[a-z])\]/g;

/** The markers wholly inside text[start, end). */
export function findMarkers(text: string, start: number, end: number): Marker[] {
  const out: Marker[] = [];
  // Matched on the range alone: a search of the whole text from `start` runs on to the next marker however far
  // away, so a document without markers would be scanned to its end once per sentence.
  for (const m of text.slice(start, end).matchAll(MARKER))
    out.push({ start: start + m.index, end: start + m.index + m[0].length, label: m[1]! });
  return out;
}

/** The text with citation markers removed and white space folded. */
export function stripMarkers(s: string): string {
  return s.replace(MARKER, '').replace(/\s+/g, ' ').trim();
}

// Finds citation markers ([12], [a]) and strips them from text meant for people.
export interface Marker {
  start: number;
  end: number;
  label: string;
}

const MARKER = /\[(\d{1,3}|[a-z])\]/g;

export function findMarkers(text: string, start: number, end: number): Marker[] {
  const out: Marker[] = [];
  MARKER.lastIndex = start;
  for (let m = MARKER.exec(text); m && m.index < end; m = MARKER.exec(text)) {
    if (m.index + m[0].length <= end) out.push({ start: m.index, end: m.index + m[0].length, label: m[1]! });
  }
  return out;
}

/** The text with citation markers removed and white space folded. */
export function stripMarkers(s: string): string {
  return s.replace(MARKER, '').replace(/\s+/g, ' ').trim();
}

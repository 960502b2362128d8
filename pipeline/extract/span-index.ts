// Finds the spans (quotes, sentences) that overlap a range or hold a position in O(log n + k), so that a block
// with thousands of quotes is not rescanned for each sentence and mention.
export interface Span {
  start: number;
  end: number;
}

export class SpanIndex<T extends Span> {
  private readonly spans: T[];
  /** maxEnd[k]: the largest end among spans[0..k], which bounds how far back an overlap can start. */
  private readonly maxEnd: number[];

  constructor(spans: readonly T[]) {
    this.spans = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
    this.maxEnd = [];
    let max = -Infinity;
    for (const s of this.spans) this.maxEnd.push((max = Math.max(max, s.end)));
  }

  /** Index of the first span starting at or after `position`. */
  private firstFrom(position: number): number {
    let lo = 0;
    let hi = this.spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.spans[mid]!.start < position) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Spans with start < end and end > start, in start order. */
  overlapping(start: number, end: number): T[] {
    const out: T[] = [];
    for (let k = this.firstFrom(end) - 1; k >= 0 && this.maxEnd[k]! > start; k--) {
      if (this.spans[k]!.end > start) out.push(this.spans[k]!);
    }
    return out.reverse();
  }

  /** The first span (in start order) that holds `position`, if any. */
  holding(position: number): T | undefined {
    return this.overlapping(position, position + 1)[0];
  }
}

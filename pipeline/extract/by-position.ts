// Keeps items in text order although they arrive out of it (mentions noted sentence by sentence, then again as
// speakers are resolved): in chunks of a few hundred, so that an item placed early in a long document moves the
// items of one chunk, not every item after it, and the items before a position are found by binary search.
const CHUNK = 256;

export class ByPosition<T extends { at: number }> {
  /** Sorted by `at` within and across chunks; none is empty. */
  private readonly chunks: T[][] = [];

  /** Adds an item after those at the same position. */
  insert(item: T): void {
    const c = Math.max(
      0,
      this.lastChunk((first) => first <= item.at),
    );
    const chunk = this.chunks[c];
    if (!chunk) {
      this.chunks.push([item]);
      return;
    }
    let i = chunk.length;
    while (i > 0 && chunk[i - 1]!.at > item.at) i--;
    chunk.splice(i, 0, item);
    if (chunk.length >= 2 * CHUNK) this.chunks.splice(c, 1, chunk.slice(0, CHUNK), chunk.slice(CHUNK));
  }

  /** Up to `n` items before `at`, nearest first; of items at one position, the one added last first. */
  before(at: number, n: number): T[] {
    const out: T[] = [];
    for (let c = this.lastChunk((first) => first < at); c >= 0 && out.length < n; c--) {
      const chunk = this.chunks[c]!;
      for (let i = chunk.length - 1; i >= 0 && out.length < n; i--) if (chunk[i]!.at < at) out.push(chunk[i]!);
    }
    return out;
  }

  /** Index of the last chunk whose first item's position passes `test` (true up to some chunk, then false), or -1. */
  private lastChunk(test: (first: number) => boolean): number {
    let lo = 0;
    let hi = this.chunks.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (test(this.chunks[mid]![0]!.at)) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  }
}

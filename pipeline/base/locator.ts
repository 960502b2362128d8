// Converts JavaScript string indexes (UTF-16 code units, as mdast positions and regexes give them) into the
// places records publish: Unicode code point offsets, 1-based lines and code point columns.
export interface Place {
  /** Code point offset from the start of the text. */
  offset: number;
  line: number;
  /** 1-based column in code points. */
  column: number;
}

export class Locator {
  private readonly lineStarts: number[] = [0];
  /** UTF-16 indexes of the high surrogates of astral characters, ascending. */
  private readonly astral: number[] = [];

  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.lineStarts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.lineStarts.push(i + 1);
      } else if (c >= 0xd800 && c <= 0xdbff) {
        const next = text.charCodeAt(i + 1);
        if (next >= 0xdc00 && next <= 0xdfff) {
          this.astral.push(i);
          i++;
        }
      }
    }
  }

  /** Number of astral characters that start before `index`. */
  private astralBefore(index: number): number {
    return upperBound(this.astral, index - 1);
  }

  /** Code point offset of a UTF-16 index. */
  offset(index: number): number {
    return index - this.astralBefore(index);
  }

  /** The UTF-16 index of a code point offset: the inverse of `offset`. */
  index(offset: number): number {
    // The k-th astral character stands at code point offset astral[k] - k.
    let lo = 0;
    let hi = this.astral.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.astral[mid]! - mid < offset) lo = mid + 1;
      else hi = mid;
    }
    return offset + lo;
  }

  place(index: number): Place {
    const lineIndex = upperBound(this.lineStarts, index) - 1;
    const lineStart = this.lineStarts[lineIndex]!;
    const offset = this.offset(index);
    return { offset, line: lineIndex + 1, column: offset - this.offset(lineStart) + 1 };
  }
}

/** Count of sorted values <= x. */
function upperBound(values: readonly number[], x: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

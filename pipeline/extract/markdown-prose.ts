// What a reader sees of a Markdown document, at the same offsets: the marks that only format (emphasis, link
// brackets and addresses, images, inline HTML, heading hashes, code backticks, block-quote markers inside a
// paragraph, escaping backslashes) are turned into spaces, so the extractor reads "the Foreign Ministry of Canada"
// where the source has "the [Foreign Ministry](https://…) of **Canada**", and every record's span still points
// into the source as written.
import type { Nodes, Root } from 'mdast';

export interface Prose {
  /** The text with Markdown's formatting marks blanked: the same length, line breaks kept. */
  text: string;
  /** The text of [start, end) without the marks at all, for the words records quote and describe. */
  words(start: number, end: number): string;
}

export function markdownProse(text: string, tree: Root): Prose {
  // A byte a character marks what is blanked: a copy of the text as an array of characters would cost eight.
  const hidden = new Uint8Array(text.length);
  const blank = (start: number, end: number) => {
    for (let i = Math.max(start, 0); i < Math.min(end, text.length); i++) {
      if (text[i] === '\n' || text[i] === '\r') continue;
      hidden[i] = 1;
    }
  };
  const range = (node: Nodes): [number, number] | null => {
    const p = node.position;
    return p?.start.offset != null && p.end.offset != null ? [p.start.offset, p.end.offset] : null;
  };
  /** Blanks what a node spans outside its children: the marks around them. */
  const blankAround = (node: Nodes & { children: Nodes[] }) => {
    const r = range(node);
    if (!r) return;
    let at = r[0];
    for (const child of node.children) {
      const c = range(child);
      if (!c) continue;
      blank(at, c[0]);
      at = c[1];
    }
    blank(at, r[1]);
  };
  const walk = (node: Nodes): void => {
    const r = range(node);
    switch (node.type) {
      case 'yaml':
      case 'html':
      case 'image':
      case 'imageReference':
      case 'break':
      case 'definition':
        if (r) blank(r[0], r[1]);
        return;
      case 'inlineCode':
        if (r) {
          const source = text.slice(r[0], r[1]);
          const open = /^`+/.exec(source)?.[0].length ?? 0;
          const close = /`+$/.exec(source)?.[0].length ?? 0;
          blank(r[0], r[0] + open);
          blank(r[1] - close, r[1]);
        }
        return;
      case 'text':
        if (r) blankInText(r[0], r[1]);
        return;
      case 'emphasis':
      case 'strong':
      case 'link':
      case 'linkReference':
      case 'heading':
        blankAround(node);
        break;
      default:
        break;
    }
    if ('children' in node) for (const child of node.children) walk(child as Nodes);
  };
  /**
   * Inside a text node the source may differ from what it reads: block-quote markers and indentation that open its
   * continuation lines, and backslashes that escape punctuation.
   */
  const blankInText = (start: number, end: number) => {
    for (let i = start; i < end; i++) {
      if (text[i] === '\\' && i + 1 < end && /[!-/:-@[-`{-~]/.test(text[i + 1]!)) {
        blank(i, i + 1);
        i++;
      } else if (text[i] === '\n') {
        const prefix = /^[ \t]*(?:>[ \t]?)*/.exec(text.slice(i + 1, Math.min(end, i + 200)))![0].length;
        blank(i + 1, i + 1 + prefix);
      }
    }
  };
  walk(tree);
  const pieces: string[] = [];
  for (let i = 0; i < text.length;) {
    const blanked = hidden[i];
    let j = i + 1;
    while (j < text.length && hidden[j] === blanked) j++;
    pieces.push(blanked ? ' '.repeat(j - i) : text.slice(i, j));
    i = j;
  }
  return {
    text: pieces.join(''),
    words(start, end) {
      let kept = '';
      for (let i = start; i < end; i++) if (!hidden[i]) kept += text[i];
      return kept;
    },
  };
}

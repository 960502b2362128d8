// Parses a document into an mdast syntax tree with positions, and reads its optional YAML front matter.
// Plain text is parsed as plain text: paragraphs only, no Markdown constructs read into it. Markdown whose shape
// would make the parser superlinear (very long blocks, dense emphasis or brackets, deep nesting) is parsed with
// those constructs off, with a warning, so every document costs time linear in its size.
import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parse as parseYamlText } from 'yaml';
import type { VFile } from 'vfile';
import type { DocumentFrontMatter as FrontMatter } from '../types/records.js';
import { parseYaml } from '../base/parse-yaml.js';
import { Locator } from '../base/locator.js';
import { addWarning } from '../base/diagnostics.js';

export interface ParsedDocument {
  /** The source file; diagnostics are recorded on it. */
  file: VFile;
  /** Path relative to the sources folder, forward slashes: the `document` every record carries. */
  document: string;
  /** The whole text (front matter included): mdast positions and record offsets index into it. */
  text: string;
  /** `.txt` documents are plain prose: a single line break ends a paragraph there, not in Markdown. */
  plainText: boolean;
  tree: Root;
  frontMatter: FrontMatter;
  locator: Locator;
}

/** micromark's names of the constructs that read Markdown into text. */
const INLINE = [
  'attention',
  'autolink',
  'characterEscape',
  'characterReference',
  'codeText',
  'hardBreakEscape',
  'htmlText',
  'labelEnd',
  'labelStartImage',
  'labelStartLink',
];
const CONTAINERS = ['blockQuote', 'list', 'codeIndented'];
const BLOCK = [...CONTAINERS, 'codeFenced', 'definition', 'headingAtx', 'htmlFlow', 'setextUnderline', 'thematicBreak'];

const processorWithout = (constructs: readonly string[]) =>
  unified()
    .use(remarkParse)
    .use(remarkFrontmatter, ['yaml'])
    .data('micromarkExtensions', constructs.length ? [{ disable: { null: [...constructs] } }] : []);

const markdown = processorWithout([]);
const plain = processorWithout([...INLINE, ...BLOCK]);
const flatInline = processorWithout(INLINE);
const flatContainers = processorWithout(CONTAINERS);
const flatBoth = processorWithout([...INLINE, ...CONTAINERS]);

/**
 * Beyond these, micromark's cost grows faster than the text (measured: 80 KB of `*a` takes 14 s; separate block
 * quotes cost with the square of their number: 0.16 s for 1,000, 1.9 s for 4,000).
 */
const LIMITS = { blockChars: 64 * 1024, delimitersPerBlock: 512, nesting: 32, blockQuotes: 1000 } as const;

/** Why a kind of construct is turned off, and the line where the shape that made it so begins. */
interface Risk {
  reason: string;
  line: number;
}

/** Which Markdown constructs to turn off for this text, with why and where; one linear scan. */
function riskyMarkdown(text: string): { inline: Risk | null; containers: Risk | null } {
  let inline: Risk | null = null;
  let containers: Risk | null = null;
  let blockStart = 0;
  let blockLine = 1;
  let delimiters = 0;
  let line = 1;
  let blockQuotes = 0;
  let quoting = false;
  let blank = true;
  const nested = new RegExp(
    `^(?:[ \\t]*(?:[-*+][ \\t]+|\\d{1,9}[.)][ \\t]+|>[ \\t]*)){${LIMITS.nesting},}|^[ \\t]{${LIMITS.nesting * 4},}`,
  );
  // Lines end as micromark ends them: CRLF, a lone CR or LF.
  for (const m of text.matchAll(/[^\r\n]*(?:\r\n|\r|\n|$)/g)) {
    const content = m[0];
    if (!content) break;
    if (!content.trim()) {
      blockStart = m.index + content.length;
      delimiters = 0;
      quoting = false;
      blank = true;
    } else {
      if (blank) blockLine = line;
      blank = false;
      const quoteLine = /^[ \t]{0,3}>/.test(content);
      if (quoteLine && !quoting && ++blockQuotes > LIMITS.blockQuotes && !containers)
        containers = {
          reason: `more than ${LIMITS.blockQuotes} block quotes; this is block quote ${blockQuotes}`,
          line,
        };
      quoting = quoteLine;
      for (let i = 0; i < content.length; i++) {
        const c = content.charCodeAt(i);
        // * _ [ ] < ` and &: the openers and closers micromark matches against each other.
        if (c === 42 || c === 95 || c === 91 || c === 93 || c === 60 || c === 96 || c === 38) delimiters++;
      }
      if (!inline && m.index + content.length - blockStart > LIMITS.blockChars)
        inline = {
          reason: `the block from line ${blockLine} runs on past ${LIMITS.blockChars} characters (at line ${line})`,
          line: blockLine,
        };
      if (!inline && delimiters > LIMITS.delimitersPerBlock)
        inline = {
          reason: `the block from line ${blockLine} has more than ${LIMITS.delimitersPerBlock} emphasis, link or code marks (at line ${line})`,
          line: blockLine,
        };
      if (!containers && nested.test(content))
        containers = { reason: `this line nests lists or block quotes more than ${LIMITS.nesting} deep`, line };
    }
    line++;
  }
  return { inline, containers };
}

/**
 * The front matter's fields without parsing the document: for checks that must come before the parse (provenance).
 * Undefined when there is no front matter; null when it is there but not a valid mapping, which parseDocument
 * reports with a position.
 */
export function peekFrontMatter(text: string): Record<string, unknown> | null | undefined {
  const fenced = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!fenced) return undefined;
  try {
    const value: unknown = parseYamlText(fenced[1]!);
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

export function parseDocument(file: VFile): ParsedDocument {
  const text = String(file.value);
  const document = String(file.data.document ?? file.path);
  const plainText = !/\.md$/i.test(document);
  let processor = plain;
  if (!plainText) {
    const risk = riskyMarkdown(text);
    processor =
      risk.inline && risk.containers
        ? flatBoth
        : risk.inline
          ? flatInline
          : risk.containers
            ? flatContainers
            : markdown;
    if (risk.inline)
      addWarning(
        file,
        'parse/limited',
        `${risk.inline.reason}: emphasis, links and code marks are read as plain text in this document, to keep parsing linear`,
        { line: risk.inline.line, column: 1 },
      );
    if (risk.containers)
      addWarning(
        file,
        'parse/limited',
        `${risk.containers.reason}: lists and block quotes are read as plain text in this document, to keep parsing linear`,
        { line: risk.containers.line, column: 1 },
      );
  }
  const tree = processor.parse(file) as Root;
  let frontMatter: FrontMatter = {};
  const first = tree.children[0];
  if (first?.type === 'yaml') {
    // The node's value is the YAML between the fences; it starts on the line after the opening `---`.
    const fenceEnd = text.indexOf('\n', first.position?.start.offset ?? 0) + 1;
    frontMatter = (parseYaml({
      file,
      text: first.value,
      baseIndex: fenceEnd,
      schemaFile: 'front-matter.schema.json',
      rules: { yaml: 'front-matter/yaml', schema: 'front-matter/shape' },
    }) ?? {}) as FrontMatter;
  }
  return { file, document, text, plainText, tree, frontMatter, locator: new Locator(text) };
}

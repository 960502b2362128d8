// Parses a document into an mdast syntax tree with positions, and reads its optional YAML front matter.
import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { VFile } from 'vfile';
import type { DocumentFrontMatter as FrontMatter } from '../types/records.js';
import { parseYaml } from '../read/parse-yaml.js';
import { Locator } from './locator.js';

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

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);

export function parseDocument(file: VFile): ParsedDocument {
  const text = String(file.value);
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
  const document = String(file.data.document ?? file.path);
  return { file, document, text, plainText: !/\.md$/i.test(document), tree, frontMatter, locator: new Locator(text) };
}

// Finds and loads the source documents of a dataset: every .txt and .md file under the sources folder.
import { readFile, readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { VFile } from 'vfile';
import { addError, addWarning, START } from '../base/diagnostics.js';
import { decodeUtf8 } from './decode-text.js';

const DOCUMENT_EXTENSIONS = ['.txt', '.md'] as const;

export interface ReadOptions {
  /** Largest document accepted, in bytes. */
  maxBytes: number;
}

export const DEFAULT_READ_OPTIONS: ReadOptions = { maxBytes: 64 * 1024 * 1024 };

/** Relative paths (forward slashes, sorted) of the documents under `dir`. */
export async function listDocuments(dir: string): Promise<string[]> {
  const found: string[] = [];
  async function walk(rel: string): Promise<void> {
    const entries = await readdir(path.join(dir, rel), { withFileTypes: true });
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const child = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) await walk(child);
      else if (DOCUMENT_EXTENSIONS.some((ext) => entry.name.toLowerCase().endsWith(ext))) found.push(child);
    }
  }
  await walk('');
  return found.sort();
}

/**
 * Loads one document as a VFile whose `value` is its text (BOM dropped) and whose `path` is the path given.
 * `data.document` is the path relative to the sources folder, the name records carry.
 * Problems become fatal messages on the file; the text is then empty.
 */
export async function readDocument(
  sourcesDir: string,
  relPath: string,
  displayPath: string,
  options: ReadOptions = DEFAULT_READ_OPTIONS,
): Promise<VFile> {
  const file = new VFile({ path: displayPath, value: '', data: { document: relPath } });
  const absolute = path.resolve(sourcesDir, relPath);
  try {
    const [root, real] = await Promise.all([realpath(sourcesDir), realpath(absolute)]);
    if (real !== root && !real.startsWith(root + path.sep)) {
      addError(file, 'read/outside-sources', `${relPath} resolves to ${real}, outside the sources folder ${root}`, {
        line: 1,
        column: 1,
      });
      return file;
    }
    // Sized before it is read: a document over the limit is refused without holding it in memory.
    const { size } = await stat(real);
    if (size > options.maxBytes) {
      addError(file, 'read/too-large', `document is ${size} bytes, more than the maximum of ${options.maxBytes}`, {
        line: 1,
        column: 1,
      });
      return file;
    }
    const bytes = await readFile(real);
    const decoded = decodeUtf8(bytes);
    if (!decoded.ok) {
      addError(
        file,
        'read/invalid-utf8',
        `invalid UTF-8: byte 0x${bytes[decoded.byte]!.toString(16).padStart(2, '0')} at byte offset ${decoded.byte} does not start a valid sequence`,
        { line: decoded.line, column: decoded.column },
      );
      return file;
    }
    file.value = decoded.text;
    if (!/\S/u.test(decoded.text)) addWarning(file, 'read/empty', 'the document is empty: it gives no records', START);
  } catch (error) {
    addError(file, 'read/unreadable', `cannot read: ${(error as Error).message}`, START);
  }
  return file;
}

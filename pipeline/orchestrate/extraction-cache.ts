// The incremental build's cache: a document's result keyed by its path, its text and the fingerprint of
// everything that shapes extraction (the extract, parse and validate code, the lexicons and the schemas), so an
// entry is never trusted across a change of extractor or schema.
import { createHash } from 'node:crypto';
import { access, copyFile, mkdir, readFile, readdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DocumentResult } from './process-document.js';

const PIPELINE = fileURLToPath(new URL('..', import.meta.url));
const SCHEMAS = fileURLToPath(new URL('../../schemas', import.meta.url));
const SHAPING = [
  'base',
  'read',
  'parse',
  'extract',
  'validate',
  'schema',
  'types',
  `orchestrate/process-document${path.extname(fileURLToPath(import.meta.url))}`,
];

async function filesUnder(p: string): Promise<string[]> {
  const entries = await readdir(p, { withFileTypes: true }).catch(() => undefined);
  if (!entries) return [p];
  const out: string[] = [];
  for (const e of entries) out.push(...(await filesUnder(path.join(p, e.name))));
  return out.sort();
}

let fingerprint: Promise<string> | undefined;

/** SHA-256 over the code and data that decide what a document extracts to. */
function extractorFingerprint(): Promise<string> {
  fingerprint ??= (async () => {
    const hash = createHash('sha256');
    const files = [
      ...(await Promise.all(SHAPING.map((p) => filesUnder(path.join(PIPELINE, p))))).flat(),
      ...(await filesUnder(SCHEMAS)),
    ];
    for (const f of files)
      hash
        .update(path.relative(PIPELINE, f))
        .update('\u0000')
        .update(await readFile(f))
        .update('\u0000');
    return hash.digest('hex');
  })();
  return fingerprint;
}

export async function cacheKey(document: string, text: string): Promise<string> {
  return createHash('sha256')
    .update(await extractorFingerprint())
    .update('\u0000')
    .update(document)
    .update('\u0000')
    .update(text)
    .digest('hex');
}

/**
 * One entry is two files: KEY.records (the record lines) and KEY.json (the rest of the result, with the counts of
 * its records). The summary is written last, so an entry without one was never finished and is not there.
 */
export class ExtractionCache {
  constructor(private readonly dir: string) {}

  private file(key: string, extension: 'json' | 'records'): string {
    return path.join(this.dir, key.slice(0, 2), `${key}.${extension}`);
  }

  async has(key: string): Promise<boolean> {
    return access(this.file(key, 'json')).then(
      () => true,
      () => false,
    );
  }

  /**
   * The entry's result, its records copied to `recordsFile` (the result then carries their counts); undefined when
   * there is none or it cannot be read whole.
   */
  async get(key: string, recordsFile: string): Promise<DocumentResult | undefined> {
    try {
      const result = JSON.parse(await readFile(this.file(key, 'json'), 'utf8')) as DocumentResult;
      if (result.counts) await copyFile(this.file(key, 'records'), recordsFile);
      return result;
    } catch {
      return undefined;
    }
  }

  /**
   * Keeps a result whose records are in `recordsFile` (when it has any). Each file is written under a temporary
   * name and renamed, so a killed build never leaves a torn entry.
   */
  async set(key: string, result: DocumentResult, recordsFile: string): Promise<void> {
    const summary = this.file(key, 'json');
    await mkdir(path.dirname(summary), { recursive: true });
    const temp = (file: string) => `${file}.${process.pid}.tmp`;
    if (result.counts) {
      const records = this.file(key, 'records');
      await copyFile(recordsFile, temp(records));
      await rename(temp(records), records);
    }
    const { records: _records, ...rest } = result;
    await writeFile(temp(summary), JSON.stringify(rest));
    await rename(temp(summary), summary);
  }
}

// The pipeline in order: read the sources, parse, extract, validate, and (for `build`) publish.
// Problems are collected on the files as messages; nothing is published when any is an error.
import path from 'node:path';
import { VFile } from 'vfile';
import { addError, hasErrors } from './diagnostics.js';
import { cacheKey, documentRunner, defaultJobs, ExtractionCache, inShard, readShard, restoreMessages, shardFileName, shardText, type DocumentResult, type DocumentTask, type ProgressUpdate, type Shard, type ShardLine } from './orchestrate/index.js';
import type { ParsedDocument } from './parse/index.js';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { addToStaged, CHECKSUMS_FILE, citationText, commitStaged, discardStaged, JSONLD_FILE, sealStaged, stageVersion, type Artifact } from './publish/index.js';
import { writeSite } from './publish/site/index.js';
import { DEFAULT_READ_OPTIONS, listDocuments, readDataset, readDocument, sourceDate, type ReadOptions } from './read/index.js';
import { changesSince, indexEntry, indexWith, previousVersion, readIndex, verifyDataset, writeIndex, type DatasetDiff } from './release/index.js';
import { TABLES, type TableName } from './schema/index.js';
import type { DatasetMetadata } from './types/records.js';
import { validateRecords, type RecordTables } from './validate/index.js';

export interface BuildOptions {
  sourcesDir: string;
  outDir: string;
  env: NodeJS.ProcessEnv;
  read?: ReadOptions;
  /** The version to compare with (changelog, deltas); by default the newest one in outDir below the one built. */
  previousDir?: string;
  /** Replace a version already built with different content (a published version is otherwise immutable). */
  force?: boolean;
  /** Worker threads for parse and extract; by default one for small sources, every core for large ones. */
  jobs?: number;
  /** Where results of documents whose text and extractor are unchanged are kept and reused; none when undefined. */
  cacheDir?: string;
  /** Extract only this shard's documents and write them to outDir/shard-I-of-N.jsonl instead of publishing. */
  shard?: Shard;
  /** Publish from the shard files of a sharded build instead of extracting. */
  shardFiles?: readonly string[];
  onProgress?: ProgressUpdate;
}

export interface BuildResult {
  /** Every file read, with its messages. */
  files: VFile[];
  /** The shard file written, for a `--shard` build. */
  shardFile?: string;
  /** Set when the build published a version. */
  published?: {
    dir: string;
    artifacts: Artifact[];
    counts: Record<TableName, number>;
    /** The changes since the previous version, when one is known. */
    diff?: DatasetDiff;
    /** True when the version was already built with the same content and was left as it was. */
    unchanged: boolean;
  };
}

/** Shown paths are relative to the working folder when they lie inside it. */
export function displayPath(p: string): string {
  const rel = path.relative(process.cwd(), p);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : p;
}

const byPlace = (a: { document: string; source: { start: number; end: number }; id: string }, b: typeof a) =>
  a.document < b.document ? -1 : a.document > b.document ? 1 : a.source.start - b.source.start || a.source.end - b.source.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Checks that every document's provenance is known: its licence and whom to credit. */
function checkProvenance(metadata: DatasetMetadata, datasetFile: VFile, docs: readonly Pick<ParsedDocument, 'document' | 'frontMatter' | 'file'>[]): void {
  const listed = new Set(metadata.sources.map((s) => s.document));
  for (const doc of docs) {
    if (listed.has(doc.document) || (doc.frontMatter.licence && doc.frontMatter.attribution)) continue;
    addError(doc.file, 'dataset/provenance', `${doc.document} has no entry in dataset.yaml sources and no licence and attribution in its front matter`, { line: 1, column: 1 });
  }
  const present = new Set(docs.map((d) => d.document));
  for (const s of metadata.sources) {
    if (present.has(s.document)) continue;
    addError(datasetFile, 'dataset/provenance', `sources names ${s.document}, which is not a document in the sources folder`, placeOf(datasetFile, s.document));
  }
}

/** Share-alike licences: a dataset built from such a source must carry the same licence. */
const SHARE_ALIKE = /^(CC-BY(-NC)?-SA-\d\.\d|ODbL-1\.0|GFDL-[\d.]+.*)$/i;

/** Licences flow from the sources: a share-alike source makes the dataset share-alike under the same licence. */
function checkLicences(metadata: DatasetMetadata, datasetFile: VFile): void {
  for (const s of metadata.sources) {
    if (!SHARE_ALIKE.test(s.licence) || s.licence.toLowerCase() === metadata.licence.name.toLowerCase()) continue;
    addError(datasetFile, 'dataset/licence', `${s.document} is licensed ${s.licence}, which requires the dataset to be ${s.licence} too, not ${metadata.licence.name}`, placeOf(datasetFile, 'licence:'));
  }
}

/** The line and column where `needle` first stands in a file, or its start. */
function placeOf(file: VFile, needle: string): { line: number; column: number } {
  const text = String(file.value);
  const index = Math.max(text.indexOf(needle), 0);
  const before = text.slice(0, index).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

/** dataset.yaml may bound each table's record count, so a change in the sources or the extractor shows. */
function checkLimits(metadata: DatasetMetadata, datasetFile: VFile, tables: RecordTables): void {
  for (const t of TABLES) {
    const count = tables[t.name as TableName].length;
    const min = metadata.limits?.min_records?.[t.name];
    const max = metadata.limits?.max_records?.[t.name];
    if (min !== undefined && count < min) addError(datasetFile, 'dataset/limits', `${t.name} has ${count} records, fewer than min_records ${min}`, placeOf(datasetFile, 'min_records'));
    if (max !== undefined && count > max) addError(datasetFile, 'dataset/limits', `${t.name} has ${count} records, more than max_records ${max}`, placeOf(datasetFile, 'max_records'));
  }
}

function mergeTables(parts: readonly RecordTables[], file: VFile): RecordTables {
  const merged = Object.fromEntries(TABLES.map((t) => [t.name, parts.flatMap((p) => p[t.name as TableName] as { id: string }[])])) as unknown as RecordTables;
  for (const t of TABLES) {
    const rows = merged[t.name as TableName] as unknown as Parameters<typeof byPlace>[0][];
    rows.sort(byPlace);
    const seen = new Set<string>();
    for (const row of rows) {
      if (seen.has(row.id)) addError(file, 'schema/record', `${t.name} id ${row.id} is not unique`, { line: 1, column: 1 });
      seen.add(row.id);
    }
  }
  return merged;
}

const START = { line: 1, column: 1 };

/** Parse, extract and validate every document: from the cache where it can, on worker threads otherwise. */
async function processDocuments(tasks: readonly { task: DocumentTask }[], options: BuildOptions): Promise<ShardLine[]> {
  const bytesTotal = tasks.reduce((n, t) => n + t.task.text.length, 0);
  const cache = options.cacheDir === undefined ? undefined : new ExtractionCache(options.cacheDir);
  const keys = await Promise.all(tasks.map(({ task }) => cacheKey(task.document, task.text)));
  const cached = await Promise.all(keys.map((key) => cache?.get(key)));
  const pending = tasks.filter((_, i) => !cached[i]);
  const runner = documentRunner(options.jobs ?? defaultJobs(pending.reduce((n, t) => n + t.task.text.length, 0)));
  let done = 0;
  let bytesDone = 0;
  const finished = (i: number) => {
    done++;
    bytesDone += tasks[i]!.task.text.length;
    options.onProgress?.(done, tasks.length, bytesDone, bytesTotal);
  };
  try {
    return await Promise.all(tasks.map(async ({ task }, i) => {
      let result: DocumentResult | undefined = cached[i];
      if (!result) {
        result = await runner.run(task);
        await cache?.set(keys[i]!, result);
      }
      finished(i);
      return { key: keys[i]!, result };
    }));
  } finally {
    await runner.close();
  }
}

/** The results of a sharded build: every document exactly once, read from the very text it has now. */
async function resultsFromShards(shardFiles: readonly string[], tasks: readonly { task: DocumentTask; file: VFile }[]): Promise<(ShardLine | undefined)[]> {
  const lines = new Map<string, ShardLine>();
  for (const file of shardFiles) for (const line of await readShard(file)) lines.set(line.result.document, line);
  return Promise.all(tasks.map(async ({ task, file }) => {
    const line = lines.get(task.document);
    if (!line) addError(file, 'shard/missing', `no shard holds ${task.document}; merge the shards of every index 1..N`, START);
    else if (line.key !== await cacheKey(task.document, task.text)) addError(file, 'shard/stale', `the shard's result for ${task.document} was read from other text or by another extractor; rebuild the shards`, START);
    else return line;
    return undefined;
  }));
}

export async function build(options: BuildOptions): Promise<BuildResult> {
  const shownDir = displayPath(options.sourcesDir);
  const { file: datasetFile, metadata } = await readDataset(options.sourcesDir, shownDir);
  const files: VFile[] = [datasetFile];
  let names: string[] = [];
  try {
    names = await listDocuments(options.sourcesDir);
  } catch (error) {
    addError(datasetFile, 'read/unreadable', `cannot list documents: ${(error as Error).message}`, { line: 1, column: 1 });
  }
  if (!names.length && !hasErrors(files)) addError(datasetFile, 'read/no-documents', `no .txt or .md documents in ${shownDir}`, { line: 1, column: 1 });
  const tasks: { task: DocumentTask; file: VFile }[] = [];
  for (const [position, name] of names.entries()) {
    if (options.shard && !inShard(position, options.shard)) continue;
    const file = await readDocument(options.sourcesDir, name, path.join(shownDir, name), options.read ?? DEFAULT_READ_OPTIONS);
    files.push(file);
    if (!hasErrors([file])) tasks.push({ task: { document: name, shown: file.path, text: String(file.value) }, file });
  }
  const results = options.shardFiles
    ? await resultsFromShards(options.shardFiles, tasks)
    : await processDocuments(tasks, options);
  const docs: Pick<ParsedDocument, 'document' | 'frontMatter' | 'file'>[] = [];
  const parts: RecordTables[] = [];
  tasks.forEach(({ task, file }, i) => {
    const line = results[i];
    if (!line) return;
    restoreMessages(file, line.result.messages);
    docs.push({ document: task.document, frontMatter: line.result.frontMatter, file });
    if (line.result.records) parts.push(line.result.records);
  });
  if (options.shard) {
    if (hasErrors(files)) return { files };
    await mkdir(options.outDir, { recursive: true });
    const shardFile = path.join(options.outDir, shardFileName(options.shard));
    await writeFile(`${shardFile}.tmp`, shardText(results.filter((r): r is ShardLine => r !== undefined)));
    await rename(`${shardFile}.tmp`, shardFile);
    return { files, shardFile };
  }
  if (!metadata || hasErrors(files)) return { files };
  checkProvenance(metadata, datasetFile, docs);
  checkLicences(metadata, datasetFile);
  const tables = mergeTables(parts, datasetFile);
  checkLimits(metadata, datasetFile, tables);
  if (hasErrors(files)) return { files };
  const run = { version: metadata.version, sourceDate: await sourceDate(options.sourcesDir, options.env), outDir: options.outDir };
  const shownTarget = path.join(displayPath(run.outDir), run.version);
  const index = (await readIndex(run.outDir)) ?? { versions: [] };
  if ('problem' in index) {
    const indexFile = new VFile({ path: path.join(displayPath(run.outDir), 'index.json') });
    addError(indexFile, 'release/index', index.problem, START);
    return { files: [...files, indexFile] };
  }
  const staged = await stageVersion(metadata, run, tables);
  const previous = options.previousDir ?? await previousVersion(run.outDir, run.version).then((v) => v && path.join(run.outDir, v));
  const changes = await changesSince(staged.staging, previous, run.sourceDate);
  if ('problem' in changes) {
    await discardStaged(staged.staging);
    addError(datasetFile, 'release/previous', changes.problem, START);
    return { files };
  }
  for (const file of changes.files) addToStaged(staged, file.name, file.content);
  const jsonLd = JSON.parse(await readFile(path.join(staged.staging, JSONLD_FILE), 'utf8')) as unknown;
  staged.artifacts.push(...await writeSite(staged.staging, {
    metadata,
    tables,
    texts: new Map(tasks.map(({ task }) => [task.document, task.text])),
    downloads: [...staged.artifacts],
    history: changes.history,
    citation: citationText(metadata, run),
  }, jsonLd));
  sealStaged(staged);
  // What is published must pass the same checks a mirror runs; a failure here is a bug, but never lands.
  const problems = await verifyDataset(staged.staging, shownTarget);
  if (hasErrors(problems)) {
    await discardStaged(staged.staging);
    return { files: [...files, ...problems] };
  }
  // A published version is immutable: the same content again is a no-op, different content needs --force.
  const existing = await readFile(path.join(staged.target, CHECKSUMS_FILE), 'utf8').catch(() => undefined);
  const unchanged = existing === await readFile(path.join(staged.staging, CHECKSUMS_FILE), 'utf8');
  if (existing !== undefined && !unchanged && !options.force) {
    await discardStaged(staged.staging);
    const target = new VFile({ path: shownTarget });
    addError(target, 'release/immutable', `version ${run.version} is already built with different content; raise the version in dataset.yaml (papertrail version --bump) or pass --force to replace it`, START);
    return { files: [...files, target] };
  }
  if (unchanged) await discardStaged(staged.staging);
  else await commitStaged(staged);
  const counts = Object.fromEntries(TABLES.map((t) => [t.name, tables[t.name as TableName].length])) as Record<TableName, number>;
  const datapackage = await readFile(path.join(staged.target, 'datapackage.json'));
  await writeIndex(run.outDir, indexWith(index, indexEntry(run.version, run.sourceDate, counts, datapackage)));
  return { files, published: { dir: staged.target, artifacts: staged.artifacts, counts, diff: changes.diff, unchanged } };
}

// The pipeline in order: read the sources, parse, extract, validate, and (for `build`) publish.
// Problems are collected on the files as messages; nothing is published when any is an error.
import path from 'node:path';
import { VFile } from 'vfile';
import { addError, addWarning, hasErrors } from './base/diagnostics.js';
import { EVALUATION_DIR, measureQuality } from './evaluate/index.js';
import { DEFAULT_MAX_RECORDS } from './extract/index.js';
import {
  cacheKey,
  documentRunner,
  defaultJobs,
  ExtractionCache,
  failedResult,
  inShard,
  MalformedShard,
  readShard,
  restoreMessages,
  ResultSpool,
  writeShard,
  type DocumentResult,
  type DocumentRunner,
  type DocumentTask,
  type ProgressUpdate,
  type Shard,
} from './orchestrate/index.js';
import { peekFrontMatter, type ParsedDocument } from './parse/index.js';
import { readFile } from 'node:fs/promises';
import {
  addToStaged,
  CHECKSUMS_FILE,
  citationText,
  commitStaged,
  discardStaged,
  JSONLD_FILE,
  sealStaged,
  stageVersion,
  type Artifact,
} from './publish/index.js';
import { SiteSample, writeSite } from './site/index.js';
import {
  DEFAULT_READ_OPTIONS,
  listDocuments,
  readDataset,
  readDocument,
  sourceDate,
  type ReadOptions,
} from './read/index.js';
import {
  changesSince,
  indexEntry,
  indexWith,
  previousVersion,
  readIndex,
  verifyDataset,
  writeIndex,
  type DatasetDiff,
} from './release/index.js';
import { TABLES, type TableName } from './schema/index.js';
import type { DatasetMetadata } from './types/records.js';
import type { RecordTables } from './validate/index.js';

export interface BuildOptions {
  sourcesDir: string;
  outDir: string;
  env: NodeJS.ProcessEnv;
  read?: ReadOptions;
  /** The most records one document may give (--max-records-per-document); the extractor's default when absent. */
  maxRecords?: number;
  /**
   * Leave out of the version any document whose reading or extraction fails (its errors become warnings) instead
   * of publishing nothing; dataset-wide errors still stop the build.
   */
  keepGoing?: boolean;
  /** The version to compare with (changelog, deltas); by default the newest one in outDir below the one built. */
  previousDir?: string;
  /** Replace a version already built with different content (a published version is otherwise immutable). */
  force?: boolean;
  /** Worker threads for parse and extract; by default one for small sources, every core for large ones. */
  jobs?: number;
  /** Where results of documents whose text and extractor are unchanged are kept and reused; none when undefined. */
  cacheDir?: string;
  /**
   * Keep info messages (an unattributed quote, an orphan citation) for the caller to show: a large corpus has
   * hundreds a document, so without this only warnings and errors are kept. Shard files always carry them all.
   */
  info?: boolean;
  /** Extract only this shard's documents and write them to outDir/shard-I-of-N.jsonl instead of publishing. */
  shard?: Shard;
  /** Publish from the shard files of a sharded build instead of extracting. */
  shardFiles?: readonly string[];
  /**
   * The evaluation set whose scores the version publishes (README, datapackage.json, the page); by default the
   * project's evaluation/ folder. When the folder is absent the version is published without them.
   */
  evaluationDir?: string;
  onProgress?: ProgressUpdate;
}

export interface BuildResult {
  /** Every file read, with its messages. */
  files: VFile[];
  /** The documents left out of the version with --keep-going, by name. */
  leftOut?: string[];
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
  a.document < b.document
    ? -1
    : a.document > b.document
      ? 1
      : a.source.start - b.source.start || a.source.end - b.source.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function noProvenance(file: VFile, document: string): void {
  addError(
    file,
    'dataset/provenance',
    `${document} has no entry in dataset.yaml sources and no licence and attribution in its front matter`,
    START,
  );
}

/** Checks that every document's provenance is known: its licence and whom to credit. */
function checkProvenance(
  metadata: DatasetMetadata,
  datasetFile: VFile,
  docs: readonly Pick<ParsedDocument, 'document' | 'frontMatter' | 'file'>[],
): void {
  const listed = new Set(metadata.sources.map((s) => s.document));
  for (const doc of docs) {
    if (listed.has(doc.document) || (doc.frontMatter.licence && doc.frontMatter.attribution)) continue;
    noProvenance(doc.file, doc.document);
  }
  const present = new Set(docs.map((d) => d.document));
  for (const s of metadata.sources) {
    if (present.has(s.document)) continue;
    addError(
      datasetFile,
      'dataset/provenance',
      `sources names ${s.document}, which is not a document in the sources folder`,
      placeOf(datasetFile, s.document),
    );
  }
}

/** Share-alike licences: a dataset built from such a source must carry the same licence. */
const SHARE_ALIKE = /^(CC-BY(-NC)?-SA-\d\.\d|ODbL-1\.0|GFDL-[\d.]+.*)$/i;

/** Licences flow from the sources: a share-alike source makes the dataset share-alike under the same licence. */
function checkLicences(metadata: DatasetMetadata, datasetFile: VFile): void {
  for (const s of metadata.sources) {
    if (!SHARE_ALIKE.test(s.licence) || s.licence.toLowerCase() === metadata.licence.name.toLowerCase()) continue;
    addError(
      datasetFile,
      'dataset/licence',
      `${s.document} is licensed ${s.licence}, which requires the dataset to be ${s.licence} too, not ${metadata.licence.name}`,
      placeOf(datasetFile, 'licence:'),
    );
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
function checkLimits(metadata: DatasetMetadata, datasetFile: VFile, counts: Record<TableName, number>): void {
  for (const t of TABLES) {
    const count = counts[t.name as TableName];
    const min = metadata.limits?.min_records?.[t.name];
    const max = metadata.limits?.max_records?.[t.name];
    if (min !== undefined && count < min)
      addError(
        datasetFile,
        'dataset/limits',
        `${t.name} has ${count} records, fewer than min_records ${min}`,
        placeOf(datasetFile, 'min_records'),
      );
    if (max !== undefined && count > max)
      addError(
        datasetFile,
        'dataset/limits',
        `${t.name} has ${count} records, more than max_records ${max}`,
        placeOf(datasetFile, 'max_records'),
      );
  }
}

/** One document's records in the order they are published: by place in the text, then by id. */
function sortedByPlace(tables: RecordTables): RecordTables {
  for (const t of TABLES) (tables[t.name as TableName] as unknown as Parameters<typeof byPlace>[0][]).sort(byPlace);
  return tables;
}

/** Ids must be unique within each table across all documents; seen while the records stream past. */
function uniqueIds(file: VFile): (tables: RecordTables) => void {
  const seen = new Map(TABLES.map((t) => [t.name, new Set<string>()]));
  return (tables) => {
    for (const t of TABLES) {
      const ids = seen.get(t.name)!;
      for (const row of tables[t.name as TableName]) {
        if (ids.has(row.id))
          addError(file, 'schema/record', `${t.name} id ${row.id} is not unique`, { line: 1, column: 1 });
        ids.add(row.id);
      }
    }
  };
}

const START = { line: 1, column: 1 };

/** A document as build keeps it between reading and extraction: its key and size, not its text. */
interface SourceDocument {
  document: string;
  /** The path shown in diagnostics. */
  shown: string;
  file: VFile;
  /** The cache key of the text as first read. */
  key: string;
  bytes: number;
}

/**
 * The document's text, read again when its turn comes: holding every text from the start would make a build's
 * memory grow with its sources. A problem now (the file changed or went away) lands on its file.
 */
async function textOf(source: SourceDocument, options: BuildOptions): Promise<string | undefined> {
  const fresh = await readDocument(
    options.sourcesDir,
    source.document,
    source.shown,
    options.read ?? DEFAULT_READ_OPTIONS,
  );
  if (!hasErrors([fresh])) return String(fresh.value);
  source.file.messages.push(...fresh.messages);
  return undefined;
}

/** A result with the messages the build keeps (see BuildOptions.info). */
function kept(result: DocumentResult, options: BuildOptions): DocumentResult {
  if (options.info || options.shard) return result;
  return { ...result, messages: result.messages.filter((m) => m.fatal === true || m.fatal === false) };
}

/**
 * Parse, extract and validate every document: from the cache where it can, on worker threads otherwise. Each
 * result goes to the spool as it arrives, and only a few documents are in flight at once, so memory stays flat.
 */
async function processDocuments(
  sources: readonly SourceDocument[],
  options: BuildOptions,
  spool: ResultSpool,
): Promise<void> {
  const bytesTotal = sources.reduce((n, s) => n + s.bytes, 0);
  const cache = options.cacheDir === undefined ? undefined : new ExtractionCache(options.cacheDir);
  const hits = await Promise.all(sources.map((s) => cache?.has(s.key) ?? false));
  const jobs = options.jobs ?? defaultJobs(sources.reduce((n, s, i) => (hits[i] ? n : n + s.bytes), 0));
  const runner = documentRunner(jobs);
  let done = 0;
  let bytesDone = 0;
  const handle = async (i: number) => {
    const source = sources[i]!;
    const text = await textOf(source, options);
    if (text !== undefined) {
      const key = await cacheKey(source.document, text);
      // The records go to the spool's file for this document: copied there from the cache, or written by the worker.
      const recordsFile = spool.recordsFile(i);
      let result = await cache?.get(key, recordsFile);
      // A result kept under a higher limit may hold more records than this build allows: extract again, to refuse it where it goes over.
      if (result && recordCount(result) > (options.maxRecords ?? DEFAULT_MAX_RECORDS)) result = undefined;
      if (!result) {
        result = await runOne(runner, {
          document: source.document,
          shown: source.shown,
          text,
          maxRecords: options.maxRecords,
          recordsFile,
        });
        // A refusal depends on the limit, not only on the text, so it is not kept.
        if (result.messages.every((m) => m.ruleId !== 'extract/too-many-records' && m.ruleId !== 'extract/failed'))
          await cache?.set(key, result, recordsFile);
      }
      await spool.put(i, { key, result: kept(result, options) }, text);
    }
    done++;
    bytesDone += source.bytes;
    options.onProgress?.(done, sources.length, bytesDone, bytesTotal);
  };
  let next = 0;
  const lane = async () => {
    while (next < sources.length) await handle(next++);
  };
  try {
    // Two documents a thread keep every worker busy while a finished result is written out.
    await Promise.all(Array.from({ length: Math.min(sources.length, 2 * Math.max(1, jobs)) }, lane));
  } finally {
    await runner.close();
  }
}

const recordCount = (result: DocumentResult): number => Object.values(result.counts ?? {}).reduce((a, b) => a + b, 0);

/** One document through the runner; a fault inside it becomes an error on that document (see failedResult). */
async function runOne(runner: DocumentRunner, task: DocumentTask): Promise<DocumentResult> {
  try {
    return await runner.run(task);
  } catch (error) {
    return failedResult(task, error);
  }
}

/** The results of a sharded build into the spool: every document exactly once, read from the very text it has now. */
async function resultsFromShards(
  shardFiles: readonly string[],
  sources: readonly SourceDocument[],
  options: BuildOptions,
  spool: ResultSpool,
): Promise<VFile[]> {
  const positions = new Map(sources.map((s, i) => [s.document, i]));
  const stale = (source: SourceDocument) =>
    addError(
      source.file,
      'shard/stale',
      `the shard's result for ${source.document} was read from other text or by another extractor; rebuild the shards`,
      START,
    );
  const malformed: VFile[] = [];
  for (const shardFile of shardFiles) {
    try {
      await fromShard(shardFile);
    } catch (error) {
      if (!(error instanceof MalformedShard)) throw error;
      const file = new VFile({ path: displayPath(shardFile) });
      addError(file, 'shard/malformed', `${error.message}; merge takes the files build --shard writes`, {
        line: error.line,
        column: 1,
      });
      malformed.push(file);
    }
  }
  async function fromShard(shardFile: string): Promise<void> {
    for await (const line of readShard(shardFile)) {
      const i = positions.get(line.result.document);
      if (i === undefined) continue;
      const source = sources[i]!;
      if (line.key !== source.key) {
        stale(source);
        continue;
      }
      const text = await textOf(source, options);
      if (text === undefined) continue;
      if ((await cacheKey(source.document, text)) === line.key)
        await spool.put(i, { key: line.key, result: kept(line.result, options) }, text);
      else stale(source);
    }
  }
  sources.forEach((source, i) => {
    if (!spool.get(i) && !hasErrors([source.file]))
      addError(
        source.file,
        'shard/missing',
        `no shard holds ${source.document}; merge the shards of every index 1..N`,
        START,
      );
  });
  return malformed;
}

export async function build(options: BuildOptions): Promise<BuildResult> {
  const shownDir = displayPath(options.sourcesDir);
  const { file: datasetFile, metadata } = await readDataset(options.sourcesDir, shownDir);
  const files: VFile[] = [datasetFile];
  let names: string[] = [];
  try {
    names = await listDocuments(options.sourcesDir);
  } catch (error) {
    addError(datasetFile, 'read/unreadable', `cannot list documents: ${(error as Error).message}`, {
      line: 1,
      column: 1,
    });
  }
  if (!names.length && !hasErrors(files))
    addError(datasetFile, 'read/no-documents', `no .txt or .md documents in ${shownDir}`, { line: 1, column: 1 });
  const sources: SourceDocument[] = [];
  const listed = new Set(metadata?.sources.map((s) => s.document));
  for (const [position, name] of names.entries()) {
    if (options.shard && !inShard(position, options.shard)) continue;
    const file = await readDocument(
      options.sourcesDir,
      name,
      path.join(shownDir, name),
      options.read ?? DEFAULT_READ_OPTIONS,
    );
    files.push(file);
    if (hasErrors([file])) continue;
    const text = String(file.value);
    // Provenance first: a document nobody may publish is not worth extracting (its front matter is checked again,
    // in full, once parsed).
    if (metadata && !listed.has(name)) {
      const own = peekFrontMatter(text);
      // Broken front matter goes on to the parse, which says where it is broken.
      if (own !== null && (!own?.licence || !own.attribution)) {
        noProvenance(file, name);
        continue;
      }
    }
    sources.push({ document: name, shown: file.path, file, key: await cacheKey(name, text), bytes: text.length });
    // Read again when its turn comes; only its key and size stay.
    file.value = '';
  }
  const spool = await ResultSpool.open();
  try {
    return await publishFromSpool(options, { metadata, datasetFile, files, sources }, spool);
  } finally {
    await spool.close();
  }
}

/** What build has read before extraction. */
interface ReadStage {
  metadata: DatasetMetadata | undefined;
  datasetFile: VFile;
  files: VFile[];
  sources: SourceDocument[];
}

/**
 * With --keep-going: every document file with errors is left out of the version. Its errors become warnings, one
 * more warning says it is left out, and its name is returned; the document gives no records (a failed document
 * never does).
 */
function leaveOut(documentFiles: readonly VFile[]): string[] {
  const out: string[] = [];
  for (const file of documentFiles) {
    if (!hasErrors([file])) continue;
    for (const m of file.messages) if (m.fatal === true) m.fatal = false;
    addWarning(
      file,
      'build/left-out',
      'left out of the version (--keep-going): the problems above are warnings',
      START,
    );
    out.push(String(file.data.document ?? file.path));
  }
  return out.sort();
}

async function publishFromSpool(
  options: BuildOptions,
  { metadata: declared, datasetFile, files, sources }: ReadStage,
  spool: ResultSpool,
): Promise<BuildResult> {
  // A shard file that is not one is an error of its own, never a document to leave out with --keep-going.
  const badShards = options.shardFiles ? await resultsFromShards(options.shardFiles, sources, options, spool) : [];
  if (!options.shardFiles) await processDocuments(sources, options, spool);
  const docs: Pick<ParsedDocument, 'document' | 'frontMatter' | 'file'>[] = [];
  const counts = Object.fromEntries(TABLES.map((t) => [t.name, 0])) as Record<TableName, number>;
  sources.forEach(({ document, file }, i) => {
    const entry = spool.get(i);
    if (!entry) return;
    restoreMessages(file, entry.result.messages);
    docs.push({ document, frontMatter: entry.result.frontMatter, file });
    for (const t of TABLES) counts[t.name as TableName] += entry.counts?.[t.name as TableName] ?? 0;
  });
  const leftOut = new Set(options.keepGoing ? leaveOut(files.filter((f) => f !== datasetFile)) : []);
  files.push(...badShards);
  // What the version says of its sources covers the documents it holds.
  let metadata = declared;
  if (declared && leftOut.size) {
    const kept = declared.sources.filter((s) => !leftOut.has(s.document));
    if (kept.length) metadata = { ...declared, sources: kept as DatasetMetadata['sources'] };
    else
      addError(
        datasetFile,
        'build/left-out',
        'every document dataset.yaml lists was left out (--keep-going): there is nothing to publish',
        START,
      );
  }
  if (options.shard) {
    if (hasErrors(files)) return { files };
    return {
      files,
      shardFile: await writeShard(
        options.outDir,
        options.shard,
        sources.map((_, i) => () => spool.line(i)),
      ),
    };
  }
  if (!metadata || hasErrors(files)) return { files };
  checkProvenance(
    metadata,
    datasetFile,
    docs.filter((d) => !leftOut.has(d.document)),
  );
  checkLicences(metadata, datasetFile);
  checkLimits(metadata, datasetFile, counts);
  if (hasErrors(files)) return { files };
  const run = {
    version: metadata.version,
    sourceDate: await sourceDate(options.sourcesDir, options.env),
    outDir: options.outDir,
    quality: await measureQuality(options.evaluationDir ?? EVALUATION_DIR),
  };
  const shownTarget = path.join(displayPath(run.outDir), run.version);
  const index = (await readIndex(run.outDir)) ?? { versions: [] };
  if ('problem' in index) {
    const indexFile = new VFile({ path: path.join(displayPath(run.outDir), 'index.json') });
    addError(indexFile, 'release/index', index.problem, START);
    return { files: [...files, indexFile] };
  }
  const records = async function* () {
    for (let i = 0; i < sources.length; i++) {
      const tables = await spool.records(i);
      if (tables) yield sortedByPlace(tables);
    }
  };
  const positions = new Map(sources.map((s, i) => [s.document, i]));
  let checkIds: ((tables: RecordTables) => void) | undefined = uniqueIds(datasetFile);
  const sample = new SiteSample();
  const staged = await stageVersion(metadata, run, records, async (tables) => {
    checkIds?.(tables);
    const document = (tables.events[0] ?? tables.quotes[0] ?? tables.responses[0])?.document;
    await sample.add(tables, () => spool.text(positions.get(document!)!));
  });
  // The ids of every record are no longer needed: verifying gathers its own.
  checkIds = undefined;
  if (hasErrors(files)) {
    await discardStaged(staged.staging);
    return { files };
  }
  const previous =
    options.previousDir ?? (await previousVersion(run.outDir, run.version).then((v) => v && path.join(run.outDir, v)));
  const changes = await changesSince(staged.staging, run.version, counts, previous, run.sourceDate);
  if ('problem' in changes) {
    await discardStaged(staged.staging);
    addError(datasetFile, 'release/previous', changes.problem, START);
    return { files };
  }
  for (const file of changes.files) addToStaged(staged, file.name, file.content);
  const jsonLd = JSON.parse(await readFile(path.join(staged.staging, JSONLD_FILE), 'utf8')) as unknown;
  staged.artifacts.push(
    ...writeSite(
      staged.staging,
      {
        metadata,
        sample,
        downloads: [...staged.artifacts],
        history: changes.history,
        citation: citationText(metadata, run),
        quality: run.quality,
      },
      jsonLd,
    ),
  );
  sealStaged(staged);
  // What is published must pass the same checks a mirror runs; a failure here is a bug, but never lands.
  const problems = await verifyDataset(staged.staging, shownTarget);
  if (hasErrors(problems)) {
    await discardStaged(staged.staging);
    return { files: [...files, ...problems] };
  }
  // A published version is immutable: the same content again is a no-op, different content needs --force.
  const existing = await readFile(path.join(staged.target, CHECKSUMS_FILE), 'utf8').catch(() => undefined);
  const unchanged = existing === (await readFile(path.join(staged.staging, CHECKSUMS_FILE), 'utf8'));
  if (existing !== undefined && !unchanged && !options.force) {
    await discardStaged(staged.staging);
    const target = new VFile({ path: shownTarget });
    addError(
      target,
      'release/immutable',
      `version ${run.version} is already built with different content; raise the version in dataset.yaml (papertrail version --bump) or pass --force to replace it`,
      START,
    );
    return { files: [...files, target] };
  }
  if (unchanged) await discardStaged(staged.staging);
  else await commitStaged(staged);
  const datapackage = await readFile(path.join(staged.target, 'datapackage.json'));
  await writeIndex(run.outDir, indexWith(index, indexEntry(run.version, run.sourceDate, counts, datapackage)));
  return {
    files,
    leftOut: [...leftOut],
    published: { dir: staged.target, artifacts: staged.artifacts, counts, diff: changes.diff, unchanged },
  };
}

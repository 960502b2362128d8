// The pipeline in order: read the sources, parse, extract, validate, and (for `build`) publish.
// Problems are collected on the files as messages; nothing is published when any is an error.
import path from 'node:path';
import { VFile } from 'vfile';
import { addError, addWarning, hasErrors, START } from './base/diagnostics.js';
import { EVALUATION_DIR, measureQuality } from './evaluate/index.js';
import { DEFAULT_MAX_RECORDS } from './extract/index.js';
import {
  cacheKey,
  DEFAULT_WORKER_MEMORY_MB,
  documentRunner,
  defaultJobs,
  firstHeapMb,
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
import { readFile, stat } from 'node:fs/promises';
import {
  CHECKSUMS_FILE,
  commitStaged,
  discardStaged,
  openStaging,
  type Artifact,
  type Run,
  type StagedVersion,
} from './publish/index.js';
import { publishVersion, publishVersionOnThread, type PublishOutcome, type PublishTask } from './publish-version.js';
import {
  DEFAULT_READ_OPTIONS,
  listDocuments,
  readDataset,
  readDocument,
  sourceDate,
  type ReadOptions,
} from './read/index.js';
import { indexEntry, indexWith, readIndex, writeIndex, type DatasetDiff } from './release/index.js';
import { TABLES } from './schema/index.js';
import type { DatasetMetadata, TableName } from './types/records.js';
import { checkLicences, checkLimits, checkProvenance, noProvenance } from './validate/index.js';

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
  /**
   * The most heap, in megabytes, a worker may use before its document fails (DEFAULT_WORKER_MEMORY_MB); the
   * thread that writes a large version gets as much.
   */
  workerMemoryMb?: number;
  /**
   * The heap the thread that writes the version first gets (PUBLISH_HEAP_MB); given, the version is written on
   * that thread however small it is. For tests of the retry.
   */
  publishHeapMb?: number;
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
  const largest = sources.reduce((n, s, i) => (hits[i] ? n : Math.max(n, s.bytes)), 0);
  const threads = jobs <= 1 ? 0 : Math.min(jobs, hits.filter((hit) => !hit).length);
  const runner = documentRunner(threads, options.workerMemoryMb, firstHeapMb(largest));
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

/**
 * The sources to a published version, in the order of its steps: read the sources, extract every document, check
 * the dataset, write the tables, add the history, write the page, then seal, verify and commit. Any error stops it
 * before the commit, so the output folder changes only by a whole, verified version.
 */
export async function build(options: BuildOptions): Promise<BuildResult> {
  const read = await readSources(options);
  const spool = await ResultSpool.open();
  try {
    const extracted = await extractAll(options, read, spool);
    const { files, datasetFile, sources } = read;
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
    const { metadata } = extracted;
    if (!metadata || hasErrors(files)) return { files };
    checkDataset(metadata, datasetFile, extracted);
    if (hasErrors(files)) return { files };
    const run = await runOf(metadata, options);
    const index = (await readIndex(run.outDir)) ?? { versions: [] };
    if ('problem' in index) {
      const indexFile = new VFile({ path: path.join(displayPath(run.outDir), 'index.json') });
      addError(indexFile, 'release/index', index.problem, START);
      return { files: [...files, indexFile] };
    }
    const staged = await publish(metadata, run, read, extracted.counts, spool, options);
    if ('problems' in staged) return { files: [...files, ...staged.problems] };
    const committed = await commit(staged, run, options);
    if ('refused' in committed) return { files: [...files, committed.refused] };
    await writeIndex(
      run.outDir,
      indexWith(index, indexEntry(run.version, run.sourceDate, extracted.counts, committed.datapackage)),
    );
    return {
      files,
      leftOut: [...extracted.leftOut],
      published: {
        dir: staged.target,
        artifacts: staged.artifacts,
        counts: extracted.counts,
        diff: staged.diff,
        unchanged: committed.unchanged,
      },
    };
  } finally {
    await spool.close();
  }
}

/** Reads dataset.yaml and every document, and checks provenance before anything is extracted. */
async function readSources(options: BuildOptions): Promise<ReadStage> {
  const shownDir = displayPath(options.sourcesDir);
  const { file: datasetFile, metadata } = await readDataset(options.sourcesDir, shownDir);
  const files: VFile[] = [datasetFile];
  let names: string[] = [];
  try {
    names = await listDocuments(options.sourcesDir);
  } catch (error) {
    addError(datasetFile, 'read/unreadable', `cannot list documents: ${(error as Error).message}`, START);
  }
  if (!names.length && !hasErrors(files))
    addError(datasetFile, 'read/no-documents', `no .txt or .md documents in ${shownDir}`, START);
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
  return { metadata, datasetFile, files, sources };
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

/** What extraction leaves: the documents' results restored onto their files, and what the version will hold. */
interface Extracted {
  docs: Pick<ParsedDocument, 'document' | 'frontMatter' | 'file'>[];
  counts: Record<TableName, number>;
  leftOut: Set<string>;
  /** dataset.yaml's metadata, its sources narrowed to the documents the version holds. */
  metadata: DatasetMetadata | undefined;
}

/** Every document extracted into the spool (or taken from the shard files), with --keep-going applied. */
async function extractAll(
  options: BuildOptions,
  { metadata: declared, datasetFile, files, sources }: ReadStage,
  spool: ResultSpool,
): Promise<Extracted> {
  // A shard file that is not one is an error of its own, never a document to leave out with --keep-going.
  const badShards = options.shardFiles ? await resultsFromShards(options.shardFiles, sources, options, spool) : [];
  if (!options.shardFiles) await processDocuments(sources, options, spool);
  const docs: Extracted['docs'] = [];
  const counts = Object.fromEntries(TABLES.map((t) => [t.name, 0])) as Record<TableName, number>;
  sources.forEach(({ document, file }, i) => {
    const entry = spool.get(i);
    if (!entry) return;
    restoreMessages(file, entry.result.messages);
    docs.push({ document, frontMatter: entry.result.frontMatter, file });
    for (const t of TABLES) counts[t.name] += entry.counts?.[t.name] ?? 0;
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
  return { docs, counts, leftOut, metadata };
}

/** The dataset-level rules (validate/dataset-rules.ts) over what extraction gave. */
function checkDataset(metadata: DatasetMetadata, datasetFile: VFile, { docs, counts, leftOut }: Extracted): void {
  checkProvenance(
    metadata,
    datasetFile,
    docs.filter((d) => !leftOut.has(d.document)),
  );
  checkLicences(metadata, datasetFile);
  checkLimits(metadata, datasetFile, counts);
}

/** The build's identity: its version, the sources' date, where it goes, and the extractor's measured quality. */
async function runOf(metadata: DatasetMetadata, options: BuildOptions): Promise<Run> {
  return {
    version: metadata.version,
    sourceDate: await sourceDate(options.sourcesDir, options.env),
    outDir: options.outDir,
    quality: await measureQuality(options.evaluationDir ?? EVALUATION_DIR),
  };
}

/**
 * Below this many bytes of records the version is written on this thread: a thread of its own costs a start-up, and
 * the memory a small version churns through is no concern.
 */
const PUBLISH_THREAD_FROM_BYTES = 8 * 1024 * 1024;

/**
 * The heap the publishing thread first gets, in megabytes: writing streams, so what it holds is some tens of
 * megabytes whatever the size of the version (measured: a version of 190,000 quotes from one 2 MB document fits
 * with room, and the build's peak RSS fell from 467 to 383 MB). One that needs more, as a version of millions of
 * records may to check their ids, is written again with the whole --worker-memory.
 */
const PUBLISH_HEAP_MB = 256;

/**
 * Writes the version into a new staging folder, in full and checked (publish-version.ts): on a thread of its own
 * with a sized heap when the records are many. What cannot be written leaves no staging folder behind.
 */
async function publish(
  metadata: DatasetMetadata,
  run: Run,
  { datasetFile, sources }: ReadStage,
  counts: Record<TableName, number>,
  spool: ResultSpool,
  options: BuildOptions,
): Promise<(Pick<StagedVersion, 'staging' | 'target' | 'artifacts'> & { diff?: DatasetDiff }) | { problems: VFile[] }> {
  const documents = sources.map((s, i) => ({
    document: s.document,
    records: spool.get(i)?.counts ? spool.recordsFile(i) : undefined,
    text: spool.textFile(i),
  }));
  let bytes = 0;
  for (const d of documents) if (d.records) bytes += (await stat(d.records)).size;
  const write = async (heapMb: number | undefined) => {
    const task: PublishTask = {
      metadata,
      run,
      staging: await openStaging(run),
      datasetPath: datasetFile.path,
      shownVersion: path.join(displayPath(run.outDir), run.version),
      documents,
      counts,
      previousDir: options.previousDir,
    };
    try {
      const outcome = heapMb === undefined ? await publishVersion(task) : await publishVersionOnThread(task, heapMb);
      return { staging: task.staging, outcome };
    } catch (error) {
      await discardStaged(task.staging);
      throw error;
    }
  };
  const whole = options.workerMemoryMb ?? DEFAULT_WORKER_MEMORY_MB;
  const first = Math.min(options.publishHeapMb ?? PUBLISH_HEAP_MB, whole);
  const heaps =
    bytes < PUBLISH_THREAD_FROM_BYTES && options.publishHeapMb === undefined
      ? [undefined]
      : [...new Set([first, whole])];
  let written: Awaited<ReturnType<typeof write>> | undefined;
  for (const heapMb of heaps) {
    try {
      written = await write(heapMb);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ERR_WORKER_OUT_OF_MEMORY') throw error;
    }
  }
  if (!written) {
    addError(
      datasetFile,
      'build/out-of-memory',
      `ran out of memory while writing the version (${whole} MB of heap); give it more with --worker-memory MB`,
      START,
    );
    return { problems: [] };
  }
  const { staging, outcome } = written;
  const problems = outcome.problems.flatMap(({ path: shown, messages }: PublishOutcome['problems'][number]) => {
    const file = shown === datasetFile.path ? datasetFile : new VFile({ path: shown });
    restoreMessages(file, messages);
    return file === datasetFile ? [] : [file];
  });
  if (hasErrors([datasetFile, ...problems])) {
    await discardStaged(staging);
    return { problems };
  }
  return { staging, target: path.join(run.outDir, run.version), artifacts: outcome.artifacts, diff: outcome.diff };
}

/**
 * The staged version into place. A published version is immutable: the same content again is a no-op, different
 * content is refused unless --force.
 */
async function commit(
  staged: Pick<StagedVersion, 'staging' | 'target'>,
  run: Run,
  options: BuildOptions,
): Promise<{ unchanged: boolean; datapackage: Buffer } | { refused: VFile }> {
  const existing = await readFile(path.join(staged.target, CHECKSUMS_FILE), 'utf8').catch(() => undefined);
  const unchanged = existing === (await readFile(path.join(staged.staging, CHECKSUMS_FILE), 'utf8'));
  if (existing !== undefined && !unchanged && !options.force) {
    await discardStaged(staged.staging);
    const target = new VFile({ path: path.join(displayPath(run.outDir), run.version) });
    addError(
      target,
      'release/immutable',
      `version ${run.version} is already built with different content; raise the version in dataset.yaml (papertrail version --bump) or pass --force to replace it`,
      START,
    );
    return { refused: target };
  }
  if (unchanged) await discardStaged(staged.staging);
  else await commitStaged(staged);
  return { unchanged, datapackage: await readFile(path.join(staged.target, 'datapackage.json')) };
}

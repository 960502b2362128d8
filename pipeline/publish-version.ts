// Publishing a version from the extracted records: the tables in every format, the history since the previous
// version, the page, the checksums, then the checks a mirror runs, all into a staging folder the caller made. The
// task and its outcome are plain data, so it can run on a worker thread whose heap is sized for it: writing hundreds
// of megabytes of files churns through far more memory than it holds, and V8 lets a heap whose limit is the
// machine's size grow far past what it holds (build.ts chooses).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Piscina } from 'piscina';
import { VFile } from 'vfile';
import { addError, hasErrors, START } from './base/diagnostics.js';
import { messageData, readRecordChunks, type MessageData } from './orchestrate/index.js';
import {
  addToStaged,
  citationText,
  sealStaged,
  stageVersion,
  type Artifact,
  type Run,
  type StagedVersion,
} from './publish/index.js';
// Not from release/index.js, which also holds the GitHub Actions code: its ESM-only @actions/core cannot be
// require()d, which is how a thread under tsx loads this module (piscina).
import { changesSince } from './release/changes-since.js';
import { previousVersion } from './release/dataset-index.js';
import type { DatasetDiff } from './release/diff-datasets.js';
import { verifyDataset } from './release/verify-dataset.js';
import { SiteSample, writeSite } from './site/index.js';
import type { DatasetMetadata, RecordTables, TableName } from './types/records.js';
import { uniqueIds } from './validate/index.js';

export interface PublishTask {
  metadata: DatasetMetadata;
  run: Run;
  /** The empty staging folder to write into (openStaging). */
  staging: string;
  /** dataset.yaml as diagnostics show it: errors about the records as a whole land on it. */
  datasetPath: string;
  /** The version folder as diagnostics show it. */
  shownVersion: string;
  /** The documents in publishing order: each one's spooled records (none when it gave none) and text. */
  documents: { document: string; records: string | undefined; text: string }[];
  counts: Record<TableName, number>;
  /** The version to compare with; by default the newest one in run.outDir below the one built. */
  previousDir: string | undefined;
}

/** The diagnostics of one file, as data. */
interface FileMessages {
  path: string;
  messages: MessageData[];
}

export interface PublishOutcome {
  /** Problems found on the way; when any is an error the staging folder holds no complete version. */
  problems: FileMessages[];
  artifacts: Artifact[];
  diff?: DatasetDiff;
}

/** How many records are read from the spool at a time. */
const RECORDS_AT_ONCE = 10_000;

const messagesOf = (file: VFile): FileMessages => ({ path: file.path, messages: messageData(file) });

/** Writes and checks the whole version in task.staging; SHA256SUMS is written only when nothing failed. */
export async function publishVersion(task: PublishTask): Promise<PublishOutcome> {
  const datasetFile = new VFile({ path: task.datasetPath });
  // The problems so far, as data; no artifacts unless the version is complete.
  const outcomeWith = (problems: VFile[] = []): PublishOutcome => ({
    problems: [datasetFile, ...problems].map(messagesOf),
    artifacts: [],
  });
  const { staged, sample } = await writeTables(task, datasetFile);
  if (hasErrors([datasetFile])) return outcomeWith();
  const previous =
    task.previousDir ??
    (await previousVersion(task.run.outDir, task.run.version).then((v) => v && path.join(task.run.outDir, v)));
  const changes = await changesSince(staged.staging, task.run.version, task.counts, previous, task.run.sourceDate);
  if ('problem' in changes) {
    addError(datasetFile, 'release/previous', changes.problem, START);
    return outcomeWith();
  }
  for (const file of changes.files) addToStaged(staged, file.name, file.content);
  staged.artifacts.push(
    ...writeSite(
      staged.staging,
      {
        metadata: task.metadata,
        sample,
        downloads: [...staged.artifacts],
        history: changes.history,
        citation: citationText(task.metadata, task.run),
        quality: task.run.quality,
      },
      staged.jsonLd,
    ),
  );
  // Checksums over the whole version, then the checks a mirror runs: a failure here is a bug, but never lands. Each
  // record was proven against its schema as it was extracted, so here the files are checked for what writing them
  // could break (sizes, hashes, the profile, row counts across formats, keys); `papertrail validate` checks all.
  sealStaged(staged);
  const problems = await verifyDataset(staged.staging, task.shownVersion, { schemas: false });
  if (hasErrors(problems)) return outcomeWith(problems);
  return { ...outcomeWith(problems), artifacts: staged.artifacts, diff: changes.diff };
}

/**
 * Every table in every format into the staging folder, the records streamed from the spool a run at a time (the
 * extractor gives a document's records in the order they are published), so a document of a hundred thousand
 * records is never in memory whole; on the way, ids are checked unique across documents and the page's sample is
 * gathered.
 */
async function writeTables(
  task: PublishTask,
  datasetFile: VFile,
): Promise<{ staged: StagedVersion; sample: SiteSample }> {
  const records = async function* (): AsyncGenerator<RecordTables> {
    for (const { records } of task.documents) if (records) yield* readRecordChunks(records, RECORDS_AT_ONCE);
  };
  const texts = new Map(task.documents.map((d) => [d.document, d.text]));
  const checkIds = uniqueIds(datasetFile);
  const sample = new SiteSample();
  let text: { document: string; text: Promise<string> } | undefined;
  const textOf = (document: string) => {
    if (text?.document !== document) text = { document, text: readFile(texts.get(document)!, 'utf8') };
    return text.text;
  };
  const staged = await stageVersion(task.staging, task.metadata, task.run, records, async (tables) => {
    checkIds(tables);
    const document = (tables.events[0] ?? tables.quotes[0] ?? tables.responses[0])!.document;
    await sample.add(tables, () => textOf(document));
  });
  return { staged, sample };
}

/**
 * publishVersion on a thread of its own whose old generation may hold `heapMb` megabytes. A thread that outgrows it
 * is stopped, and the promise rejects with ERR_WORKER_OUT_OF_MEMORY; the staging folder is then the caller's to empty.
 */
export async function publishVersionOnThread(task: PublishTask, heapMb: number): Promise<PublishOutcome> {
  // The thread runs what this one runs: the compiled JavaScript in lib/, or the TypeScript sources through tsx.
  const compiled = import.meta.url.endsWith('.js');
  const pool = new Piscina<PublishTask, PublishOutcome>({
    filename: new URL(compiled ? './publish-worker.js' : './publish-worker.ts', import.meta.url).href,
    execArgv: compiled ? [] : ['--import', import.meta.resolve('tsx')],
    minThreads: 1,
    maxThreads: 1,
    resourceLimits: { maxOldGenerationSizeMb: heapMb },
  });
  try {
    return await pool.run(task);
  } finally {
    await pool.destroy();
  }
}

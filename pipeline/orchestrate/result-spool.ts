// Where documents' results and texts wait between extraction and publishing: each on disk as it arrives, with
// only its messages, front matter and record counts kept in memory, so a build's memory does not grow with its
// sources.
// Publishing reads them back one document at a time, in document order.
import { mkdtempSync, rmSync } from 'node:fs';
import { readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { RecordTables } from '../types/records.js';
import { countsOf, readRecordChunks, readRecordLines, writeRecordLines, type RecordCounts } from './record-lines.js';
import type { DocumentResult } from './process-document.js';
import type { ShardLine } from './shards.js';

/** What stays in memory of a spooled result. */
export interface SpooledResult {
  key: string;
  result: Omit<DocumentResult, 'records'>;
  /** Records per table; undefined when the document has errors (and so no records). */
  counts: RecordCounts | undefined;
}

const PREFIX = 'papertrail-spool-';
const SIGNALS: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM'];

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** Spools whose build process is gone: a build killed mid-way cannot remove its own. */
async function removeOrphans(dir = os.tmpdir()): Promise<string[]> {
  const removed: string[] = [];
  for (const name of await readdir(dir).catch(() => [] as string[])) {
    const pid = Number(/^papertrail-spool-(\d+)-/.exec(name)?.[1]);
    if (!pid || alive(pid)) continue;
    await rm(path.join(dir, name), { recursive: true, force: true });
    removed.push(name);
  }
  return removed;
}

export class ResultSpool {
  private readonly entries = new Map<number, SpooledResult>();

  /** Removes the spool when the build is interrupted (Ctrl-C, a stop from CI), then lets the signal end the process. */
  private readonly onSignal = (signal: NodeJS.Signals): void => {
    rmSync(this.dir, { recursive: true, force: true });
    this.unhook();
    process.kill(process.pid, signal);
  };

  private readonly dir: string;

  // The handlers are in place before the folder exists, and the folder is made in the same tick: a signal that comes
  // as it appears finds them (with the folder made after an await, one under load had left it behind).
  private constructor() {
    for (const signal of SIGNALS) process.once(signal, this.onSignal);
    this.dir = mkdtempSync(path.join(os.tmpdir(), `${PREFIX}${process.pid}-`));
  }

  private unhook(): void {
    for (const signal of SIGNALS) process.off(signal, this.onSignal);
  }

  /**
   * A new spool in the system's temporary folder ($TMPDIR, else /tmp); first removes the spools of builds that were
   * killed. SIGINT and SIGTERM remove it too; a SIGKILL cannot, and the next build does.
   */
  static async open(): Promise<ResultSpool> {
    await removeOrphans();
    return new ResultSpool();
  }

  /** Where the records of the document at `position` are kept: a worker may write them there itself. */
  recordsFile(position: number): string {
    return path.join(this.dir, `${position}.records`);
  }

  /**
   * Keeps the result of the document at `position` (its place in the sorted list of documents), and its text. Its
   * records are written to recordsFile(position), unless the result says (by its counts) that they are there.
   */
  async put(position: number, line: ShardLine, text: string): Promise<void> {
    const { records, counts: written, ...rest } = line.result;
    if (records) await writeRecordLines(this.recordsFile(position), records);
    await writeFile(this.textFile(position), text);
    this.entries.set(position, { key: line.key, result: rest, counts: records ? countsOf(records) : written });
  }

  get(position: number): SpooledResult | undefined {
    return this.entries.get(position);
  }

  /** Where the text of the document at `position` is kept. */
  textFile(position: number): string {
    return path.join(this.dir, `${position}.txt`);
  }

  /** The text the document at `position` was extracted from. */
  text(position: number): Promise<string> {
    return readFile(this.textFile(position), 'utf8');
  }

  /** The records of the document at `position`, read back from disk at most `size` at a time, in the order written. */
  async *chunks(position: number, size: number): AsyncGenerator<RecordTables> {
    if (this.entries.get(position)?.counts) yield* readRecordChunks(this.recordsFile(position), size);
  }

  /** The records of the document at `position`, read back from disk. */
  async records(position: number): Promise<RecordTables | undefined> {
    if (!this.entries.get(position)?.counts) return undefined;
    return readRecordLines(this.recordsFile(position));
  }

  /** The whole result again, as a shard file holds it. */
  async line(position: number): Promise<ShardLine | undefined> {
    const entry = this.entries.get(position);
    if (!entry) return undefined;
    return { key: entry.key, result: { ...entry.result, records: await this.records(position) } };
  }

  async close(): Promise<void> {
    this.unhook();
    await rm(this.dir, { recursive: true, force: true });
  }
}

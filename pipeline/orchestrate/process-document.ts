// One document's whole journey from text to validated records, as plain data that can cross a worker thread,
// sit in the cache, or travel in a shard file.
import { VFile } from 'vfile';
import { addError } from '../base/diagnostics.js';
import { closeSync, openSync, rmSync, writeSync } from 'node:fs';
import { extractRecords, TooManyRecords } from '../extract/index.js';
import { parseDocument } from '../parse/index.js';
import type { DocumentFrontMatter } from '../types/records.js';
import { validateRecord } from '../validate/index.js';
import type { RecordTables, TableName } from '../types/records.js';
import { TABLES } from '../schema/index.js';
import type { RecordCounts } from './record-lines.js';

export interface DocumentTask {
  /** Path relative to the sources folder: the `document` of every record. */
  document: string;
  /** The path shown in diagnostics. */
  shown: string;
  text: string;
  /** The most records the document may give (--max-records-per-document); the extractor's default when absent. */
  maxRecords?: number;
  /** When given, processDocumentToFile writes the records there (record lines) instead of returning them. */
  recordsFile?: string;
}

/** A diagnostic as data: what vfile's messages hold that the reporter uses. */
export interface MessageData {
  reason: string;
  line: number | undefined;
  column: number | undefined;
  ruleId: string | undefined;
  fatal: boolean | null | undefined;
}

export interface DocumentResult {
  document: string;
  frontMatter: DocumentFrontMatter;
  messages: MessageData[];
  /** Undefined when the document has errors, or when they were written to the task's recordsFile. */
  records: RecordTables | undefined;
  /** Records per table, when they were written to the task's recordsFile rather than returned. */
  counts?: RecordCounts;
}

export function processDocument(task: DocumentTask): DocumentResult {
  const records: RecordTables = { events: [], quotes: [], responses: [] };
  const { failed, ...result } = runDocument(task, (table, record) => (records[table] as unknown[]).push(record));
  return { ...result, records: failed ? undefined : records };
}

/**
 * processDocument, with the records written to the task's recordsFile when it names one: each record is validated and
 * written as it is made, a megabyte at a time, and only their counts come back. A large document's records are never
 * held whole, nor copied between threads.
 */
export async function processDocumentToFile(task: DocumentTask): Promise<DocumentResult> {
  if (!task.recordsFile) return processDocument(task);
  const counts = Object.fromEntries(TABLES.map((t) => [t.name, 0])) as RecordCounts;
  const fd = openSync(task.recordsFile, 'w');
  let batch = '';
  let result: ReturnType<typeof runDocument> | undefined;
  try {
    result = runDocument(task, (table, record) => {
      counts[table]++;
      batch += `${table}\t${JSON.stringify(record)}\n`;
      if (batch.length >= 1 << 20) {
        writeSync(fd, batch);
        batch = '';
      }
    });
    if (batch) writeSync(fd, batch);
  } finally {
    closeSync(fd);
    // A document that failed leaves no records behind, however many it had given before it failed.
    if (!result || result.failed) rmSync(task.recordsFile, { force: true });
  }
  const { failed, ...rest } = result;
  return { ...rest, records: undefined, ...(failed ? {} : { counts }) };
}

/** Parses, extracts and validates one document, giving each valid record to `take` as it is made. */
function runDocument(
  task: DocumentTask,
  take: (table: TableName, record: unknown) => void,
): Omit<DocumentResult, 'records'> & { failed: boolean } {
  const file = new VFile({ path: task.shown, value: task.text, data: { document: task.document } });
  const doc = parseDocument(file);
  const failed = () => file.messages.some((m) => m.fatal === true);
  if (!failed()) {
    const keep = (table: TableName) => (record: unknown) => {
      if (validateRecord(table, record, file)) take(table, record);
    };
    try {
      extractRecords(
        doc,
        { maxRecords: task.maxRecords },
        {
          event: keep('events'),
          quote: keep('quotes'),
          response: keep('responses'),
        },
      );
    } catch (error) {
      if (!(error instanceof TooManyRecords)) throw error;
      const at = doc.locator.place(error.offset);
      addError(
        file,
        'extract/too-many-records',
        `${error.message} (the limit is --max-records-per-document ${error.limit}); the first one over it starts here`,
        at,
      );
    }
  }
  return { document: task.document, frontMatter: doc.frontMatter, messages: messageData(file), failed: failed() };
}

/** A file's messages as data, to cross a thread or sit on disk (restoreMessages puts them back). */
export function messageData(file: VFile): MessageData[] {
  return file.messages.map((m) => ({
    reason: m.reason,
    line: m.line,
    column: m.column,
    ruleId: m.ruleId,
    fatal: m.fatal,
  }));
}

/** Puts a result's messages back on a file, as if the stages had run on it. */
export function restoreMessages(file: VFile, messages: readonly MessageData[]): void {
  for (const m of messages) {
    const message = file.message(m.reason, {
      place: m.line ? { line: m.line, column: m.column ?? 1 } : undefined,
      ruleId: m.ruleId,
      source: 'papertrail',
    });
    message.fatal = m.fatal;
  }
}

/**
 * The result of a document whose extraction failed (a worker that ran out of memory, a fault in the extractor): an
 * error on that document, so the caller reports it by name and publishes nothing, instead of dying with a stack trace.
 */
export function failedResult(task: DocumentTask, error: unknown): DocumentResult {
  const outOfMemory = (error as NodeJS.ErrnoException | undefined)?.code === 'ERR_WORKER_OUT_OF_MEMORY';
  const reason = outOfMemory
    ? `ran out of memory while extracting ${task.document}; lower --max-records-per-document, or give each worker more memory (--worker-memory MB)`
    : `extraction of ${task.document} failed: ${error instanceof Error ? error.message : String(error)} (a fault in papertrail; please report it)`;
  return {
    document: task.document,
    frontMatter: {},
    messages: [{ reason, line: 1, column: 1, ruleId: 'extract/failed', fatal: true }],
    records: undefined,
  };
}

// One document's whole journey from text to validated records, as plain data that can cross a worker thread,
// sit in the cache, or travel in a shard file.
import { VFile } from 'vfile';
import { addError } from '../base/diagnostics.js';
import { extractDocument, TooManyRecords } from '../extract/index.js';
import { parseDocument } from '../parse/index.js';
import type { DocumentFrontMatter } from '../types/records.js';
import { validateRecords } from '../validate/index.js';
import type { RecordTables } from '../types/records.js';
import { countsOf, writeRecordLines, type RecordCounts } from './record-lines.js';

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
  const file = new VFile({ path: task.shown, value: task.text, data: { document: task.document } });
  const doc = parseDocument(file);
  const failed = () => file.messages.some((m) => m.fatal === true);
  let records: RecordTables | undefined;
  if (!failed()) {
    try {
      records = extractDocument(doc, { maxRecords: task.maxRecords });
      validateRecords(records, file);
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
  const messages = file.messages.map((m) => ({
    reason: m.reason,
    line: m.line,
    column: m.column,
    ruleId: m.ruleId,
    fatal: m.fatal,
  }));
  return { document: task.document, frontMatter: doc.frontMatter, messages, records: failed() ? undefined : records };
}

/**
 * processDocument, with the records written to the task's recordsFile when it names one: a worker writes them
 * straight to disk and hands back only their counts, so a large document's records are never copied between
 * threads nor held by the main one.
 */
export async function processDocumentToFile(task: DocumentTask): Promise<DocumentResult> {
  const result = processDocument(task);
  if (!task.recordsFile || !result.records) return result;
  await writeRecordLines(task.recordsFile, result.records);
  return { ...result, records: undefined, counts: countsOf(result.records) };
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

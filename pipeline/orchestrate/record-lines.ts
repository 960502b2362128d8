// A document's records on disk: one a line, after its table's name and a tab. The spool and the cache keep them so,
// and a worker writes them so itself: a document may give hundreds of thousands of records, more than one string
// can hold and more than is worth copying between threads.
import { open } from 'node:fs/promises';
import { fileLines } from '../base/file-lines.js';
import { TABLES } from '../schema/index.js';
import type { TableName } from '../types/records.js';
import type { RecordTables } from '../types/records.js';

export type RecordCounts = Record<TableName, number>;

export const countsOf = (records: RecordTables): RecordCounts =>
  Object.fromEntries(TABLES.map((t) => [t.name, records[t.name].length])) as RecordCounts;

/** Writes the records in batches of about a megabyte. */
export async function writeRecordLines(file: string, records: RecordTables): Promise<void> {
  const handle = await open(file, 'w');
  try {
    let batch = '';
    for (const t of TABLES) {
      for (const record of records[t.name]) {
        batch += `${t.name}\t${JSON.stringify(record)}\n`;
        if (batch.length >= 1 << 20) {
          await handle.write(batch);
          batch = '';
        }
      }
    }
    if (batch) await handle.write(batch);
  } finally {
    await handle.close();
  }
}

const emptyTables = () =>
  Object.fromEntries(TABLES.map((t) => [t.name, []])) as unknown as Record<TableName, unknown[]>;

/**
 * Reads the records back in the order written, at most `size` at a time, so that a document of hundreds of
 * thousands of records is never in memory whole; a document with no records gives nothing.
 */
export async function* readRecordChunks(file: string, size: number): AsyncGenerator<RecordTables> {
  let tables = emptyTables();
  let n = 0;
  for await (const { table, json } of recordLines(file)) {
    tables[table].push(JSON.parse(json));
    if (++n === size) {
      yield tables as unknown as RecordTables;
      tables = emptyTables();
      n = 0;
    }
  }
  if (n) yield tables as unknown as RecordTables;
}

/** The records file's lines in the order written: each record's table, and the record as JSON, unparsed. */
export async function* recordLines(file: string): AsyncGenerator<{ table: TableName; json: string }> {
  for await (const { text } of fileLines(file)) {
    const tab = text.indexOf('\t');
    yield { table: text.slice(0, tab) as TableName, json: text.slice(tab + 1) };
  }
}

/** Reads the records back whole, every table in the order written. */
export async function readRecordLines(file: string): Promise<RecordTables> {
  for await (const all of readRecordChunks(file, Infinity)) return all;
  return emptyTables() as unknown as RecordTables;
}

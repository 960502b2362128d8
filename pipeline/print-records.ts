// How `extract` prints one document's records: the JSON object {"events", "quotes", "responses"} laid out as
// JSON.stringify(…, null, 2) would, or NDJSON with one record a line, written a piece at a time so that no single
// string holds them all (a document may give hundreds of thousands of records).
import type { RecordTables } from './types/records.js';

export type RecordFormat = 'json' | 'ndjson';

export const RECORD_FORMATS: readonly RecordFormat[] = ['json', 'ndjson'];

const TABLE_ORDER = ['events', 'quotes', 'responses'] as const;

/** The pieces of the output, in order; joined they are the whole of it, ending in a newline. */
export function* printRecords(
  tables: Pick<RecordTables, (typeof TABLE_ORDER)[number]>,
  format: RecordFormat,
): Generator<string> {
  if (format === 'ndjson') {
    // Each line names its table first, for `jq 'select(.table == "quotes")'` or a WHERE clause in DuckDB.
    for (const table of TABLE_ORDER)
      for (const record of tables[table]) yield `${JSON.stringify({ table, ...record })}\n`;
    return;
  }
  yield '{';
  for (const [t, table] of TABLE_ORDER.entries()) {
    const records = tables[table];
    yield `${t ? ',' : ''}\n  ${JSON.stringify(table)}: ${records.length ? '[' : '[]'}`;
    for (const [i, record] of records.entries()) {
      yield `${i ? ',' : ''}\n    ${JSON.stringify(record, null, 2).replace(/\n/g, '\n    ')}`;
    }
    if (records.length) yield '\n  ]';
  }
  yield '\n}\n';
}

/** Writes the pieces to a stream in batches, waiting whenever the stream asks for a pause. */
export async function writePieces(stream: NodeJS.WritableStream, pieces: Iterable<string>): Promise<void> {
  const BATCH = 1 << 16;
  let failure: Error | undefined;
  const onError = (error: Error) => {
    failure = error;
  };
  stream.on('error', onError);
  let buffer = '';
  const flush = async () => {
    const ok = stream.write(buffer);
    buffer = '';
    if (!ok) {
      await new Promise<void>((resolve) => {
        const done = () => {
          stream.off('drain', done);
          stream.off('error', done);
          resolve();
        };
        stream.on('drain', done);
        stream.on('error', done);
      });
    }
    // A reader that went away (`| head`) ends the output; the error says why.
    if (failure) throw failure;
  };
  try {
    for (const piece of pieces) {
      buffer += piece;
      if (buffer.length >= BATCH) await flush();
    }
    if (buffer) await flush();
  } finally {
    stream.off('error', onError);
  }
}

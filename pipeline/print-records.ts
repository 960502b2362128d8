// How `extract` prints one document's records: the JSON object {"events", "quotes", "responses"} laid out as
// JSON.stringify(…, null, 2) would, or NDJSON with one record a line, written a piece at a time so that no single
// string holds them all (a document may give hundreds of thousands of records).

export type RecordFormat = 'json' | 'ndjson';

export const RECORD_FORMATS: readonly RecordFormat[] = ['json', 'ndjson'];

const TABLE_ORDER = ['events', 'quotes', 'responses'] as const;

/**
 * The pieces of the output, in order; joined they are the whole of it, ending in a newline. The records come one at
 * a time as a records file holds them, as JSON, each table's in order and the tables in the order above, so a
 * document's records are printed without ever being held whole; NDJSON is spliced from that JSON, not parsed and
 * written again.
 */
export async function* printRecords(
  lines: AsyncIterable<{ table: (typeof TABLE_ORDER)[number]; json: string }>,
  format: RecordFormat,
): AsyncGenerator<string> {
  if (format === 'ndjson') {
    // Each line names its table first, for `jq 'select(.table == "quotes")'` or a WHERE clause in DuckDB.
    for await (const { table, json } of lines)
      yield `{"table":${JSON.stringify(table)}${json === '{}' ? '' : ','}${json.slice(1)}\n`;
    return;
  }
  /** The table whose array is open (-1: none yet) and how many of its records are out. */
  let open = -1;
  let written = 0;
  /** Closes the open table and prints every table before `t` that had no records as []. */
  function* moveTo(t: number): Generator<string> {
    if (open >= 0) yield written ? '\n  ]' : '[]';
    for (let k = open + 1; k < t; k++) yield `${k ? ',' : ''}\n  ${JSON.stringify(TABLE_ORDER[k])}: []`;
    if (t < TABLE_ORDER.length) yield `${t ? ',' : ''}\n  ${JSON.stringify(TABLE_ORDER[t])}: `;
    open = t;
    written = 0;
  }
  yield '{';
  for await (const { table, json } of lines) {
    const t = TABLE_ORDER.indexOf(table);
    if (t !== open) yield* moveTo(t);
    yield `${written++ ? ',' : '['}\n    ${JSON.stringify(JSON.parse(json), null, 2).replace(/\n/g, '\n    ')}`;
  }
  yield* moveTo(TABLE_ORDER.length);
  yield '\n}\n';
}

/** Writes the pieces to a stream in batches, waiting whenever the stream asks for a pause. */
export async function writePieces(
  stream: NodeJS.WritableStream,
  pieces: Iterable<string> | AsyncIterable<string>,
): Promise<void> {
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
    for await (const piece of pieces) {
      buffer += piece;
      if (buffer.length >= BATCH) await flush();
    }
    if (buffer) await flush();
  } finally {
    stream.off('error', onError);
  }
}

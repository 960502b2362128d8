// The table writers' fast paths against the library code they replace: the hand-written CSV quoting against
// csv-stringify, the CSV row counter against csv-parse, the typed Arrow columns against apache-arrow's own
// builders byte for byte, and tables of many record batches read back whole.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  RecordBatch,
  RecordBatchFileWriter,
  Struct,
  Table,
  makeData,
  tableFromIPC,
  vectorFromArray,
} from 'apache-arrow';
import { parse as parseCsv } from 'csv-parse/sync';
import { readParquet } from 'parquet-wasm/node';
import { stringify, type Options } from 'csv-stringify/sync';
import fc from 'fast-check';
import { tempDir } from './helpers.js';
import { describe, expect, it } from 'vitest';
import { generateEvents, generateQuotes } from '../bench/records.js';
import {
  BATCH_CHARS,
  BATCH_ROWS,
  ColumnCollector,
  DictionarySurvey,
  countCsvRows,
  csvLine,
} from '../pipeline/publish/index.js';
import { arrowFormat } from '../pipeline/publish/write-arrow.js';
import { parquetFormat } from '../pipeline/publish/write-parquet.js';
import { fieldsOf, table, valueAt, type TableSchemaSource } from '../pipeline/schema/index.js';

const CSV_OPTIONS: Options = { record_delimiter: 'windows', quoted_match: [/^$/, /[\r\n]/], eof: true };
const TRICKY = [
  '',
  'a,b',
  'say "hi"',
  '"',
  '""',
  'line\nbreak',
  'cr\r\nlf',
  'a\rb',
  '\r\n',
  '=SUM(A1)',
  ' lead',
  'trail ',
  'é 中文 😀',
  '\ud800',
  ';',
];

describe('csvLine', () => {
  it('writes what csv-stringify writes, with null as an empty cell and "" quoted', () => {
    const cell = fc.oneof(
      fc.constant(null),
      fc.constantFrom(...TRICKY),
      fc.string(),
      fc.string({ unit: fc.constantFrom('a', ',', '"', '\r', '\n', ' ') }),
    );
    fc.assert(
      fc.property(fc.array(cell, { minLength: 1, maxLength: 6 }), (cells) => {
        expect(csvLine(cells)).toBe(stringify([cells], CSV_OPTIONS));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('countCsvRows', () => {
  it('counts what csv-parse reads, and refuses a record of another width or an open quote', async () => {
    const dir = tempDir('csv-');
    const cell = fc.oneof(
      fc.constant(null),
      fc.constantFrom(...TRICKY),
      fc.string({ unit: fc.constantFrom('a', ',', '"', '\r', '\n', ' ') }),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { maxLength: 20 }),
        fc.boolean(),
        async (rows, lastEnd) => {
          const file = path.join(dir, 't.csv');
          let text = [['a', 'b', 'c'], ...rows].map(csvLine).join('');
          if (!lastEnd && rows.length) text = text.slice(0, -2);
          writeFileSync(file, text);
          expect(await countCsvRows(file)).toBe((parseCsv(text) as unknown[]).length - 1);
        },
      ),
      { numRuns: 300 },
    );
    writeFileSync(path.join(dir, 'wide.csv'), 'a,b\r\n1,2\r\n1,2,3\r\n');
    await expect(countCsvRows(path.join(dir, 'wide.csv'))).rejects.toThrow('record 2 has 3 cells, the header 2');
    writeFileSync(path.join(dir, 'open.csv'), 'a,b\r\n1,"2\r\n');
    await expect(countCsvRows(path.join(dir, 'open.csv'))).rejects.toThrow('never closed');
  });
});

describe('Arrow and Parquet files of many batches', () => {
  it('hold every record, in order, with one dictionary, readable by apache-arrow and parquet-wasm', async () => {
    const dir = tempDir('batches-');
    const source = table('quotes');
    const rows = [...generateQuotes(BATCH_ROWS * 2 + 17)];
    const survey = new DictionarySurvey(source);
    for (const r of rows) survey.add(r);
    for (const format of [arrowFormat, parquetFormat]) {
      const writer = format.open(source, dir, survey.result());
      for (const r of rows) await writer.write(r);
      await writer.finish();
      expect(await format.countRows(path.join(dir, `quotes.${format.extension}`))).toBe(rows.length);
    }
    const arrow = tableFromIPC(readFileSync(path.join(dir, 'quotes.arrow')));
    const parquet = tableFromIPC(readParquet(readFileSync(path.join(dir, 'quotes.parquet'))).intoIPCStream());
    // A batch ends at BATCH_ROWS rows or BATCH_CHARS characters of text, whichever comes first.
    const chars = (i: number) =>
      Object.values(rows[i]!).reduce(
        (n: number, v) => n + (typeof v === 'string' ? v.length : Array.isArray(v) ? v.join('').length : 0),
        0,
      );
    let first = 0;
    for (const [k, batch] of arrow.batches.entries()) {
      let text = 0;
      for (let i = first; i < first + batch.numRows; i++) text += chars(i);
      if (k < arrow.batches.length - 1) expect(batch.numRows === BATCH_ROWS || text >= BATCH_CHARS).toBe(true);
      expect(batch.numRows).toBeLessThanOrEqual(BATCH_ROWS);
      expect(text - chars(first + batch.numRows - 1)).toBeLessThan(BATCH_CHARS);
      first += batch.numRows;
    }
    expect(first).toBe(rows.length);
    expect(arrow.batches.length).toBeGreaterThan(2);
    for (const t of [arrow, parquet]) {
      expect(t.numRows).toBe(rows.length);
      for (const i of [0, BATCH_ROWS - 1, BATCH_ROWS, rows.length - 1]) {
        expect(t.get(i)?.toJSON().id).toBe(rows[i]!.id);
        expect(t.get(i)?.toJSON().cue).toBe(rows[i]!.cue);
      }
    }
  });
});

/** The Arrow file as apache-arrow's builders (vectorFromArray) make it: what ColumnCollector must reproduce. */
function referenceArrow(source: TableSchemaSource, records: readonly unknown[], collected: Table): Uint8Array {
  const schema = collected.schema;
  const children = fieldsOf(source).map((f, i) => {
    const values = records.map((r) => {
      const value = valueAt(r, f) ?? null;
      return f.format === 'date' && value !== null ? new Date(Date.parse(`${String(value)}T00:00:00Z`)) : value;
    });
    return vectorFromArray(values, schema.fields[i]!.type).data[0]!;
  });
  const data = makeData({ type: new Struct(schema.fields), length: records.length, nullCount: 0, children });
  return RecordBatchFileWriter.writeAll(new Table(schema, [new RecordBatch(schema, data)])).toUint8Array(true);
}

/** The records as ColumnCollector batches them, after a survey of their dictionary values. */
function collect(source: TableSchemaSource, rows: readonly unknown[]): Table {
  const survey = new DictionarySurvey(source);
  for (const r of rows) survey.add(r);
  const collector = new ColumnCollector(source, survey.result());
  const batches = rows.map((r) => collector.add(r)).filter((b) => b !== undefined);
  const last = collector.finish();
  return new Table(last ? [...batches, last] : batches);
}

describe('ColumnCollector', () => {
  const odd = (q: ReturnType<typeof generateQuotes> extends Generator<infer Q> ? Q : never, i: number) => ({
    ...q,
    text: TRICKY[i % TRICKY.length] || 'x',
    // Lone surrogates at the seam of two strings must not pair up.
    speaker: i % 2 ? 'ends high \ud83d' : '\ude00 starts low',
    speaker_role: i % 3 ? null : '',
    citations: i % 4 ? [] : ['1', 'é'],
  });
  it.each([
    ['quotes', () => [...generateQuotes(3000)]],
    ['quotes with odd text', () => [...generateQuotes(300)].map(odd)],
    ['events', () => [...generateEvents(3000)]],
    ['no quotes', () => []],
  ])('builds the same Arrow file as apache-arrow does: %s', (_, records) => {
    const source = table(_.startsWith('events') ? 'events' : 'quotes');
    const rows = records();
    const collected = collect(source, rows);
    const fast = RecordBatchFileWriter.writeAll(collected).toUint8Array(true);
    expect(Buffer.from(fast).equals(Buffer.from(referenceArrow(source, rows, collected)))).toBe(true);
  });
});

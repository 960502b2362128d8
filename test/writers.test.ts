// The table writers' fast paths against the library code they replace: the hand-written CSV quoting against
// csv-stringify, and the typed Arrow columns against apache-arrow's own builders, byte for byte.
import { RecordBatch, RecordBatchFileWriter, Struct, Table, makeData, vectorFromArray } from 'apache-arrow';
import { stringify, type Options } from 'csv-stringify/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateEvents, generateQuotes } from '../bench/records.js';
import { ColumnCollector, csvLine } from '../pipeline/publish/index.js';
import { fieldsOf, table, valueAt, type TableSchemaSource } from '../pipeline/schema/index.js';

const CSV_OPTIONS: Options = { record_delimiter: 'windows', quoted_match: [/^$/, /[\r\n]/], eof: true };
const TRICKY = ['', 'a,b', 'say "hi"', '"', '""', 'line\nbreak', 'cr\r\nlf', 'a\rb', '\r\n', '=SUM(A1)', ' lead', 'trail ', 'é 中文 😀', '\ud800', ';'];

describe('csvLine', () => {
  it('writes what csv-stringify writes, with null as an empty cell and "" quoted', () => {
    const cell = fc.oneof(fc.constant(null), fc.constantFrom(...TRICKY), fc.string(), fc.string({ unit: fc.constantFrom('a', ',', '"', '\r', '\n', ' ') }));
    fc.assert(fc.property(fc.array(cell, { minLength: 1, maxLength: 6 }), (cells) => {
      expect(csvLine(cells)).toBe(stringify([cells], CSV_OPTIONS));
    }), { numRuns: 2000 });
  });
});

/** The Arrow file as apache-arrow's builders (vectorFromArray) make it: what ColumnCollector must reproduce. */
function referenceArrow(source: TableSchemaSource, records: readonly unknown[], collector: ColumnCollector): Uint8Array {
  const schema = collector.table().schema;
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
    const collector = new ColumnCollector(source);
    for (const r of rows) collector.add(r);
    const fast = RecordBatchFileWriter.writeAll(collector.table()).toUint8Array(true);
    expect(Buffer.from(fast).equals(Buffer.from(referenceArrow(source, rows, collector)))).toBe(true);
  });
});

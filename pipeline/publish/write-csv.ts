// CSV per RFC 4180: UTF-8 without BOM, CRLF line ends, a header row, nested fields flattened to columns.
// Conversions are explicit, never csv-stringify's defaults: null is an empty cell, an empty string a quoted
// empty cell, booleans true/false, lists a JSON array in their cell.
import { createReadStream } from 'node:fs';
import { fieldsOf, valueAt, type Field } from '../schema/index.js';
import { ArtifactSink } from './artifact.js';
import type { TableFormat } from './table-writer.js';

/** Characters that make a spreadsheet read a cell as a formula (OWASP's CSV injection list). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Text that a spreadsheet would run as a formula is prefixed with an apostrophe, which spreadsheets show as text.
 * Only text columns: numbers are never rewritten (csv-stringify's escape_formulas would mangle negatives), and
 * JSON, NDJSON, Arrow and Parquet keep the exact text.
 */
export function csvCell(field: Field, value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (field.type === 'array') return JSON.stringify(value);
  if (field.type === 'boolean') return value ? 'true' : 'false';
  const text = String(value);
  return field.type === 'string' && FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * Cells written in quotes: those holding a quote, a comma, or any line break (RFC 4180 §2.6; a lone CR or LF left
 * bare would end the record for most readers). csv-stringify does the same with `quoted_match: [/^$/, /[\r\n]/]`.
 */
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * One cell as csv-stringify writes it with `quoted_match: [/^$/, /[\r\n]/]` (null an empty cell, an empty string `""`).
 * Written out rather than calling csv-stringify per row, which costs more than the rest of the writer: the rule is
 * these three lines, and test/writers.test.ts checks it against csv-stringify on arbitrary text.
 */
function quoteCell(cell: string | null): string {
  if (cell === null) return '';
  if (cell === '') return '""';
  return NEEDS_QUOTES.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

/** One CSV line, CRLF-terminated. */
export function csvLine(cells: readonly (string | null)[]): string {
  let line = '';
  for (let i = 0; i < cells.length; i++) line += (i ? ',' : '') + quoteCell(cells[i]!);
  return `${line}\r\n`;
}

export const csvFormat: TableFormat = {
  name: 'csv',
  label: 'CSV',
  extension: 'csv',
  mediatype: 'text/csv',
  tabular: true,
  open(table, dir) {
    const fields = fieldsOf(table);
    const sink = new ArtifactSink(dir, `${table.name}.csv`);
    sink.write(csvLine(fields.map((f) => f.name)));
    return {
      write(record) {
        sink.write(csvLine(fields.map((f) => csvCell(f, valueAt(record, f)))));
      },
      finish: () => sink.close(),
    };
  },
  countRows: (file) => countCsvRows(file),
};

const QUOTE = 0x22;
const COMMA = 0x2c;
const LF = 0x0a;

/**
 * Counts the records of a CSV file (the header not counted) in one pass over its bytes, checking that every
 * record has as many cells as the header and that no quoted cell is left open: a parser that builds every
 * cell costs several times more, and this is run on every table of every build.
 */
export async function countCsvRows(file: string): Promise<number> {
  let quoted = false;
  let commas = 0;
  let headerCommas = -1;
  let records = 0;
  let pending = false;
  const wrongWidth = () => new Error(`record ${records + 1} has ${commas + 1} cells, the header ${headerCommas + 1}`);
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    for (let i = 0; i < chunk.length; i++) {
      const byte = chunk[i]!;
      if (byte === LF && !quoted) {
        if (headerCommas < 0) headerCommas = commas;
        else if (commas !== headerCommas) throw wrongWidth();
        else records++;
        commas = 0;
        pending = false;
        continue;
      }
      pending = true;
      if (byte === QUOTE) quoted = !quoted;
      else if (byte === COMMA && !quoted) commas++;
    }
  }
  if (quoted) throw new Error('a quoted cell is never closed');
  // A last record without a line end still counts.
  if (pending) {
    if (headerCommas < 0) return 0;
    if (commas !== headerCommas) throw wrongWidth();
    records++;
  }
  return records;
}

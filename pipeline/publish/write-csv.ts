// CSV per RFC 4180: UTF-8 without BOM, CRLF line ends, a header row, nested fields flattened to columns.
// Conversions are explicit, never csv-stringify's defaults: null is an empty cell, an empty string a quoted
// empty cell, booleans true/false, lists a JSON array in their cell.
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { fieldsOf, valueAt, type Field } from '../schema/index.js';
import { ArtifactSink } from './artifact.js';
import type { TableFormat } from './table-writer.js';

/** Characters that make a spreadsheet read a cell as a formula (OWASP's CSV injection list). */
export const FORMULA_START = /^[=+\-@\t\r]/;

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

// quoted_match quotes only real empty strings; quoted_empty would quote null cells too.
const OPTIONS = { record_delimiter: 'windows', quoted_match: /^$/, eof: true } as const;

export const csvFormat: TableFormat = {
  name: 'csv',
  extension: 'csv',
  mediatype: 'text/csv',
  tabular: true,
  open(table, dir) {
    const fields = fieldsOf(table);
    const sink = new ArtifactSink(dir, `${table.name}.csv`);
    sink.write(stringify([fields.map((f) => f.name)], OPTIONS));
    return {
      write(record) {
        sink.write(stringify([fields.map((f) => csvCell(f, valueAt(record, f)))], OPTIONS));
      },
      finish: () => sink.close(),
    };
  },
  countRows: (bytes) => (parse(Buffer.from(bytes)) as unknown[]).length - 1,
};

// Proves every extracted record against its table's JSON Schema; a failure is an error placed at the record's span.
import type { VFile } from 'vfile';
import { addError } from '../base/diagnostics.js';
import { TABLES } from '../schema/index.js';
import type { RecordTables, TableName } from '../types/records.js';
import { describeError, validatorFor } from '../schema/ajv.js';

/** Checks each record; returns the number that failed. */
export function validateRecords(tables: RecordTables, file: VFile): number {
  let failed = 0;
  for (const table of TABLES)
    for (const record of tables[table.name]) if (!validateRecord(table.name, record, file)) failed++;
  return failed;
}

/** Checks one record of a table, as it is made; false (and an error on the file) when it fails. */
export function validateRecord(tableName: TableName, record: unknown, file: VFile): boolean {
  const table = TABLES.find((t) => t.name === tableName)!;
  const validate = validatorFor(table.file);
  if (validate(record)) return true;
  const source = (record as { source?: { line?: number; column?: number } }).source;
  const place = { line: source?.line ?? 1, column: source?.column ?? 1 };
  const problems = (validate.errors ?? []).map(describeError).join('; ');
  addError(
    file,
    'schema/record',
    `${table.name} record ${(record as { id?: string }).id ?? '(no id)'} fails ${table.file}: ${problems}`,
    place,
  );
  return false;
}

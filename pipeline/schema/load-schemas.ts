// Loads the record schemas from schemas/: the one source of truth for every table, type and column.
import { TABLE_NAMES, type TableName } from '../types/records.js';
import { loadSchema, RECORD_SCHEMA_FILES, type JsonSchema } from './schema-files.js';

export interface TableSchemaSource {
  /** The table's name, as published (`events`): from the schema's `x-table`. */
  name: TableName;
  /** The schema's file name in schemas/. */
  file: string;
  /** The record id prefix (`ev`), the part of the id pattern that names the table. */
  idPrefix: string;
  schema: JsonSchema;
}

export const TABLES: readonly TableSchemaSource[] = RECORD_SCHEMA_FILES.map((file) => {
  const schema = loadSchema(file);
  const name = schema['x-table'];
  if (!TABLE_NAMES.includes(name as TableName))
    throw new Error(
      `schemas/${file}: x-table ${JSON.stringify(name)} is no table of pipeline/types/records.ts; run npm run types`,
    );
  const idPrefix = schema['x-id-prefix'];
  if (typeof idPrefix !== 'string') throw new Error(`schemas/${file}: x-id-prefix is missing`);
  return { name: name as TableName, file, idPrefix, schema };
});

export function table(name: string): TableSchemaSource {
  const found = TABLES.find((t) => t.name === name);
  if (!found) throw new Error(`unknown table: ${name}`);
  return found;
}

// Loads the record schemas from schemas/: the one source of truth for every table, type and column.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const SCHEMA_DIR = fileURLToPath(new URL('../../schemas/', import.meta.url));

export type JsonSchema = { [key: string]: unknown };

export interface TableSchemaSource {
  /** The table's name, as published (`events`): from the schema's `x-table`. */
  name: string;
  /** The schema's file name in schemas/. */
  file: string;
  /** The record id prefix (`ev`), the part of the id pattern that names the table. */
  idPrefix: string;
  schema: JsonSchema;
}

/** Schema files in the order tables are published. */
const RECORD_SCHEMA_FILES = ['event.schema.json', 'quote.schema.json', 'response.schema.json'] as const;

const cache = new Map<string, JsonSchema>();

export function loadSchema(file: string): JsonSchema {
  let schema = cache.get(file);
  if (!schema) {
    schema = JSON.parse(readFileSync(SCHEMA_DIR + file, 'utf8')) as JsonSchema;
    cache.set(file, schema);
  }
  return schema;
}

export const TABLES: readonly TableSchemaSource[] = RECORD_SCHEMA_FILES.map((file) => {
  const schema = loadSchema(file);
  const name = schema['x-table'];
  if (typeof name !== 'string') throw new Error(`schemas/${file}: x-table is missing`);
  const idPrefix = schema['x-id-prefix'];
  if (typeof idPrefix !== 'string') throw new Error(`schemas/${file}: x-id-prefix is missing`);
  return { name, file, idPrefix, schema };
});

export type TableName = 'events' | 'quotes' | 'responses';

export function table(name: string): TableSchemaSource {
  const found = TABLES.find((t) => t.name === name);
  if (!found) throw new Error(`unknown table: ${name}`);
  return found;
}

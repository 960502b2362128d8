// The schema files in schemas/, read once each: what the generated types and the tables are both made from.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const SCHEMA_DIR = fileURLToPath(new URL('../../schemas/', import.meta.url));

export type JsonSchema = { [key: string]: unknown };

/** Schema files in the order tables are published. */
export const RECORD_SCHEMA_FILES = ['event.schema.json', 'quote.schema.json', 'response.schema.json'] as const;

const cache = new Map<string, JsonSchema>();

export function loadSchema(file: string): JsonSchema {
  let schema = cache.get(file);
  if (!schema) {
    schema = JSON.parse(readFileSync(SCHEMA_DIR + file, 'utf8')) as JsonSchema;
    cache.set(file, schema);
  }
  return schema;
}

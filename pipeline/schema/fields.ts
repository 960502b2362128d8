// Flattens a record schema into the columns every tabular format publishes (source.start -> source_start),
// so CSV, Arrow, Table Schema and the codebook all derive from the one list.
import type { TableSchemaSource } from './load-schemas.js';
import { type JsonSchema, loadSchema } from './schema-files.js';

type FieldType = 'string' | 'integer' | 'number' | 'boolean' | 'array';

export interface Field {
  /** Column name: nested properties joined by `_`. */
  name: string;
  /** Where the value sits in a record. */
  path: readonly string[];
  type: FieldType;
  /** For arrays: the type of their items. */
  itemType?: FieldType;
  /** `date` for calendar days. */
  format?: string;
  nullable: boolean;
  required: boolean;
  enum?: readonly (string | null)[];
  pattern?: string;
  minimum?: number;
  minLength?: number;
  /** Low-cardinality strings, dictionary-encoded where the format can (enums and `x-dictionary`). */
  dictionary: boolean;
  /** The table whose `id` this column's values (or list items) name (`x-references`). */
  references?: string;
  description: string;
}

/** Resolves a `$ref` into defs.schema.json, letting the referring property's own keywords win. */
function resolve(schema: JsonSchema): JsonSchema {
  const ref = schema.$ref;
  if (typeof ref !== 'string') return schema;
  const [file, pointer] = ref.split('#');
  let target: unknown = loadSchema(file!);
  for (const part of (pointer ?? '').split('/').filter(Boolean)) target = (target as JsonSchema)[part];
  if (!target) throw new Error(`unresolved $ref ${ref}`);
  const { $ref: _ignored, ...own } = schema;
  return { ...resolve(target as JsonSchema), ...own };
}

function typeOf(schema: JsonSchema): { type: FieldType; nullable: boolean } {
  const types = ([] as unknown[]).concat(schema.type ?? []);
  const nonNull = types.filter((t) => t !== 'null') as FieldType[];
  if (nonNull.length !== 1)
    throw new Error(`a column needs exactly one non-null type, got ${JSON.stringify(schema.type)}`);
  return { type: nonNull[0]!, nullable: types.includes('null') };
}

function flatten(schema: JsonSchema, path: string[], required: boolean, out: Field[]): void {
  const s = resolve(schema);
  if (s.type === 'object') {
    const req = new Set((s.required as string[] | undefined) ?? []);
    for (const [key, child] of Object.entries(s.properties as Record<string, JsonSchema>)) {
      flatten(child, [...path, key], required && req.has(key), out);
    }
    return;
  }
  const { type, nullable } = typeOf(s);
  const field: Field = {
    name: path.join('_'),
    path,
    type,
    nullable,
    required,
    dictionary: Array.isArray(s.enum) || s['x-dictionary'] === true,
    description: String(s.description ?? ''),
  };
  if (type === 'array') field.itemType = typeOf(resolve(s.items as JsonSchema)).type;
  if (typeof s.format === 'string') field.format = s.format;
  if (Array.isArray(s.enum)) field.enum = s.enum as (string | null)[];
  if (typeof s.pattern === 'string') field.pattern = s.pattern;
  if (typeof s.minimum === 'number') field.minimum = s.minimum;
  if (typeof s.minLength === 'number') field.minLength = s.minLength;
  if (typeof s['x-references'] === 'string') field.references = s['x-references'];
  out.push(field);
}

const cache = new WeakMap<TableSchemaSource, Field[]>();

/** The table's columns in schema order. */
export function fieldsOf(table: TableSchemaSource): readonly Field[] {
  let fields = cache.get(table);
  if (!fields) {
    fields = [];
    flatten(table.schema, [], true, fields);
    cache.set(table, fields);
  }
  return fields;
}

/** Reads a column's value out of a record. */
export function valueAt(record: unknown, field: Field): unknown {
  let value = record;
  for (const key of field.path) value = (value as Record<string, unknown> | null | undefined)?.[key];
  return value;
}

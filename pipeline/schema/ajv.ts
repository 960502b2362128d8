// One ajv instance for every schema in schemas/ (JSON Schema 2020-12, formats checked).
import { readdirSync, readFileSync } from 'node:fs';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { SCHEMA_DIR } from './schema-files.js';

// ajv-formats is CommonJS; its default export arrives wrapped under NodeNext resolution.
export const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

let instance: Ajv2020 | undefined;

function ajv(): Ajv2020 {
  if (instance) return instance;
  instance = new Ajv2020({ allErrors: true, strict: true });
  addFormats(instance);
  // papertrail's own annotations: which table a schema fills, its id prefix, dictionary-encoded columns,
  // columns whose values (or list items) are ids of another table's rows.
  instance.addVocabulary(['x-table', 'x-id-prefix', 'x-dictionary', 'x-references']);
  for (const name of readdirSync(SCHEMA_DIR)
    .filter((n) => n.endsWith('.schema.json'))
    .sort()) {
    instance.addSchema(JSON.parse(readFileSync(SCHEMA_DIR + name, 'utf8')), name);
  }
  return instance;
}

/** The compiled validator of a schema in schemas/, by file name. */
export function validatorFor(schemaFile: string): ValidateFunction {
  const validate = ajv().getSchema(schemaFile);
  if (!validate) throw new Error(`no schema ${schemaFile} in schemas/`);
  return validate;
}

/** A plain-English line for one ajv error: `/source/start must be >= 0`. */
export function describeError(error: ErrorObject): string {
  const where = error.instancePath || '(record)';
  if (error.keyword === 'additionalProperties')
    return `${where} has unknown property ${JSON.stringify(error.params.additionalProperty)}`;
  if (error.keyword === 'enum') return `${where} must be one of ${JSON.stringify(error.params.allowedValues)}`;
  return `${where} ${error.message ?? 'is invalid'}`;
}

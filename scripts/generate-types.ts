// Writes pipeline/types/records.ts from schemas/: the TypeScript types of records and metadata are derived,
// never kept by hand.
// `npm run types` rewrites it; test/schemas.test.ts fails when it is stale.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compile } from 'json-schema-to-typescript';
import { loadSchema, RECORD_SCHEMA_FILES, SCHEMA_DIR } from '../pipeline/schema/schema-files.js';

export const TYPES_FILE = fileURLToPath(new URL('../pipeline/types/records.ts', import.meta.url));

export async function recordTypesSource(): Promise<string> {
  // Read from the schema files themselves, not from TABLES, which checks its names against the file written here.
  const tables = RECORD_SCHEMA_FILES.map((file) => ({ file, name: String(loadSchema(file)['x-table']) }));
  const root = {
    title: 'Records',
    description: 'Every record table, keyed by its name.',
    type: 'object',
    additionalProperties: false,
    required: [...tables.map((t) => t.name), 'dataset', 'front_matter'],
    properties: {
      ...Object.fromEntries(tables.map((t) => [t.name, { type: 'array', items: { $ref: t.file } }])),
      dataset: { $ref: 'dataset.schema.json' },
      front_matter: { $ref: 'front-matter.schema.json' },
    },
  };
  const body = await compile(root as never, 'Records', {
    cwd: SCHEMA_DIR,
    bannerComment: '',
    additionalProperties: false,
  });
  const names = `
/** The record tables, in the order they are published: each schema's \`x-table\`. */
export const TABLE_NAMES = [${tables.map((t) => `'${t.name}'`).join(', ')}] as const;

export type TableName = (typeof TABLE_NAMES)[number];

/** One document's (or a whole dataset's) records, table by table. */
export type RecordTables = Pick<Records, TableName>;
`;
  return (
    '// Generated from schemas/ by `npm run types`. Do not edit: change the schema and regenerate.\n' + body + names
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(TYPES_FILE, await recordTypesSource());
  console.log(`wrote ${TYPES_FILE}`);
}

// Writes pipeline/types/records.ts from schemas/: the TypeScript types of records and metadata are derived,
// never kept by hand.
// `npm run types` rewrites it; test/schemas.test.ts fails when it is stale.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compile } from 'json-schema-to-typescript';
import { SCHEMA_DIR, TABLES } from '../pipeline/schema/index.js';

export const TYPES_FILE = fileURLToPath(new URL('../pipeline/types/records.ts', import.meta.url));

export async function recordTypesSource(): Promise<string> {
  const root = {
    title: 'Records',
    description: 'Every record table, keyed by its name.',
    type: 'object',
    additionalProperties: false,
    required: [...TABLES.map((t) => t.name), 'dataset', 'front_matter'],
    properties: {
      ...Object.fromEntries(TABLES.map((t) => [t.name, { type: 'array', items: { $ref: t.file } }])),
      dataset: { $ref: 'dataset.schema.json' },
      front_matter: { $ref: 'front-matter.schema.json' },
    },
  };
  const body = await compile(root as never, 'Records', {
    cwd: SCHEMA_DIR,
    bannerComment: '',
    additionalProperties: false,
  });
  return '// Generated from schemas/ by `npm run types`. Do not edit: change the schema and regenerate.\n' + body;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(TYPES_FILE, await recordTypesSource());
  console.log(`wrote ${TYPES_FILE}`);
}

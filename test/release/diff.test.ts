// papertrail diff: units over hand-made versions for each kind of change and its bump, and the command over two
// built releases.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  diffDatasets,
  type DatasetDiff,
  type LoadedVersion,
  type TableSchemaDescriptor,
} from '../../pipeline/release/index.js';
import { cli, readJson } from '../helpers.js';
import { buildReleases, type Releases } from './fixtures.js';

const SCHEMA: TableSchemaDescriptor = {
  fields: [
    { name: 'id', type: 'string', constraints: { required: true, pattern: '^qt-[0-9a-f]{16}$' } },
    { name: 'text', type: 'string', description: 'The words' },
    { name: 'kind', type: 'string', constraints: { enum: ['quote', 'paraphrase'] } },
    { name: 'start', type: 'integer', constraints: { minimum: 0 } },
  ],
  primaryKey: ['id'],
};
const RECORDS = [
  { id: 'qt-1', text: 'a', kind: 'quote', start: 1 },
  { id: 'qt-2', text: 'b', kind: 'quote', start: 2 },
];

function version(
  v: string,
  schema = SCHEMA,
  records: Record<string, unknown>[] = RECORDS,
  extra: Record<string, unknown> = {},
): LoadedVersion {
  return {
    version: v,
    package: {
      title: 'T',
      version: v,
      resources: [{ name: 'quotes', path: 'quotes.csv', format: 'csv', schema }],
      ...extra,
    },
    schemas: new Map([['quotes', schema]]),
    tables: new Map([['quotes', records]]),
  };
}
const withFields = (edit: (fields: TableSchemaDescriptor['fields']) => TableSchemaDescriptor['fields']) => ({
  ...SCHEMA,
  fields: edit(structuredClone(SCHEMA.fields)),
});
const kinds = (d: DatasetDiff) => d.schema.map((c) => c.kind);

describe('the bump each change requires', () => {
  it('none when nothing but the version and date differ', () => {
    const d = diffDatasets(version('1.0.0'), version('1.0.1', SCHEMA, RECORDS, { created: '2030-01-01T00:00:00Z' }));
    expect(d).toMatchObject({ bump: 'none', reasons: [], schema: [] });
  });

  it.each([
    ['a field added', withFields((f) => [...f, { name: 'extra', type: 'string' }]), 'field-added'],
    ['a field removed', withFields((f) => f.filter((x) => x.name !== 'kind')), 'field-removed'],
    [
      'a field renamed',
      withFields((f) => f.map((x) => (x.name === 'text' ? { ...x, name: 'words' } : x))),
      'field-renamed',
    ],
    ['fields reordered', withFields((f) => [f[0]!, f[2]!, f[1]!, f[3]!]), 'fields-reordered'],
    [
      'a type changed',
      withFields((f) => f.map((x) => (x.name === 'start' ? { ...x, type: 'number' } : x))),
      'type-changed',
    ],
    [
      'an enum narrowed',
      withFields((f) => f.map((x) => (x.name === 'kind' ? { ...x, constraints: { enum: ['quote'] } } : x))),
      'constraint-tightened',
    ],
    [
      'a minimum raised',
      withFields((f) => f.map((x) => (x.name === 'start' ? { ...x, constraints: { minimum: 1 } } : x))),
      'constraint-tightened',
    ],
    [
      'a field made required',
      withFields((f) => f.map((x) => (x.name === 'text' ? { ...x, constraints: { required: true } } : x))),
      'constraint-tightened',
    ],
    [
      'the id scheme changed',
      withFields((f) =>
        f.map((x) => (x.name === 'id' ? { ...x, constraints: { required: true, pattern: '^q-[0-9]+$' } } : x)),
      ),
      'key-changed',
    ],
  ])('major for %s', (_name, schema, kind) => {
    const d = diffDatasets(version('1.0.0'), version('1.1.0', schema));
    expect(d.bump).toBe('major');
    expect(kinds(d)).toContain(kind);
    expect(d.reasons.length).toBeGreaterThan(0);
  });

  it('names a rename with both names', () => {
    const d = diffDatasets(
      version('1.0.0'),
      version(
        '2.0.0',
        withFields((f) => f.map((x) => (x.name === 'text' ? { ...x, name: 'words' } : x))),
      ),
    );
    expect(d.schema).toEqual([
      expect.objectContaining({ kind: 'field-renamed', field: 'words', detail: 'field text renamed to words' }),
    ]);
  });

  it('major when records are removed, minor when added, patch when corrected', () => {
    expect(diffDatasets(version('1.0.0'), version('2.0.0', SCHEMA, RECORDS.slice(0, 1))).bump).toBe('major');
    const added = diffDatasets(
      version('1.0.0'),
      version('1.1.0', SCHEMA, [...RECORDS, { id: 'qt-3', text: 'c', kind: 'quote', start: 3 }]),
    );
    expect(added).toMatchObject({
      bump: 'minor',
      records: [{ table: 'quotes', added: ['qt-3'], removed: [], changed: [] }],
    });
    const corrected = diffDatasets(
      version('1.0.0'),
      version('1.0.1', SCHEMA, [RECORDS[0]!, { ...RECORDS[1]!, text: 'B', start: 5 }]),
    );
    expect(corrected).toMatchObject({
      bump: 'patch',
      records: [{ changed: [{ id: 'qt-2', fields: ['start', 'text'] }] }],
    });
  });

  it('minor for a widened enum or a new table, patch for descriptions and titles', () => {
    const widened = withFields((f) =>
      f.map((x) => (x.name === 'kind' ? { ...x, constraints: { enum: ['quote', 'paraphrase', 'summary'] } } : x)),
    );
    expect(diffDatasets(version('1.0.0'), version('1.1.0', widened))).toMatchObject({
      bump: 'minor',
      schema: [{ kind: 'constraint-loosened', detail: 'field kind: enum widened: "summary" allowed' }],
    });
    const next = version('1.1.0');
    next.schemas.set('events', SCHEMA);
    next.tables.set('events', []);
    expect(diffDatasets(version('1.0.0'), next)).toMatchObject({
      bump: 'minor',
      schema: [{ kind: 'table-added', table: 'events' }],
    });
    const described = withFields((f) =>
      f.map((x) => (x.name === 'text' ? { ...x, description: 'The quoted words' } : x)),
    );
    expect(diffDatasets(version('1.0.0'), version('1.0.1', described)).bump).toBe('patch');
    expect(diffDatasets(version('1.0.0'), version('1.0.1', SCHEMA, RECORDS, { title: 'New title' }))).toMatchObject({
      bump: 'patch',
      metadata: ['title'],
    });
  });
});

describe('papertrail diff over two builds', () => {
  let r: Releases;
  beforeAll(async () => {
    r = await buildReleases();
  });

  it('reports the records each table gained and lost, as the JSON files say', async () => {
    const result = await cli(['diff', r.v1, r.v2, '--json']);
    expect(result.code).toBe(0);
    const diff = JSON.parse(result.stdout) as DatasetDiff;
    expect(diff).toMatchObject({ from: '1.0.0', to: '1.1.0', schema: [] });
    for (const t of diff.records) {
      const ids = (dir: string) =>
        new Set(readJson<{ id: string }[]>(path.join(dir, `${t.table}.json`)).map((x) => x.id));
      const [before, after] = [ids(r.v1), ids(r.v2)];
      expect(t.added).toEqual([...after].filter((id) => !before.has(id)).sort());
      expect(t.removed).toEqual([...before].filter((id) => !after.has(id)).sort());
    }
    expect(diff.records.some((t) => t.added.length)).toBe(true);
    const removed = diff.records.some((t) => t.removed.length);
    expect(diff.bump).toBe(removed ? 'major' : 'minor');
  });

  it('prints the bump and its reasons for people', async () => {
    const result = await cli(['diff', r.v1, r.v2]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^1\.0\.0 -> 1\.1\.0: (minor|major) change\n\nReasons:\n {2}(minor|major) /);
    expect(result.stdout).toMatch(/records added/);
  });

  it('is empty between a version and itself, and exits 1 on a folder that is no version', async () => {
    expect(JSON.parse((await cli(['diff', r.v1, r.v1, '--json'])).stdout)).toMatchObject({ bump: 'none', reasons: [] });
    const bad = await cli(['diff', r.v1, r.sources]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('datapackage.json');
    expect((await cli(['diff', r.v1])).code).toBe(2);
  });
});

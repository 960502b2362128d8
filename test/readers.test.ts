// What build writes, opened by readers nobody here wrote: nodejs-polars for Arrow, ajv over the official
// Frictionless profile for datapackage.json, csv-parse for the CSV conventions.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { parse } from 'csv-parse/sync';
import pl from 'nodejs-polars';
import { beforeAll, describe, expect, it } from 'vitest';
import { HAS_SHARED, ROOT, SHARED, cli, readJson, tempDir } from './helpers.js';

const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;
const out = tempDir();
const version = path.join(out, '1.0.0');
const TABLES = ['events', 'quotes', 'responses'] as const;

beforeAll(async () => {
  const r = await cli(['build', '--out', out]);
  expect(r.code).toBe(0);
});

describe('Arrow files read by nodejs-polars', () => {
  it.each(TABLES)('%s.arrow has the typed columns and every row', (table) => {
    const df = pl.readIPC(readFileSync(path.join(version, `${table}.arrow`)));
    const json = readJson<Record<string, unknown>[]>(path.join(version, `${table}.json`));
    expect(df.height).toBe(json.length);
    const header = readFileSync(path.join(version, `${table}.csv`), 'utf8')
      .split('\r\n')[0]!
      .split(',');
    expect(df.columns).toEqual(header);
    // polars names types DataType(List(DataType(String))); keep the names alone: List(String).
    const name = (type: unknown) => {
      const text = String(type);
      const wrappers = text.split('DataType(').length - 1;
      return text.replace(/DataType\(/g, '').slice(0, text.length - 'DataType('.length * wrappers - wrappers);
    };
    const types = Object.fromEntries(Object.entries(df.schema).map(([k, v]) => [k, name(v)]));
    expect(types.id).toBe('String');
    expect(types.citations).toBe('List(String)');
    expect(types.source_start).toBe('Int32');
    if (table === 'events') {
      expect(types.date_start).toBe('Date');
      expect(types.date_end).toBe('Date');
      expect(types.actors).toBe('List(String)');
      expect(types.event_type).toBe('Categorical');
    }
    if (table === 'quotes') {
      expect(types.kind).toBe('Categorical');
      expect(types.closed).toBe('Bool');
    }
    if (table === 'responses') {
      expect(types.country).toBe('Categorical');
      expect(types.quote_ids).toBe('List(String)');
    }
    // The values agree with the JSON records, nulls included.
    const records = df.toRecords() as Record<string, unknown>[];
    records.forEach((row, i) => {
      expect(row.id).toBe(json[i]!.id);
      expect(row.source_start).toBe((json[i]!.source as { start: number }).start);
      expect(row.citations).toEqual(json[i]!.citations);
    });
  });

  it('keeps the month an event covers as Date32 days', () => {
    const df = pl.readIPC(readFileSync(path.join(version, 'events.arrow')));
    const month = (df.toRecords() as unknown as { date: string | null; date_start: Date; date_end: Date }[]).find(
      (r) => r.date === '2019-11',
    );
    expect(month?.date_start.toISOString().slice(0, 10)).toBe('2019-11-01');
    expect(month?.date_end.toISOString().slice(0, 10)).toBe('2019-11-30');
  });
});

describe('datapackage.json', () => {
  const pkg = () =>
    readJson<{
      resources: {
        name: string;
        path: string;
        bytes: number;
        hash: string;
        schema?: { fields: { name: string; type: string }[]; foreignKeys?: unknown[] };
      }[];
      licenses: { name: string }[];
      sources: { title: string; path?: string }[];
      created: string;
    }>(path.join(version, 'datapackage.json'));

  it.skipIf(!HAS_SHARED)('passes the official Frictionless v2 profile from ../shared', () => {
    const profile = JSON.parse(readFileSync(path.join(SHARED, 'vendor/frictionless/2.0/datapackage.json'), 'utf8'));
    const ajv = new Ajv({ strict: false, allErrors: true, formats: { textarea: true } });
    addFormats(ajv);
    const validate = ajv.compile(profile);
    expect(validate(pkg()), JSON.stringify(validate.errors)).toBe(true);
  });

  it('the vendored profile is the official one, unmodified', () => {
    const vendored = readFileSync(path.join(ROOT, 'vendor/frictionless/2.0/datapackage.json'));
    expect(createHash('sha256').update(vendored).digest('hex')).toBe(
      'a9ef0fc168b3402ae7aa7d22bbcb798e0db6b639e7ee15ff4aa177463cea7112',
    );
  });

  it('describes every table file with its size, hash, licence and source', () => {
    const p = pkg();
    expect(p.resources.map((r) => r.path).sort()).toEqual(
      TABLES.flatMap((t) => ['arrow', 'csv', 'json', 'ndjson', 'parquet'].map((ext) => `${t}.${ext}`)).sort(),
    );
    for (const r of p.resources) expect(r.bytes).toBe(readFileSync(path.join(version, r.path)).length);
    expect(p.licenses[0]!.name).toBe('CC-BY-SA-4.0');
    expect(p.sources[0]!.title).toMatch(/Xinjiang/);
    expect(p.created).toBe('2023-11-14T22:13:20Z');
    const responses = p.resources.find((r) => r.name === 'responses')!;
    expect(responses.schema!.foreignKeys).toEqual([
      { fields: ['quote_ids'], reference: { resource: 'quotes', fields: ['id'] } },
    ]);
    const events = p.resources.find((r) => r.name === 'events')!;
    expect(events.schema!.fields.find((f) => f.name === 'date_start')!.type).toBe('date');
    expect(events.schema!.fields.find((f) => f.name === 'actors')!.type).toBe('array');
  });

  it('its foreign keys hold: every quote_ids entry names a quote', () => {
    const quotes = new Set(readJson<{ id: string }[]>(path.join(version, 'quotes.json')).map((q) => q.id));
    const responses = readJson<{ quote_ids: string[] }[]>(path.join(version, 'responses.json'));
    expect(responses.length).toBeGreaterThan(0);
    for (const r of responses) for (const id of r.quote_ids) expect(quotes.has(id)).toBe(true);
  });
});

describe('CSV conventions', () => {
  it('RFC 4180 with CRLF, no BOM, JSON arrays in list cells, empty cells for null', () => {
    const bytes = readFileSync(path.join(version, 'events.csv'));
    expect(bytes.subarray(0, 3).toString('hex')).not.toBe('efbbbf');
    const text = bytes.toString('utf8');
    expect(text.endsWith('\r\n')).toBe(true);
    // Every line break outside quoted cells is CRLF.
    expect(text.replace(/"(?:[^"]|"")*"/g, '')).not.toMatch(/[^\r]\n/);
    const rows = parse(bytes, { columns: true }) as Record<string, string>[];
    const json = readJson<{ id: string; actors: string[]; date: string | null }[]>(path.join(version, 'events.json'));
    expect(rows.length).toBe(json.length);
    rows.forEach((row, i) => {
      expect(JSON.parse(row.actors!)).toEqual(json[i]!.actors);
      expect(row.date).toBe(json[i]!.date ?? '');
    });
  });
});

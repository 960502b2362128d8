// Every published file opened by the tools researchers use, none written here: DuckDB reads CSV, NDJSON, JSON and
// Parquet; nodejs-polars reads Arrow and Parquet; pandas (Debian's python3-pandas) reads CSV and JSON with list and
// date columns parsed as documented; the README's recipes and the example notebook run against a fresh build.
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import pl from 'nodejs-polars';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, cli, readJson, tempDir } from './helpers.js';

const run = promisify(execFile);
const TABLES = ['events', 'quotes', 'responses'] as const;
// Debian's interpreter, where apt puts pandas; `python3` on PATH may be another one.
const PYTHON = '/usr/bin/python3';
const has = (check: () => unknown) => {
  try {
    check();
    return true;
  } catch {
    return false;
  }
};
const HAS_PANDAS = has(() => execFileSync(PYTHON, ['-c', 'import pandas'], { stdio: 'ignore' }));
const HAS_JUPYTER = has(() => execFileSync('jupyter-nbconvert', ['--version'], { stdio: 'ignore' }));
// .ci/run installs both; only a developer's machine without them may skip.
const mustRun = process.env.CI === 'true';

const work = tempDir();
const dist = path.join(work, 'dist');
const version = path.join(dist, '1.0.0');
let duck: DuckDBConnection;
const json = (table: string) => readJson<Record<string, unknown>[]>(path.join(version, `${table}.json`));

beforeAll(async () => {
  mkdirSync(dist);
  const r = await cli(['build', '--out', dist]);
  expect(r.code).toBe(0);
  duck = await (await DuckDBInstance.create(':memory:')).connect();
});
afterAll(() => duck?.closeSync());

async function query(sql: string) {
  const result = await duck.runAndReadAll(sql);
  return {
    names: result.columnNames(),
    types: result.columnTypes().map(String),
    rows: result.getRowObjectsJson() as Record<string, unknown>[],
  };
}

describe('DuckDB', () => {
  it.each(TABLES)('reads %s as CSV, NDJSON, JSON and Parquet with the same rows', async (table) => {
    const expected = json(table);
    const file = (ext: string) => `'${path.join(version, `${table}.${ext}`)}'`;
    const csv = await query(`SELECT * FROM read_csv(${file('csv')}) ORDER BY id`);
    const ndjson = await query(`SELECT * FROM read_ndjson(${file('ndjson')}) ORDER BY id`);
    const fromJson = await query(`SELECT * FROM read_json(${file('json')}) ORDER BY id`);
    const parquet = await query(`SELECT * FROM read_parquet(${file('parquet')}) ORDER BY id`);
    for (const r of [csv, ndjson, fromJson, parquet]) expect(r.rows.length).toBe(expected.length);
    expect(parquet.names).toEqual(csv.names);
    expect(ndjson.names).toEqual(
      Object.keys(expected[0] ?? { id: 1 }).length ? Object.keys(expected[0]!) : ndjson.names,
    );
    const ids = expected.map((r) => r.id).sort();
    expect(parquet.rows.map((r) => r.id)).toEqual(ids);
    expect(fromJson.rows.map((r) => r.id)).toEqual(ids);
    // Parquet keeps the Arrow types.
    const types = Object.fromEntries(parquet.names.map((n, i) => [n, parquet.types[i]]));
    expect(types.citations).toBe('VARCHAR[]');
    expect(types.source_start).toBe('INTEGER');
    if (table === 'events') expect(types.date_start).toBe('DATE');
    if (table === 'quotes') expect(types.closed).toBe('BOOLEAN');
  });

  it('finds a known quote with its speaker and citations in the Parquet file', async () => {
    const { rows } = await query(
      `SELECT speaker, citations FROM read_parquet('${path.join(version, 'quotes.parquet')}') WHERE text = 'disturbing'`,
    );
    expect(rows).toEqual([{ speaker: 'Marise Payne', citations: ['18'] }]);
  });
});

describe('nodejs-polars', () => {
  it.each(TABLES)('reads the Parquet file of %s with the same columns and rows as its Arrow file', (table) => {
    const arrow = pl.readIPC(readFileSync(path.join(version, `${table}.arrow`)));
    const parquet = pl.readParquet(readFileSync(path.join(version, `${table}.parquet`)));
    expect(parquet.columns).toEqual(arrow.columns);
    expect(parquet.height).toBe(arrow.height);
    expect(parquet.height).toBe(json(table).length);
    expect(String(parquet.schema.citations)).toBe(String(arrow.schema.citations));
    if (table === 'events') expect(String(parquet.schema.date_start)).toBe(String(arrow.schema.date_start));
  });
});

describe.skipIf(!HAS_PANDAS && !mustRun)('pandas', () => {
  it('reads the CSV and JSON files, parsing lists and dates as documented', async () => {
    const script = `
import json, sys
import pandas as pd
base = sys.argv[1]
events = pd.read_csv(base + "/events.csv", dtype={"date": "string"}, parse_dates=["date_start", "date_end"],
                     converters={"actors": json.loads, "citations": json.loads})
quotes = pd.read_json(base + "/quotes.json", dtype={"date": "string"}, convert_dates=False)
responses = pd.read_csv(base + "/responses.csv", converters={"quote_ids": json.loads, "citations": json.loads})
month = events[events["date"] == "2019-11"].iloc[0]
print(json.dumps({
  "rows": [len(events), len(quotes), len(responses)],
  "date_start_dtype": str(events["date_start"].dtype),
  "month": [str(month["date_start"].date()), str(month["date_end"].date())],
  "actors_is_list": all(isinstance(a, list) for a in events["actors"]),
  "citations_is_list": all(isinstance(c, list) for c in quotes["citations"]),
  "source_start": quotes["source"].iloc[0]["start"] if len(quotes) else None,
  "quote_dates": sorted(set(quotes["date"].dropna())),
}))`;
    const { stdout } = await run(PYTHON, ['-c', script, version]);
    const out = JSON.parse(stdout) as Record<string, unknown>;
    expect(out.rows).toEqual(TABLES.map((t) => json(t).length));
    expect(out.date_start_dtype).toBe('datetime64[ns]');
    expect(out.month).toEqual(['2019-11-01', '2019-11-30']);
    expect(out.actors_is_list).toBe(true);
    expect(out.citations_is_list).toBe(true);
    expect(out.source_start).toBe((json('quotes')[0]!.source as { start: number }).start);
    // Partial dates stay text: pandas would read a column named "date" as timestamps (2019-11 as 2019-11-01).
    const quoteDates = [
      ...new Set(
        json('quotes')
          .map((q) => q.date)
          .filter((d): d is string => typeof d === 'string'),
      ),
    ].sort();
    expect(quoteDates.length).toBeGreaterThan(0);
    expect(out.quote_dates).toEqual(quoteDates);
  });

  it("runs the README's pandas, DuckDB and shell recipes as written", async () => {
    // The recipes are the code blocks of the README's loading section.
    const readme = /## Loading the data\n([\s\S]*?)\n## /.exec(readFileSync(path.join(ROOT, 'README.md'), 'utf8'))![1]!;
    const blocks = [...readme.matchAll(/```(\w+)\n([\s\S]*?)```/g)].map((m) => ({ lang: m[1]!, code: m[2]! }));
    // The recipes name dist/1.0.0/...; run them from a folder where that is this build.
    const python = blocks.filter((b) => b.lang === 'python' && /\bpandas\b/.test(b.code));
    const sql = blocks.filter((b) => b.lang === 'sql');
    expect(python.length).toBeGreaterThan(0);
    expect(sql.length).toBeGreaterThan(0);
    for (const b of python) await run(PYTHON, ['-c', b.code], { cwd: work });
    const shell = blocks.filter((b) => b.lang === 'sh' && b.code.includes('dist/'));
    expect(shell.length).toBeGreaterThan(0);
    for (const b of shell) {
      const { stdout } = await run('bash', ['-euo', 'pipefail', '-c', b.code], { cwd: work });
      expect(stdout).toContain('quotes.csv: OK');
    }
    for (const b of sql) {
      for (const statement of b.code
        .split(';')
        .map((s) => s.replace(/--.*$/gm, '').trim())
        .filter(Boolean)) {
        const result = await duck.runAndReadAll(statement.replaceAll("'dist/", `'${dist}/`));
        expect(result.columnCount).toBeGreaterThan(0);
      }
    }
  });
});

describe.skipIf(!HAS_JUPYTER && !mustRun)('the example notebook', () => {
  it('executes headless against the fresh build', async () => {
    const output = path.join(work, 'analysis.out.ipynb');
    await run(
      'jupyter-nbconvert',
      ['--to', 'notebook', '--execute', path.join(ROOT, 'examples', 'analysis.ipynb'), '--output', output],
      {
        env: {
          ...process.env,
          PAPERTRAIL_DATA: version,
          PATH: `/usr/bin:${process.env.PATH ?? ''}`,
          PYDEVD_DISABLE_FILE_VALIDATION: '1',
        },
        timeout: 240_000,
      },
    );
    expect(existsSync(output)).toBe(true);
    const cells = readJson<{
      cells: {
        cell_type: string;
        outputs?: { output_type: string; text?: string[]; data?: Record<string, unknown> }[];
      }[];
    }>(output).cells;
    const outputs = cells.flatMap((c) => c.outputs ?? []);
    expect(outputs.some((o) => o.output_type === 'error')).toBe(false);
    const printed = outputs.flatMap((o) => o.text ?? []).join('');
    expect(printed).toContain(
      `${json('events').length} events, ${json('quotes').length} quotes, ${json('responses').length} responses`,
    );
    // Both charts were drawn.
    expect(outputs.filter((o) => o.data && 'image/png' in o.data).length).toBe(2);
  });
});

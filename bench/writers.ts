// Times each table format's writer alone on generated records, against DuckDB copying the same records from
// NDJSON to CSV and to Parquet. Run as a child of bench/run.ts: prints one JSON line of results.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { DictionarySurvey } from '../pipeline/publish/arrow-table.js';
import { TABLE_FORMATS } from '../pipeline/publish/formats.js';
import { table } from '../pipeline/schema/index.js';
import { generateQuotes } from './records.js';

export interface WriterTiming {
  name: string;
  seconds: number;
  bytes: number;
}

const seconds = (since: bigint) => Number(process.hrtime.bigint() - since) / 1e9;

/**
 * Records are generated as each writer takes them, as a build streams them from its spool: a million records held
 * in memory would make every garbage collection scan them, which no build does. The time to generate them (and to
 * survey their dictionary values, which a build does once for Arrow and Parquet) is measured alone and taken off.
 */
async function main(count: number): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'papertrail-bench-writers-'));
  const timings: WriterTiming[] = [];
  try {
    let start = process.hrtime.bigint();
    for (const _record of generateQuotes(count));
    const generating = seconds(start);
    start = process.hrtime.bigint();
    const survey = new DictionarySurvey(table('quotes'));
    for (const record of generateQuotes(count)) survey.add(record);
    const surveying = seconds(start) - generating;
    for (const format of TABLE_FORMATS) {
      start = process.hrtime.bigint();
      const writer = format.open(table('quotes'), dir, survey.result());
      for (const record of generateQuotes(count)) {
        const wait = writer.write(record);
        if (wait) await wait;
      }
      const artifact = await writer.finish();
      timings.push({
        name: format.name,
        seconds: seconds(start) - generating + (format.tabular ? surveying : 0),
        bytes: artifact.bytes,
      });
    }
    const connection = await (await DuckDBInstance.create(':memory:')).connect();
    // DuckDB reads the NDJSON file the ndjson writer just wrote: the same records.
    const ndjson = path.join(dir, 'quotes.ndjson');
    for (const [name, target] of [
      ['duckdb csv', 'duck.csv'],
      ['duckdb parquet', 'duck.parquet'],
    ] as const) {
      const start = process.hrtime.bigint();
      await connection.run(
        `COPY (SELECT * FROM read_ndjson('${ndjson}')) TO '${path.join(dir, target)}' (FORMAT ${name.split(' ')[1]})`,
      );
      timings.push({ name, seconds: seconds(start), bytes: 0 });
    }
    connection.closeSync();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(JSON.stringify({ records: count, timings }));
}

await main(Number(process.argv[2] ?? 1_000_000));

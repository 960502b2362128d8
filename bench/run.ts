// `npm run bench [-- --sizes 1,10,100] [--large 2,10] [--writer-records N] [--skip-incremental]`: the command
// line's start-up; for each corpus size (MB), one after another, the floor (read and remark-parse every document),
// extraction, and a full `papertrail build`, each in its own process; then a rebuild after one of 1,000 documents
// changed; then single large documents of several shapes (bench/large.ts); then the format writers alone against
// DuckDB. Prints MB/s, records/s, peak RSS and the ratios the goals name.
import { execFileSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DOCUMENT_BYTES, writeCorpus } from './corpus.js';
import { largeDocuments } from './large.js';
import type { WriterTiming } from './writers.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CORPUS_DIR = path.join(ROOT, 'bench', '.corpus');
const PRELOAD = ['--import', 'tsx', '--import', './bench/report-usage.ts'];

interface Measure {
  seconds: number;
  records: number;
  maxRssMb: number;
}

/** Runs `node args` from the project root; returns its stdout and peak RSS. */
function run(args: string[]): { stdout: string; maxRssMb: number } {
  const usage = path.join(mkdtempSync(path.join(os.tmpdir(), 'papertrail-bench-usage-')), 'usage.json');
  const stdout = execFileSync(process.execPath, [...PRELOAD, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 1 << 26,
    env: { ...process.env, BENCH_USAGE: usage, SOURCE_DATE_EPOCH: '1700000000' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const { maxRssKb } = JSON.parse(readFileSync(usage, 'utf8')) as { maxRssKb: number };
  rmSync(path.dirname(usage), { recursive: true, force: true });
  return { stdout, maxRssMb: maxRssKb / 1024 };
}

function phase(name: 'floor' | 'extract', dir: string): Measure {
  const { stdout, maxRssMb } = run(['bench/phase.ts', name, dir]);
  const { seconds, records } = JSON.parse(stdout.trim().split('\n').at(-1)!) as { seconds: number; records: number };
  return { seconds, records, maxRssMb };
}

/** The whole command as a user runs it, start-up included; no cache unless one is given. */
function build(dir: string, cache?: string): Measure {
  const out = mkdtempSync(path.join(os.tmpdir(), 'papertrail-bench-build-'));
  try {
    const start = process.hrtime.bigint();
    const { maxRssMb } = run([
      'bin/papertrail.js',
      'build',
      '--sources',
      dir,
      '--out',
      out,
      ...(cache ? ['--cache', cache] : ['--no-cache']),
    ]);
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    const index = JSON.parse(readFileSync(path.join(out, 'index.json'), 'utf8')) as {
      versions: { records: Record<string, number> }[];
    };
    const records = Object.values(index.versions[0]!.records).reduce((a, b) => a + b, 0);
    return { seconds, records, maxRssMb };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function medianOf(measures: Measure[]): Measure {
  return {
    seconds: median(measures.map((m) => m.seconds)),
    records: measures[0]!.records,
    maxRssMb: median(measures.map((m) => m.maxRssMb)),
  };
}

const fixed = (n: number, digits = 1) => n.toFixed(digits).padStart(9);

/**
 * The incremental build: 1,000 documents of 10 KB built with an empty cache, then one document changed and built
 * again with that cache; the ratio of the second to the first (goal under 5%).
 */
function incremental(): void {
  const dir = path.join(CORPUS_DIR, 'incremental');
  const ratios: number[] = [];
  const lines: string[] = [];
  for (let i = 0; i < 3; i++) {
    writeCorpus(dir, 1000, 7, 10_000);
    const cache = mkdtempSync(path.join(os.tmpdir(), 'papertrail-bench-cache-'));
    try {
      const full = build(dir, cache);
      appendFileSync(
        path.join(dir, 'doc-00500.txt'),
        '\nA spokesperson said on 3 May 2021 that the ministry "regrets nothing".[7]\n',
      );
      const again = build(dir, cache);
      ratios.push(again.seconds / full.seconds);
      lines.push(`full ${full.seconds.toFixed(2)} s, after one change ${again.seconds.toFixed(2)} s`);
    } finally {
      rmSync(cache, { recursive: true, force: true });
    }
  }
  console.log(`\nincremental, 1,000 documents of 10 KB: ${lines.join('; ')}`);
  console.log(`rebuild / full build: median ${(median(ratios) * 100).toFixed(1)}% (goal < 5%)`);
}

/** `papertrail --help` as a user starts it, without the bench's preloads: the cost of starting the command line. */
function startUp(): void {
  const seconds = Array.from({ length: 11 }, () => {
    const start = process.hrtime.bigint();
    execFileSync(process.execPath, ['bin/papertrail.js', '--help'], { cwd: ROOT, stdio: 'ignore' });
    return Number(process.hrtime.bigint() - start) / 1e9;
  });
  console.log(`start-up, papertrail --help: median ${median(seconds).toFixed(3)} s of 11 runs (goal < 0.3 s)\n`);
}

function main(): void {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '1,10,100' },
      'writer-records': { type: 'string', default: '1000000' },
      'skip-incremental': { type: 'boolean', default: false },
      large: { type: 'string', default: '2,10' },
    },
  });
  const sizes = values.sizes.split(',').map(Number);
  const builds = new Map<number, number>();
  startUp();
  console.log('size   phase       runs  seconds     MB/s records/s  peak RSS MB');
  for (const size of sizes) {
    const dir = path.join(CORPUS_DIR, `${size}mb`);
    writeCorpus(dir, Math.max(1, Math.round((size * 1e6) / DOCUMENT_BYTES)));
    const megabytes = Number(execFileSync('du', ['-sb', dir], { encoding: 'utf8' }).split('\t')[0]) / 1e6;
    // The large size runs once: it takes minutes and two shared cores.
    const runs = size >= 100 ? 1 : 3;
    const results: Record<string, Measure> = {};
    for (const [name, measure] of [
      ['floor', () => phase('floor', dir)],
      ['extract', () => phase('extract', dir)],
      ['build', () => build(dir)],
    ] as const) {
      const m = medianOf(Array.from({ length: runs }, measure));
      results[name] = m;
      console.log(
        `${String(size).padStart(3)} MB ${name.padEnd(10)} ${String(runs).padStart(5)} ${fixed(m.seconds, 2)} ${fixed(megabytes / m.seconds, 2)} ${fixed(m.records / m.seconds, 0)} ${fixed(m.maxRssMb, 0)}`,
      );
    }
    builds.set(size, results.build!.seconds);
    console.log(
      `${String(size).padStart(3)} MB full build / floor: ${(results.build!.seconds / results.floor!.seconds).toFixed(1)}x, extraction / floor: ${(results.extract!.seconds / results.floor!.seconds).toFixed(1)}x`,
    );
  }
  if (builds.has(10) && builds.has(100))
    console.log(`cost(100 MB) / cost(10 MB): ${(builds.get(100)! / builds.get(10)!).toFixed(1)} (goal <= 11)`);

  if (!values['skip-incremental']) incremental();

  if (values.large) largeDocuments(values.large.split(',').map(Number));

  const records = Number(values['writer-records']);
  const { stdout, maxRssMb } = run(['bench/writers.ts', String(records)]);
  const { timings } = JSON.parse(stdout.trim().split('\n').at(-1)!) as { timings: WriterTiming[] };
  const time = (name: string) => timings.find((t) => t.name === name)!.seconds;
  console.log(`\nwriters on ${records} quotes (peak RSS ${maxRssMb.toFixed(0)} MB; goal >= 150000 records/s each)`);
  for (const t of timings)
    console.log(`${t.name.padEnd(15)} ${fixed(t.seconds, 2)} s ${fixed(records / t.seconds, 0)} records/s`);
  console.log(`csv / duckdb csv: ${(time('csv') / time('duckdb csv')).toFixed(2)}x the time`);
  const viaDuckdb = time('ndjson') + time('duckdb parquet');
  console.log(`parquet / (ndjson + duckdb parquet): ${(time('parquet') / viaDuckdb).toFixed(2)}x the time (goal <= 1)`);
}

main();

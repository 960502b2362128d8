// One large document at a time through `papertrail extract --format ndjson` and `papertrail build`, each in its own
// process: seconds, the remark-parse floor for the same file, their ratio, peak RSS, and the peak over the base (the
// same step on a one-line document) per megabyte; then, per shape, what each megabyte more costs between 2 and 4 MB
// (both on a worker thread, whose fixed cost cancels out): the figure issue 14 bounds at about 40. Shapes: ordinary prose,
// one paragraph of unclosed quotes, and a Markdown table of short quotes. A document that gives more records than
// --max-records-per-document is refused: that is reported as the outcome, with its cost.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateDocument } from './corpus.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const MB = 1024 * 1024;

const SHAPES: [string, string, (bytes: number) => string][] = [
  ['ordinary prose', 'prose.txt', (bytes) => generateDocument(11, bytes)],
  ['unclosed quotes, one paragraph', 'unclosed.txt', (bytes) => 'He said "x '.repeat(Math.ceil(bytes / 11))],
  [
    'table of short quotes',
    'table.md',
    (bytes) => {
      const rows: string[] = ['| a | b | c | d | e |', '|---|---|---|---|---|'];
      for (let i = 0, size = 0; size < bytes; i++) {
        const row = `| ${Array.from({ length: 5 }, (_, j) => `r${i}c${j} said "x${i}"`).join(' | ')} |`;
        rows.push(row);
        size += row.length + 1;
      }
      return `${rows.join('\n')}\n`;
    },
  ],
];

interface Run {
  seconds: number;
  maxRssMb: number;
  code: number | null;
  stderr: string;
}

/** `node [preload] args` with stdout discarded; its time, exit code, peak RSS and the end of its stderr. */
function timed(args: string[]): Run {
  const usage = path.join(mkdtempSync(path.join(os.tmpdir(), 'papertrail-bench-usage-')), 'usage.json');
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--import', './bench/report-usage.ts', ...args], {
    cwd: ROOT,
    env: { ...process.env, BENCH_USAGE: usage, SOURCE_DATE_EPOCH: '1700000000' },
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  let maxRssMb = NaN;
  try {
    maxRssMb = (JSON.parse(readFileSync(usage, 'utf8')) as { maxRssKb: number }).maxRssKb / 1024;
  } catch {
    // A process killed by V8 writes no usage.
  }
  rmSync(path.dirname(usage), { recursive: true, force: true });
  return { seconds, maxRssMb, code: r.status, stderr: r.stderr.trim() };
}

const outcome = (r: Run) =>
  r.code === 0
    ? 'records'
    : /too-many-records/.test(r.stderr)
      ? 'refused (too many records)'
      : `failed (${r.code}): ${r.stderr.split('\n').at(-1)!.slice(0, 120)}`;

/** A sources folder in `dir` holding one document, `name`, with `text`. */
function sourcesWith(dir: string, name: string, text: string): string {
  const sources = path.join(dir, 'sources');
  mkdirSync(sources);
  writeFileSync(path.join(sources, name), text);
  const dataset = readFileSync(path.join(ROOT, 'sources', 'dataset.yaml'), 'utf8').replace(
    /sources:[\s\S]*$/,
    `sources:\n  - document: ${name}\n    title: Benchmark\n    author: papertrail\n    licence: CC0-1.0\n    attribution: Generated for the benchmark.\n`,
  );
  writeFileSync(path.join(sources, 'dataset.yaml'), dataset);
  return sources;
}

/** `extract` and `build` of the one document in `sources`, with `extra` options for both. */
function steps(dir: string, sources: string, name: string, extra: string[] = []): [string, Run][] {
  return [
    [
      'extract',
      timed([
        'bin/papertrail.js',
        'extract',
        path.join(sources, name),
        '--sources',
        sources,
        '--format',
        'ndjson',
        ...extra,
      ]),
    ],
    [
      'build',
      timed([
        'bin/papertrail.js',
        'build',
        '--sources',
        sources,
        '--out',
        path.join(dir, 'dist'),
        '--no-cache',
        ...extra,
      ]),
    ],
  ];
}

/** The sizes between which the cost of one more megabyte is measured, above the fixed cost of a worker thread. */
const MARGINAL_MB = [2, 4] as const;

/**
 * Peak RSS a megabyte more of a shape costs each step: (peak at 4 MB - peak at 2 MB) / 2, with no record limit so
 * the dense shapes are extracted too. Both sizes run on a worker thread, so its fixed cost cancels out.
 */
function marginal(name: string, make: (bytes: number) => string): Map<string, number> {
  const peaks = MARGINAL_MB.map((size) => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'papertrail-bench-large-'));
    try {
      const sources = sourcesWith(dir, name, make(size * MB));
      return new Map(
        steps(dir, sources, name, ['--max-records-per-document', '10000000']).map(([step, r]) => [step, r.maxRssMb]),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  const [low, high] = MARGINAL_MB;
  return new Map(
    [...peaks[0]!.keys()].map((step) => [step, (peaks[1]!.get(step)! - peaks[0]!.get(step)!) / (high - low)]),
  );
}

export function largeDocuments(sizesMb: readonly number[]): void {
  const baseDir = mkdtempSync(path.join(os.tmpdir(), 'papertrail-bench-base-'));
  const base = new Map<string, number>();
  try {
    const sources = sourcesWith(baseDir, 'one.txt', 'On 3 May 2020 the minister said "we will look into it".\n');
    for (const [step, r] of steps(baseDir, sources, 'one.txt')) base.set(step, r.maxRssMb);
  } finally {
    rmSync(baseDir, { recursive: true, force: true });
  }
  console.log(
    `\nlarge single documents (one run each; base: the peak RSS of the step on a one-line document, extract ${base.get('extract')!.toFixed(0)} MB, build ${base.get('build')!.toFixed(0)} MB)`,
  );
  console.log('shape                            MB   step     seconds  x floor  peak RSS MB  over base/MB  outcome');
  for (const [label, name, make] of SHAPES) {
    for (const size of sizesMb) {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'papertrail-bench-large-'));
      try {
        const sources = sourcesWith(dir, name, make(size * MB));
        const floor = timed(['bench/phase.ts', 'floor', sources]);
        for (const [step, r] of steps(dir, sources, name)) {
          console.log(
            `${label.padEnd(31)} ${String(size).padStart(3)}   ${step.padEnd(8)} ${r.seconds.toFixed(1).padStart(7)} ${(r.seconds / floor.seconds).toFixed(1).padStart(8)} ${r.maxRssMb.toFixed(0).padStart(12)} ${((r.maxRssMb - base.get(step)!) / size).toFixed(0).padStart(13)}  ${outcome(r)}`,
          );
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
    const more = marginal(name, make);
    console.log(
      `${label.padEnd(31)} each MB more (${MARGINAL_MB.join(' -> ')} MB, no record limit): extract ${more.get('extract')!.toFixed(0)} MB, build ${more.get('build')!.toFixed(0)} MB of peak RSS`,
    );
  }
}

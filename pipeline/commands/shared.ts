// What several commands share: options and their help text, how they are read, how diagnostics are reported, and
// the build that build and merge both run.
import { statSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import type { VFile } from 'vfile';
import { build, displayPath, type BuildOptions, type BuildResult } from '../build.js';
import { formatMessage } from '../base/diagnostics.js';
import { DEFAULT_MAX_RECORDS } from '../extract/index.js';
import { progressReporter } from '../orchestrate/index.js';
import { DEFAULT_READ_OPTIONS, type ReadOptions } from '../read/index.js';
import { SourceDateError } from '../read/source-date.js';
import { annotate, inActions } from '../release/index.js';
import { UsageError, type Io } from './command.js';

export const VERBOSE = { verbose: { type: 'boolean', short: 'v' } } as const;
export const SOURCES_OUT = {
  sources: { type: 'string', default: 'sources' },
  out: { type: 'string', default: 'dist' },
} as const;

/** Prints every message (info only when verbose) and annotates in GitHub Actions. */
export function report(files: readonly VFile[], io: Io, verbose: boolean): void {
  for (const file of files) {
    for (const m of file.messages)
      if (m.fatal !== undefined && m.fatal !== null ? true : verbose) io.err(formatMessage(file, m));
  }
  if (inActions(io.env)) annotate(files);
}

export const READ_OPTIONS = { 'max-document-size': { type: 'string' } } as const;
export const EXTRACT_OPTIONS = { ...READ_OPTIONS, 'max-records-per-document': { type: 'string' } } as const;
export const RUN_OPTIONS = {
  jobs: { type: 'string' },
  'worker-memory': { type: 'string' },
  cache: { type: 'string' },
  'no-cache': { type: 'boolean' },
  'keep-going': { type: 'boolean' },
  ...EXTRACT_OPTIONS,
} as const;
/** The help text of --keep-going, the same in build and merge. */
export const KEEP_GOING_HELP = `  --keep-going     leave out of the version any document that cannot be read or extracted (its errors
                   become warnings, and the summary names it) instead of publishing nothing`;
/** The help text of --max-records-per-document, the same in every command that extracts. */
export const MAX_RECORDS_HELP = `  --max-records-per-document N
                   refuse a document that gives more than N records, before it uses more memory
                   (default: ${DEFAULT_MAX_RECORDS}; each costs about 1 KB of memory while its document is read)`;

const SIZE_UNITS: Record<string, number> = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };

/** --max-document-size: bytes, or a number with K, M or G (powers of 1024); the default without it. */
export function readOptions(values: Record<string, string | boolean | undefined>): ReadOptions {
  const given = values['max-document-size'];
  if (given === undefined) return DEFAULT_READ_OPTIONS;
  const m = /^(\d+)([kmg]?)i?b?$/i.exec(String(given));
  const maxBytes = m ? Number(m[1]) * SIZE_UNITS[m[2]!.toLowerCase()]! : NaN;
  if (!Number.isSafeInteger(maxBytes) || maxBytes < 1)
    throw new UsageError(`--max-document-size takes a size such as 5000000, 512K or 64M, got ${JSON.stringify(given)}`);
  return { ...DEFAULT_READ_OPTIONS, maxBytes };
}

/** An option that takes a whole number of at least `min` (of `unit`, when given); undefined without it. */
function wholeNumber(
  values: Record<string, string | boolean | undefined>,
  option: string,
  min: number,
  unit?: string,
): number | undefined {
  const given = values[option];
  if (given === undefined) return undefined;
  const n = Number(given);
  if (!/^\d+$/.test(String(given)) || !Number.isSafeInteger(n) || n < min)
    throw new UsageError(
      `--${option} takes a whole number ${unit ? `of ${unit}, at least` : 'of at least'} ${min}, got ${JSON.stringify(given)}`,
    );
  return n;
}

/** --max-records-per-document: a whole number of at least 1; undefined (the extractor's default) without it. */
export const maxRecords = (values: Record<string, string | boolean | undefined>): number | undefined =>
  wholeNumber(values, 'max-records-per-document', 1);

export const leftOutLine = (names: readonly string[]): string =>
  `left out (--keep-going): ${names.length} document${names.length === 1 ? '' : 's'}: ${names.join(', ')}`;

/** The extraction cache lives where caches belong ($XDG_CACHE_HOME or ~/.cache), outside the output folder. */
function defaultCacheDir(env: NodeJS.ProcessEnv): string {
  return path.join(env.XDG_CACHE_HOME || path.join(homedir(), '.cache'), 'papertrail', 'extract');
}

/** Runs build with the options build and merge share, and a progress display on standard error. */
export async function runBuild(
  values: Record<string, string | boolean | undefined>,
  io: Io,
  extra: Partial<BuildOptions>,
): Promise<BuildResult> {
  let jobs: number | undefined;
  if (values.jobs !== undefined) {
    jobs = Number(values.jobs);
    if (!Number.isInteger(jobs) || jobs < 1)
      throw new UsageError(`--jobs takes a whole number of at least 1, got ${JSON.stringify(values.jobs)}`);
  }
  const workerMemoryMb = wholeNumber(values, 'worker-memory', 16, 'megabytes');
  const cache = typeof values.cache === 'string' ? values.cache : undefined;
  for (const [option, given] of [
    ['--out', String(values.out)],
    ['--cache', cache],
  ] as const) {
    if (given !== undefined && !isFolderOrAbsent(given))
      throw new UsageError(`${option} ${given} is a file; it takes a folder`);
  }
  for (const shard of extra.shardFiles ?? []) {
    const stat = statSync(shard, { throwIfNoEntry: false });
    if (!stat?.isFile())
      throw new UsageError(`${displayPath(shard)} is no shard file: ${stat ? 'it is a folder' : 'it does not exist'}`);
  }
  const progress = progressReporter(process.stderr, () => performance.now());
  try {
    return await build({
      sourcesDir: path.resolve(String(values.sources)),
      outDir: path.resolve(String(values.out)),
      env: io.env,
      jobs,
      workerMemoryMb,
      read: readOptions(values),
      maxRecords: maxRecords(values),
      keepGoing: values['keep-going'] === true,
      info: values.verbose === true,
      cacheDir:
        values['no-cache'] === true
          ? undefined
          : path.resolve(typeof values.cache === 'string' ? values.cache : defaultCacheDir(io.env)),
      onProgress: progress.update,
      ...extra,
    });
  } catch (error) {
    if (error instanceof SourceDateError) throw new UsageError(error.message);
    throw error;
  } finally {
    progress.finish();
  }
}

/** A folder a command may write into: one that exists, or none yet (it is made). */
function isFolderOrAbsent(p: string): boolean {
  const stat = statSync(p, { throwIfNoEntry: false });
  return !stat || stat.isDirectory();
}

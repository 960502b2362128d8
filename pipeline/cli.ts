// The command line: parses arguments, runs a stage, reports its diagnostics once, and sets the exit code
// (0 ok, 1 invalid input or data, 2 usage error).
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { homedir, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { build, displayPath, type BuildOptions, type BuildResult } from './build.js';
import { DEFAULT_MAX_RECORDS } from './extract/index.js';
import { failedResult, parseShard, processDocument, progressReporter, restoreMessages } from './orchestrate/index.js';
import { printRecords, RECORD_FORMATS, writePieces, type RecordFormat } from './print-records.js';
import { TABLE_FORMATS } from './publish/index.js';
import { formatMessage, hasErrors } from './diagnostics.js';
import { DATASET_FILE, DEFAULT_READ_OPTIONS, readDataset, readDocument, type ReadOptions } from './read/index.js';
import { SourceDateError } from './read/source-date.js';
import { VFile } from 'vfile';
import { addError } from './diagnostics.js';
import {
  annotate, barProgress, builtVersions, checkVersion, diffDatasets, formatDiff, inActions, loadVersion, mirror, plainProgress,
  reportBuild, verifyDataset, withVersion, type DatasetDiff,
} from './release/index.js';

export const EXIT = { ok: 0, invalid: 1, usage: 2 } as const;

interface Command {
  summary: string;
  usage: string;
  help: string;
  options: NonNullable<ParseArgsConfig['options']>;
  positionals: { min: number; max: number };
  run(values: Record<string, string | boolean | undefined>, positionals: string[], io: Io): Promise<number>;
}

export interface Io {
  out: (text: string) => void;
  /** Where output too large for one string is written, a piece at a time (extract's records). */
  stdout: NodeJS.WritableStream;
  err: (text: string) => void;
  env: NodeJS.ProcessEnv;
}

class UsageError extends Error {}

const VERBOSE = { verbose: { type: 'boolean', short: 'v' } } as const;
const SOURCES_OUT = { sources: { type: 'string', default: 'sources' }, out: { type: 'string', default: 'dist' } } as const;

/** Prints every message (info only when verbose) and annotates in GitHub Actions. */
function report(files: readonly VFile[], io: Io, verbose: boolean): void {
  for (const file of files) {
    for (const m of file.messages) if (m.fatal !== undefined && m.fatal !== null ? true : verbose) io.err(formatMessage(file, m));
  }
  if (inActions(io.env)) annotate(files);
}

const READ_OPTIONS = { 'max-document-size': { type: 'string' } } as const;
const EXTRACT_OPTIONS = { ...READ_OPTIONS, 'max-records-per-document': { type: 'string' } } as const;
const RUN_OPTIONS = { jobs: { type: 'string' }, cache: { type: 'string' }, 'no-cache': { type: 'boolean' }, 'keep-going': { type: 'boolean' }, ...EXTRACT_OPTIONS } as const;
/** The help text of --keep-going, the same in build and merge. */
const KEEP_GOING_HELP = `  --keep-going     leave out of the version any document that cannot be read or extracted (its errors
                   become warnings, and the summary names it) instead of publishing nothing`;
/** The help text of --max-records-per-document, the same in every command that extracts. */
const MAX_RECORDS_HELP = `  --max-records-per-document N
                   refuse a document that gives more than N records, before it uses more memory
                   (default: ${DEFAULT_MAX_RECORDS}; each costs about 1 KB of memory while its document is read)`;

const SIZE_UNITS: Record<string, number> = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };

/** --max-document-size: bytes, or a number with K, M or G (powers of 1024); the default without it. */
function readOptions(values: Record<string, string | boolean | undefined>): ReadOptions {
  const given = values['max-document-size'];
  if (given === undefined) return DEFAULT_READ_OPTIONS;
  const m = /^(\d+)([kmg]?)i?b?$/i.exec(String(given));
  const maxBytes = m ? Number(m[1]) * SIZE_UNITS[m[2]!.toLowerCase()]! : NaN;
  if (!Number.isSafeInteger(maxBytes) || maxBytes < 1) throw new UsageError(`--max-document-size takes a size such as 5000000, 512K or 64M, got ${JSON.stringify(given)}`);
  return { ...DEFAULT_READ_OPTIONS, maxBytes };
}

/** --max-records-per-document: a whole number of at least 1; undefined (the extractor's default) without it. */
function maxRecords(values: Record<string, string | boolean | undefined>): number | undefined {
  const given = values['max-records-per-document'];
  if (given === undefined) return undefined;
  const n = Number(given);
  if (!/^\d+$/.test(String(given)) || !Number.isSafeInteger(n) || n < 1) throw new UsageError(`--max-records-per-document takes a whole number of at least 1, got ${JSON.stringify(given)}`);
  return n;
}

const leftOutLine = (names: readonly string[]): string =>
  `left out (--keep-going): ${names.length} document${names.length === 1 ? '' : 's'}: ${names.join(', ')}`;

/** The extraction cache lives where caches belong ($XDG_CACHE_HOME or ~/.cache), outside the output folder. */
function defaultCacheDir(env: NodeJS.ProcessEnv): string {
  return path.join(env.XDG_CACHE_HOME || path.join(homedir(), '.cache'), 'papertrail', 'extract');
}

/** Runs build with the options build and merge share, and a progress display on standard error. */
async function runBuild(values: Record<string, string | boolean | undefined>, io: Io, extra: Partial<BuildOptions>): Promise<BuildResult> {
  let jobs: number | undefined;
  if (values.jobs !== undefined) {
    jobs = Number(values.jobs);
    if (!Number.isInteger(jobs) || jobs < 1) throw new UsageError(`--jobs takes a whole number of at least 1, got ${JSON.stringify(values.jobs)}`);
  }
  const progress = progressReporter(process.stderr, () => performance.now());
  try {
    return await build({
      sourcesDir: path.resolve(String(values.sources)),
      outDir: path.resolve(String(values.out)),
      env: io.env,
      jobs,
      read: readOptions(values),
      maxRecords: maxRecords(values),
      keepGoing: values['keep-going'] === true,
      info: values.verbose === true,
      cacheDir: values['no-cache'] === true ? undefined : path.resolve(typeof values.cache === 'string' ? values.cache : defaultCacheDir(io.env)),
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

const COMMANDS: Record<string, Command> = {
  build: {
    summary: 'read the sources and write a validated dataset version',
    usage: 'papertrail build [--sources DIR] [--out DIR] [--previous DIR] [--force] [--jobs N] [--no-cache] [--max-document-size SIZE] [--max-records-per-document N] [--keep-going] [--shard I/N] [--verbose]',
    help: `Reads every .txt and .md document in the sources folder and its dataset.yaml, extracts events, quotes
and responses, validates them against schemas/, and writes OUT/<version>/: ${TABLE_FORMATS.map((f) => f.label).join(', ')} files per table,
datapackage.json, README.md (the codebook) and SHA256SUMS. The version is written to a staging folder, checked,
and renamed into place: on any error nothing in OUT changes. CHANGELOG.md carries every version's changes; when
a previous version is known, <table>.delta.jsonl files hold the records added, changed and removed since it.
OUT/index.json lists every version built. A version already built is never changed: building it again with the
same content does nothing, with different content fails unless --force.

Options:
  --sources DIR    the sources folder (default: sources)
  --out DIR        the output folder (default: dist)
  --previous DIR   the version to compare with (default: the newest in OUT below the one built)
  --force          replace a version already built with different content
  --jobs N         worker threads for parse and extract (default: 1 for small sources, else every core);
                   the output is the same for any N
  --cache DIR      where to keep each document's result, reused while its text and the extractor are
                   unchanged (default: $XDG_CACHE_HOME/papertrail/extract or ~/.cache/papertrail/extract)
  --no-cache       extract every document again, and keep nothing
  --max-document-size SIZE
                   refuse a document larger than SIZE: bytes, or with K, M or G (default: 64M)
${MAX_RECORDS_HELP}
${KEEP_GOING_HELP}
  --shard I/N      extract only every Nth document, starting at the Ith, into OUT/shard-I-of-N.jsonl;
                   'papertrail merge' then joins the N shards into the dataset
  -v, --verbose    also print info messages (unattributed quotes, orphan citations, ...)

Environment:
  SOURCE_DATE_EPOCH  the build date, in seconds since 1970 (default: the last commit touching the sources)`,
    options: { ...SOURCES_OUT, previous: { type: 'string' }, force: { type: 'boolean' }, ...RUN_OPTIONS, shard: { type: 'string' }, ...VERBOSE },
    positionals: { min: 0, max: 0 },
    async run(values, _positionals, io) {
      const shard = values.shard === undefined ? undefined : parseShard(String(values.shard));
      if (values.shard !== undefined && !shard) throw new UsageError(`--shard takes I/N with 1 <= I <= N, got ${JSON.stringify(values.shard)}`);
      const result = await runBuild(values, io, {
        previousDir: typeof values.previous === 'string' ? path.resolve(values.previous) : undefined,
        force: values.force === true,
        shard,
      });
      report(result.files, io, values.verbose === true);
      if (result.shardFile) {
        io.out(`wrote ${displayPath(result.shardFile)}`);
        return EXIT.ok;
      }
      if (!result.published) {
        io.err(`papertrail: build failed; ${displayPath(path.resolve(String(values.out)))} was not changed`);
        return EXIT.invalid;
      }
      const { dir, counts, artifacts, diff, unchanged } = result.published;
      const shown = displayPath(dir);
      const records = Object.entries(counts).map(([t, n]) => `${n} ${t}`).join(', ');
      io.out(unchanged ? `${shown} is already built with the same content: ${records}` : `built ${shown}: ${records}; ${artifacts.length + 1} files`);
      if (diff) io.out(`since ${diff.from}: ${diff.bump === 'none' ? 'no changes' : `a ${diff.bump} change`}`);
      if (result.leftOut?.length) io.out(leftOutLine(result.leftOut));
      if (inActions(io.env)) await reportBuild({ dist: shown, version: path.basename(dir), released: unchanged, counts, files: artifacts, diff });
      return EXIT.ok;
    },
  },
  merge: {
    summary: 'join the shards of a sharded build into the dataset',
    usage: 'papertrail merge SHARD_FILE... [--sources DIR] [--out DIR] [--previous DIR] [--force] [--max-document-size SIZE] [--keep-going] [--verbose]',
    help: `Publishes the dataset from the shard files that 'papertrail build --shard I/N' wrote for every I from 1 to N,
exactly as an unsharded build would (byte-identical files). The sources must be the ones the shards were built
from: a document no shard holds, or whose text or extractor changed since, is an error.

Options:
  --sources DIR    the sources folder (default: sources)
  --out DIR        the output folder (default: dist)
  --previous DIR   the version to compare with (default: the newest in OUT below the one built)
  --force          replace a version already built with different content
  --max-document-size SIZE
                   refuse a document larger than SIZE, as build does (default: 64M)
${KEEP_GOING_HELP}
  -v, --verbose    also print info messages`,
    options: { ...SOURCES_OUT, previous: { type: 'string' }, force: { type: 'boolean' }, 'keep-going': { type: 'boolean' }, ...READ_OPTIONS, ...VERBOSE },
    positionals: { min: 1, max: Infinity },
    async run(values, positionals, io) {
      const result = await runBuild(values, io, {
        previousDir: typeof values.previous === 'string' ? path.resolve(values.previous) : undefined,
        force: values.force === true,
        shardFiles: positionals.map((p) => path.resolve(p)),
      });
      report(result.files, io, values.verbose === true);
      if (!result.published) {
        io.err(`papertrail: merge failed; ${displayPath(path.resolve(String(values.out)))} was not changed`);
        return EXIT.invalid;
      }
      io.out(`merged ${positionals.length} shards into ${displayPath(result.published.dir)}`);
      if (result.leftOut?.length) io.out(leftOutLine(result.leftOut));
      return EXIT.ok;
    },
  },
  extract: {
    summary: 'print the records of one document as JSON or NDJSON',
    usage: 'papertrail extract FILE [--sources DIR] [--format json|ndjson] [--max-document-size SIZE] [--max-records-per-document N] [--verbose]',
    help: `Prints {"events": [...], "quotes": [...], "responses": [...]} for one document: the records build would
publish for it. Record ids and the document field use the file's path relative to the sources folder when the
file lies inside it, else its file name. The records are written as they are serialised, never as one string.

Options:
  --sources DIR   the sources folder (default: sources)
  --format F      json (the object above; default) or ndjson: one record a line, each led by
                  "table": "events", "quotes" or "responses", for jq, DuckDB or a line-by-line reader
  --max-document-size SIZE
                  refuse a document larger than SIZE, as build does (default: 64M)
${MAX_RECORDS_HELP}
  -v, --verbose   also print info messages on standard error`,
    options: { sources: { type: 'string', default: 'sources' }, format: { type: 'string', default: 'json' }, ...EXTRACT_OPTIONS, ...VERBOSE },
    positionals: { min: 1, max: 1 },
    async run(values, [target], io) {
      const format = String(values.format) as RecordFormat;
      if (!RECORD_FORMATS.includes(format)) throw new UsageError(`--format takes ${RECORD_FORMATS.join(' or ')}, got ${JSON.stringify(values.format)}`);
      const limit = maxRecords(values);
      const absolute = path.resolve(target!);
      const sources = path.resolve(String(values.sources));
      const inside = path.relative(sources, absolute);
      const [dir, rel] = inside && !inside.startsWith('..') && !path.isAbsolute(inside)
        ? [sources, inside.split(path.sep).join('/')]
        : [path.dirname(absolute), path.basename(absolute)];
      const file = await readDocument(dir, rel, displayPath(absolute), readOptions(values));
      // The same journey build's workers take, so extract prints exactly what build publishes.
      const records = hasErrors([file]) ? undefined : (() => {
        const task = { document: rel, shown: String(file.path), text: String(file.value), maxRecords: limit };
        let result;
        try {
          result = processDocument(task);
        } catch (error) {
          result = failedResult(task, error);
        }
        restoreMessages(file, result.messages);
        return result.records;
      })();
      report([file], io, values.verbose === true);
      if (!records || hasErrors([file])) return EXIT.invalid;
      await writePieces(io.stdout, printRecords(records, format));
      return EXIT.ok;
    },
  },
  validate: {
    summary: 'check a built dataset version folder',
    usage: 'papertrail validate DIR',
    help: `Checks a version folder (e.g. dist/1.0.0): datapackage.json against the official Frictionless v2 profile,
every file against its size and SHA-256 (datapackage.json and SHA256SUMS), every record against its JSON
Schema, row counts across formats, unique ids and foreign keys. Exits 1 on any problem.`,
    options: { ...VERBOSE },
    positionals: { min: 1, max: 1 },
    async run(values, [dir], io) {
      const files = await verifyDataset(path.resolve(dir!), dir!);
      report(files, io, values.verbose === true);
      if (hasErrors(files)) return EXIT.invalid;
      io.out(`${dir}: valid`);
      return EXIT.ok;
    },
  },
  diff: {
    summary: 'compare two built versions: records, schema, and the version bump they require',
    usage: 'papertrail diff OLD NEW [--json]',
    help: `Compares two version folders (e.g. dist/1.0.0 dist/1.1.0): records added, removed and changed by id (with the
changed fields), Table Schema changes (fields added, removed, renamed or reordered, types, formats, constraints
tightened or loosened), and the bump they require with a reason each, after the Frictionless Data Package
Version recipe: major when a consumer can break (a field or table renamed, added, removed or reordered, a type
or format changed, a constraint tightened, records removed, the id scheme changed), minor for new tables, new
records and loosened constraints, patch for corrected values and descriptive metadata.

Options:
  --json   print {"bump": "major"|"minor"|"patch"|"none", "reasons": [...], "schema": [...], "records": [...]}`,
    options: { json: { type: 'boolean' } },
    positionals: { min: 2, max: 2 },
    async run(values, [before, after], io) {
      const [a, b] = await Promise.all([loadVersion(path.resolve(before!)), loadVersion(path.resolve(after!))]);
      for (const v of [a, b]) if ('problem' in v) io.err(`papertrail diff: ${v.problem}`);
      if ('problem' in a || 'problem' in b) return EXIT.invalid;
      const diff = diffDatasets(a, b);
      io.out(values.json === true ? JSON.stringify(diff, null, 2) : formatDiff(diff));
      return EXIT.ok;
    },
  },
  version: {
    summary: 'print, check or raise the version dataset.yaml declares',
    usage: 'papertrail version [--check | --bump] [--sources DIR] [--out DIR] [--previous DIR]',
    help: `Without options, prints the version sources/dataset.yaml declares. With --check or --bump, builds the sources
into a temporary folder and compares them with the previous release (the newest version in OUT, or --previous):
--check exits 1, with the reasons, when the declared version is lower than the changes require; --bump writes
the required version into dataset.yaml, keeping its comments and layout.

Options:
  --check          fail when the declared version is too low
  --bump           raise the declared version to the one required
  --sources DIR    the sources folder (default: sources)
  --out DIR        where the previous releases are (default: dist)
  --previous DIR   the previous release's version folder (default: the newest in OUT)`,
    options: { ...SOURCES_OUT, check: { type: 'boolean' }, bump: { type: 'boolean' }, previous: { type: 'string' } },
    positionals: { min: 0, max: 0 },
    async run(values, _positionals, io) {
      const sourcesDir = path.resolve(String(values.sources));
      if (values.check === true && values.bump === true) throw new UsageError('--check and --bump exclude each other');
      const { file, metadata } = await readDataset(sourcesDir, displayPath(sourcesDir));
      if (!metadata) {
        report([file], io, false);
        return EXIT.invalid;
      }
      if (values.check !== true && values.bump !== true) {
        io.out(metadata.version);
        return EXIT.ok;
      }
      const outDir = path.resolve(String(values.out));
      const previousDir = typeof values.previous === 'string' ? path.resolve(values.previous) : await builtVersions(outDir).then((v) => v[0] && path.join(outDir, v[0]));
      let diff: DatasetDiff | undefined;
      if (previousDir) {
        const scratch = await mkdtemp(path.join(tmpdir(), 'papertrail-version-'));
        try {
          const built = await build({ sourcesDir, outDir: scratch, env: io.env });
          report(built.files, io, false);
          if (!built.published) return EXIT.invalid;
          const [before, after] = await Promise.all([loadVersion(previousDir), loadVersion(built.published.dir)]);
          for (const v of [before, after]) if ('problem' in v) io.err(`papertrail version: ${v.problem}`);
          if ('problem' in before || 'problem' in after) return EXIT.invalid;
          diff = diffDatasets(before, after);
        } finally {
          await rm(scratch, { recursive: true, force: true });
        }
      }
      const check = checkVersion(metadata.version, diff);
      const why = check.reasons.map((r) => `  ${r.bump.padEnd(5)}  ${r.text}`);
      if (check.ok) {
        io.out(`version ${check.declared}: ok${check.previous ? ` (${check.bump === 'none' ? 'no changes' : `a ${check.bump} change`} since ${check.previous} requires ${check.required})` : ' (no previous release)'}`);
        if (why.length) io.out(why.join('\n'));
        return EXIT.ok;
      }
      const datasetPath = path.join(sourcesDir, DATASET_FILE);
      if (values.bump === true) {
        await writeFile(datasetPath, withVersion(await readFile(datasetPath, 'utf8'), check.required));
        io.out(`${displayPath(datasetPath)}: version ${check.declared} -> ${check.required} (a ${check.bump} change since ${check.previous})`);
        if (why.length) io.out(why.join('\n'));
        return EXIT.ok;
      }
      const versionFile = new VFile({ path: displayPath(datasetPath), value: readFileSync(datasetPath, 'utf8') });
      const line = String(versionFile.value).split('\n').findIndex((l) => /^version\s*:/.test(l)) + 1;
      addError(versionFile, 'release/version', `version ${check.declared} is lower than ${check.required}, which a ${check.bump} change since ${check.previous} requires (papertrail version --bump raises it)`, { line: Math.max(line, 1), column: 1 });
      report([versionFile], io, false);
      io.err(`reasons:\n${why.join('\n')}`);
      return EXIT.invalid;
    },
  },
  mirror: {
    summary: 'copy every release of a dataset, verified, into a local folder',
    usage: 'papertrail mirror SOURCE DEST',
    help: `Fetches every version that SOURCE offers and DEST does not hold yet. SOURCE is GitHub releases
(https://github.com/OWNER/REPO/releases), a static folder served over HTTP that holds index.json and
<version>/<file>, or a local folder such as dist/. Each file is checked against SHA256SUMS, datapackage.json
against index.json, and the version as 'validate' checks it, before it is moved into DEST/<version>/; then
DEST/index.json is written. Transient failures are retried with backoff; an interrupted run resumes where it
stopped. Names that leave DEST, an index.json that drops or alters a version DEST holds, and a version whose
package names another version are refused. Exits 1 naming every file that failed; DEST keeps its good copies.`,
    options: {},
    positionals: { min: 2, max: 2 },
    async run(_values, [source, dest], io) {
      const shownDest = displayPath(path.resolve(dest!));
      const progress = process.stderr.isTTY ? barProgress(process.stderr) : plainProgress(io.out);
      const result = await mirror({ source: source!, dest: path.resolve(dest!), shownDest, progress });
      report(result.files, io, false);
      if (hasErrors(result.files)) {
        io.err(`papertrail mirror: ${result.files.length} file${result.files.length === 1 ? '' : 's'} failed; ${shownDest} keeps its last good copies`);
        return EXIT.invalid;
      }
      io.out(result.fetched.length ? `mirrored ${result.fetched.join(', ')} into ${shownDest}` : `${shownDest} is up to date`);
      return EXIT.ok;
    },
  },
};

function version(): string {
  return (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;
}

function mainHelp(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((n) => n.length));
  return `papertrail ${version()}: source documents to validated, versioned open datasets

Usage: papertrail <command> [options]

Commands:
${Object.entries(COMMANDS).map(([n, c]) => `  ${n.padEnd(width)}  ${c.summary}`).join('\n')}

Run 'papertrail <command> --help' for a command's options.
Exit codes: 0 ok, 1 invalid input or data, 2 usage error.`;
}

export async function main(argv: string[], io: Io = { out: (t) => console.log(t), stdout: process.stdout, err: (t) => console.error(t), env: process.env }): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    const topic = name === 'help' ? rest[0] : undefined;
    if (topic && COMMANDS[topic]) io.out(`Usage: ${COMMANDS[topic].usage}\n\n${COMMANDS[topic].help}`);
    else if (topic) {
      io.err(`papertrail: unknown command ${JSON.stringify(topic)}\n\n${mainHelp()}`);
      return EXIT.usage;
    } else if (name === undefined) {
      io.err(mainHelp());
      return EXIT.usage;
    } else io.out(mainHelp());
    return EXIT.ok;
  }
  if (name === '--version' || name === '-V') {
    io.out(version());
    return EXIT.ok;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.err(`papertrail: unknown command ${JSON.stringify(name)}\n\n${mainHelp()}`);
    return EXIT.usage;
  }
  try {
    if (rest.includes('--help') || rest.includes('-h')) {
      io.out(`Usage: ${command.usage}\n\n${command.help}`);
      return EXIT.ok;
    }
    let parsed;
    try {
      parsed = parseArgs({ args: rest, options: command.options, allowPositionals: true, strict: true });
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
    const { min, max } = command.positionals;
    if (parsed.positionals.length < min || parsed.positionals.length > max) {
      throw new UsageError(`expected ${min === max ? min : max === Infinity ? `at least ${min}` : `${min} to ${max}`} argument${max === 1 ? '' : 's'}, got ${parsed.positionals.length}`);
    }
    return await command.run(parsed.values as Record<string, string | boolean | undefined>, parsed.positionals, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`papertrail ${name}: ${error.message}\nUsage: ${command.usage}`);
      return EXIT.usage;
    }
    io.err(`papertrail ${name}: internal error: ${(error as Error).stack ?? String(error)}`);
    return EXIT.invalid;
  }
}

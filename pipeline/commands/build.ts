// papertrail build: the sources to a validated dataset version (or one shard of it).
import path from 'node:path';
import { displayPath } from '../build.js';
import { DEFAULT_WORKER_MEMORY_MB, FIRST_HEAP_MB, parseShard } from '../orchestrate/index.js';
import { TABLE_FORMATS } from '../publish/index.js';
import { inActions, reportBuild } from '../release/index.js';
import { EXIT, UsageError, type Command } from './command.js';
import {
  KEEP_GOING_HELP,
  leftOutLine,
  MAX_RECORDS_HELP,
  report,
  RUN_OPTIONS,
  runBuild,
  SOURCES_OUT,
  VERBOSE,
} from './shared.js';

export const command: Command = {
  usage:
    'papertrail build [--sources DIR] [--out DIR] [--previous DIR] [--force] [--jobs N] [--worker-memory MB] [--no-cache] [--max-document-size SIZE] [--max-records-per-document N] [--keep-going] [--shard I/N] [--verbose]',
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
  --worker-memory MB
                   the most heap a worker thread may use: a document first runs in a heap of
                   ${FIRST_HEAP_MB} MB at most, again with this much if it needs more, and one that needs more
                   still fails with an error naming it (default: ${DEFAULT_WORKER_MEMORY_MB})
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
  options: {
    ...SOURCES_OUT,
    previous: { type: 'string' },
    force: { type: 'boolean' },
    ...RUN_OPTIONS,
    shard: { type: 'string' },
    ...VERBOSE,
  },
  positionals: { min: 0, max: 0 },
  async run(values, _positionals, io) {
    const shard = values.shard === undefined ? undefined : parseShard(String(values.shard));
    if (values.shard !== undefined && !shard)
      throw new UsageError(`--shard takes I/N with 1 <= I <= N, got ${JSON.stringify(values.shard)}`);
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
    const records = Object.entries(counts)
      .map(([t, n]) => `${n} ${t}`)
      .join(', ');
    io.out(
      unchanged
        ? `${shown} is already built with the same content: ${records}`
        : `built ${shown}: ${records}; ${artifacts.length + 1} files`,
    );
    if (diff) io.out(`since ${diff.from}: ${diff.bump === 'none' ? 'no changes' : `a ${diff.bump} change`}`);
    if (result.leftOut?.length) io.out(leftOutLine(result.leftOut));
    if (inActions(io.env))
      await reportBuild({
        dist: shown,
        version: path.basename(dir),
        released: unchanged,
        counts,
        files: artifacts,
        diff,
      });
    return EXIT.ok;
  },
};

// papertrail merge: the shard files of a sharded build joined into the dataset.
import path from 'node:path';
import { displayPath } from '../build.js';
import { EXIT, type Command } from './command.js';
import { KEEP_GOING_HELP, leftOutLine, READ_OPTIONS, report, runBuild, SOURCES_OUT, VERBOSE } from './shared.js';

export const command: Command = {
  usage:
    'papertrail merge SHARD_FILE... [--sources DIR] [--out DIR] [--previous DIR] [--force] [--max-document-size SIZE] [--keep-going] [--verbose]',
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
  options: {
    ...SOURCES_OUT,
    previous: { type: 'string' },
    force: { type: 'boolean' },
    'keep-going': { type: 'boolean' },
    ...READ_OPTIONS,
    ...VERBOSE,
  },
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
};

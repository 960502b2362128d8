// papertrail version: prints, checks or raises the version dataset.yaml declares.
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { VFile } from 'vfile';
import { build, displayPath } from '../build.js';
import { addError } from '../base/diagnostics.js';
import { DATASET_FILE, readDataset } from '../read/index.js';
import {
  builtVersions,
  checkVersion,
  diffDatasets,
  loadVersion,
  withVersion,
  type DatasetDiff,
} from '../release/index.js';
import { EXIT, UsageError, type Command } from './command.js';
import { report, SOURCES_OUT } from './shared.js';

export const command: Command = {
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
    const previousDir =
      typeof values.previous === 'string'
        ? path.resolve(values.previous)
        : await builtVersions(outDir).then((v) => v[0] && path.join(outDir, v[0]));
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
      io.out(
        `version ${check.declared}: ok${check.previous ? ` (${check.bump === 'none' ? 'no changes' : `a ${check.bump} change`} since ${check.previous} requires ${check.required})` : ' (no previous release)'}`,
      );
      if (why.length) io.out(why.join('\n'));
      return EXIT.ok;
    }
    const datasetPath = path.join(sourcesDir, DATASET_FILE);
    if (values.bump === true) {
      await writeFile(datasetPath, withVersion(await readFile(datasetPath, 'utf8'), check.required));
      io.out(
        `${displayPath(datasetPath)}: version ${check.declared} -> ${check.required} (a ${check.bump} change since ${check.previous})`,
      );
      if (why.length) io.out(why.join('\n'));
      return EXIT.ok;
    }
    const versionFile = new VFile({ path: displayPath(datasetPath), value: readFileSync(datasetPath, 'utf8') });
    const line =
      String(versionFile.value)
        .split('\n')
        .findIndex((l) => /^version\s*:/.test(l)) + 1;
    addError(
      versionFile,
      'release/version',
      `version ${check.declared} is lower than ${check.required}, which a ${check.bump} change since ${check.previous} requires (papertrail version --bump raises it)`,
      { line: Math.max(line, 1), column: 1 },
    );
    report([versionFile], io, false);
    io.err(`reasons:\n${why.join('\n')}`);
    return EXIT.invalid;
  },
};

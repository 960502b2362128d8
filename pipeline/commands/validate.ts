// papertrail validate: checks a built version folder as a downloader or mirror would.
import path from 'node:path';
import { hasErrors } from '../base/diagnostics.js';
import { verifyDataset } from '../release/index.js';
import { EXIT, type Command } from './command.js';
import { report, VERBOSE } from './shared.js';

export const command: Command = {
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
};

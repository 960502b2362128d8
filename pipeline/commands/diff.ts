// papertrail diff: two built versions compared, and the version bump their differences require.
import path from 'node:path';
import { diffDatasets, formatDiff, loadVersion } from '../release/index.js';
import { EXIT, type Command } from './command.js';

export const command: Command = {
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
};

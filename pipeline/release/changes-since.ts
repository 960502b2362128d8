// What a build adds to its version folder about the versions before it: CHANGELOG.md (always) and, when a
// previous version is known, one delta file per table; plus the diff, for the job summary.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { VersionHistory } from './changelog.js';
import { CHANGELOG_FILE, changelogEntry, changelogText, parseChangelog } from './changelog.js';
import { tableDeltas } from './deltas.js';
import { diffDatasets, type DatasetDiff } from './diff-datasets.js';
import { loadVersion } from './load-version.js';

export interface VersionChanges {
  files: { name: string; content: string }[];
  /** Every version's changelog section, newest first. */
  history: VersionHistory[];
  diff?: DatasetDiff;
}

/**
 * The changes of the version staged in `dir` (`version`, with `counts` records per table) since the one in
 * `previousDir`. Only a diff against a previous version loads the tables.
 */
export async function changesSince(
  dir: string,
  version: string,
  counts: Record<string, number>,
  previousDir: string | undefined,
  date: Date | null,
): Promise<VersionChanges | { problem: string }> {
  const day = date ? date.toISOString().slice(0, 10) : null;
  if (!previousDir) {
    const history = [changelogEntry(version, day, counts)];
    return { files: [{ name: CHANGELOG_FILE, content: changelogText(history) }], history };
  }
  const current = await loadVersion(dir);
  if ('problem' in current) return current;
  const previous = await loadVersion(previousDir);
  if ('problem' in previous) return { problem: `the previous version: ${previous.problem}` };
  const diff = diffDatasets(previous, current);
  const earlier = await readFile(path.join(previousDir, CHANGELOG_FILE), 'utf8').then(parseChangelog, () => [
    {
      version: previous.version,
      date: previous.package.created?.slice(0, 10) ?? null,
      changes: 'Released before this changelog was kept.',
    },
  ]);
  const history = [
    changelogEntry(current.version, day, counts, diff),
    ...earlier.filter((e) => e.version !== current.version),
  ];
  return {
    files: [{ name: CHANGELOG_FILE, content: changelogText(history) }, ...tableDeltas(current, diff)],
    history,
    diff,
  };
}

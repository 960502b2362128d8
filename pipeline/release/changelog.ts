// CHANGELOG.md: every version, newest first, each section saying what changed since the one before and the bump
// it required. A build carries the previous version's sections forward and adds its own on top.
import type { DatasetDiff } from './diff-datasets.js';

/** One version in the changelog, as the landing page lists it. */
export interface VersionHistory {
  version: string;
  /** ISO date of the build, when known. */
  date: string | null;
  /** The changelog section of that version, Markdown. */
  changes: string;
}

export const CHANGELOG_FILE = 'CHANGELOG.md';

const HEADING = /^## (\S+)(?: - (\d{4}-\d{2}-\d{2}))?$/;

const countsText = (counts: Record<string, number>) =>
  Object.entries(counts)
    .map(([t, n]) => `${n} ${t}`)
    .join(', ');

/** The section of one version: the first, or what changed since `diff.from`. */
export function changelogEntry(
  version: string,
  date: string | null,
  counts: Record<string, number>,
  diff?: DatasetDiff,
): VersionHistory {
  if (!diff) return { version, date, changes: `First release: ${countsText(counts)}.` };
  if (diff.bump === 'none')
    return { version, date, changes: `No change to the data since ${diff.from}: ${countsText(counts)}.` };
  const tables = diff.records.filter((t) => t.added.length || t.removed.length || t.changed.length);
  return {
    version,
    date,
    changes: [
      `A ${diff.bump} change since ${diff.from}: ${countsText(counts)}.`,
      diff.reasons.map((r) => `- ${r.bump}: ${r.text}`).join('\n'),
      ...(tables.length
        ? [
            [
              '| table | added | removed | changed |',
              '| --- | ---: | ---: | ---: |',
              ...tables.map((t) => `| ${t.table} | ${t.added.length} | ${t.removed.length} | ${t.changed.length} |`),
            ].join('\n'),
          ]
        : []),
    ].join('\n\n'),
  };
}

export function parseChangelog(text: string): VersionHistory[] {
  const entries: VersionHistory[] = [];
  let body: string[] = [];
  const close = () => {
    const last = entries.at(-1);
    if (last) last.changes = body.join('\n').trim();
    body = [];
  };
  for (const line of text.split('\n')) {
    const m = HEADING.exec(line);
    if (m) {
      close();
      entries.push({ version: m[1]!, date: m[2] ?? null, changes: '' });
    } else body.push(line);
  }
  close();
  return entries;
}

const changelogSection = (entry: VersionHistory) =>
  `## ${entry.version}${entry.date ? ` - ${entry.date}` : ''}\n\n${entry.changes}\n`;

export function changelogText(entries: readonly VersionHistory[]): string {
  return `# Changelog\n\nEvery version of the dataset, newest first. Bumps follow the Frictionless Data Package Version recipe.\n\n${entries.map(changelogSection).join('\n')}`;
}

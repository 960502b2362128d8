// SHA256SUMS in the format `sha256sum -c` reads: one `<hash>  <name>` line a file, sorted by name.
import type { Artifact } from './artifact.js';

export const CHECKSUMS_FILE = 'SHA256SUMS';

export function checksumsText(artifacts: readonly Artifact[]): string {
  return [...artifacts]
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((a) => `${a.sha256}  ${a.name}\n`)
    .join('');
}

/**
 * Whether a file name from a manifest (SHA256SUMS, datapackage.json, index.json) stays inside the folder it is
 * relative to: forward-slash segments, none empty, `.` or `..`, no backslash, drive or control character.
 */
export function isContainedPath(name: string): boolean {
  // Control characters are refused on purpose: no file name of ours holds one.
  // eslint-disable-next-line no-control-regex
  if (!name || name.startsWith('/') || /[\\\u0000-\u001f]|^[a-zA-Z]:/.test(name)) return false;
  return name.split('/').every((segment) => segment !== '' && segment !== '.' && segment !== '..');
}

/** Parses SHA256SUMS; lines that do not match the format are returned as problems. */
export function parseChecksums(text: string): {
  entries: Map<string, string>;
  problems: { line: number; text: string }[];
} {
  const entries = new Map<string, string>();
  const problems: { line: number; text: string }[] = [];
  text.split('\n').forEach((line, i) => {
    if (!line) return;
    const m = /^([0-9a-f]{64}) [ *](.+)$/.exec(line);
    if (m) entries.set(m[2]!, m[1]!);
    else problems.push({ line: i + 1, text: line });
  });
  return { entries, problems };
}

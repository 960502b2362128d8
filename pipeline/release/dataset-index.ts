// dist/index.json: every version built, newest first, with its date, record counts and the SHA-256 of its
// datapackage.json, so a mirror knows what exists and can tell a replayed or rolled-back release. Written to a
// temporary file and renamed, so a reader never sees half of it.
import { createHash } from 'node:crypto';
import { readdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { compareVersions, isVersion, newestFirst } from './semver.js';

export const INDEX_FILE = 'index.json';

export interface IndexEntry {
  version: string;
  /** ISO date of the sources, when known. */
  date: string | null;
  records: Record<string, number>;
  datapackage_sha256: string;
}

export interface DatasetIndex {
  versions: IndexEntry[];
}

export const sha256Hex = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');

export function indexEntry(
  version: string,
  date: Date | null,
  records: Record<string, number>,
  datapackage: Uint8Array,
): IndexEntry {
  return {
    version,
    date: date ? date.toISOString().slice(0, 10) : null,
    records,
    datapackage_sha256: sha256Hex(datapackage),
  };
}

/** The index with `entry` added or replacing the entry of its version. */
export function indexWith(index: DatasetIndex, entry: IndexEntry): DatasetIndex {
  const versions = [...index.versions.filter((v) => v.version !== entry.version), entry];
  return { versions: versions.sort((a, b) => compareVersions(b.version, a.version)) };
}

/** Deterministic bytes: fixed key order, sorted record counts. */
function indexText(index: DatasetIndex): string {
  const versions = index.versions.map((v) => ({
    version: v.version,
    date: v.date,
    records: Object.fromEntries(Object.entries(v.records).sort(([a], [b]) => (a < b ? -1 : 1))),
    datapackage_sha256: v.datapackage_sha256,
  }));
  return `${JSON.stringify({ versions }, null, 2)}\n`;
}

/** Parses and checks an index; versions must be MAJOR.MINOR.PATCH (so none names a path) and appear once. */
export function parseIndex(text: string): DatasetIndex | { problem: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { problem: `index.json is not JSON: ${(error as Error).message}` };
  }
  const versions = (value as { versions?: unknown }).versions;
  if (!Array.isArray(versions)) return { problem: 'index.json has no versions list' };
  const seen = new Set<string>();
  for (const v of versions as Partial<IndexEntry>[]) {
    if (typeof v?.version !== 'string' || !isVersion(v.version))
      return { problem: `index.json names a version that is not MAJOR.MINOR.PATCH: ${JSON.stringify(v?.version)}` };
    if (seen.has(v.version)) return { problem: `index.json lists ${v.version} twice` };
    if (typeof v.datapackage_sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(v.datapackage_sha256))
      return { problem: `index.json gives ${v.version} no SHA-256 of its datapackage.json` };
    seen.add(v.version);
  }
  return { versions: versions as IndexEntry[] };
}

/** The index in `dir`: undefined when there is none. */
export async function readIndex(dir: string): Promise<DatasetIndex | { problem: string } | undefined> {
  let text: string;
  try {
    text = await readFile(path.join(dir, INDEX_FILE), 'utf8');
  } catch {
    return undefined;
  }
  return parseIndex(text);
}

export async function writeIndex(dir: string, index: DatasetIndex): Promise<void> {
  const temp = path.join(dir, `.${INDEX_FILE}.tmp`);
  await writeFile(temp, indexText(index));
  await rename(temp, path.join(dir, INDEX_FILE));
}

/** Versions built in `dir` (folders named MAJOR.MINOR.PATCH holding a datapackage.json), newest first. */
export async function builtVersions(dir: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return [];
  }
  const built: string[] = [];
  for (const name of names.filter(isVersion)) {
    if (
      await stat(path.join(dir, name, 'datapackage.json')).then(
        () => true,
        () => false,
      )
    )
      built.push(name);
  }
  return newestFirst(built);
}

/** The newest version built in `dir` before `version`: what a build of `version` is compared with. */
export async function previousVersion(dir: string, version: string): Promise<string | undefined> {
  return (await builtVersions(dir)).find((v) => compareVersions(v, version) < 0);
}

// Mirrors a release host into a local folder: every version not yet held is fetched into a staging folder,
// each file checked against SHA256SUMS (and datapackage.json against index.json), the whole version checked as
// `validate` checks it, and only then renamed into place. A failed file leaves the version staged, so the next
// run resumes, and whatever the folder held stays as it was. An index.json that drops or alters a version the
// mirror holds, or a version folder whose package names another version, is refused.
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { VFile } from 'vfile';
import { addError, hasErrors, type RuleId, START } from '../base/diagnostics.js';
import { CHECKSUMS_FILE, isContainedPath, parseChecksums } from '../publish/index.js';
import { parseIndex, readIndex, sha256Hex, writeIndex, type DatasetIndex, type IndexEntry } from './dataset-index.js';
import { fetchWithRetry } from './fetch-with-retry.js';
import type { MirrorProgress } from './mirror-progress.js';
import { releaseSource, type ReleaseSource } from './release-source.js';
import { compareVersions } from './semver.js';
import { listFiles, verifyDataset } from './verify-dataset.js';

export interface MirrorOptions {
  source: string;
  dest: string;
  /** How DEST is shown in messages. */
  shownDest: string;
  progress: MirrorProgress;
  /** The first retry pause, doubled at each later one. */
  retryDelayMs?: number;
}

export interface MirrorResult {
  files: VFile[];
  fetched: string[];
}

const STAGING_PREFIX = '.mirror-';
const exists = (p: string) =>
  stat(p).then(
    () => true,
    () => false,
  );

export async function mirror(options: MirrorOptions): Promise<MirrorResult> {
  const files = new Map<string, VFile>();
  const fail = (shown: string, rule: RuleId, reason: string) => {
    let file = files.get(shown);
    if (!file) files.set(shown, (file = new VFile({ path: shown })));
    addError(file, rule, reason, START);
  };
  const result = () => ({ files: [...files.values()], fetched });
  const fetched: string[] = [];
  const source = releaseSource(options.source);
  const shownIndex = path.join(options.shownDest, 'index.json');

  const got = await fetchWithRetry(source.index, { delayMs: options.retryDelayMs });
  if ('problem' in got) {
    fail(source.index, 'mirror/fetch', `cannot fetch the release index: ${got.problem}`);
    return result();
  }
  const offered = parseIndex(got.bytes.toString('utf8'));
  if ('problem' in offered) {
    fail(source.index, 'release/index', offered.problem);
    return result();
  }
  const held = (await readIndex(options.dest)) ?? { versions: [] };
  if ('problem' in held) {
    fail(shownIndex, 'release/index', held.problem);
    return result();
  }

  // A mirror only moves forward: every version it holds must still be offered, byte for byte.
  const byVersion = new Map(offered.versions.map((v) => [v.version, v]));
  for (const mine of held.versions) {
    const theirs = byVersion.get(mine.version);
    if (!theirs)
      fail(
        source.index,
        'mirror/downgrade',
        `the source's index.json no longer lists ${mine.version}, which ${shownIndex} holds: refusing an older index`,
      );
    else if (theirs.datapackage_sha256 !== mine.datapackage_sha256)
      fail(
        source.index,
        'mirror/downgrade',
        `the source's ${mine.version} differs from the copy held in ${options.shownDest}: a published version never changes`,
      );
  }
  if (files.size) return result();

  await mkdir(options.dest, { recursive: true });
  const present: IndexEntry[] = [];
  for (const entry of [...offered.versions].sort((a, b) => compareVersions(a.version, b.version))) {
    const target = path.join(options.dest, entry.version);
    if (await exists(target)) {
      const bytes = await readFile(path.join(target, 'datapackage.json')).catch(() => undefined);
      if (bytes && sha256Hex(bytes) === entry.datapackage_sha256) present.push(entry);
      else
        fail(
          path.join(options.shownDest, entry.version),
          'mirror/downgrade',
          `${entry.version} in ${options.shownDest} differs from the source's; keeping it`,
        );
      continue;
    }
    if (await mirrorVersion(source, entry, options, fail)) {
      present.push(entry);
      fetched.push(entry.version);
    }
  }
  options.progress.done();
  const index: DatasetIndex = { versions: present.sort((a, b) => compareVersions(b.version, a.version)) };
  await writeIndex(options.dest, index);
  return result();
}

/** Fetches one version into its staging folder and moves it into place; false when any file failed. */
async function mirrorVersion(
  source: ReleaseSource,
  entry: IndexEntry,
  options: MirrorOptions,
  fail: (shown: string, rule: RuleId, reason: string) => void,
): Promise<boolean> {
  const { version } = entry;
  const shownVersion = path.join(options.shownDest, version);
  const shown = (name: string) => path.join(shownVersion, name);
  const staging = path.join(options.dest, `${STAGING_PREFIX}${version}`);
  let ok = true;
  const problem = (name: string, rule: RuleId, reason: string) => {
    ok = false;
    fail(shown(name), rule, reason);
  };

  const sums = await fetchWithRetry(source.file(version, CHECKSUMS_FILE), { delayMs: options.retryDelayMs });
  if ('problem' in sums) {
    problem(CHECKSUMS_FILE, 'mirror/fetch', `cannot fetch ${CHECKSUMS_FILE}: ${sums.problem}`);
    return false;
  }
  const { entries, problems } = parseChecksums(sums.bytes.toString('utf8'));
  for (const p of problems) problem(CHECKSUMS_FILE, 'mirror/checksum', `line ${p.line} is not a checksum line`);
  for (const name of entries.keys())
    if (!isContainedPath(name))
      problem(
        CHECKSUMS_FILE,
        'mirror/unsafe-name',
        `names ${JSON.stringify(name)}, outside the version folder: refusing the version`,
      );
  if (!entries.has('datapackage.json')) problem(CHECKSUMS_FILE, 'mirror/checksum', 'does not list datapackage.json');
  if (!ok) return false;

  await mkdir(staging, { recursive: true });
  // Files kept from an interrupted run count only when they still match; anything unlisted goes.
  for (const name of await listFiles(staging))
    if (!entries.has(name)) await rm(path.join(staging, name), { force: true });
  options.progress.version(version, entries.size + 1);
  await writeFile(path.join(staging, CHECKSUMS_FILE), sums.bytes);
  options.progress.file(version, CHECKSUMS_FILE, sums.bytes.length, false);
  for (const [name, hash] of [...entries].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const file = path.join(staging, ...name.split('/'));
    const kept = await readFile(file).catch(() => undefined);
    if (kept && sha256Hex(kept) === hash) {
      options.progress.file(version, name, kept.length, true);
      continue;
    }
    const got = await fetchWithRetry(source.file(version, name), {
      delayMs: options.retryDelayMs,
      check: (bytes) => (sha256Hex(bytes) === hash ? undefined : `does not match its SHA-256 in ${CHECKSUMS_FILE}`),
    });
    if ('problem' in got) {
      problem(
        name,
        got.kind === 'check' ? 'mirror/checksum' : 'mirror/fetch',
        `${got.kind === 'check' ? '' : 'cannot fetch: '}${got.problem}`,
      );
      continue;
    }
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(`${file}.part`, got.bytes);
    await rename(`${file}.part`, file);
    options.progress.file(version, name, got.bytes.length, false);
  }
  if (!ok) return false;

  const pkgBytes = await readFile(path.join(staging, 'datapackage.json'));
  if (sha256Hex(pkgBytes) !== entry.datapackage_sha256) {
    problem('datapackage.json', 'mirror/checksum', `does not match the SHA-256 index.json gives ${version}`);
    return false;
  }
  const claimed = (JSON.parse(pkgBytes.toString('utf8')) as { version?: unknown }).version;
  if (claimed !== version) {
    problem(
      'datapackage.json',
      'mirror/downgrade',
      `is version ${String(claimed)}, offered as ${version}: refusing a replayed release`,
    );
    return false;
  }
  const verified = await verifyDataset(staging, shownVersion);
  if (hasErrors(verified)) {
    for (const f of verified)
      for (const m of f.messages)
        if (m.fatal) problem(path.relative(shownVersion, f.path), 'mirror/checksum', m.reason);
    return false;
  }
  await rename(staging, path.join(options.dest, version));
  return true;
}

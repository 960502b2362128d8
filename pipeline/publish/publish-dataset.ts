// Writes a version folder: every table in every format, datapackage.json, the codebook, CITATION.cff and the
// schema.org description, then SHA256SUMS.
// Everything goes to a staging folder beside the target and is renamed into place only when complete (and
// verified by the caller), so a failed build leaves the output folder as it was.
import { chmod, mkdir, mkdtemp, readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Run } from './run.js';
import { TABLES } from '../schema/index.js';
import type { DatasetMetadata } from '../types/records.js';
import type { RecordTables } from '../types/records.js';
import { DictionarySurvey } from './arrow-table.js';
import { writeArtifact, type Artifact } from './artifact.js';
import { CHECKSUMS_FILE, checksumsText } from './checksums.js';
import { citationFile, CITATION_FILE } from './citation.js';
import { codebook } from './codebook.js';
import { datasetJsonLd, JSONLD_FILE } from './jsonld.js';
import { dataPackage, type TableFile } from './datapackage.js';
import { TABLE_FORMATS } from './formats.js';

/** The records of a version in the order they are published, a run of one document's records at a time; read twice. */
export type RecordStream = () => AsyncIterable<RecordTables>;

/**
 * Writes the tables and their descriptions into `dir` (which must exist and be empty); SHA256SUMS comes last.
 * The records are read twice: once to gather what a file must declare before its first row (counts, Arrow
 * dictionaries) and for `inspect`, then to write every table in every format at once.
 */
async function writeVersion(
  dir: string,
  metadata: DatasetMetadata,
  run: Run,
  records: RecordStream,
  inspect?: (tables: RecordTables) => void | Promise<void>,
): Promise<{ artifacts: Artifact[]; jsonLd: unknown }> {
  const surveys = TABLES.map((t) => new DictionarySurvey(t));
  const counts: Record<string, number> = Object.fromEntries(TABLES.map((t) => [t.name, 0]));
  for await (const tables of records()) {
    await inspect?.(tables);
    TABLES.forEach((t, i) => {
      const rows = tables[t.name];
      counts[t.name]! += rows.length;
      for (const row of rows) surveys[i]!.add(row);
    });
  }
  const writers = TABLES.map((table, i) =>
    TABLE_FORMATS.map((format) => ({ format, writer: format.open(table, dir, surveys[i]!.result()) })),
  );
  for await (const tables of records()) {
    for (const [i, table] of TABLES.entries()) {
      for (const row of tables[table.name]) {
        for (const { writer } of writers[i]!) {
          const wait = writer.write(row);
          if (wait) await wait;
        }
      }
    }
  }
  const files: TableFile[] = [];
  for (const [i, table] of TABLES.entries()) {
    for (const { format, writer } of writers[i]!)
      files.push({ table: table.name, format, artifact: await writer.finish() });
  }
  const artifacts = files.map((f) => f.artifact);
  artifacts.push(
    writeArtifact(dir, 'datapackage.json', `${JSON.stringify(dataPackage(metadata, run, files), null, 2)}\n`),
  );
  artifacts.push(writeArtifact(dir, 'README.md', codebook(metadata, counts, files, run.quality)));
  artifacts.push(writeArtifact(dir, CITATION_FILE, citationFile(metadata, run)));
  // The JSON-LD lists every file written before it.
  const jsonLd = datasetJsonLd(metadata, run, artifacts);
  artifacts.push(writeArtifact(dir, JSONLD_FILE, `${JSON.stringify(jsonLd, null, 2)}\n`));
  return { artifacts, jsonLd };
}

const exists = (p: string) =>
  stat(p).then(
    () => true,
    () => false,
  );

/** A complete version written beside its target, not yet in place. */
export interface StagedVersion {
  staging: string;
  target: string;
  artifacts: Artifact[];
  /** What dataset.jsonld holds, for the page to embed without reading it back. */
  jsonLd: unknown;
}

const STAGING_PREFIX = '.staging-';
const RETIRED_SUFFIX = '.old';

/**
 * Mends what a build killed mid-way left behind: a version moved aside but not yet replaced is put back, and
 * unfinished staging folders are removed. Run before each build, so a crash never costs a published version.
 */
async function recoverInterrupted(outDir: string): Promise<void> {
  let names: string[];
  try {
    names = await readdir(outDir);
  } catch {
    return;
  }
  for (const name of names.filter((n) => n.startsWith(STAGING_PREFIX)).sort()) {
    const full = path.join(outDir, name);
    if (name.endsWith(RETIRED_SUFFIX)) {
      const version = name.slice(STAGING_PREFIX.length).replace(/-[^-]+\.old$/, '');
      const target = path.join(outDir, version);
      if (!(await exists(target))) {
        await rename(full, target);
        continue;
      }
    }
    await rm(full, { recursive: true, force: true });
  }
}

/**
 * A new, empty staging folder for the version inside `run.outDir`, after mending what an interrupted build left
 * there. The caller writes into it (stageVersion) and either commits it or discards it.
 */
export async function openStaging(run: Run): Promise<string> {
  await mkdir(run.outDir, { recursive: true });
  await recoverInterrupted(run.outDir);
  const staging = await mkdtemp(path.join(run.outDir, `${STAGING_PREFIX}${run.version}-`));
  // mkdtemp makes the folder private; a published version is readable by all, like the files in it.
  await chmod(staging, 0o755);
  return staging;
}

/** Writes the version's tables and their descriptions into `staging` (from openStaging); emptied on failure. */
export async function stageVersion(
  staging: string,
  metadata: DatasetMetadata,
  run: Run,
  records: RecordStream,
  inspect?: (tables: RecordTables) => void | Promise<void>,
): Promise<StagedVersion> {
  try {
    return {
      staging,
      target: path.join(run.outDir, run.version),
      ...(await writeVersion(staging, metadata, run, records, inspect)),
    };
  } catch (error) {
    await discardStaged(staging);
    throw error;
  }
}

/** Adds a file to a staged version (a changelog, a delta) before it is sealed. */
export function addToStaged(staged: StagedVersion, name: string, content: string | Uint8Array): Artifact {
  const artifact = writeArtifact(staged.staging, name, content);
  staged.artifacts.push(artifact);
  return artifact;
}

/** Writes SHA256SUMS over every file staged so far: after it, the version is complete. */
export function sealStaged(staged: StagedVersion): void {
  writeArtifact(staged.staging, CHECKSUMS_FILE, checksumsText(staged.artifacts));
}

export async function discardStaged(staging: string): Promise<void> {
  await rm(staging, { recursive: true, force: true });
}

/** Moves a staged version into place, replacing an older build of the same version. */
export async function commitStaged({ staging, target }: Pick<StagedVersion, 'staging' | 'target'>): Promise<void> {
  // rename() cannot replace a non-empty folder: move the old build aside, swap, then delete it.
  let retired: string | undefined;
  if (await exists(target)) {
    retired = `${staging}${RETIRED_SUFFIX}`;
    await rename(target, retired);
  }
  await rename(staging, target);
  if (retired) await rm(retired, { recursive: true, force: true });
}

// Writes a version folder: every table in every format, datapackage.json, the codebook, CITATION.cff and the
// schema.org description, then SHA256SUMS.
// Everything goes to a staging folder beside the target and is renamed into place only when complete (and
// verified by the caller), so a failed build leaves the output folder as it was.
import { chmod, mkdir, mkdtemp, readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Run } from '../run.js';
import { TABLES, type TableName } from '../schema/index.js';
import type { DatasetMetadata } from '../types/records.js';
import type { RecordTables } from '../validate/index.js';
import { writeArtifact, type Artifact } from './artifact.js';
import { CHECKSUMS_FILE, checksumsText } from './checksums.js';
import { citationFile, CITATION_FILE } from './citation.js';
import { codebook } from './codebook.js';
import { datasetJsonLd, JSONLD_FILE } from './jsonld.js';
import { dataPackage, type TableFile } from './datapackage.js';
import { TABLE_FORMATS } from './formats.js';

/** Writes the tables and their descriptions into `dir` (which must exist and be empty); SHA256SUMS comes last. */
export async function writeVersion(dir: string, metadata: DatasetMetadata, run: Run, tables: RecordTables): Promise<Artifact[]> {
  const files: TableFile[] = [];
  for (const table of TABLES) {
    for (const format of TABLE_FORMATS) {
      const writer = format.open(table, dir);
      for (const record of tables[table.name as TableName]) writer.write(record);
      files.push({ table: table.name, format, artifact: await writer.finish() });
    }
  }
  const counts = Object.fromEntries(TABLES.map((t) => [t.name, tables[t.name as TableName].length]));
  const artifacts = files.map((f) => f.artifact);
  artifacts.push(writeArtifact(dir, 'datapackage.json', `${JSON.stringify(dataPackage(metadata, run, files), null, 2)}\n`));
  artifacts.push(writeArtifact(dir, 'README.md', codebook(metadata, counts, files)));
  artifacts.push(writeArtifact(dir, CITATION_FILE, citationFile(metadata, run)));
  // The JSON-LD lists every file written before it.
  artifacts.push(writeArtifact(dir, JSONLD_FILE, `${JSON.stringify(datasetJsonLd(metadata, run, artifacts), null, 2)}\n`));
  return artifacts;
}

const exists = (p: string) => stat(p).then(() => true, () => false);

/** A complete version written beside its target, not yet in place. */
export interface StagedVersion {
  staging: string;
  target: string;
  artifacts: Artifact[];
}

const STAGING_PREFIX = '.staging-';
const RETIRED_SUFFIX = '.old';

/**
 * Mends what a build killed mid-way left behind: a version moved aside but not yet replaced is put back, and
 * unfinished staging folders are removed. Run before each build, so a crash never costs a published version.
 */
export async function recoverInterrupted(outDir: string): Promise<void> {
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

/** Writes the version into a temporary folder inside `run.outDir`. */
export async function stageVersion(metadata: DatasetMetadata, run: Run, tables: RecordTables): Promise<StagedVersion> {
  await mkdir(run.outDir, { recursive: true });
  await recoverInterrupted(run.outDir);
  const staging = await mkdtemp(path.join(run.outDir, `${STAGING_PREFIX}${run.version}-`));
  // mkdtemp makes the folder private; a published version is readable by all, like the files in it.
  await chmod(staging, 0o755);
  try {
    return { staging, target: path.join(run.outDir, run.version), artifacts: await writeVersion(staging, metadata, run, tables) };
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
export async function commitStaged({ staging, target }: StagedVersion): Promise<void> {
  // rename() cannot replace a non-empty folder: move the old build aside, swap, then delete it.
  let retired: string | undefined;
  if (await exists(target)) {
    retired = `${staging}${RETIRED_SUFFIX}`;
    await rename(target, retired);
  }
  await rename(staging, target);
  if (retired) await rm(retired, { recursive: true, force: true });
}

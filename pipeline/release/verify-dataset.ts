// Checks a built version folder as a mirror or a user would: the package against the official Frictionless
// profile, every file against its size and checksum, every record against its schema, row counts across formats,
// primary and foreign keys.
import { createReadStream } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv, type ValidateFunction } from 'ajv';
import { parse as parseCsv } from 'csv-parse';
import { VFile } from 'vfile';
import { addError, START } from '../base/diagnostics.js';
import { CHECKSUMS_FILE, TABLE_FORMATS, isContainedPath, jsonRecords, parseChecksums } from '../publish/index.js';
import { addFormats, describeError, fieldsOf, TABLES, validatorFor } from '../schema/index.js';

const PROFILE = fileURLToPath(new URL('../../vendor/frictionless/2.0/datapackage.json', import.meta.url));

let profileValidator: ValidateFunction | undefined;
async function profile(): Promise<ValidateFunction> {
  // The official profiles compile only with strict mode off.
  if (!profileValidator) {
    // `textarea` is an editor hint in the profiles, not a format to check.
    const ajv = new Ajv({ strict: false, allErrors: true, formats: { textarea: true } });
    addFormats(ajv);
    profileValidator = ajv.compile(JSON.parse(await readFile(PROFILE, 'utf8')));
  }
  return profileValidator;
}

interface Resource {
  name: string;
  path: string;
  format?: string;
  bytes?: number;
  hash?: string;
}

/** Every file under dir, as forward-slash paths relative to it, sorted. */
/** The first row of a CSV file, read without the rest. */
async function csvHeader(file: string): Promise<string[] | undefined> {
  for await (const row of createReadStream(file).pipe(parseCsv({ to_line: 1 }))) return row as string[];
  return undefined;
}

export async function listFiles(dir: string, prefix = ''): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(path.join(dir, prefix), { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...(await listFiles(dir, rel)));
    else out.push(rel);
  }
  return out.sort();
}

/** A file's size and SHA-256, read as a stream: tables may be larger than memory should hold. */
async function digest(file: string): Promise<{ bytes: number; sha256: string }> {
  const hash = createHash('sha256');
  let bytes = 0;
  for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) {
    hash.update(chunk);
    bytes += chunk.length;
  }
  return { bytes, sha256: hash.digest('hex') };
}

/**
 * Validates `dir`; returns the files with their messages (an error on any means the dataset is not valid).
 * `schemas: false` skips each record's schema check, for a build whose records were checked as they were made.
 */
export async function verifyDataset(
  dir: string,
  shownDir = dir,
  { schemas = true }: { schemas?: boolean } = {},
): Promise<VFile[]> {
  const files = new Map<string, VFile>();
  const fileFor = (name: string) => {
    let f = files.get(name);
    if (!f) files.set(name, (f = new VFile({ path: path.join(shownDir, name) })));
    return f;
  };
  let listed: string[];
  try {
    listed = await listFiles(dir);
  } catch (error) {
    // A folder that is not there (a typo, a version not built) is the user's input, not a fault: one line.
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such folder' : code === 'ENOTDIR' ? 'not a folder' : (error as Error).message;
    addError(fileFor(''), 'read/unreadable', `cannot read the version folder: ${why}`, START);
    return [...files.values()];
  }
  const present = new Set(listed);
  /** Whether the file is there; says so when it is not. */
  const exists = (name: string) => {
    if (present.has(name)) return true;
    addError(fileFor(name), 'validate/missing-file', `${name} is missing`, START);
    return false;
  };
  const digests = new Map<string, Promise<{ bytes: number; sha256: string }>>();
  const digestOf = (name: string) => {
    let d = digests.get(name);
    if (!d) digests.set(name, (d = digest(path.join(dir, name))));
    return d;
  };
  const read = async (name: string): Promise<Buffer | undefined> =>
    exists(name) ? readFile(path.join(dir, name)) : undefined;

  // The package descriptor against the official profile.
  const pkgFile = fileFor('datapackage.json');
  const pkgBytes = await read('datapackage.json');
  if (!pkgBytes) return [...files.values()];
  let pkg: { resources?: Resource[] };
  try {
    pkg = JSON.parse(pkgBytes.toString('utf8'));
  } catch (error) {
    addError(pkgFile, 'validate/profile', `datapackage.json is not JSON: ${(error as Error).message}`, START);
    return [...files.values()];
  }
  const validateProfile = await profile();
  if (!validateProfile(pkg)) {
    // A descriptor the profile refuses cannot be trusted to name the files to check.
    for (const e of validateProfile.errors ?? [])
      addError(pkgFile, 'validate/profile', `Frictionless profile: ${describeError(e)}`, START);
    return [...files.values()];
  }

  // Sizes and hashes: of the resources, and of every line of SHA256SUMS; every file must be listed.
  for (const r of pkg.resources ?? []) {
    if (!isContainedPath(String(r.path))) {
      addError(
        pkgFile,
        'validate/checksum',
        `resource ${r.name} has path ${JSON.stringify(r.path)}, outside the version folder`,
        START,
      );
      continue;
    }
    if (!exists(r.path)) continue;
    const { bytes, sha256 } = await digestOf(r.path);
    if (r.bytes !== undefined && r.bytes !== bytes)
      addError(
        fileFor(r.path),
        'validate/checksum',
        `${r.path} has ${bytes} bytes, datapackage.json says ${r.bytes}`,
        START,
      );
    if (r.hash && r.hash.replace(/^sha256:/i, '').toLowerCase() !== sha256)
      addError(fileFor(r.path), 'validate/checksum', `${r.path} does not match its hash in datapackage.json`, START);
  }
  const sumsFile = fileFor(CHECKSUMS_FILE);
  const sumsBytes = await read(CHECKSUMS_FILE);
  if (sumsBytes) {
    const { entries, problems } = parseChecksums(sumsBytes.toString('utf8'));
    for (const p of problems)
      addError(sumsFile, 'validate/checksum', `not a checksum line: ${JSON.stringify(p.text.slice(0, 80))}`, {
        line: p.line,
        column: 1,
      });
    for (const [name, hash] of entries) {
      if (!isContainedPath(name)) {
        addError(sumsFile, 'validate/checksum', `${name} names a path outside the version folder`, START);
        continue;
      }
      if (exists(name) && (await digestOf(name)).sha256 !== hash)
        addError(fileFor(name), 'validate/checksum', `${name} does not match its SHA-256 in ${CHECKSUMS_FILE}`, START);
    }
    for (const name of present) {
      if (name !== CHECKSUMS_FILE && !entries.has(name))
        addError(sumsFile, 'validate/checksum', `${name} is not listed in ${CHECKSUMS_FILE}`, START);
    }
  }

  // Records against their schemas, row counts across formats, keys: every table read a line or a batch at a time.
  const ids = new Map<string, Set<string>>();
  const references: { table: string; field: string; target: string; values: { line: number; items: string[] }[] }[] =
    [];
  for (const table of TABLES) {
    const jsonName = `${table.name}.json`;
    if (!exists(jsonName)) continue;
    const validate = validatorFor(table.file);
    const seen = new Set<string>();
    const referring = fieldsOf(table)
      .filter((f) => f.references)
      .map((f) => ({
        table: table.name,
        field: f.name,
        target: f.references!,
        values: [] as { line: number; items: string[] }[],
      }));
    let count = 0;
    try {
      for await (const { line, record } of jsonRecords(path.join(dir, jsonName))) {
        count++;
        const place = { line, column: 1 };
        const row = record as Record<string, unknown>;
        if (schemas && !validate(row))
          addError(fileFor(jsonName), 'schema/record', (validate.errors ?? []).map(describeError).join('; '), place);
        const id = String(row?.id);
        if (seen.has(id)) addError(fileFor(jsonName), 'validate/primary-key', `id ${id} is not unique`, place);
        seen.add(id);
        for (const ref of referring) {
          // A list column names rows item by item; a scalar one (event_id) names one row, or none when null.
          const value = row?.[ref.field];
          const items = Array.isArray(value) ? (value as string[]) : value == null ? [] : [String(value)];
          if (items.length) ref.values.push({ line, items });
        }
      }
    } catch (error) {
      addError(fileFor(jsonName), 'schema/record', `not a papertrail JSON table: ${(error as Error).message}`, START);
      continue;
    }
    ids.set(table.name, seen);
    references.push(...referring);
    // Every other format holds the same records.
    for (const format of TABLE_FORMATS.filter((f) => f.name !== 'json')) {
      const name = `${table.name}.${format.extension}`;
      if (!exists(name)) continue;
      let rows: number;
      try {
        rows = await format.countRows(path.join(dir, name));
      } catch (error) {
        addError(
          fileFor(name),
          'schema/record',
          `cannot be read as ${format.name}: ${(error as Error).message}`,
          START,
        );
        continue;
      }
      if (rows !== count) addError(fileFor(name), 'schema/record', `${rows} records, ${jsonName} has ${count}`, START);
    }
    const csvName = `${table.name}.csv`;
    if (present.has(csvName)) {
      const header = await csvHeader(path.join(dir, csvName));
      const expected = fieldsOf(table).map((f) => f.name);
      if (JSON.stringify(header) !== JSON.stringify(expected))
        addError(fileFor(csvName), 'schema/record', `header is not ${expected.join(',')}`, START);
    }
  }
  for (const ref of references) {
    const targets = ids.get(ref.target) ?? new Set<string>();
    for (const { line, items } of ref.values) {
      for (const item of items) {
        if (!targets.has(item))
          addError(
            fileFor(`${ref.table}.json`),
            'validate/foreign-key',
            `${ref.field} names ${item}, which is no id of ${ref.target}`,
            { line, column: 1 },
          );
      }
    }
  }
  return [...files.values()];
}

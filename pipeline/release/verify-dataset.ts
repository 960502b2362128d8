// Checks a built version folder as a mirror or a user would: the package against the official Frictionless
// profile, every file against its size and checksum, every record against its schema, row counts across formats,
// primary and foreign keys.
import { readFile, readdir } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv, type ValidateFunction } from 'ajv';
import { parse as parseCsv } from 'csv-parse/sync';
import { VFile } from 'vfile';
import { addError } from '../diagnostics.js';
import { CHECKSUMS_FILE, TABLE_FORMATS, isContainedPath, parseChecksums } from '../publish/index.js';
import { TABLES, fieldsOf } from '../schema/index.js';
import { addFormats, describeError, validatorFor } from '../validate/index.js';

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
export async function listFiles(dir: string, prefix = ''): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(path.join(dir, prefix), { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...await listFiles(dir, rel));
    else out.push(rel);
  }
  return out.sort();
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const START = { line: 1, column: 1 };

/** Validates `dir`; returns the files with their messages (an error on any means the dataset is not valid). */
export async function verifyDataset(dir: string, shownDir = dir): Promise<VFile[]> {
  const files = new Map<string, VFile>();
  const fileFor = (name: string) => {
    let f = files.get(name);
    if (!f) files.set(name, (f = new VFile({ path: path.join(shownDir, name) })));
    return f;
  };
  const contents = new Map<string, Buffer>();
  const read = async (name: string): Promise<Buffer | undefined> => {
    if (contents.has(name)) return contents.get(name);
    try {
      const bytes = await readFile(path.join(dir, name));
      contents.set(name, bytes);
      return bytes;
    } catch {
      addError(fileFor(name), 'validate/missing-file', `${name} is missing`, START);
      return undefined;
    }
  };

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
    for (const e of validateProfile.errors ?? []) addError(pkgFile, 'validate/profile', `Frictionless profile: ${describeError(e)}`, START);
  }

  // Sizes and hashes: of the resources, and of every line of SHA256SUMS; every file must be listed.
  for (const r of pkg.resources ?? []) {
    if (!isContainedPath(String(r.path))) {
      addError(pkgFile, 'validate/checksum', `resource ${r.name} has path ${JSON.stringify(r.path)}, outside the version folder`, START);
      continue;
    }
    const bytes = await read(r.path);
    if (!bytes) continue;
    if (r.bytes !== undefined && r.bytes !== bytes.length) addError(fileFor(r.path), 'validate/checksum', `${r.path} has ${bytes.length} bytes, datapackage.json says ${r.bytes}`, START);
    if (r.hash && r.hash.replace(/^sha256:/i, '').toLowerCase() !== sha256(bytes)) addError(fileFor(r.path), 'validate/checksum', `${r.path} does not match its hash in datapackage.json`, START);
  }
  const sumsFile = fileFor(CHECKSUMS_FILE);
  const sumsBytes = await read(CHECKSUMS_FILE);
  if (sumsBytes) {
    const { entries, problems } = parseChecksums(sumsBytes.toString('utf8'));
    for (const p of problems) addError(sumsFile, 'validate/checksum', `not a checksum line: ${JSON.stringify(p.text.slice(0, 80))}`, { line: p.line, column: 1 });
    for (const [name, hash] of entries) {
      if (!isContainedPath(name)) {
        addError(sumsFile, 'validate/checksum', `${name} names a path outside the version folder`, START);
        continue;
      }
      const bytes = await read(name);
      if (bytes && sha256(bytes) !== hash) addError(fileFor(name), 'validate/checksum', `${name} does not match its SHA-256 in ${CHECKSUMS_FILE}`, START);
    }
    for (const name of await listFiles(dir)) {
      if (name !== CHECKSUMS_FILE && !entries.has(name)) addError(sumsFile, 'validate/checksum', `${name} is not listed in ${CHECKSUMS_FILE}`, START);
    }
  }

  // Records against their schemas, row counts across formats, keys.
  const ids = new Map<string, Set<string>>();
  const references: { table: string; field: string; target: string; values: string[][] }[] = [];
  for (const table of TABLES) {
    const jsonName = `${table.name}.json`;
    const jsonBytes = await read(jsonName);
    if (!jsonBytes) continue;
    let records: Record<string, unknown>[];
    try {
      records = JSON.parse(jsonBytes.toString('utf8'));
    } catch (error) {
      addError(fileFor(jsonName), 'schema/record', `not JSON: ${(error as Error).message}`, START);
      continue;
    }
    const validate = validatorFor(table.file);
    const seen = new Set<string>();
    records.forEach((record, i) => {
      // Records are written one a line after the opening bracket.
      const place = { line: i + 2, column: 1 };
      if (!validate(record)) addError(fileFor(jsonName), 'schema/record', (validate.errors ?? []).map(describeError).join('; '), place);
      const id = String(record.id);
      if (seen.has(id)) addError(fileFor(jsonName), 'validate/primary-key', `id ${id} is not unique`, place);
      seen.add(id);
    });
    ids.set(table.name, seen);
    for (const field of fieldsOf(table).filter((f) => f.references)) {
      references.push({ table: table.name, field: field.name, target: field.references!, values: records.map((r) => (r[field.name] as string[] | undefined) ?? []) });
    }
    // Every other format holds the same records.
    for (const format of TABLE_FORMATS.filter((f) => f.name !== 'json')) {
      const name = `${table.name}.${format.extension}`;
      const bytes = await read(name);
      if (!bytes) continue;
      let rows: number;
      try {
        rows = format.countRows(bytes);
      } catch (error) {
        addError(fileFor(name), 'schema/record', `cannot be read as ${format.name}: ${(error as Error).message}`, START);
        continue;
      }
      if (rows !== records.length) addError(fileFor(name), 'schema/record', `${rows} records, ${jsonName} has ${records.length}`, START);
    }
    const csvBytes = contents.get(`${table.name}.csv`);
    if (csvBytes) {
      const header = parseCsv(csvBytes, { to_line: 1 }) as string[][];
      const expected = fieldsOf(table).map((f) => f.name);
      if (JSON.stringify(header[0]) !== JSON.stringify(expected)) addError(fileFor(`${table.name}.csv`), 'schema/record', `header is not ${expected.join(',')}`, START);
    }
  }
  for (const ref of references) {
    const targets = ids.get(ref.target) ?? new Set<string>();
    ref.values.forEach((items, i) => {
      for (const item of items) {
        if (!targets.has(item)) addError(fileFor(`${ref.table}.json`), 'validate/foreign-key', `${ref.field} names ${item}, which is no id of ${ref.target}`, { line: i + 2, column: 1 });
      }
    });
  }
  return [...files.values()];
}

// Reads a built version folder as the diff sees it: the package descriptor, each table's Table Schema and its
// records from the JSON file.
import { readFile } from 'node:fs/promises';
import path from 'node:path';

export interface TableSchemaDescriptor {
  fields: {
    name: string;
    type?: string;
    format?: string;
    description?: string;
    constraints?: Record<string, unknown>;
  }[];
  primaryKey?: string[] | string;
  foreignKeys?: unknown[];
}

export interface PackageResource {
  name: string;
  path: string;
  format?: string;
  title?: string;
  description?: string;
  schema?: TableSchemaDescriptor;
}

interface DataPackageDescriptor {
  version?: string;
  created?: string;
  resources: PackageResource[];
  [key: string]: unknown;
}

export interface LoadedVersion {
  version: string;
  package: DataPackageDescriptor;
  /** Table name -> its Table Schema (from the first resource of the table that has one). */
  schemas: Map<string, TableSchemaDescriptor>;
  /** Table name -> records, from `<table>.json`. */
  tables: Map<string, Record<string, unknown>[]>;
}

/** The table a resource holds: its file name without the extension (`quotes.csv`, `quotes.json` -> quotes). */
const tableOf = (resource: PackageResource) => path.posix.basename(resource.path).replace(/\.[^.]*$/, '');

/** The version in `dir`, or a sentence saying why it cannot be read. */
export async function loadVersion(dir: string): Promise<LoadedVersion | { problem: string }> {
  let pkg: DataPackageDescriptor;
  try {
    pkg = JSON.parse(await readFile(path.join(dir, 'datapackage.json'), 'utf8')) as DataPackageDescriptor;
  } catch (error) {
    return { problem: `${dir} holds no readable datapackage.json: ${(error as Error).message}` };
  }
  if (!Array.isArray(pkg.resources)) return { problem: `${dir}/datapackage.json lists no resources` };
  const schemas = new Map<string, TableSchemaDescriptor>();
  const tables = new Map<string, Record<string, unknown>[]>();
  for (const resource of pkg.resources) {
    const table = tableOf(resource);
    if (resource.schema && !schemas.has(table)) schemas.set(table, resource.schema);
  }
  for (const table of schemas.keys()) {
    try {
      tables.set(
        table,
        JSON.parse(await readFile(path.join(dir, `${table}.json`), 'utf8')) as Record<string, unknown>[],
      );
    } catch (error) {
      return { problem: `${dir}/${table}.json cannot be read: ${(error as Error).message}` };
    }
  }
  return { version: String(pkg.version ?? path.basename(dir)), package: pkg, schemas, tables };
}

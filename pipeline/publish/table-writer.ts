// The lifecycle every table format shares: open a file for one table, take validated records one by one,
// finish with the artifact. Formats are looked up by name.
import type { TableSchemaSource } from '../schema/index.js';
import type { Artifact } from './artifact.js';

export interface TableWriter {
  write(record: unknown): void;
  finish(): Artifact | Promise<Artifact>;
}

export interface TableFormat {
  /** Format name as `datapackage.json` gives it (`csv`). */
  name: string;
  extension: string;
  mediatype: string;
  /** Whether the file holds the flat columns of the Table Schema (CSV, Arrow) rather than nested records. */
  tabular: boolean;
  open(table: TableSchemaSource, dir: string): TableWriter;
  /** Reads a written file back and counts its records: how `validate` proves the formats agree. */
  countRows(bytes: Uint8Array): number;
}

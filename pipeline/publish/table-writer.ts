// The lifecycle every table format shares: open a file for one table, take validated records one by one,
// finish with the artifact. Formats are looked up by name. Every format streams: memory does not grow with a table.
import type { TableSchemaSource } from '../schema/index.js';
import type { Artifact } from './artifact.js';

interface TableWriter {
  /** Takes the next record; a promise when the writer wants the caller to wait while it hands a batch on. */
  write(record: unknown): void | Promise<void>;
  finish(): Artifact | Promise<Artifact>;
}

/** A dictionary column's position -> its distinct values, gathered over the whole table before writing. */
type DictionaryValues = ReadonlyMap<number, readonly string[]>;

export interface TableFormat {
  /** Format name as `datapackage.json` gives it (`csv`). */
  name: string;
  /** The format's name as people write it (`Parquet`), for help texts. */
  label: string;
  extension: string;
  mediatype: string;
  /** Whether the file holds the flat columns of the Table Schema (CSV, Arrow) rather than nested records. */
  tabular: boolean;
  open(table: TableSchemaSource, dir: string, dictionaries: DictionaryValues): TableWriter;
  /** Reads a written file back, streaming, and counts its records: how `validate` proves the formats agree. */
  countRows(file: string): Promise<number>;
}

// Every table format a build writes, by name: the one list that decides which files a version holds.
import { arrowFormat } from './write-arrow.js';
import { csvFormat } from './write-csv.js';
import { jsonFormat } from './write-json.js';
import { ndjsonFormat } from './write-ndjson.js';
import { parquetFormat } from './write-parquet.js';
import type { TableFormat } from './table-writer.js';

// Writers finish in this order: Parquet is made from the finished Arrow file, so Arrow comes before it.
export const TABLE_FORMATS: readonly TableFormat[] = [csvFormat, jsonFormat, ndjsonFormat, arrowFormat, parquetFormat];

/** Media types of the files beside the tables. */
const METADATA_MEDIATYPES: Record<string, string> = {
  json: 'application/json',
  md: 'text/markdown',
  cff: 'application/yaml',
  jsonld: 'application/ld+json',
};

export function mediatypeOf(fileName: string): string {
  const extension = fileName.slice(fileName.lastIndexOf('.') + 1);
  return (
    TABLE_FORMATS.find((f) => f.extension === extension)?.mediatype ??
    METADATA_MEDIATYPES[extension] ??
    'application/octet-stream'
  );
}

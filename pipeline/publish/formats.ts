// Every table format a build writes, by name: the one list that decides which files a version holds.
import { arrowFormat } from './write-arrow.js';
import { csvFormat } from './write-csv.js';
import { jsonFormat } from './write-json.js';
import type { TableFormat } from './table-writer.js';

export const TABLE_FORMATS: readonly TableFormat[] = [csvFormat, jsonFormat, arrowFormat];

export function tableFormat(name: string): TableFormat {
  const format = TABLE_FORMATS.find((f) => f.name === name);
  if (!format) throw new Error(`unknown format ${JSON.stringify(name)}; known: ${TABLE_FORMATS.map((f) => f.name).join(', ')}`);
  return format;
}

// The Frictionless Data Package (v2) descriptor: every published table file with its format, size, hash and the
// Table Schema derived from the record schemas, the licence, the sources with their attribution, and the quality of
// the extractor that made it.
import type { Run } from './run.js';
import { TABLES } from '../schema/index.js';
import type { DatasetMetadata } from '../types/records.js';
import type { Artifact } from './artifact.js';
import { qualityNote } from './quality-text.js';
import { tableSchema } from './table-schema.js';
import type { TableFormat } from './table-writer.js';

const DATAPACKAGE_PROFILE = 'https://datapackage.org/profiles/2.0/datapackage.json';

export interface TableFile {
  table: string;
  format: TableFormat;
  artifact: Artifact;
}

/** Resource name of a table in a format: CSV, the primary form, takes the table's own name. */
function resourceName(table: string, format: TableFormat): string {
  return format.name === 'csv' ? table : `${table}-${format.name}`;
}

export function dataPackage(metadata: DatasetMetadata, run: Run, files: readonly TableFile[]): Record<string, unknown> {
  const resources = files.map(({ table, format, artifact }) => {
    const source = TABLES.find((t) => t.name === table)!;
    const resource: Record<string, unknown> = {
      name: resourceName(table, format),
      path: artifact.name,
      type: 'table',
      title: `${source.schema.title as string} records (${format.name.toUpperCase()})`,
      description: source.schema.description,
      format: format.name,
      mediatype: format.mediatype,
      encoding: format.name === 'arrow' ? undefined : 'utf-8',
      bytes: artifact.bytes,
      hash: `sha256:${artifact.sha256}`,
    };
    if (format.tabular) resource.schema = tableSchema(source);
    return JSON.parse(JSON.stringify(resource)) as Record<string, unknown>;
  });
  const licence = metadata.licence;
  return JSON.parse(
    JSON.stringify({
      $schema: DATAPACKAGE_PROFILE,
      name: metadata.name,
      title: metadata.title,
      description: metadata.description,
      version: metadata.version,
      created: run.sourceDate ? run.sourceDate.toISOString().replace(/\.\d{3}Z$/, 'Z') : undefined,
      homepage: metadata.homepage,
      keywords: metadata.keywords,
      contributors: metadata.contributors,
      licenses: [{ name: licence.name, title: licence.title, path: licence.path }],
      sources: metadata.sources.map((s) => ({
        title: s.title,
        path: s.path,
        attribution: s.attribution,
        licenses: [{ name: s.licence }],
      })),
      // A custom property (the profile allows them): the extractor's scores, explained in README.md under "Quality".
      quality: run.quality && { description: qualityNote(run.quality), ...run.quality },
      resources,
    }),
  ) as Record<string, unknown>;
}

// dataset.jsonld: a schema.org Dataset description, the form dataset search engines read, with a distribution
// for every published file and the sources the dataset is based on.
import type { Run } from './run.js';
import type { DatasetMetadata } from '../types/records.js';
import type { Artifact } from './artifact.js';
import { mediatypeOf } from './formats.js';

export const JSONLD_FILE = 'dataset.jsonld';

/** Licences as URLs, which schema.org asks for; SPDX ids of Creative Commons licences map to their deeds. */
function licenceUrl(spdx: string, path?: string): string {
  if (path) return path;
  const cc = /^CC-(BY(?:-SA|-NC|-ND|-NC-SA|-NC-ND)?)-(\d\.\d)$/i.exec(spdx);
  if (cc) return `https://creativecommons.org/licenses/${cc[1]!.toLowerCase()}/${cc[2]}/`;
  if (/^CC0-1\.0$/i.test(spdx)) return 'https://creativecommons.org/publicdomain/zero/1.0/';
  return `https://spdx.org/licenses/${spdx}.html`;
}

export function datasetJsonLd(
  metadata: DatasetMetadata,
  run: Run,
  files: readonly Artifact[],
): Record<string, unknown> {
  const creators = (metadata.contributors ?? []).map((c) => ({
    '@type': 'Organization',
    name: c.title,
    ...(c.path ? { url: c.path } : {}),
  }));
  const doc: Record<string, unknown> = {
    '@context': 'https://schema.org/',
    '@type': 'Dataset',
    name: metadata.title,
    alternateName: metadata.name,
    description: metadata.description,
    version: metadata.version,
    license: licenceUrl(metadata.licence.name, metadata.licence.path),
    isAccessibleForFree: true,
    keywords: metadata.keywords ?? [],
    creator: creators,
    isBasedOn: metadata.sources.map((s) => ({
      '@type': 'CreativeWork',
      name: s.title,
      ...(s.path ? { url: s.path } : {}),
      license: licenceUrl(s.licence),
      creditText: s.attribution,
    })),
    distribution: files.map((f) => ({
      '@type': 'DataDownload',
      name: f.name,
      contentUrl: f.name,
      encodingFormat: mediatypeOf(f.name),
      contentSize: `${f.bytes} B`,
      sha256: f.sha256,
    })),
  };
  if (metadata.homepage) doc.url = metadata.homepage;
  if (run.sourceDate) doc.dateModified = run.sourceDate.toISOString().slice(0, 10);
  return doc;
}

// CITATION.cff (Citation File Format 1.2.0): the dataset as the thing to cite, with its version and licence,
// and the sources it is read from as references, so citation managers credit them too.
import { stringify } from 'yaml';
import type { Run } from './run.js';
import type { DatasetMetadata } from '../types/records.js';

export const CITATION_FILE = 'CITATION.cff';

/** A reference in the common author (year) title form, for people who cite by hand. */
export function citationText(metadata: DatasetMetadata, run: Run): string {
  const authors = (metadata.contributors ?? [{ title: metadata.name }]).map((c) => c.title).join(', ');
  const year = run.sourceDate ? ` (${run.sourceDate.getUTCFullYear()})` : '';
  const sources = metadata.sources.map((s) => `${s.title} by ${s.author}, ${s.licence}`).join('; ');
  return `${authors}${year}. ${metadata.title} (version ${metadata.version}) [Data set]. ${metadata.licence.name}.${metadata.homepage ? ` ${metadata.homepage}` : ''}\nBased on: ${sources}.`;
}

export function citationFile(metadata: DatasetMetadata, run: Run): string {
  const cff: Record<string, unknown> = {
    'cff-version': '1.2.0',
    message: 'If you use this dataset, please cite it as below, and credit the sources it is read from.',
    type: 'dataset',
    title: metadata.title,
    version: metadata.version,
    abstract: metadata.description,
    authors: (metadata.contributors ?? [{ title: metadata.name }]).map((c) => ({
      name: c.title,
      ...(c.email ? { email: c.email } : {}),
    })),
    license: metadata.licence.name,
  };
  if (run.sourceDate) cff['date-released'] = run.sourceDate.toISOString().slice(0, 10);
  if (metadata.homepage) cff.url = metadata.homepage;
  if (metadata.keywords?.length) cff.keywords = metadata.keywords;
  cff.references = metadata.sources.map((s) => ({
    type: 'generic',
    title: s.title,
    authors: [{ name: s.author }],
    notes: s.attribution,
    license: s.licence,
    ...(s.path ? { url: s.path } : {}),
  }));
  return stringify(cff, { lineWidth: 0 });
}

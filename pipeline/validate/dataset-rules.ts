// The rules a dataset as a whole must keep, beyond each record's schema: every document's provenance known, licences
// that share alike honoured, dataset.yaml's bounds on record counts, ids unique across documents. Each places its
// error in dataset.yaml or the document it is about.
import type { VFile } from 'vfile';
import { addError, START } from '../base/diagnostics.js';
import type { ParsedDocument } from '../parse/index.js';
import { TABLES } from '../schema/index.js';
import type { TableName } from '../types/records.js';
import type { DatasetMetadata } from '../types/records.js';
import type { RecordTables } from '../types/records.js';

export function noProvenance(file: VFile, document: string): void {
  addError(
    file,
    'dataset/provenance',
    `${document} has no entry in dataset.yaml sources and no licence and attribution in its front matter`,
    START,
  );
}

/** Checks that every document's provenance is known: its licence and whom to credit. */
export function checkProvenance(
  metadata: DatasetMetadata,
  datasetFile: VFile,
  docs: readonly Pick<ParsedDocument, 'document' | 'frontMatter' | 'file'>[],
): void {
  const listed = new Set(metadata.sources.map((s) => s.document));
  for (const doc of docs) {
    if (listed.has(doc.document) || (doc.frontMatter.licence && doc.frontMatter.attribution)) continue;
    noProvenance(doc.file, doc.document);
  }
  const present = new Set(docs.map((d) => d.document));
  for (const s of metadata.sources) {
    if (present.has(s.document)) continue;
    addError(
      datasetFile,
      'dataset/provenance',
      `sources names ${s.document}, which is not a document in the sources folder`,
      placeOf(datasetFile, s.document),
    );
  }
}

/** Share-alike licences: a dataset built from such a source must carry the same licence. */
const SHARE_ALIKE = /^(CC-BY(-NC)?-SA-\d\.\d|ODbL-1\.0|GFDL-[\d.]+.*)$/i;

/** Licences flow from the sources: a share-alike source makes the dataset share-alike under the same licence. */
export function checkLicences(metadata: DatasetMetadata, datasetFile: VFile): void {
  for (const s of metadata.sources) {
    if (!SHARE_ALIKE.test(s.licence) || s.licence.toLowerCase() === metadata.licence.name.toLowerCase()) continue;
    addError(
      datasetFile,
      'dataset/licence',
      `${s.document} is licensed ${s.licence}, which requires the dataset to be ${s.licence} too, not ${metadata.licence.name}`,
      placeOf(datasetFile, 'licence:'),
    );
  }
}

/** The line and column where `needle` first stands in a file, or its start. */
function placeOf(file: VFile, needle: string): { line: number; column: number } {
  const text = String(file.value);
  const index = Math.max(text.indexOf(needle), 0);
  const before = text.slice(0, index).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

/** dataset.yaml may bound each table's record count, so a change in the sources or the extractor shows. */
export function checkLimits(metadata: DatasetMetadata, datasetFile: VFile, counts: Record<TableName, number>): void {
  for (const t of TABLES) {
    const count = counts[t.name];
    const min = metadata.limits?.min_records?.[t.name];
    const max = metadata.limits?.max_records?.[t.name];
    if (min !== undefined && count < min)
      addError(
        datasetFile,
        'dataset/limits',
        `${t.name} has ${count} records, fewer than min_records ${min}`,
        placeOf(datasetFile, 'min_records'),
      );
    if (max !== undefined && count > max)
      addError(
        datasetFile,
        'dataset/limits',
        `${t.name} has ${count} records, more than max_records ${max}`,
        placeOf(datasetFile, 'max_records'),
      );
  }
}

/** Ids must be unique within each table across all documents; seen while the records stream past. */
export function uniqueIds(file: VFile): (tables: RecordTables) => void {
  const seen = new Map(TABLES.map((t) => [t.name, new Set<string>()]));
  return (tables) => {
    for (const t of TABLES) {
      const ids = seen.get(t.name)!;
      for (const row of tables[t.name]) {
        if (ids.has(row.id)) addError(file, 'schema/record', `${t.name} id ${row.id} is not unique`, START);
        ids.add(row.id);
      }
    }
  };
}

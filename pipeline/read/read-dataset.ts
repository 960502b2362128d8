// Loads sources/dataset.yaml: the dataset's name, version, licence and the provenance of each document.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { VFile } from 'vfile';
import { addError } from '../base/diagnostics.js';
import type { DatasetMetadata } from '../types/records.js';
import { parseYaml } from '../base/parse-yaml.js';

export const DATASET_FILE = 'dataset.yaml';

export interface LoadedDataset {
  file: VFile;
  /** Undefined when the file has errors (recorded on `file`). */
  metadata: DatasetMetadata | undefined;
}

export async function readDataset(sourcesDir: string, displayDir: string): Promise<LoadedDataset> {
  const file = new VFile({ path: path.join(displayDir, DATASET_FILE) });
  try {
    file.value = await readFile(path.join(sourcesDir, DATASET_FILE), 'utf8');
  } catch (error) {
    addError(file, 'read/unreadable', `cannot read dataset metadata: ${(error as Error).message}`, {
      line: 1,
      column: 1,
    });
    return { file, metadata: undefined };
  }
  const metadata = parseYaml({
    file,
    text: String(file.value),
    baseIndex: 0,
    schemaFile: 'dataset.schema.json',
    rules: { yaml: 'dataset/yaml', schema: 'dataset/schema' },
  }) as DatasetMetadata | undefined;
  return { file, metadata };
}

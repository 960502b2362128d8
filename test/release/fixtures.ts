// Two releases built with the real CLI from the project's sources: 1.0.0 from the first paragraphs of the seed,
// 1.1.0 from all of it, so the second adds records to the first (their counts follow the extractor; none is
// hard-coded).
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { cli, copyOfSources, tempDir } from '../helpers.js';

const SEED = 'xinjiang-papers.txt';

export interface Releases {
  sources: string;
  out: string;
  v1: string;
  v2: string;
}

export function setVersion(sources: string, version: string): void {
  const file = path.join(sources, 'dataset.yaml');
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^version: .*$/m, `version: ${version}`));
}

export async function buildReleases(): Promise<Releases> {
  const sources = copyOfSources();
  const out = tempDir();
  const seed = path.join(sources, SEED);
  const full = readFileSync(seed, 'utf8');
  const paragraphs = full.split('\n\n');
  writeFileSync(seed, `${paragraphs.slice(0, Math.ceil(paragraphs.length / 2)).join('\n\n')}\n`);
  const first = await cli(['build', '--sources', sources, '--out', out]);
  expect(first.stderr).toBe('');
  writeFileSync(seed, full);
  setVersion(sources, '1.1.0');
  const second = await cli(['build', '--sources', sources, '--out', out]);
  expect(second.stderr).toBe('');
  return { sources, out, v1: path.join(out, '1.0.0'), v2: path.join(out, '1.1.0') };
}

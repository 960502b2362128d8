// Work that grows: worker threads give the same bytes as one thread, the cache re-extracts only what changed,
// and the shards of a sharded build merge into exactly the unsharded dataset.
import { appendFileSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, tempDir, treeHashes } from './helpers.js';

const PEOPLE = [
  ['Ana Ruiz', 'Spanish', 'Foreign Minister'],
  ['Lars Holm', 'Danish', 'Prime Minister'],
  ['Mei Chen', 'Singaporean', 'Trade Minister'],
  ['Tomas Berg', 'Swedish', 'Justice Minister'],
  ['Ola Nwosu', 'Nigerian', 'Foreign Minister'],
  ['Kai Rasmussen', 'Norwegian', 'Defence Minister'],
] as const;
const MONTHS = ['January', 'March', 'May', 'July', 'September', 'November'];

/** A sources folder of `n` made-up news documents in the shapes the extractor reads. */
function corpus(n: number): string {
  const dir = path.join(tempDir(), 'sources');
  mkdirSync(dir, { recursive: true });
  const entries: string[] = [];
  for (let i = 0; i < n; i++) {
    const [name, demonym, role] = PEOPLE[i % PEOPLE.length]!;
    const name2 = PEOPLE[(i + 1) % PEOPLE.length]![0];
    const doc = `doc-${String(i).padStart(2, '0')}.txt`;
    writeFileSync(
      path.join(dir, doc),
      [
        `Report ${i}`,
        '',
        `In ${MONTHS[i % MONTHS.length]} 20${10 + i}, investigators published files on the detention programme.[1] ${demonym} ${role} ${name} called the files "deeply troubling" and urged an inquiry.[2]`,
        '',
        `On ${1 + i} June 20${11 + i}, ${name2} said the government would "respond in full.`,
        '',
        `"[3] The following day, the ministry imposed sanctions on two officials.`,
        '',
      ].join('\n'),
    );
    entries.push(
      `  - document: ${doc}\n    title: Report ${i}\n    author: Test desk\n    licence: CC0-1.0\n    attribution: Made up for the tests.`,
    );
  }
  writeFileSync(
    path.join(dir, 'dataset.yaml'),
    `name: scale-test\ntitle: Scale test\ndescription: Made-up documents.\nversion: 1.0.0\nlicence:\n  name: CC0-1.0\nsources:\n${entries.join('\n')}\n`,
  );
  return dir;
}

describe('builds that grow', () => {
  let sources: string;
  let reference: Record<string, string>;

  beforeAll(async () => {
    sources = corpus(7);
    const out = tempDir();
    const r = await cli(['build', '--sources', sources, '--out', out, '--jobs', '1', '--no-cache']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    reference = treeHashes(path.join(out, '1.0.0'));
  });

  it('writes the same bytes on worker threads as on one thread', async () => {
    const out = tempDir();
    expect((await cli(['build', '--sources', sources, '--out', out, '--jobs', '2', '--no-cache'])).code).toBe(0);
    expect(treeHashes(path.join(out, '1.0.0'))).toEqual(reference);
  });

  it('re-extracts only the document that changed, and gives what a full build gives', async () => {
    const out = tempDir();
    const cache = tempDir();
    expect((await cli(['build', '--sources', sources, '--out', out, '--cache', cache])).code).toBe(0);
    const entries = () => readdirSync(cache, { recursive: true }).filter((f) => String(f).endsWith('.json')).length;
    expect(entries()).toBe(7);
    const changed = corpus(7);
    appendFileSync(path.join(changed, 'doc-03.txt'), '\nIn 2020 the council said it was "not convinced".\n');
    const incremental = await cli(['build', '--sources', changed, '--out', out, '--cache', cache, '--force']);
    expect(incremental.code).toBe(0);
    expect(entries()).toBe(8);
    const full = tempDir();
    expect((await cli(['build', '--sources', changed, '--out', full, '--no-cache'])).code).toBe(0);
    expect(treeHashes(path.join(out, '1.0.0'))).toEqual(treeHashes(path.join(full, '1.0.0')));
  });

  it('merges the shards of a sharded build into exactly the unsharded dataset', async () => {
    const shards = tempDir();
    for (const i of [1, 2, 3])
      expect(
        (await cli(['build', '--sources', sources, '--out', shards, '--shard', `${i}/3`, '--no-cache'])).code,
      ).toBe(0);
    const files = [1, 2, 3].map((i) => path.join(shards, `shard-${i}-of-3.jsonl`));
    const out = tempDir();
    const r = await cli(['merge', ...files, '--sources', sources, '--out', out]);
    expect(r.code).toBe(0);
    expect(treeHashes(path.join(out, '1.0.0'))).toEqual(reference);

    // A missing shard, or a document changed since the shards were built, is refused by name.
    const missing = await cli(['merge', files[0]!, files[1]!, '--sources', sources, '--out', tempDir()]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/doc-02\.txt:1:1: error no shard holds doc-02\.txt.*\[shard\/missing\]/);
    const changed = corpus(7);
    appendFileSync(path.join(changed, 'doc-04.txt'), '\nA new line.\n');
    const stale = await cli(['merge', ...files, '--sources', changed, '--out', tempDir()]);
    expect(stale.code).toBe(1);
    expect(stale.stderr).toMatch(/doc-04\.txt:1:1: error .*\[shard\/stale\]/);
  });

  it('refuses a malformed shard or job count as a usage error', async () => {
    expect((await cli(['build', '--sources', sources, '--out', tempDir(), '--shard', '4/3'])).code).toBe(2);
    expect((await cli(['build', '--sources', sources, '--out', tempDir(), '--jobs', '0'])).code).toBe(2);
  });
});

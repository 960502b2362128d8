// What a build records about the versions before it (CHANGELOG.md, deltas, dist/index.json), the immutability of
// a built version, and papertrail version --check / --bump.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseChecksums } from '../../pipeline/publish/index.js';
import { cli, readJson, treeHashes } from '../helpers.js';
import { buildReleases, setVersion, type Releases } from './fixtures.js';

type Row = { id: string } & Record<string, unknown>;
const TABLES = ['events', 'quotes', 'responses'];

let r: Releases;
beforeAll(async () => {
  r = await buildReleases();
});

describe('changelog and deltas', () => {
  it('writes CHANGELOG.md with every version, newest first', () => {
    const first = readFileSync(path.join(r.v1, 'CHANGELOG.md'), 'utf8');
    expect(first).toMatch(
      /^# Changelog\n[\s\S]*\n## 1\.0\.0 - 2023-11-14\n\nFirst release: \d+ events, \d+ quotes, \d+ responses\.\n$/,
    );
    const second = readFileSync(path.join(r.v2, 'CHANGELOG.md'), 'utf8');
    expect(second.indexOf('## 1.1.0 - 2023-11-14')).toBeGreaterThan(0);
    expect(second.indexOf('## 1.1.0')).toBeLessThan(second.indexOf('## 1.0.0'));
    expect(second).toMatch(/A (minor|major) change since 1\.0\.0/);
    expect(second).toContain('records added');
    expect(second.endsWith(first.slice(first.indexOf('## 1.0.0')))).toBe(true);
  });

  it('writes a delta per table only when there is a previous version, listed in SHA256SUMS but not the package', () => {
    const sums = (dir: string) => parseChecksums(readFileSync(path.join(dir, 'SHA256SUMS'), 'utf8')).entries;
    for (const t of TABLES) {
      expect(sums(r.v1).has(`${t}.delta.jsonl`)).toBe(false);
      expect(sums(r.v2).has(`${t}.delta.jsonl`)).toBe(true);
    }
    expect(sums(r.v2).has('CHANGELOG.md')).toBe(true);
    expect(readFileSync(path.join(r.v2, 'datapackage.json'), 'utf8')).not.toContain('delta');
  });

  it('deltas applied to the previous version give the new one', () => {
    for (const t of TABLES) {
      const rows = new Map(readJson<Row[]>(path.join(r.v1, `${t}.json`)).map((x) => [x.id, x]));
      const lines = readFileSync(path.join(r.v2, `${t}.delta.jsonl`), 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as { op: string; id: string; record?: Row });
      expect(lines.map((l) => l.id)).toEqual(lines.map((l) => l.id).sort());
      for (const l of lines) {
        if (l.op === 'DEL') rows.delete(l.id);
        else {
          expect(rows.has(l.id)).toBe(l.op === 'MOD');
          rows.set(l.id, l.record!);
        }
      }
      const expected = readJson<Row[]>(path.join(r.v2, `${t}.json`));
      expect([...rows.values()].sort((a, b) => (a.id < b.id ? -1 : 1))).toEqual(
        [...expected].sort((a, b) => (a.id < b.id ? -1 : 1)),
      );
    }
  });

  it('builds valid versions', async () => {
    expect((await cli(['validate', r.v2])).code).toBe(0);
  });
});

describe('dist/index.json', () => {
  it('lists every version, newest first, with date, counts and the hash of its datapackage.json', async () => {
    const index = readJson<{
      versions: { version: string; date: string; records: Record<string, number>; datapackage_sha256: string }[];
    }>(path.join(r.out, 'index.json'));
    expect(index.versions.map((v) => v.version)).toEqual(['1.1.0', '1.0.0']);
    const hashes = treeHashes(r.out);
    for (const v of index.versions) {
      expect(v.date).toBe('2023-11-14');
      expect(v.datapackage_sha256).toBe(hashes[`${v.version}/datapackage.json`]);
      for (const t of TABLES)
        expect(v.records[t]).toBe(readJson<unknown[]>(path.join(r.out, v.version, `${t}.json`)).length);
    }
    expect(readFileSync(path.join(r.out, 'index.json'), 'utf8')).toBe(`${JSON.stringify(index, null, 2)}\n`);
  });
});

describe('a built version is immutable', () => {
  it('building the same content again changes nothing', async () => {
    const before = treeHashes(r.out);
    const again = await cli(['build', '--sources', r.sources, '--out', r.out]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('already built with the same content');
    expect(treeHashes(r.out)).toEqual(before);
  });

  it('refuses different content for a built version, unless --force', async () => {
    const sources = path.join(path.dirname(r.sources), 'edited');
    cpSync(r.sources, sources, { recursive: true });
    const seed = path.join(sources, 'xinjiang-papers.txt');
    writeFileSync(seed, `${readFileSync(seed, 'utf8')}\nOn 1 May 2022 the mayor said the plan was "a step forward".\n`);
    const out = path.join(path.dirname(r.sources), 'out-copy');
    cpSync(r.out, out, { recursive: true });
    const before = treeHashes(out);
    const refused = await cli(['build', '--sources', sources, '--out', out]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(
      /1\.1\.0:1:1: error version 1\.1\.0 is already built with different content.*\[release\/immutable\]/,
    );
    expect(treeHashes(out)).toEqual(before);
    const forced = await cli(['build', '--sources', sources, '--out', out, '--force']);
    expect(forced.code).toBe(0);
    expect(treeHashes(out)['1.1.0/SHA256SUMS']).not.toBe(before['1.1.0/SHA256SUMS']);
    expect(treeHashes(out)['1.0.0/SHA256SUMS']).toBe(before['1.0.0/SHA256SUMS']);
  });
});

describe('papertrail version', () => {
  it('prints the declared version', async () => {
    const result = await cli(['version', '--sources', r.sources]);
    expect(result).toMatchObject({ code: 0, stdout: '1.1.0\n' });
  });

  it('--check passes when the declared version covers the changes', async () => {
    const ok = await cli(['version', '--check', '--sources', r.sources, '--out', r.out]);
    expect(ok.stderr).toBe('');
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/^version 1\.1\.0: ok \(no changes since 1\.1\.0/);
  });

  it('--check fails with the reasons when it does not, and --bump raises it keeping the file as it was', async () => {
    const dataset = path.join(r.sources, 'dataset.yaml');
    const original = readFileSync(dataset, 'utf8');
    setVersion(r.sources, '1.0.0');
    const args = ['--sources', r.sources, '--out', r.out, '--previous', r.v1];
    try {
      const failed = await cli(['version', '--check', ...args]);
      expect(failed.code).toBe(1);
      expect(failed.stderr).toMatch(
        /dataset\.yaml:\d+:1: error version 1\.0\.0 is lower than 1\.[01]\.0, which a (minor|major) change since 1\.0\.0 requires.*\[release\/version\]/,
      );
      expect(failed.stderr).toMatch(/reasons:\n {2}(minor|major) .*records? added/);
      const bumped = await cli(['version', '--bump', ...args]);
      expect(bumped.code).toBe(0);
      const text = readFileSync(dataset, 'utf8');
      const required = /version: (\S+)/.exec(text)![1]!;
      expect(['1.1.0', '2.0.0']).toContain(required);
      expect(text).toBe(original.replace('version: 1.1.0', `version: ${required}`));
      expect((await cli(['version', '--check', ...args])).code).toBe(0);
    } finally {
      writeFileSync(dataset, original);
    }
  });

  it('exits 2 when --check and --bump are both given', async () => {
    expect((await cli(['version', '--check', '--bump', '--sources', r.sources])).code).toBe(2);
  });
});

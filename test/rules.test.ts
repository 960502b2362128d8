// One case through the CLI for each rule no other suite triggers: the rule id, the place and the exit code a user
// sees. (test/units.test.ts checks that every rule id in pipeline/base/diagnostics.ts is named by some test.)
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, copyOfSources, tempDir, treeHashes } from './helpers.js';

/** A sources folder of one document, with the project's dataset.yaml made to list it. */
function oneDocument(name: string, text: string): string {
  const sources = copyOfSources();
  rmSync(path.join(sources, 'xinjiang-papers.txt'));
  writeFileSync(path.join(sources, name), text);
  const metadata = readFileSync(path.join(sources, 'dataset.yaml'), 'utf8').replace(
    'document: xinjiang-papers.txt',
    `document: ${name}`,
  );
  writeFileSync(path.join(sources, 'dataset.yaml'), metadata);
  return sources;
}

describe('rules about the sources', () => {
  it('read/no-documents: a sources folder with dataset.yaml and no document', async () => {
    const sources = copyOfSources();
    rmSync(path.join(sources, 'xinjiang-papers.txt'));
    const out = tempDir();
    const r = await cli(['build', '--sources', sources, '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/dataset\.yaml:1:1: error no \.txt or \.md documents in .* \[read\/no-documents\]/);
    expect(treeHashes(out)).toEqual({});
  });

  it('dataset/yaml: dataset.yaml that is not YAML, at the line of the fault', async () => {
    const sources = copyOfSources();
    const file = path.join(sources, 'dataset.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('keywords:\n', 'keywords: [unclosed\n'));
    const line =
      readFileSync(file, 'utf8')
        .split('\n')
        .findIndex((l) => l.startsWith('keywords:')) + 1;
    const r = await cli(['build', '--sources', sources, '--out', tempDir()]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`dataset\\.yaml:(\\d+):\\d+: error .* \\[dataset/yaml\\]`));
    expect(Number(/dataset\.yaml:(\d+):/.exec(r.stderr)![1])).toBeGreaterThanOrEqual(line);
  });

  it('dataset/licence: a dataset that does not share alike what a CC BY-SA source requires', async () => {
    const sources = copyOfSources();
    const file = path.join(sources, 'dataset.yaml');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(
        '  name: CC-BY-SA-4.0\n  title: Creative Commons Attribution-ShareAlike 4.0 International\n  path: https://creativecommons.org/licenses/by-sa/4.0/',
        '  name: CC-BY-4.0\n  title: Creative Commons Attribution 4.0 International\n  path: https://creativecommons.org/licenses/by/4.0/',
      ),
    );
    const r = await cli(['build', '--sources', sources, '--out', tempDir()]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/dataset\.yaml:\d+:\d+: error .*CC-BY-SA-4\.0.* \[dataset\/licence\]/);
  });
});

describe('rules about what extraction noticed (info, shown with --verbose)', () => {
  const text = [
    'The minister said the plan was "a start.',
    '',
    '" Nobody else spoke.',
    '',
    'The river is long.[7]',
    '',
  ].join('\n');
  let stderr = '';

  beforeAll(async () => {
    const sources = oneDocument('notes.txt', text);
    const r = await cli(['extract', path.join(sources, 'notes.txt'), '--sources', sources, '--verbose']);
    expect(r.code).toBe(0);
    stderr = r.stderr;
  });

  it('extract/quote-closed-next-paragraph: the closing mark opens the next paragraph', () => {
    expect(stderr).toContain(
      'notes.txt:1:32: info quote “a start.” is not closed in its paragraph [extract/quote-closed-next-paragraph]',
    );
  });

  it('extract/quote-unattributed: words in quotes that nobody is named as saying', () => {
    expect(stderr).toContain('notes.txt:1:33: info no speaker named for “a start.” [extract/quote-unattributed]');
  });

  it('extract/citation-orphan: a citation marker that backs no record', () => {
    expect(stderr).toContain('notes.txt:5:19: info citation [7] backs no record [extract/citation-orphan]');
  });
});

describe('rules about a built version', () => {
  let version: string;

  beforeAll(async () => {
    const out = tempDir();
    expect((await cli(['build', '--out', out])).code).toBe(0);
    version = path.join(out, '1.0.0');
  });

  function copyOfVersion(): string {
    const copy = path.join(tempDir(), '1.0.0');
    execFileSync('cp', ['-r', version, copy]);
    return copy;
  }

  it('validate/missing-file: a file the package lists is gone', async () => {
    const copy = copyOfVersion();
    rmSync(path.join(copy, 'events.parquet'));
    const r = await cli(['validate', copy]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/events\.parquet:1:1: error events\.parquet is missing \[validate\/missing-file\]/);
  });

  it('validate/profile: datapackage.json that the Frictionless profile refuses', async () => {
    const copy = copyOfVersion();
    const file = path.join(copy, 'datapackage.json');
    const pkg = JSON.parse(readFileSync(file, 'utf8')) as { resources: { path: unknown }[] };
    pkg.resources[0]!.path = 42;
    writeFileSync(file, `${JSON.stringify(pkg, null, 2)}\n`);
    const r = await cli(['validate', copy]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/datapackage\.json:1:1: error Frictionless profile: .* \[validate\/profile\]/);
  });

  it('validate/primary-key: an id twice in a table', async () => {
    const copy = copyOfVersion();
    const file = path.join(copy, 'quotes.json');
    const [first, second] = (JSON.parse(readFileSync(file, 'utf8')) as { id: string }[]).map((q) => q.id);
    writeFileSync(file, readFileSync(file, 'utf8').replace(`"id":"${second}"`, `"id":"${first}"`));
    const r = await cli(['validate', copy]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      new RegExp(`quotes\\.json:3:1: error id ${first} is not unique \\[validate/primary-key\\]`),
    );
  });

  it('release/previous: --previous names a folder that holds no version', async () => {
    const notAVersion = tempDir();
    const out = tempDir();
    const r = await cli(['build', '--out', out, '--previous', notAVersion]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/error .* \[release\/previous\]/);
    expect(treeHashes(out)).toEqual({});
  });
});

describe('paths a user types', () => {
  it('shard/malformed: merge given a file that build --shard did not write, at the line that shows it', async () => {
    const shard = path.join(tempDir(), 'notes.jsonl');
    writeFileSync(shard, '\nnot a shard\n');
    const out = tempDir();
    const r = await cli(['merge', shard, '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/notes\.jsonl:2:1: error not a shard line: .* \[shard\/malformed\]/);
    expect(treeHashes(out)).toEqual({});
  });

  it('a missing shard file, a file as --out or --cache, and a folder to extract are usage errors, exit 2', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'a-file');
    writeFileSync(file, 'x');
    const cases: [string[], string][] = [
      [['merge', path.join(dir, 'none.jsonl')], 'none.jsonl is no shard file: it does not exist'],
      [['merge', dir], 'is no shard file: it is a folder'],
      [['build', '--out', file], `--out ${file} is a file; it takes a folder`],
      [['build', '--out', path.join(dir, 'out'), '--cache', file], `--cache ${file} is a file; it takes a folder`],
      [['extract', dir], `${dir} is a folder; extract takes one document`],
    ];
    for (const [args, message] of cases) {
      const r = await cli(args);
      expect({
        args,
        code: r.code,
        said: r.stderr.includes(message),
        internal: r.stderr.includes('internal error'),
      }).toEqual({ args, code: 2, said: true, internal: false });
    }
  });
});

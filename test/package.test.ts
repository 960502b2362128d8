// The package as someone installs it: `npm pack`, installed into an empty folder, runs from its compiled JavaScript
// without the TypeScript sources or any development tool, answers --help and builds a small sources folder.
import { execFile } from 'node:child_process';
import { cpSync, existsSync, readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, tempDir } from './helpers.js';

const run = promisify(execFile);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

describe('the packed package', () => {
  let home: string;
  let bin: string;

  beforeAll(async () => {
    const packs = tempDir('papertrail-pack-');
    // npm pack runs `prepare`, which compiles lib/; --prefer-offline reuses what npm ci has just downloaded.
    await run(npm, ['pack', '--silent', '--pack-destination', packs], { cwd: ROOT });
    const [tarball] = readdirSync(packs).filter((n) => n.endsWith('.tgz'));
    home = tempDir('papertrail-installed-');
    writeFileSync(path.join(home, 'package.json'), '{ "name": "reader", "private": true }\n');
    await run(npm, ['install', '--silent', '--no-audit', '--no-fund', '--prefer-offline', path.join(packs, tarball!)], {
      cwd: home,
    });
    bin = path.join(home, 'node_modules', '.bin', 'papertrail');
  });

  const papertrail = (args: string[]) =>
    run(bin, args, {
      cwd: home,
      env: { ...process.env, SOURCE_DATE_EPOCH: '1700000000', XDG_CACHE_HOME: path.join(home, 'cache') },
    });

  it('holds the compiled pipeline, not its sources, and no development tool', () => {
    const installed = path.join(home, 'node_modules', 'papertrail');
    expect(existsSync(path.join(installed, 'lib', 'cli.js'))).toBe(true);
    expect(existsSync(path.join(installed, 'lib', 'site', 'app.js'))).toBe(true);
    expect(existsSync(path.join(installed, 'pipeline'))).toBe(false);
    for (const tool of ['tsx', 'typescript', 'esbuild', 'vitest'])
      expect(existsSync(path.join(home, 'node_modules', tool))).toBe(false);
  });

  it('answers --help', async () => {
    const { stdout } = await papertrail(['--help']);
    expect(stdout).toMatch(/^papertrail \d+\.\d+\.\d+/);
    for (const c of ['build', 'extract', 'validate', 'mirror']) expect(stdout).toContain(`  ${c} `);
  });

  it('builds a folder of two documents into a valid version', async () => {
    const sources = path.join(home, 'sources');
    mkdirSync(sources);
    cpSync(path.join(ROOT, 'sources', 'xinjiang-papers.txt'), path.join(sources, 'xinjiang-papers.txt'));
    writeFileSync(
      path.join(sources, 'statement.txt'),
      'On 3 May 2021 the foreign minister of Norway said the report was "deeply troubling".\n',
    );
    const metadata = readFileSync(path.join(ROOT, 'sources', 'dataset.yaml'), 'utf8');
    writeFileSync(
      path.join(sources, 'dataset.yaml'),
      `${metadata.trimEnd()}
  - document: statement.txt
    title: A made-up statement
    author: papertrail tests
    path: https://example.org/statement
    licence: CC0-1.0
    attribution: Written for this test.
`,
    );
    const built = await papertrail(['build']);
    expect(built.stdout).toMatch(/^built dist\/1\.0\.0: \d+ events, \d+ quotes, \d+ responses/);
    const datapackage = JSON.parse(readFileSync(path.join(home, 'dist', '1.0.0', 'datapackage.json'), 'utf8')) as {
      sources: { title: string }[];
    };
    expect(datapackage.sources.map((s) => s.title)).toContain('A made-up statement');
    const validated = await papertrail(['validate', 'dist/1.0.0']);
    expect(validated.stdout.trim()).toBe('dist/1.0.0: valid');
  });
});

// In GitHub Actions (GITHUB_ACTIONS=true) a build sets step outputs, writes a job summary with the record counts
// and the diff against the previous version, and reports diagnostics as annotations at their file and line.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, readJson, tempDir } from '../helpers.js';
import { buildReleases, setVersion, type Releases } from './fixtures.js';

function actionsEnv() {
  const dir = tempDir();
  const env = {
    GITHUB_ACTIONS: 'true',
    GITHUB_OUTPUT: path.join(dir, 'output'),
    GITHUB_STEP_SUMMARY: path.join(dir, 'summary'),
  };
  writeFileSync(env.GITHUB_OUTPUT, '');
  writeFileSync(env.GITHUB_STEP_SUMMARY, '');
  return env;
}

/** Parses GITHUB_OUTPUT's `name<<delimiter` blocks. */
function outputs(file: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = readFileSync(file, 'utf8').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i]!);
    if (!m) continue;
    const value: string[] = [];
    while (lines[++i] !== m[2]) value.push(lines[i]!);
    out[m[1]!] = value.join('\n');
  }
  return out;
}

describe('papertrail in GitHub Actions', () => {
  let r: Releases;
  beforeAll(async () => {
    r = await buildReleases();
    setVersion(r.sources, '1.2.0');
  });

  it('sets outputs and writes a job summary with counts and the diff', async () => {
    const env = actionsEnv();
    const result = await cli(['build', '--sources', r.sources, '--out', r.out], { env });
    expect(result.code).toBe(0);
    const o = outputs(env.GITHUB_OUTPUT);
    const v3 = path.join(r.out, '1.2.0');
    expect(o).toMatchObject({ version: '1.2.0', released: 'false' });
    expect(path.resolve(o.dist!)).toBe(v3);
    for (const t of ['events', 'quotes', 'responses'])
      expect(o[`records-${t}`]).toBe(String(readJson<unknown[]>(path.join(v3, `${t}.json`)).length));
    const summary = readFileSync(env.GITHUB_STEP_SUMMARY, 'utf8');
    expect(summary).toContain('<h1>papertrail build 1.2.0</h1>');
    expect(summary).toContain(`<tr><td>quotes</td><td>${o['records-quotes']}</td></tr>`);
    expect(summary).toContain('1.1.0 -&gt; 1.2.0: no changes');
    expect(summary).toContain('<td>CHANGELOG.md</td>');
  });

  it('says a version already built is released', async () => {
    const env = actionsEnv();
    expect((await cli(['build', '--sources', r.sources, '--out', r.out], { env })).code).toBe(0);
    expect(outputs(env.GITHUB_OUTPUT).released).toBe('true');
  });

  it('annotates a diagnostic at its file, line and column', async () => {
    const env = actionsEnv();
    writeFileSync(
      path.join(r.sources, 'broken.md'),
      '---\ntitle: x\nlicence: CC0-1.0\nattribution: [unclosed\n---\n\nText.\n',
    );
    const result = await cli(['build', '--sources', r.sources, '--out', tempDir()], { env });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/::error title=front-matter\/yaml,file=[^,]*broken\.md,line=4,col=\d+::/);
  });
});

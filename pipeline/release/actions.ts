// GitHub Actions glue: diagnostics become annotations on the file and line they name, and a build writes a job
// summary. Only used when the process runs inside Actions (GITHUB_ACTIONS=true).
import * as core from '@actions/core';
import type { VFile } from 'vfile';

export const inActions = (env: NodeJS.ProcessEnv) => env.GITHUB_ACTIONS === 'true';

export function annotate(files: readonly VFile[]): void {
  for (const file of files) {
    for (const m of file.messages) {
      const props = { file: file.path, startLine: m.line ?? 1, startColumn: m.column ?? 1, title: m.ruleId ?? 'papertrail' };
      if (m.fatal === true) core.error(m.reason, props);
      else if (m.fatal === false) core.warning(m.reason, props);
    }
  }
}

export async function writeBuildSummary(dir: string, version: string, counts: Record<string, number>, files: readonly { name: string; bytes: number; sha256: string }[]): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  await core.summary
    .addHeading(`papertrail build ${version}`)
    .addRaw(`Written to <code>${dir}</code>.`, true)
    .addTable([
      [{ data: 'table', header: true }, { data: 'records', header: true }],
      ...Object.entries(counts).map(([t, n]) => [t, String(n)]),
    ])
    .addTable([
      [{ data: 'file', header: true }, { data: 'bytes', header: true }, { data: 'SHA-256', header: true }],
      ...files.map((f) => [f.name, String(f.bytes), f.sha256]),
    ])
    .write();
  core.setOutput('version', version);
  core.setOutput('dir', dir);
}

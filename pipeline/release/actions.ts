// GitHub Actions glue: diagnostics become annotations on the file and line they name, and a build writes a job
// summary with step outputs. Only used when the process runs inside Actions (GITHUB_ACTIONS=true).
import * as core from '@actions/core';
import type { VFile } from 'vfile';
import { formatDiff, type DatasetDiff } from './diff-datasets.js';

export const inActions = (env: NodeJS.ProcessEnv) => env.GITHUB_ACTIONS === 'true';

export function annotate(files: readonly VFile[]): void {
  for (const file of files) {
    for (const m of file.messages) {
      const props = {
        file: file.path,
        startLine: m.line ?? 1,
        startColumn: m.column ?? 1,
        title: m.ruleId ?? 'papertrail',
      };
      if (m.fatal === true) core.error(m.reason, props);
      else if (m.fatal === false) core.warning(m.reason, props);
    }
  }
}

export interface BuildReport {
  /** The version folder, as shown. */
  dist: string;
  version: string;
  /** Whether this version was already built (or released) with the same content. */
  released: boolean;
  counts: Record<string, number>;
  files: readonly { name: string; bytes: number; sha256: string }[];
  diff?: DatasetDiff;
}

/** Step outputs (version, dist, released, records-<table>) and the job summary of a build. */
export async function reportBuild(report: BuildReport): Promise<void> {
  core.setOutput('version', report.version);
  core.setOutput('dist', report.dist);
  core.setOutput('released', String(report.released));
  for (const [table, n] of Object.entries(report.counts)) core.setOutput(`records-${table}`, String(n));
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  core.summary
    .addHeading(`papertrail build ${report.version}`)
    .addRaw(
      `Written to <code>${report.dist}</code>${report.released ? ' (already built with the same content: unchanged)' : ''}.`,
      true,
    )
    .addTable([
      [
        { data: 'table', header: true },
        { data: 'records', header: true },
      ],
      ...Object.entries(report.counts).map(([t, n]) => [t, String(n)]),
    ])
    .addHeading('Changes since the previous version', 2);
  // addCodeBlock writes its text as HTML unescaped.
  if (report.diff)
    core.summary.addCodeBlock(
      formatDiff(report.diff).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'),
    );
  else core.summary.addRaw('No previous version: this is the first.', true);
  await core.summary
    .addHeading('Files', 2)
    .addTable([
      [
        { data: 'file', header: true },
        { data: 'bytes', header: true },
        { data: 'SHA-256', header: true },
      ],
      ...report.files.map((f) => [f.name, String(f.bytes), f.sha256]),
    ])
    .write();
}

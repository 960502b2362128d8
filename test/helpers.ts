// Shared test plumbing: run the real CLI as a child process, make throwaway folders, hash trees.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const BIN = path.join(ROOT, 'bin', 'papertrail.js');
/** ../shared beside the clone: present in CI and on the team's machines, absent in a user's clone. */
export const SHARED = path.resolve(ROOT, '..', 'shared');
export const HAS_SHARED = existsSync(path.join(SHARED, 'corpus'));

/** Every folder a test makes lives in the run's scratch folder, which test/scratch.ts removes when the run ends. */
const SCRATCH = process.env.PAPERTRAIL_TEST_SCRATCH ?? tmpdir();

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function cli(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      {
        cwd: options.cwd ?? ROOT,
        // Each run's cache is its own, so no test depends on what another left behind.
        env: {
          ...process.env,
          GITHUB_ACTIONS: '',
          SOURCE_DATE_EPOCH: '1700000000',
          XDG_CACHE_HOME: mkdtempSync(path.join(SCRATCH, 'papertrail-cache-')),
          ...options.env,
        },
        maxBuffer: 64 * 1024 * 1024,
      },
      (error, stdout, stderr) => {
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
      },
    );
  });
}

export function tempDir(prefix = 'papertrail-test-'): string {
  return mkdtempSync(path.join(SCRATCH, prefix));
}

/** A sources folder holding a copy of the project's sources, to edit freely. */
export function copyOfSources(): string {
  const dir = path.join(tempDir(), 'sources');
  cpSync(path.join(ROOT, 'sources'), dir, { recursive: true });
  return dir;
}

/** Relative path -> SHA-256 of every file under dir (empty when dir is missing). */
export function treeHashes(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  if (!existsSync(dir)) return out;
  const walk = (rel: string) => {
    for (const name of readdirSync(path.join(dir, rel)).sort()) {
      const child = rel ? `${rel}/${name}` : name;
      if (statSync(path.join(dir, child)).isDirectory()) walk(child);
      else
        out[child] = createHash('sha256')
          .update(readFileSync(path.join(dir, child)))
          .digest('hex');
    }
  };
  walk('');
  return out;
}

export function readJson<T = unknown>(file: string): T {
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}

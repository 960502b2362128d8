// Guard rails on the code itself. The stages of pipeline/ only look back: dependency-cruiser, with the rules in
// .dependency-cruiser.cjs, finds no import from a stage to a later one, no cycle and no import it cannot resolve
// (and does find a backward import planted in a scratch copy). knip finds no unused file, export or dependency;
// ESLint (typescript-eslint's recommended rules) finds no problem, and the code is as prettier formats it.
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ROOT, tempDir } from './helpers.js';

const CONFIG = path.join(ROOT, '.dependency-cruiser.cjs');
const DEPCRUISE = path.join(ROOT, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruise.mjs');
const KNIP = path.join(ROOT, 'node_modules', 'knip', 'bin', 'knip.js');
const ESLINT = path.join(ROOT, 'node_modules', 'eslint', 'bin', 'eslint.js');
const PRETTIER = path.join(ROOT, 'node_modules', 'prettier', 'bin', 'prettier.cjs');

/** Runs a tool of node_modules (from the project root unless told): its exit code and everything it printed. */
function tool(bin: string, args: string[], cwd = ROOT): Promise<{ code: number; output: string }> {
  return promisify(execFile)(process.execPath, [bin, ...args], { cwd, maxBuffer: 16 * 1024 * 1024 }).then(
    ({ stdout, stderr }) => ({ code: 0, output: stdout + stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({
      code: error.code,
      output: error.stdout + error.stderr,
    }),
  );
}

const cruise = (cwd: string) => tool(DEPCRUISE, ['pipeline', '--config', CONFIG, '--output-type', 'err'], cwd);

describe('the stages of pipeline/', () => {
  it('import only from themselves and earlier stages', async () => {
    const { code, output } = await cruise(ROOT);
    expect(output).toContain('no dependency violations found');
    expect(code).toBe(0);
  });

  it('are checked by rules that catch a backward import and a cycle', async () => {
    const dir = tempDir('papertrail-layers-');
    copyFileSync(path.join(ROOT, 'tsconfig.json'), path.join(dir, 'tsconfig.json'));
    const write = (file: string, text: string) => {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), text);
    };
    write(
      'pipeline/read/read-it.ts',
      "import { published } from '../publish/publish-it.js';\nexport const read = published;\n",
    );
    write('pipeline/publish/publish-it.ts', 'export const published = 1;\n');
    write('pipeline/extract/a.ts', "import { b } from './b.js';\nexport const a = () => b;\n");
    write('pipeline/extract/b.ts', "import { a } from './a.js';\nexport const b = () => a;\n");
    const { code, output } = await cruise(dir);
    expect(code).not.toBe(0);
    expect(output).toContain('read-looks-back-only: pipeline/read/read-it.ts → pipeline/publish/publish-it.ts');
    expect(output).toMatch(/no-circular: pipeline\/extract\/[ab]\.ts → /);
  });
});

describe('the code', () => {
  it('has no unused file, export or dependency (knip)', async () => {
    const { code, output } = await tool(KNIP, ['--no-progress']);
    expect(output.trim()).toBe('');
    expect(code).toBe(0);
  });

  it('passes ESLint with typescript-eslint', async () => {
    const { code, output } = await tool(ESLINT, ['.']);
    expect(output.trim()).toBe('');
    expect(code).toBe(0);
  });

  it('is formatted as prettier formats it', async () => {
    const { code, output } = await tool(PRETTIER, ['--check', '--log-level', 'warn', '.']);
    expect(output.trim()).toBe('');
    expect(code).toBe(0);
  });
});

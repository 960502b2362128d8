// Guard rails on the code itself. The stages of pipeline/ only look back: dependency-cruiser, with the rules in
// .dependency-cruiser.cjs, finds no import from a stage to a later one, no cycle and no import it cannot resolve
// (and does find a backward import planted in a scratch copy). knip finds no unused file, export or dependency.
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ROOT, tempDir } from './helpers.js';

const CONFIG = path.join(ROOT, '.dependency-cruiser.cjs');
const DEPCRUISE = path.join(ROOT, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruise.mjs');
const KNIP = path.join(ROOT, 'node_modules', 'knip', 'bin', 'knip.js');

async function cruise(cwd: string): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [DEPCRUISE, 'pipeline', '--config', CONFIG, '--output-type', 'err'], { cwd });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, output: e.stdout + e.stderr };
  }
}

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
    write('pipeline/read/read-it.ts', "import { published } from '../publish/publish-it.js';\nexport const read = published;\n");
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
    const result = await promisify(execFile)(process.execPath, [KNIP, '--no-progress'], { cwd: ROOT }).then(
      ({ stdout }) => ({ code: 0, output: stdout }),
      (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, output: error.stdout + error.stderr }),
    );
    expect(result.output.trim()).toBe('');
    expect(result.code).toBe(0);
  });
});

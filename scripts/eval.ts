// Scores the extractor on the dev corpus (../shared/corpus/dev): extracts every document with the CLI, writes the
// predictions to a temporary folder and runs the corpus scorer over all pairs. `--json` passes through to the scorer.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const devDir = fileURLToPath(new URL('../../shared/corpus/dev/', import.meta.url));
const scorer = fileURLToPath(new URL('../../shared/corpus/score.mjs', import.meta.url));
const cli = fileURLToPath(new URL('../bin/papertrail.js', import.meta.url));

if (!existsSync(devDir) || !existsSync(scorer)) {
  console.log(`eval: no dev corpus at ${devDir}; nothing to score`);
  process.exit(0);
}

const out = mkdtempSync(join(tmpdir(), 'papertrail-eval-'));
try {
  const pairs: string[] = [];
  for (const name of readdirSync(devDir).filter((f) => f.endsWith('.txt')).sort()) {
    const gold = join(devDir, name.replace(/\.txt$/, '.gold.json'));
    if (!existsSync(gold)) continue;
    const predicted = execFileSync(process.execPath, [cli, 'extract', join(devDir, name)], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const pred = join(out, name.replace(/\.txt$/, '.pred.json'));
    writeFileSync(pred, predicted);
    pairs.push(gold, pred);
  }
  const args = [scorer, ...pairs, ...(process.argv.includes('--json') ? ['--json'] : [])];
  process.stdout.write(execFileSync(process.execPath, args, { encoding: 'utf8' }));
} finally {
  rmSync(out, { recursive: true, force: true });
}

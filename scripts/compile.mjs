// Compiles the pipeline into lib/, the JavaScript that bin/papertrail.js runs: tsc for the TypeScript (and the
// lexicons it imports), and esbuild for the landing page's browser code, bundled once here with Observable Plot
// instead of on every build. npm runs it at install (`prepare`) and before the tests; `npm run compile` runs it by
// hand. Plain JavaScript, so it needs nothing compiled to run.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const lib = `${root}lib`;
const site = `${root}pipeline/site`;

// Nothing left over from sources since removed or renamed.
rmSync(lib, { recursive: true, force: true });

const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const compiled = spawnSync(process.execPath, [tsc, '-p', `${root}tsconfig.build.json`], { stdio: 'inherit' });
if (compiled.status !== 0) process.exit(compiled.status ?? 1);

mkdirSync(`${lib}/site`, { recursive: true });
await build({
  entryPoints: [`${site}/app.ts`],
  outfile: `${lib}/site/app.js`,
  bundle: true,
  minify: true,
  format: 'iife',
  target: ['es2020'],
  legalComments: 'eof',
  charset: 'utf8',
  logLevel: 'warning',
});
copyFileSync(`${site}/style.css`, `${lib}/site/style.css`);

// bin/papertrail.js runs the sources instead when any is newer than this stamp.
writeFileSync(`${lib}/.compiled`, '');

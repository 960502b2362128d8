// Writes site/ into a version folder: index.html, style.css and app.js (the browser code and Observable Plot,
// bundled by esbuild at build time), so the page needs no server and fetches nothing from elsewhere.
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { writeArtifact, type Artifact } from '../artifact.js';
import { pageHtml } from './page.js';
import { siteData, type SiteInput } from './site-data.js';

export const SITE_DIR = 'site';
const here = path.dirname(fileURLToPath(import.meta.url));

let bundle: Promise<string> | undefined;

/** app.ts and its dependencies as one minified script; licence comments of bundled libraries kept at its end. */
function appBundle(): Promise<string> {
  bundle ??= build({
    entryPoints: [path.join(here, 'app.ts')],
    bundle: true,
    minify: true,
    format: 'iife',
    target: ['es2020'],
    legalComments: 'eof',
    charset: 'utf8',
    write: false,
    logLevel: 'silent',
  }).then((result) => result.outputFiles[0]!.text);
  return bundle;
}

export async function writeSite(dir: string, input: SiteInput, jsonLd: unknown): Promise<Artifact[]> {
  mkdirSync(path.join(dir, SITE_DIR));
  const at = (name: string) => `${SITE_DIR}/${name}`;
  return [
    writeArtifact(dir, at('index.html'), pageHtml(siteData(input), jsonLd)),
    writeArtifact(dir, at('style.css'), readFileSync(path.join(here, 'style.css'))),
    writeArtifact(dir, at('app.js'), await appBundle()),
  ];
}

// Writes site/ into a version folder: index.html, style.css and app.js (the browser code and Observable Plot,
// bundled by esbuild when the pipeline is compiled), so the page needs no server and fetches nothing from elsewhere.
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { writeArtifact, type Artifact } from '../publish/artifact.js';
import { pageHtml } from './page.js';
import { siteData, type SiteInput } from './site-data.js';

const SITE_DIR = 'site';
/** app.js (app.ts bundled with Observable Plot) and style.css, as scripts/compile.mjs left them in lib/site/. */
const ASSETS = new URL('../../lib/site/', import.meta.url);

export function writeSite(dir: string, input: SiteInput, jsonLd: unknown): Artifact[] {
  mkdirSync(path.join(dir, SITE_DIR));
  const at = (name: string) => `${SITE_DIR}/${name}`;
  return [
    writeArtifact(dir, at('index.html'), pageHtml(siteData(input), jsonLd)),
    writeArtifact(dir, at('style.css'), readFileSync(new URL('style.css', ASSETS))),
    writeArtifact(dir, at('app.js'), readFileSync(new URL('app.js', ASSETS))),
  ];
}

// Where the files of a release host live: GitHub releases (`<repo>/releases/download/v<version>/<asset>`, the
// index from the latest release), a static folder served over HTTP, or a local folder (`index.json`,
// `<version>/<file>`), as `papertrail build` writes dist/.
import path from 'node:path';
import { INDEX_FILE } from './dataset-index.js';
import { isUrl } from './fetch-with-retry.js';

export interface ReleaseSource {
  index: string;
  file(version: string, name: string): string;
}

/** Release assets are flat: a file in a subfolder is uploaded as `site/index.html` -> `site.index.html`. */
export const assetName = (name: string) => name.split('/').join('.');

const releaseTag = (version: string) => `v${version}`;

export function releaseSource(source: string): ReleaseSource {
  if (!isUrl(source)) {
    const dir = path.resolve(source);
    return { index: path.join(dir, INDEX_FILE), file: (version, name) => path.join(dir, version, ...name.split('/')) };
  }
  const base = source.replace(/\/+$/, '');
  if (new URL(base).pathname.endsWith('/releases')) {
    return {
      index: `${base}/latest/download/${INDEX_FILE}`,
      file: (version, name) => `${base}/download/${releaseTag(version)}/${encodeURIComponent(assetName(name))}`,
    };
  }
  return {
    index: `${base}/${INDEX_FILE}`,
    file: (version, name) => `${base}/${version}/${name.split('/').map(encodeURIComponent).join('/')}`,
  };
}

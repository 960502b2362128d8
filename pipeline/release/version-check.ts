// Whether the version dataset.yaml declares is at least the one the changes since the previous release require,
// and the edit that raises it, keeping the file's comments and layout (the yaml package's Document API).
import { isScalar, parseDocument } from 'yaml';
import type { DatasetDiff, Reason } from './diff-datasets.js';
import { bumpVersion, compareVersions, type Bump } from './semver.js';

export interface VersionCheck {
  declared: string;
  /** The previous release, when there is one. */
  previous: string | null;
  required: string;
  bump: Bump;
  reasons: Reason[];
  ok: boolean;
}

export function checkVersion(declared: string, diff?: DatasetDiff): VersionCheck {
  if (!diff) return { declared, previous: null, required: declared, bump: 'none', reasons: [], ok: true };
  const required = bumpVersion(diff.from, diff.bump);
  return {
    declared,
    previous: diff.from,
    required,
    bump: diff.bump,
    reasons: diff.reasons,
    ok: compareVersions(declared, required) >= 0,
  };
}

/** dataset.yaml's text with its version set, every other byte as it was (re-serialising would refold lines). */
export function withVersion(yamlText: string, version: string): string {
  const node = parseDocument(yamlText).get('version', true);
  if (!isScalar(node) || !node.range) throw new Error('dataset.yaml has no version scalar');
  const [start, end] = node.range;
  return `${yamlText.slice(0, start)}${version}${yamlText.slice(end)}`;
}

// Dataset versions (MAJOR.MINOR.PATCH, as dataset.yaml requires): ordering, and the version a change requires.
export type Bump = 'none' | 'patch' | 'minor' | 'major';

/** Bumps from the least to the most disruptive. */
const BUMPS: readonly Bump[] = ['none', 'patch', 'minor', 'major'];

const VERSION = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;

export const isVersion = (text: string) => VERSION.test(text);

function parts(version: string): [number, number, number] {
  const m = VERSION.exec(version);
  if (!m) throw new Error(`not a MAJOR.MINOR.PATCH version: ${JSON.stringify(version)}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

export function compareVersions(a: string, b: string): number {
  const [x, y] = [parts(a), parts(b)];
  return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
}

/** Newest first. */
export const newestFirst = (versions: Iterable<string>) => [...versions].sort((a, b) => compareVersions(b, a));

export const maxBump = (bumps: Iterable<Bump>): Bump =>
  [...bumps].reduce<Bump>((a, b) => (BUMPS.indexOf(b) > BUMPS.indexOf(a) ? b : a), 'none');

/** The lowest version after `version` that a change of the given kind requires. */
export function bumpVersion(version: string, bump: Bump): string {
  const [major, minor, patch] = parts(version);
  if (bump === 'major') return `${major + 1}.0.0`;
  if (bump === 'minor') return `${major}.${minor + 1}.0`;
  if (bump === 'patch') return `${major}.${minor}.${patch + 1}`;
  return version;
}

// papertrail mirror against a real HTTP server on 127.0.0.1 serving releases built by the tests: the static and
// GitHub layouts, resuming, retries after a dropped connection or a truncated body, and refusals (a corrupted
// asset, a hostile file name, a downgraded index, a replayed version).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assetName } from '../../pipeline/release/index.js';
import { cli, tempDir, treeHashes } from '../helpers.js';
import { buildReleases, type Releases } from './fixtures.js';

/** What the server sends for a path: the file's bytes by default; a hook may answer instead (returns true). */
type Hook = (url: string, req: IncomingMessage, res: ServerResponse, body: Buffer | undefined) => boolean;

let r: Releases;
let server: Server;
let base: string;
let hook: Hook = () => false;
const requests: string[] = [];

/** Static layout: /static/<path in dist>; GitHub layout: /o/r/releases/{latest/download,download/v<version>}/<asset>. */
function fileFor(url: string): Buffer | undefined {
  const p = decodeURIComponent(url);
  let rel: string | undefined;
  if (p.startsWith('/static/')) rel = p.slice('/static/'.length);
  else if (p === '/o/r/releases/latest/download/index.json') rel = 'index.json';
  else {
    const m = /^\/o\/r\/releases\/download\/v([^/]+)\/([^/]+)$/.exec(p);
    const files = m ? Object.keys(treeHashes(path.join(r.out, m[1]!))) : [];
    const name = m && files.find((f) => assetName(f) === m[2]);
    if (name) rel = `${m![1]}/${name}`;
  }
  if (!rel || rel.includes('..')) return undefined;
  const full = path.join(r.out, rel);
  return existsSync(full) ? readFileSync(full) : undefined;
}

beforeAll(async () => {
  r = await buildReleases();
  server = createServer((req, res) => {
    const url = req.url ?? '/';
    requests.push(url);
    const body = fileFor(url);
    if (hook(url, req, res, body)) return;
    if (!body) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-length': body.length }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function mirrorWith(h: Hook, source = `${base}/static`, dest = tempDir()) {
  hook = h;
  requests.length = 0;
  try {
    return { ...(await cli(['mirror', source, dest])), dest };
  } finally {
    hook = () => false;
  }
}

const versionsIn = (dest: string) =>
  readdirSync(dest)
    .filter((n) => !n.startsWith('.'))
    .sort();
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

describe('papertrail mirror', () => {
  it('copies every version from a static host, verified, with the index, and is then up to date', async () => {
    const { code, stdout, dest } = await mirrorWith(() => false);
    expect(code).toBe(0);
    expect(stdout).toContain('1.1.0/quotes.csv');
    expect(stdout).toContain('mirrored 1.0.0, 1.1.0');
    expect(versionsIn(dest)).toEqual(['1.0.0', '1.1.0', 'index.json']);
    expect(treeHashes(dest)).toEqual(treeHashes(r.out));
    const again = await mirrorWith(() => false, `${base}/static`, dest);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('is up to date');
    expect(requests).toEqual(['/static/index.json']);
  });

  it('reads the GitHub releases layout, whose assets are flat', async () => {
    const { code, dest, stderr } = await mirrorWith(() => false, `${base}/o/r/releases`);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(treeHashes(dest)).toEqual(treeHashes(r.out));
    expect(requests).toContain('/o/r/releases/download/v1.1.0/site.index.html');
  });

  it('retries a dropped connection and a truncated body', async () => {
    const failed = new Set<string>();
    const { code, dest } = await mirrorWith((url, _req, res, body) => {
      if (!body || failed.has(url)) return false;
      if (url.endsWith('/1.1.0/quotes.csv')) {
        failed.add(url);
        res.socket?.destroy();
        return true;
      }
      if (url.endsWith('/1.1.0/events.json')) {
        failed.add(url);
        res.writeHead(200, { 'content-length': body.length });
        res.write(body.subarray(0, body.length >> 1), () => res.socket?.destroy());
        return true;
      }
      return false;
    });
    expect(code).toBe(0);
    expect(failed.size).toBe(2);
    expect(treeHashes(dest)).toEqual(treeHashes(r.out));
  });

  it('refuses a corrupted asset, names it, keeps the good versions, and resumes without fetching them again', async () => {
    const corrupt: Hook = (url, _req, res, body) => {
      if (!body || !url.endsWith('/1.1.0/quotes.csv')) return false;
      const bad = Buffer.from(body);
      bad[bad.length - 3] = bad[bad.length - 3]! ^ 1;
      res.writeHead(200, { 'content-length': bad.length }).end(bad);
      return true;
    };
    const first = await mirrorWith(corrupt);
    expect(first.code).toBe(1);
    expect(first.stderr).toMatch(
      /1\.1\.0\/quotes\.csv:1:1: error does not match its SHA-256 in SHA256SUMS, after \d+ attempts \[mirror\/checksum\]/,
    );
    expect(versionsIn(first.dest)).toEqual(['1.0.0', 'index.json']);
    expect(
      JSON.parse(readFileSync(path.join(first.dest, 'index.json'), 'utf8')).versions.map(
        (v: { version: string }) => v.version,
      ),
    ).toEqual(['1.0.0']);
    const resumed = await mirrorWith(() => false, `${base}/static`, first.dest);
    expect(resumed.code).toBe(0);
    expect(resumed.stdout).toContain('kept from an interrupted run');
    expect(requests.filter((u) => u.startsWith('/static/1.1.0/') && !u.endsWith('SHA256SUMS'))).toEqual([
      '/static/1.1.0/quotes.csv',
    ]);
    expect(treeHashes(first.dest)).toEqual(treeHashes(r.out));
  });

  it('names a file the host does not have, keeps the versions it could fetch, and exits 1', async () => {
    const { code, stderr, dest } = await mirrorWith((url, _req, res, body) => {
      if (!body || !url.endsWith('/1.1.0/events.csv')) return false;
      res.writeHead(404).end();
      return true;
    });
    expect(code).toBe(1);
    expect(stderr).toMatch(/1\.1\.0\/events\.csv:1:1: error cannot fetch: HTTP 404 Not Found \[mirror\/fetch\]/);
    expect(versionsIn(dest)).toEqual(['1.0.0', 'index.json']);
  });

  it('refuses a file name that escapes DEST', async () => {
    const outside = path.join(tempDir(), 'dest');
    const { code, stderr } = await mirrorWith(
      (url, _req, res, body) => {
        if (!body || !url.endsWith('/1.1.0/SHA256SUMS')) return false;
        const evil = Buffer.concat([
          body,
          Buffer.from(`${sha(Buffer.from('x'))}  ../../evil.txt\n${sha(Buffer.from('x'))}  /etc/evil\n`),
        ]);
        res.writeHead(200).end(evil);
        return true;
      },
      `${base}/static`,
      outside,
    );
    expect(code).toBe(1);
    expect(stderr).toContain('"../../evil.txt", outside the version folder');
    expect(stderr).toContain('"/etc/evil"');
    expect(stderr).toContain('[mirror/unsafe-name]');
    expect(existsSync(path.join(path.dirname(outside), 'evil.txt'))).toBe(false);
    expect(versionsIn(outside)).toEqual(['1.0.0', 'index.json']);
  });

  it('refuses an index that drops a version the mirror holds', async () => {
    const { dest } = await mirrorWith(() => false);
    const before = treeHashes(dest);
    const old = { versions: JSON.parse(readFileSync(path.join(r.out, 'index.json'), 'utf8')).versions.slice(1) };
    const { code, stderr } = await mirrorWith(
      (url, _req, res) => {
        if (!url.endsWith('/index.json')) return false;
        res.writeHead(200).end(JSON.stringify(old));
        return true;
      },
      `${base}/static`,
      dest,
    );
    expect(code).toBe(1);
    expect(stderr).toMatch(/no longer lists 1\.1\.0.*\[mirror\/downgrade\]/);
    expect(treeHashes(dest)).toEqual(before);
  });

  it('refuses an older version replayed as a newer one', async () => {
    const index = JSON.parse(readFileSync(path.join(r.out, 'index.json'), 'utf8')) as {
      versions: { version: string; datapackage_sha256: string }[];
    };
    const v1 = index.versions.find((v) => v.version === '1.0.0')!;
    const forged = { versions: [{ ...v1, version: '1.2.0' }, ...index.versions] };
    const { code, stderr, dest } = await mirrorWith((url, _req, res) => {
      if (url.endsWith('/index.json')) {
        res.writeHead(200).end(JSON.stringify(forged));
        return true;
      }
      const m = /\/static\/1\.2\.0\/(.+)$/.exec(url);
      if (!m) return false;
      res.writeHead(200).end(readFileSync(path.join(r.v1, decodeURIComponent(m[1]!))));
      return true;
    });
    expect(code).toBe(1);
    expect(stderr).toMatch(
      /1\.2\.0\/datapackage\.json:1:1: error is version 1\.0\.0, offered as 1\.2\.0.*\[mirror\/downgrade\]/,
    );
    expect(versionsIn(dest)).toEqual(['1.0.0', '1.1.0', 'index.json']);
  });

  it('mirrors a local folder too', async () => {
    const dest = tempDir();
    const result = await cli(['mirror', r.out, dest]);
    expect(result.code).toBe(0);
    expect(treeHashes(dest)).toEqual(treeHashes(r.out));
  });
});

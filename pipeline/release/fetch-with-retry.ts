// Reads one file of a release, from a URL or a local path, retrying transient failures (dropped connections,
// truncated bodies, 5xx and 429 answers, bytes that fail their check) with exponential backoff.
import { readFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';

export const isUrl = (location: string) => /^https?:\/\//i.test(location);

export interface FetchOptions {
  /** Why the bytes are not the expected ones, or undefined when they are; a failed check is retried. */
  check?: (bytes: Buffer) => string | undefined;
  attempts?: number;
  /** The first pause; each later one doubles. */
  delayMs?: number;
}

export type Fetched = { bytes: Buffer } | { problem: string; kind: 'fetch' | 'check' };

class Permanent extends Error {}

async function readOnce(location: string): Promise<Buffer> {
  if (!isUrl(location)) {
    try {
      return await readFile(location);
    } catch (error) {
      throw new Permanent((error as Error).message);
    }
  }
  const response = await fetch(location, { redirect: 'follow', signal: AbortSignal.timeout(120_000) });
  if (!response.ok) {
    const message = `HTTP ${response.status} ${response.statusText}`.trim();
    if (response.status === 429 || response.status >= 500) throw new Error(message);
    throw new Permanent(message);
  }
  const bytes = Buffer.from(await response.arrayBuffer());
  const length = response.headers.get('content-length');
  if (length !== null && response.headers.get('content-encoding') === null && Number(length) !== bytes.length) {
    throw new Error(`truncated: ${bytes.length} of ${length} bytes`);
  }
  return bytes;
}

export async function fetchWithRetry(location: string, options: FetchOptions = {}): Promise<Fetched> {
  const attempts = options.attempts ?? 4;
  const delayMs = options.delayMs ?? 200;
  let last: Fetched = { problem: 'not fetched', kind: 'fetch' };
  for (let attempt = 0; attempt < attempts; attempt++) {
    if (attempt) await sleep(delayMs * 2 ** (attempt - 1));
    let bytes: Buffer;
    try {
      bytes = await readOnce(location);
    } catch (error) {
      const cause = (error as Error & { cause?: Error }).cause;
      last = { problem: `${(error as Error).message}${cause ? ` (${cause.message})` : ''}`, kind: 'fetch' };
      if (error instanceof Permanent) return last;
      continue;
    }
    const problem = options.check?.(bytes);
    if (problem === undefined) return { bytes };
    last = { problem, kind: 'check' };
  }
  return { ...last, problem: `${last.problem}, after ${attempts} attempts` };
}

// Sharded builds: `build --shard I/N` extracts every Nth document into a shard file; `merge` joins the shards of
// all N into the dataset, byte-identical to an unsharded build. Each result carries the cache key of the text it
// was read from, so a shard built from other sources or another extractor is refused.
import { mkdir, open, rename } from 'node:fs/promises';
import path from 'node:path';
import { fileLines } from '../base/file-lines.js';
import type { DocumentResult } from './process-document.js';

export interface Shard {
  index: number;
  count: number;
}

export interface ShardLine {
  key: string;
  result: DocumentResult;
}

/** Parses `I/N` (1-based); undefined when it is not that shape. */
export function parseShard(text: string): Shard | undefined {
  const m = /^(\d+)\/(\d+)$/.exec(text);
  if (!m) return undefined;
  const index = Number(m[1]);
  const count = Number(m[2]);
  return index >= 1 && index <= count ? { index, count } : undefined;
}

/** Whether the document at `position` in the sorted list belongs to the shard: documents are dealt round-robin. */
export function inShard(position: number, shard: Shard): boolean {
  return position % shard.count === shard.index - 1;
}

const shardFileName = (shard: Shard) => `shard-${shard.index}-of-${shard.count}.jsonl`;

/**
 * Writes the shard file from each document's result, fetched one at a time in document order: under a temporary
 * name, renamed when complete. Returns its path.
 */
export async function writeShard(
  outDir: string,
  shard: Shard,
  lines: readonly (() => Promise<ShardLine | undefined>)[],
): Promise<string> {
  await mkdir(outDir, { recursive: true });
  const file = path.join(outDir, shardFileName(shard));
  const handle = await open(`${file}.tmp`, 'w');
  try {
    for (const next of lines) {
      const line = await next();
      if (line) await handle.write(`${JSON.stringify(line)}\n`);
    }
  } finally {
    await handle.close();
  }
  await rename(`${file}.tmp`, file);
  return file;
}

/** A line of a shard file that is not a result `build --shard` wrote. */
export class MalformedShard extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

/** A shard file's results, a line at a time. */
export async function* readShard(file: string): AsyncGenerator<ShardLine> {
  for await (const { line, text } of fileLines(file)) {
    if (!text) continue;
    let parsed: Partial<ShardLine>;
    try {
      parsed = JSON.parse(text) as Partial<ShardLine>;
    } catch (error) {
      throw new MalformedShard(line, `not a shard line: ${(error as Error).message}`);
    }
    if (typeof parsed?.key !== 'string' || typeof parsed.result?.document !== 'string')
      throw new MalformedShard(line, 'not a shard line: no key and result, as build --shard writes them');
    yield parsed as ShardLine;
  }
}

// Sharded builds: `build --shard I/N` extracts every Nth document into a shard file; `merge` joins the shards of
// all N into the dataset, byte-identical to an unsharded build. Each result carries the cache key of the text it
// was read from, so a shard built from other sources or another extractor is refused.
import { readFile } from 'node:fs/promises';
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

export const shardFileName = (shard: Shard) => `shard-${shard.index}-of-${shard.count}.jsonl`;

export function shardText(lines: readonly ShardLine[]): string {
  return lines.map((l) => `${JSON.stringify(l)}\n`).join('');
}

export async function readShard(file: string): Promise<ShardLine[]> {
  const text = await readFile(file, 'utf8');
  return text.split('\n').filter(Boolean).map((line) => JSON.parse(line) as ShardLine);
}

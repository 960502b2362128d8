// Reads a text file back a line at a time, so checking a large table never holds it whole in memory.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

/** The file's lines (line ends removed), numbered from 1. */
export async function* fileLines(file: string): AsyncGenerator<{ line: number; text: string }> {
  const reader = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  let line = 0;
  for await (const text of reader) yield { line: ++line, text };
}

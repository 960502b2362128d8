// Reads a text file back a line at a time, so checking a large table never holds it whole in memory.
import { createReadStream } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';

/**
 * The file's lines (each without its "\n" or "\r\n"), numbered from 1. Split by hand over megabyte chunks: node's
 * readline took most of a large build's time reading back the records it had just written.
 */
export async function* fileLines(file: string): AsyncGenerator<{ line: number; text: string }> {
  const decoder = new StringDecoder('utf8');
  const strip = (s: string) => (s.endsWith('\r') ? s.slice(0, -1) : s);
  let rest = '';
  let line = 0;
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    // Searched on the chunk alone: searching `rest + chunk`, a string made by joining, costs V8 a copy per search.
    const text = decoder.write(chunk);
    let start = 0;
    for (let end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
      yield { line: ++line, text: strip(rest + text.slice(start, end)) };
      rest = '';
      start = end + 1;
    }
    rest += text.slice(start);
  }
  rest += decoder.end();
  if (rest) yield { line: ++line, text: strip(rest) };
}

// JSON: one array of the records as the schemas define them (nested `source` kept), one record a line so that
// files diff well and never need one huge string in memory.
import { ArtifactSink } from './artifact.js';
import { fileLines } from '../base/file-lines.js';
import type { TableFormat } from './table-writer.js';

export const jsonFormat: TableFormat = {
  name: 'json',
  label: 'JSON',
  extension: 'json',
  mediatype: 'application/json',
  tabular: false,
  open(table, dir) {
    const sink = new ArtifactSink(dir, `${table.name}.json`);
    let count = 0;
    return {
      write(record) {
        sink.write(`${count++ ? ',\n' : '[\n'}${JSON.stringify(record)}`);
      },
      finish() {
        sink.write(count ? '\n]\n' : '[]\n');
        return sink.close();
      },
    };
  },
  async countRows(file) {
    let rows = 0;
    for await (const record of jsonRecords(file)) if (record) rows++;
    return rows;
  },
};

/**
 * The records of a JSON file as the writer lays it out (the opening bracket, one record a line, the closing
 * bracket), read a line at a time: yields each record with its line, and throws, naming the line, on anything else.
 */
export async function* jsonRecords(file: string): AsyncGenerator<{ line: number; record: unknown }> {
  let closed = false;
  for await (const { line, text } of fileLines(file)) {
    const fail = (why: string) => new Error(`line ${line}: ${why}; papertrail writes "[", one record a line, then "]"`);
    if (closed) {
      if (text.trim()) throw fail('text after the closing bracket');
    } else if (line === 1) {
      if (text === '[]') closed = true;
      else if (text !== '[') throw fail('expected "["');
    } else if (text === ']') {
      closed = true;
    } else {
      try {
        yield { line, record: JSON.parse(text.endsWith(',') ? text.slice(0, -1) : text) };
      } catch (error) {
        if (error instanceof SyntaxError) throw fail(error.message);
        throw error;
      }
    }
  }
  if (!closed) throw new Error('the file ends before its closing bracket');
}

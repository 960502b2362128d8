// JSON: one array of the records as the schemas define them (nested `source` kept), one record a line so that
// files diff well and never need one huge string in memory.
import { ArtifactSink } from './artifact.js';
import type { TableFormat } from './table-writer.js';

export const jsonFormat: TableFormat = {
  name: 'json',
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
  countRows: (bytes) => (JSON.parse(Buffer.from(bytes).toString('utf8')) as unknown[]).length,
};

// NDJSON (JSON Lines): one record a line, as the schemas define them, for streaming readers and line tools.
import { ArtifactSink } from './artifact.js';
import { fileLines } from '../base/file-lines.js';
import type { TableFormat } from './table-writer.js';

export const ndjsonFormat: TableFormat = {
  name: 'ndjson',
  label: 'NDJSON',
  extension: 'ndjson',
  mediatype: 'application/x-ndjson',
  tabular: false,
  open(table, dir) {
    const sink = new ArtifactSink(dir, `${table.name}.ndjson`);
    return {
      write: (record) => sink.write(`${JSON.stringify(record)}\n`),
      finish: () => sink.close(),
    };
  },
  async countRows(file) {
    let rows = 0;
    for await (const { text } of fileLines(file)) {
      if (!text.trim()) continue;
      JSON.parse(text);
      rows++;
    }
    return rows;
  },
};

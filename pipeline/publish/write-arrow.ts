// Arrow IPC file format, uncompressed (apache-arrow 21 writes compressed buffers that other readers reject),
// written a record batch at a time as the collector fills them.
import { open } from 'node:fs/promises';
import { RecordBatchFileWriter, RecordBatchReader } from 'apache-arrow';
import { ColumnCollector, batchedWrite } from './arrow-table.js';
import { ArtifactSink } from './artifact.js';
import type { TableFormat } from './table-writer.js';

export const arrowFormat: TableFormat = {
  name: 'arrow',
  label: 'Arrow',
  extension: 'arrow',
  mediatype: 'application/vnd.apache.arrow.file',
  tabular: true,
  open(table, dir, dictionaries) {
    const columns = new ColumnCollector(table, dictionaries);
    const sink = new ArtifactSink(dir, `${table.name}.arrow`);
    const writer = new RecordBatchFileWriter();
    // The writer queues its output; this drains it to disk whenever the caller yields.
    const drained = (async () => {
      for await (const chunk of writer) sink.write(chunk);
    })();
    return {
      write: batchedWrite(columns, (batch) => writer.write(batch)),
      async finish() {
        const batch = columns.finish();
        if (batch) writer.write(batch);
        writer.finish();
        await drained;
        return sink.close();
      },
    };
  },
  async countRows(file) {
    const handle = await open(file);
    try {
      let rows = 0;
      for await (const batch of await RecordBatchReader.from(handle)) rows += batch.numRows;
      return rows;
    } finally {
      await handle.close();
    }
  },
};

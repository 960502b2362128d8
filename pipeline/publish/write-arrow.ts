// Arrow IPC file format, uncompressed: apache-arrow 21 writes compressed buffers that other readers reject.
import { RecordBatchFileWriter, tableFromIPC } from 'apache-arrow';
import { ColumnCollector } from './arrow-table.js';
import { writeArtifact } from './artifact.js';
import type { TableFormat } from './table-writer.js';

export const arrowFormat: TableFormat = {
  name: 'arrow',
  extension: 'arrow',
  mediatype: 'application/vnd.apache.arrow.file',
  tabular: true,
  open(table, dir) {
    const columns = new ColumnCollector(table);
    return {
      write: (record) => columns.add(record),
      finish: () => writeArtifact(dir, `${table.name}.arrow`, RecordBatchFileWriter.writeAll(columns.table()).toUint8Array(true)),
    };
  },
  countRows: (bytes) => tableFromIPC(bytes).numRows,
};

// Parquet, zstd-compressed, with the Arrow files' typed columns: the Arrow table is handed to parquet-wasm
// (the Rust parquet crate compiled to WebAssembly), which keeps List, Date32 and dictionary types as they are.
import { tableFromIPC, tableToIPC } from 'apache-arrow';
import { Compression, Table as WasmTable, WriterPropertiesBuilder, WriterVersion, readParquet, writeParquet } from 'parquet-wasm/node';
import { ColumnCollector } from './arrow-table.js';
import { writeArtifact } from './artifact.js';
import type { TableFormat } from './table-writer.js';

function properties() {
  return new WriterPropertiesBuilder()
    .setCompression(Compression.ZSTD)
    .setWriterVersion(WriterVersion.V2)
    // A fixed creator keeps bytes identical across builds and library patch releases.
    .setCreatedBy('papertrail')
    .build();
}

export const parquetFormat: TableFormat = {
  name: 'parquet',
  extension: 'parquet',
  mediatype: 'application/vnd.apache.parquet',
  tabular: true,
  open(table, dir) {
    const columns = new ColumnCollector(table);
    return {
      write: (record) => columns.add(record),
      finish() {
        const ipc = tableToIPC(columns.table(), 'stream');
        return writeArtifact(dir, `${table.name}.parquet`, writeParquet(WasmTable.fromIPCStream(ipc), properties()));
      },
    };
  },
  countRows: (bytes) => tableFromIPC(readParquet(bytes).intoIPCStream()).numRows,
};

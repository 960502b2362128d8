// Parquet, zstd-compressed, with the Arrow files' typed columns: record batches are handed to parquet-wasm
// (the Rust parquet crate compiled to WebAssembly) as they fill, one row group each, and the file streams out.
import { openAsBlob } from 'node:fs';
import { Table, tableToIPC } from 'apache-arrow';
import {
  Compression,
  ParquetFile,
  Table as WasmTable,
  WriterPropertiesBuilder,
  WriterVersion,
  transformParquetStream,
  type RecordBatch as WasmRecordBatch,
} from 'parquet-wasm/node';
import { BATCH_ROWS, ColumnCollector, batchedWrite } from './arrow-table.js';
import { ArtifactSink } from './artifact.js';
import type { TableFormat } from './table-writer.js';

function properties() {
  return (
    new WriterPropertiesBuilder()
      .setCompression(Compression.ZSTD)
      .setWriterVersion(WriterVersion.V2)
      .setMaxRowGroupSize(BATCH_ROWS)
      // A fixed creator keeps bytes identical across builds and library patch releases.
      .setCreatedBy('papertrail')
      .build()
  );
}

/** A web stream's chunks (the DOM typings this project builds with give web streams no async iterator). */
async function* chunksOf<T>(stream: ReadableStream<T>): AsyncGenerator<T> {
  const reader = stream.getReader();
  for (let next = await reader.read(); !next.done; next = await reader.read()) yield next.value;
}

export const parquetFormat: TableFormat = {
  name: 'parquet',
  label: 'Parquet',
  extension: 'parquet',
  mediatype: 'application/vnd.apache.parquet',
  tabular: true,
  open(table, dir, dictionaries) {
    const columns = new ColumnCollector(table, dictionaries);
    const sink = new ArtifactSink(dir, `${table.name}.parquet`);
    let input!: ReadableStreamDefaultController<WasmRecordBatch>;
    const batches = new ReadableStream<WasmRecordBatch>(
      { start: (controller) => void (input = controller) },
      { highWaterMark: 1 },
    );
    const drained = transformParquetStream(batches, properties()).then(async (output: ReadableStream<Uint8Array>) => {
      for await (const chunk of chunksOf(output)) sink.write(chunk);
    });
    // An apache-arrow batch crosses into WebAssembly memory as an IPC stream.
    const hand = (batch: NonNullable<ReturnType<typeof columns.add>>) =>
      input.enqueue(WasmTable.fromIPCStream(tableToIPC(new Table([batch]), 'stream')).recordBatch(0)!);
    return {
      write: batchedWrite(columns, hand),
      async finish() {
        const batch = columns.finish();
        if (batch) hand(batch);
        input.close();
        await drained;
        return sink.close();
      },
    };
  },
  async countRows(file) {
    const parquet = await ParquetFile.fromFile(await openAsBlob(file));
    let rows = 0;
    for await (const batch of chunksOf((await parquet.stream()) as ReadableStream<WasmRecordBatch>)) {
      rows += batch.numRows;
      batch.free();
    }
    parquet.free();
    return rows;
  },
};

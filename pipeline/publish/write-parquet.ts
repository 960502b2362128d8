// Parquet, zstd-compressed, with the Arrow files' typed columns. It is made from the table's finished Arrow file:
// each of its record batches is handed to parquet-wasm (the Rust parquet crate compiled to WebAssembly) as one row
// group, and the file streams out. So the columns are collected once for both formats, and only one Parquet
// writer is open at a time: each holds some tens of megabytes of WebAssembly memory, which never shrinks.
import { openAsBlob } from 'node:fs';
import { open } from 'node:fs/promises';
import path from 'node:path';
import { RecordBatchReader, Table, tableToIPC } from 'apache-arrow';
import {
  Compression,
  ParquetFile,
  Table as WasmTable,
  WriterPropertiesBuilder,
  WriterVersion,
  transformParquetStream,
  type RecordBatch as WasmRecordBatch,
} from 'parquet-wasm/node';
import { BATCH_ROWS } from './arrow-table.js';
import { ArtifactSink } from './artifact.js';
import type { TableFormat } from './table-writer.js';
import { arrowFormat } from './write-arrow.js';

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

/** The Parquet file of an Arrow file, written through `sink`, one record batch at a time. */
async function convertArrow(arrowFile: string, sink: ArtifactSink): Promise<void> {
  let input!: ReadableStreamDefaultController<WasmRecordBatch>;
  const batches = new ReadableStream<WasmRecordBatch>(
    { start: (controller) => void (input = controller) },
    { highWaterMark: 1 },
  );
  const drained = transformParquetStream(batches, properties()).then(async (output: ReadableStream<Uint8Array>) => {
    for await (const chunk of chunksOf(output)) sink.write(chunk);
  });
  const handle = await open(arrowFile);
  try {
    for await (const batch of await RecordBatchReader.from(handle)) {
      // A batch crosses into WebAssembly memory as an IPC stream. The table that carries it over is freed at once:
      // left to the garbage collector, each one held its batch in WebAssembly memory until a collection.
      const carrier = WasmTable.fromIPCStream(tableToIPC(new Table([batch]), 'stream'));
      try {
        input.enqueue(carrier.recordBatch(0)!);
      } finally {
        carrier.free();
      }
      // Lets the batch's bytes drain to disk before the next is read.
      await new Promise((resolve) => setImmediate(resolve));
    }
  } finally {
    await handle.close();
  }
  input.close();
  await drained;
}

export const parquetFormat: TableFormat = {
  name: 'parquet',
  label: 'Parquet',
  extension: 'parquet',
  mediatype: 'application/vnd.apache.parquet',
  tabular: true,
  // Needs the table's Arrow file finished first: TABLE_FORMATS lists Arrow before Parquet, and writers finish in
  // that order.
  open(table, dir) {
    const sink = new ArtifactSink(dir, `${table.name}.parquet`);
    return {
      write() {},
      async finish() {
        await convertArrow(path.join(dir, `${table.name}.${arrowFormat.extension}`), sink);
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

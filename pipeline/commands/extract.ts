// papertrail extract: one document's records, streamed to standard output.
import { statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { displayPath } from '../build.js';
import { hasErrors } from '../base/diagnostics.js';
import {
  DEFAULT_WORKER_MEMORY_MB,
  defaultJobs,
  documentRunner,
  failedResult,
  firstHeapMb,
  recordLines,
  restoreMessages,
} from '../orchestrate/index.js';
import { printRecords, RECORD_FORMATS, writePieces, type RecordFormat } from '../print-records.js';
import { readDocument } from '../read/index.js';
import { EXIT, UsageError, type Command } from './command.js';
import { EXTRACT_OPTIONS, maxRecords, MAX_RECORDS_HELP, readOptions, report, VERBOSE } from './shared.js';

export const command: Command = {
  usage:
    'papertrail extract FILE [--sources DIR] [--format json|ndjson] [--max-document-size SIZE] [--max-records-per-document N] [--verbose]',
  help: `Prints {"events": [...], "quotes": [...], "responses": [...]} for one document: the records build would
publish for it. Record ids and the document field use the file's path relative to the sources folder when the
file lies inside it, else its file name. The records are written as they are serialised, never as one string.

Options:
  --sources DIR   the sources folder (default: sources)
  --format F      json (the object above; default) or ndjson: one record a line, each led by
                  "table": "events", "quotes" or "responses", for jq, DuckDB or a line-by-line reader
  --max-document-size SIZE
                  refuse a document larger than SIZE, as build does (default: 64M)
${MAX_RECORDS_HELP}
  -v, --verbose   also print info messages on standard error`,
  options: {
    sources: { type: 'string', default: 'sources' },
    format: { type: 'string', default: 'json' },
    ...EXTRACT_OPTIONS,
    ...VERBOSE,
  },
  positionals: { min: 1, max: 1 },
  async run(values, [target], io) {
    const format = String(values.format) as RecordFormat;
    if (!RECORD_FORMATS.includes(format))
      throw new UsageError(`--format takes ${RECORD_FORMATS.join(' or ')}, got ${JSON.stringify(values.format)}`);
    const limit = maxRecords(values);
    const absolute = path.resolve(target!);
    if (statSync(absolute, { throwIfNoEntry: false })?.isDirectory())
      throw new UsageError(`${target} is a folder; extract takes one document (build reads a whole folder)`);
    const sources = path.resolve(String(values.sources));
    const inside = path.relative(sources, absolute);
    const [dir, rel] =
      inside && !inside.startsWith('..') && !path.isAbsolute(inside)
        ? [sources, inside.split(path.sep).join('/')]
        : [path.dirname(absolute), path.basename(absolute)];
    const file = await readDocument(dir, rel, displayPath(absolute), readOptions(values));
    // The same journey build's workers take, so extract prints exactly what build publishes: the records go to a
    // file as they are made, and are printed from it a chunk at a time.
    const scratch = await mkdtemp(path.join(os.tmpdir(), 'papertrail-extract-'));
    try {
      const recordsFile = path.join(scratch, 'records');
      let written = false;
      if (!hasErrors([file])) {
        const task = {
          document: rel,
          shown: String(file.path),
          text: String(file.value),
          maxRecords: limit,
          recordsFile,
        };
        // A large document runs on a worker thread, as in build: its heap is sized for it, and running out of it is
        // an error naming the document, not an abort.
        const bytes = task.text.length;
        const runner = documentRunner(defaultJobs(bytes) > 1 ? 1 : 0, DEFAULT_WORKER_MEMORY_MB, firstHeapMb(bytes));
        let result;
        try {
          result = await runner.run(task);
        } catch (error) {
          result = failedResult(task, error);
        } finally {
          await runner.close();
        }
        restoreMessages(file, result.messages);
        written = result.counts !== undefined;
      }
      report([file], io, values.verbose === true);
      if (!written || hasErrors([file])) return EXIT.invalid;
      await writePieces(io.stdout, printRecords(recordLines(recordsFile), format));
      return EXIT.ok;
    } finally {
      await rm(scratch, { recursive: true, force: true });
    }
  },
};

// Runs documents through parse, extract and validate on worker threads (piscina), or inline for one thread.
// Results come back in the order the tasks were given, so output never depends on scheduling.
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import { processDocumentToFile, type DocumentResult, type DocumentTask } from './process-document.js';

export interface DocumentRunner {
  run(task: DocumentTask): Promise<DocumentResult>;
  close(): Promise<void>;
}

/** Below this many bytes a worker's start-up costs more than it saves. */
const PARALLEL_FROM_BYTES = 2 * 1024 * 1024;

export function defaultJobs(totalBytes: number): number {
  return totalBytes < PARALLEL_FROM_BYTES ? 1 : availableParallelism();
}

/**
 * How large a worker's heap may grow, in megabytes, unless the caller says otherwise: a document that needs more is
 * stopped with an error naming it (extract/failed), and the build goes on or stops cleanly; the process never dies.
 * Ordinary documents need a few hundred megabytes at most; two workers at the limit leave a 24 GiB machine room.
 */
export const DEFAULT_WORKER_MEMORY_MB = 4096;

/**
 * The most heap a worker first gets, in megabytes. V8 lets a heap grow well past what it holds when its limit is
 * high, so a document first runs in a heap sized for it (firstHeapMb); one that needs more runs again with the whole
 * --worker-memory. Peak memory then follows what a document holds, not the machine's size.
 */
export const FIRST_HEAP_MB = 512;

/**
 * The first heap for documents of at most `bytes`: 160 MB and 48 MB a megabyte, FIRST_HEAP_MB at most. Measured (the
 * least heap each was extracted in, in one thread, extractor 0.11.0): a 2 MB Markdown table of 87,000 quotes, 2 MB
 * of unclosed quotes and 2 MB of prose under 128 MB; at 4 MB, the table and the unclosed quotes under 192 MB, prose
 * under 160 MB (before 0.11.0 the 4 MB table needed more than 352 MB, and its worker ran twice). With 512 MB for
 * every document, the table's build had peaked at 455 MB of RSS.
 */
export function firstHeapMb(bytes: number): number {
  return Math.min(FIRST_HEAP_MB, Math.ceil(160 + (48 * bytes) / (1024 * 1024)));
}

/**
 * Runs documents on `threads` worker threads, or on this thread when it is 0. A thread with nothing to do still holds
 * the extractor's code and lexicons, so callers ask for no more threads than documents.
 */
export function documentRunner(
  threads: number,
  workerMemoryMb = DEFAULT_WORKER_MEMORY_MB,
  firstHeapMb = FIRST_HEAP_MB,
): DocumentRunner {
  if (threads <= 0) return { run: (task) => processDocumentToFile(task), close: async () => {} };
  const first = workerPool(threads, Math.min(firstHeapMb, workerMemoryMb));
  let whole: Piscina<DocumentTask, DocumentResult> | undefined;
  return {
    run: async (task) => {
      try {
        return await first.run(task);
      } catch (error) {
        if (workerMemoryMb <= firstHeapMb || (error as NodeJS.ErrnoException).code !== 'ERR_WORKER_OUT_OF_MEMORY')
          throw error;
        // One thread for the few documents that need a large heap: two of them at once could need twice that.
        whole ??= workerPool(1, workerMemoryMb);
        return whole.run(task);
      }
    },
    close: async () => {
      await Promise.all([first.destroy(), whole?.destroy()]);
    },
  };
}

function workerPool(threads: number, heapMb: number): Piscina<DocumentTask, DocumentResult> {
  // Workers run what this thread runs: the compiled JavaScript in lib/, or the TypeScript sources through tsx.
  const compiled = import.meta.url.endsWith('.js');
  return new Piscina<DocumentTask, DocumentResult>({
    filename: new URL(compiled ? './document-worker.js' : './document-worker.ts', import.meta.url).href,
    execArgv: compiled ? [] : ['--import', import.meta.resolve('tsx')],
    minThreads: threads,
    maxThreads: threads,
    resourceLimits: { maxOldGenerationSizeMb: heapMb },
  });
}

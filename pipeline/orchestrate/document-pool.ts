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

export function documentRunner(jobs: number, workerMemoryMb = DEFAULT_WORKER_MEMORY_MB): DocumentRunner {
  if (jobs <= 1) return { run: (task) => processDocumentToFile(task), close: async () => {} };
  // Workers run what this thread runs: the compiled JavaScript in lib/, or the TypeScript sources through tsx.
  const compiled = import.meta.url.endsWith('.js');
  const pool = new Piscina<DocumentTask, DocumentResult>({
    filename: new URL(compiled ? './document-worker.js' : './document-worker.ts', import.meta.url).href,
    execArgv: compiled ? [] : ['--import', import.meta.resolve('tsx')],
    minThreads: jobs,
    maxThreads: jobs,
    resourceLimits: { maxOldGenerationSizeMb: workerMemoryMb },
  });
  return { run: (task) => pool.run(task), close: () => pool.destroy() };
}

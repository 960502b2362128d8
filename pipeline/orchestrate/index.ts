export * from './document-pool.js';
export * from './extraction-cache.js';
export * from './process-document.js';
export * from './progress.js';
export * from './shards.js';
export * from './result-spool.js';
export * from './record-lines.js';

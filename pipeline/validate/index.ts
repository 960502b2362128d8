export * from './validate-records.js';
export * from './dataset-rules.js';

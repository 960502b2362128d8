export * from './validate-records.js';

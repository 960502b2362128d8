export * from './ajv.js';
export * from './validate-records.js';

export * from './schema-files.js';
export * from './load-schemas.js';
export * from './fields.js';
export * from './ajv.js';

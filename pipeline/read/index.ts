export * from './decode-text.js';
export * from './read-sources.js';
export * from './read-dataset.js';
export * from './source-date.js';

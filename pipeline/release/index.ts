export * from './verify-dataset.js';
export * from './actions.js';

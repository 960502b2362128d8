export * from './extract-document.js';
export * from './record-id.js';

export * from './parse-document.js';

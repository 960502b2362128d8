export * from './locator.js';
export * from './parse-document.js';

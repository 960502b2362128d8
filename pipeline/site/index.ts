export * from './site-data.js';
export * from './write-site.js';

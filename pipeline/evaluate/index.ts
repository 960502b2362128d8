export * from './evaluate-extractor.js';
export * from './format-scores.js';
export * from './quality.js';
export * from './score.js';

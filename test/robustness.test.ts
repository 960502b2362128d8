// Hostile and broken input through the read, parse and extract stages: random text full of quotation marks,
// citation markers and line-ending oddities; random bytes; broken front matter; shapes that make Markdown parsers
// superlinear. Nothing throws, every problem is a positioned diagnostic, and every record is valid and in range.
import fc from 'fast-check';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { VFile } from 'vfile';
import { tempDir } from './helpers.js';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../pipeline/extract/index.js';
import { parseDocument } from '../pipeline/parse/index.js';
import { readDocument } from '../pipeline/read/index.js';
import { validateRecords } from '../pipeline/validate/index.js';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { generateDocument } from '../bench/corpus.js';

const PIECES = [
  '"',
  '\u201C',
  '\u201D',
  "'",
  '\u2018',
  '\u2019',
  '[1]',
  '[12]',
  '[a]',
  '\n',
  '\n\n',
  '\r\n',
  '\r',
  '\u0000',
  '\uFEFF',
  ' ',
  ' ',
  ' ',
  '.',
  ',',
  ':',
  'said',
  'called',
  'according to',
  'Mr.',
  'U.S.',
  'Ana Ruiz',
  'the minister',
  'she',
  'In November 2019',
  'on 3 May 2021',
  'the following day',
  '2017',
  'Australian',
  'Canada',
  'sanctions',
  '😀',
  '*',
  '_',
  '#',
  '- ',
  '> ',
  '1. ',
];
const prose = fc
  .array(
    fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 6 }), fc.string({ unit: 'grapheme', maxLength: 4 })),
    { maxLength: 120 },
  )
  .map((parts) => parts.join(''));

/** Runs parse and extract on a text, as build does, and checks what comes out. */
function check(text: string, name: string): void {
  const file = new VFile({ path: name, value: text, data: { document: name } });
  const doc = parseDocument(file);
  if (file.messages.some((m) => m.fatal)) {
    for (const m of file.messages) expect(m.line ?? 0).toBeGreaterThanOrEqual(1);
    return;
  }
  // Every record, however many: the limit that refuses a document is tested through the CLI (limits.test.ts).
  const records = extractDocument(doc, { maxRecords: Number.MAX_SAFE_INTEGER });
  const checkFile = new VFile({ path: name });
  const failed = validateRecords(records, checkFile);
  expect(failed, checkFile.messages.map((m) => m.reason).join('\n')).toBe(0);
  const length = Array.from(text).length;
  for (const r of [...records.events, ...records.quotes, ...records.responses]) {
    expect(r.source.start).toBeGreaterThanOrEqual(0);
    expect(r.source.end).toBeGreaterThanOrEqual(r.source.start);
    expect(r.source.end).toBeLessThanOrEqual(length);
    const place = doc.locator.place(doc.locator.index(r.source.start));
    expect([place.line, place.column]).toEqual([r.source.line, r.source.column]);
  }
  for (const m of file.messages) {
    expect(m.line ?? 1).toBeGreaterThanOrEqual(1);
    expect(m.ruleId).toBeTruthy();
  }
}

describe('random prose', () => {
  it.each(['doc.txt', 'doc.md'])('never throws and gives valid records in range (%s)', (name) => {
    fc.assert(
      fc.property(prose, (text) => check(text, name)),
      { numRuns: 300, seed: 20261129 },
    );
  });

  it('reads random bytes as text or reports the first invalid UTF-8 byte at its place', async () => {
    const dir = tempDir('fuzz-');
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 200 }), async (bytes) => {
        writeFileSync(path.join(dir, 'bytes.txt'), bytes);
        const file = await readDocument(dir, 'bytes.txt', 'bytes.txt');
        const fatal = file.messages.filter((m) => m.fatal);
        if (fatal.length) {
          expect(fatal[0]!.ruleId).toBe('read/invalid-utf8');
          expect(fatal[0]!.line).toBeGreaterThanOrEqual(1);
          expect(fatal[0]!.column).toBeGreaterThanOrEqual(1);
        } else {
          check(String(file.value), 'bytes.txt');
        }
      }),
      { numRuns: 200, seed: 7 },
    );
  });

  it('reports broken front matter with a position and never throws', () => {
    const frontMatter = fc.array(
      fc.constantFrom(
        'title: A',
        'url: x',
        'retrieved: 2020-13-45',
        'licence:',
        '  - a',
        ': :',
        '"unclosed',
        '[a',
        '{',
        'key: [1, 2',
        'published: 2019-11',
        '\t',
        'title: |',
      ),
      { maxLength: 6 },
    );
    fc.assert(
      fc.property(frontMatter, prose, (lines, body) => {
        const text = `---\n${lines.join('\n')}\n---\n\n${body}`;
        const file = new VFile({ path: 'fm.md', value: text, data: { document: 'fm.md' } });
        parseDocument(file);
        for (const m of file.messages.filter((x) => x.fatal)) {
          expect(String(m.ruleId)).toMatch(/^front-matter\//);
          expect(m.line).toBeGreaterThanOrEqual(2);
          expect(m.line).toBeLessThanOrEqual(lines.length + 2);
        }
      }),
      { numRuns: 200, seed: 11 },
    );
  });
});

/** How many times the reference work a hostile shape may take: far above any shape's measured cost, far below a quadratic one's. */
const BUDGET_RATIO = 40;

/**
 * The reference work a shape's budget is counted in, timed just before it so that a loaded machine slows both:
 * remark-parse over ordinary prose of the same size (at least a megabyte, so that timer noise does not count).
 */
function referenceSeconds(bytes: number): number {
  const prose = generateDocument(11, Math.max(bytes, 1024 * 1024));
  const start = performance.now();
  unified().use(remarkParse).parse(prose);
  return (performance.now() - start) / 1000;
}

// Each shape must finish within BUDGET_RATIO times the reference work (bench/hostile.ts and `npm run bench` print
// the measured ratios, about 1 to 14); the test's timeout only stops a hang.
describe('shapes that make parsers superlinear finish in time linear in their size', () => {
  const MB = 1024 * 1024;
  /** The piece repeated to at least `bytes` bytes of UTF-8. */
  const repeatTo = (piece: string, bytes: number): string => piece.repeat(Math.ceil(bytes / Buffer.byteLength(piece)));
  const cases: [string, string, string][] = [
    ['a 10 MB single line', 'long.txt', 'A "b" said C [1]. '.repeat(Math.ceil((10 * MB) / 18))],
    ['10,000 nested list levels', 'nested.md', `${'- '.repeat(10_000)}x\n`],
    ['10,000 nested block quotes', 'quotes.md', `${'>'.repeat(10_000)} x\n`],
    ['dense emphasis', 'emphasis.md', '*a_'.repeat(300_000)],
    ['unbalanced brackets and quotes', 'brackets.md', repeatTo('["\u201C[1', MB)],
    ['lone carriage returns and NUL bytes', 'cr.txt', repeatTo('He said "x\u0000\r', MB)],
    ['an indented staircase', 'stairs.md', Array.from({ length: 3000 }, (_, i) => `${' '.repeat(i)}- item`).join('\n')],
    [
      'an indented staircase with lone CR line ends',
      'stairs-cr.md',
      Array.from({ length: 3000 }, (_, i) => `${' '.repeat(i)}- item`).join('\r'),
    ],
    ['20,000 separate block quotes', 'blockquotes.md', '> x\n\n'.repeat(20_000)],
    // A heading's trailing marks were trimmed with a regex that retries from every dot: 63 s for a quarter megabyte,
    // four times that for this.
    ['one run of full stops', 'dots.txt', `${'.'.repeat(512 * 1024 - 1)}a`],
  ];
  it.each(cases)(
    '%s',
    (_name, file, text) => {
      const budget = BUDGET_RATIO * referenceSeconds(Buffer.byteLength(text));
      const start = performance.now();
      check(text, file);
      const seconds = (performance.now() - start) / 1000;
      expect(seconds, `took ${seconds.toFixed(1)} s; the budget is ${budget.toFixed(1)} s`).toBeLessThan(budget);
    },
    1_800_000,
  );
});

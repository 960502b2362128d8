// `npx tsx bench/hostile.ts [name]`: hostile document shapes through read, parse and extract. For each shape
// (or those whose name holds `name`) prints the seconds at 0.25, 0.5, 1 and 2 MB (median of 3 runs), MB/s at 2 MB
// and time(2 MB) / time(1 MB), which is about 2 when the cost is linear in the size. A size is skipped once a
// smaller one took longer than a minute.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { extractDocument, TooManyRecords } from '../pipeline/extract/index.js';
import { parseDocument } from '../pipeline/parse/index.js';
import { readDocument } from '../pipeline/read/index.js';

const MB = 1024 * 1024;
const SIZES = [0.25, 0.5, 1, 2];
const RUNS = 3;
const TOO_SLOW_SECONDS = 60;

/** A document of at least `bytes` bytes of UTF-8 made of one piece repeated. */
const repeated =
  (piece: string) =>
  (bytes: number): string =>
    piece.repeat(Math.ceil(bytes / Buffer.byteLength(piece)));

/** A document of at least `bytes` bytes of UTF-8 made of the pieces for 0, 1, 2, ... */
const numbered =
  (piece: (i: number) => string) =>
  (bytes: number): string => {
    const parts: string[] = [];
    for (let i = 0, size = 0; size < bytes; i++) {
      const part = piece(i);
      parts.push(part);
      size += Buffer.byteLength(part);
    }
    return parts.join('');
  };

/** A made-up given name, different for each number: its digits in base 26 as letters (0 gives Za, 27 Zbb). */
const givenName = (i: number): string =>
  `Z${i.toString(26).replace(/./g, (d) => String.fromCharCode(97 + parseInt(d, 26)))}`;

/** Name, file name (the extension picks Markdown or plain text) and the document of a given size. */
const SHAPES: [string, string, (bytes: number) => string][] = [
  ['unbalanced brackets and quotes', 'brackets.md', repeated('["\u201C[1')],
  ['lone carriage returns and NUL bytes', 'cr.txt', repeated('He said "x\u0000\r')],
  ['lone carriage returns in Markdown', 'cr.md', repeated('He said "x\r')],
  ['unmatched straight double quotes', 'straight.txt', repeated('He said "x ')],
  ['unmatched curly double quotes', 'curly.txt', repeated('He said \u201Cx ')],
  ['unmatched single quotes', 'single.txt', repeated("He said \u2018x 'y ")],
  ['unmatched guillemets and low quotes', 'guillemets.txt', repeated('He said \u00ABx \u201Ey ')],
  ['unclosed quotes after an opening participle', 'citing.txt', repeated(`Citing ${'\u201Cab '.repeat(400)}. `)],
  ['closing quotes without opening ones', 'closers.txt', repeated('\u201D \u00BB ')],
  ['[ without ]', 'open-brackets.md', repeated('See [a [1 [b ')],
  ['citation markers in one sentence', 'markers.txt', repeated('Ana Ruiz said[12] ')],
  [
    'a paragraph without a sentence end',
    'run-on.txt',
    repeated('the minister of Canada said that Ana Ruiz condemned the sanctions and '),
  ],
  [
    'hard-wrapped lines without a sentence end',
    'wrapped.txt',
    repeated('the minister of Canada said that Ana Ruiz condemned the sanctions and\n'),
  ],
  ['many tiny paragraphs', 'tiny.md', repeated('Ana Ruiz said "no." He agreed.\n\n')],
  ['many tiny lines', 'tiny.txt', repeated('He said "x."\n')],
  ['dates in one paragraph', 'dates.txt', repeated('on 3 May 2021 and ')],
  ['many people sharing a surname', 'surname.txt', numbered((i) => `${givenName(i)} Wang said it. Wang agreed. `)],
  ['a numbered list without letters', 'numbers.txt', repeated('1. ')],
  ['one run of full stops', 'dots.txt', (bytes) => `${'.'.repeat(bytes - 1)}a`],
  ['one long word', 'word.txt', repeated('Ab')],
  ['papers and their issuers in one sentence', 'papers.txt', repeated('a memo from the Finance Ministry and ')],
  [
    'papers quoted for their issuers',
    'memos.txt',
    numbered((i) => `A memo from the Office of ${givenName(i)} came out. "No," the memo said. `),
  ],
];

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Shapes whose document the extractor refused for giving too many records: their time is the time to refuse. */
const refused = new Set<string>();

/** Seconds to read, parse and extract one document, or to refuse it for its records' number. */
async function timeOnce(dir: string, file: string): Promise<number> {
  const start = process.hrtime.bigint();
  try {
    extractDocument(parseDocument(await readDocument(dir, file, file)));
  } catch (error) {
    if (!(error instanceof TooManyRecords)) throw error;
    refused.add(file);
  }
  return Number(process.hrtime.bigint() - start) / 1e9;
}

const dir = mkdtempSync(path.join(tmpdir(), 'papertrail-hostile-'));
const only = process.argv[2];
console.log(['shape', ...SIZES.map((s) => `${s} MB s`), 'MB/s', '2MB/1MB'].join('\t'));
try {
  for (const [label, file, document] of SHAPES.filter(([label]) => !only || label.includes(only))) {
    const seconds: (number | null)[] = [];
    for (const size of SIZES) {
      if (seconds.some((s) => s == null || s > TOO_SLOW_SECONDS)) {
        seconds.push(null);
        continue;
      }
      writeFileSync(path.join(dir, file), document(size * MB));
      const runs: number[] = [];
      for (let r = 0; r < RUNS; r++) runs.push(await timeOnce(dir, file));
      seconds.push(median(runs));
    }
    const [, , one, two] = seconds;
    const cells = seconds.map((s) => (s == null ? 'skipped' : s.toFixed(2)));
    console.log(
      [
        refused.has(file) ? `${label} (refused: too many records)` : label,
        ...cells,
        two ? (2 / two).toFixed(2) : '-',
        one && two ? (two / one).toFixed(2) : '-',
      ].join('\t'),
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

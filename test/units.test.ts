// Units of the stages that are easiest to get subtly wrong: code point places, UTF-8 decoding, the columns
// derived from the schemas, CSV cells, checksums, and the generated types being current.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { VFile } from 'vfile';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lexicon } from '../pipeline/extract/lexicons.js';
import { Locator } from '../pipeline/base/locator.js';
import { decodeUtf8 } from '../pipeline/read/index.js';
import { fieldsOf, table } from '../pipeline/schema/index.js';
import {
  checksumsText,
  csvCell,
  isContainedPath,
  parseChecksums,
  TABLE_FORMATS,
  tableSchema,
} from '../pipeline/publish/index.js';
import { failedResult, progressReporter } from '../pipeline/orchestrate/index.js';
import { RULE_IDS } from '../pipeline/base/diagnostics.js';
import { validateRecords } from '../pipeline/validate/index.js';
import { pageHtml } from '../pipeline/site/page.js';
import { SITE_RECORDS, SiteSample, siteData } from '../pipeline/site/index.js';
import { generateQuotes } from '../bench/records.js';
import { ROOT } from './helpers.js';
import { TYPES_FILE, recordTypesSource } from '../scripts/generate-types.js';

describe('Locator', () => {
  it('gives code point offsets, lines and columns for LF, CRLF and lone CR', () => {
    const text = 'a😀b\r\nc\rd\n😀😀e';
    const loc = new Locator(text);
    expect(loc.place(text.indexOf('b'))).toEqual({ offset: 2, line: 1, column: 3 });
    expect(loc.place(text.indexOf('c'))).toEqual({ offset: 5, line: 2, column: 1 });
    expect(loc.place(text.indexOf('d'))).toEqual({ offset: 7, line: 3, column: 1 });
    expect(loc.place(text.indexOf('e'))).toEqual({ offset: 11, line: 4, column: 3 });
    expect(loc.offset(text.length)).toBe([...text].length);
    for (let i = 0; i <= text.length; i++) {
      if (/[\udc00-\udfff]/.test(text[i] ?? '')) continue;
      expect(loc.index(loc.offset(i))).toBe(i);
    }
  });
});

describe('decodeUtf8', () => {
  it('drops a byte-order mark', () => {
    expect(decodeUtf8(Buffer.from([0xef, 0xbb, 0xbf, 0x61]))).toEqual({ ok: true, text: 'a' });
  });
  it.each([
    ['a lone continuation byte', [0x61, 0x0a, 0x62, 0x80], 2, 2],
    ['an overlong encoding', [0xc0, 0xaf], 1, 1],
    ['a truncated sequence at the end', [0x61, 0xe2, 0x82], 1, 2],
    ['an encoded surrogate', [0x61, 0x62, 0xed, 0xa0, 0x80], 1, 3],
  ])('places %s', (_name, bytes, line, column) => {
    expect(decodeUtf8(Uint8Array.from(bytes))).toMatchObject({ ok: false, line, column });
  });
});

describe('columns derived from the schemas', () => {
  it('flattens source into four integer columns after the record fields', () => {
    const names = fieldsOf(table('quotes')).map((f) => f.name);
    expect(names.slice(-4)).toEqual(['source_start', 'source_end', 'source_line', 'source_column']);
    expect(names[0]).toBe('id');
  });
  it('marks enums and countries for dictionary encoding, and dates as dates', () => {
    const events = fieldsOf(table('events'));
    expect(events.find((f) => f.name === 'date_start')).toMatchObject({
      type: 'string',
      format: 'date',
      nullable: true,
    });
    expect(events.find((f) => f.name === 'event_type')).toMatchObject({ dictionary: true, nullable: false });
    expect(fieldsOf(table('responses')).find((f) => f.name === 'country')).toMatchObject({
      dictionary: true,
      pattern: '^[A-Z]{2}$',
    });
  });
  it('gives the Table Schema required and enum constraints without null', () => {
    const schema = tableSchema(table('events')) as {
      fields: { name: string; constraints?: { required?: boolean; enum?: unknown[] } }[];
    };
    expect(schema.fields.find((f) => f.name === 'id')!.constraints!.required).toBe(true);
    expect(schema.fields.find((f) => f.name === 'date')!.constraints?.required).toBeUndefined();
    expect(schema.fields.find((f) => f.name === 'date_precision')!.constraints!.enum).toEqual(['year', 'month', 'day']);
  });
  it('pipeline/types/records.ts is what the schemas generate (run npm run types)', async () => {
    expect(readFileSync(TYPES_FILE, 'utf8')).toBe(await recordTypesSource());
  });
});

describe('CSV cells', () => {
  const field = (name: string) => fieldsOf(table('quotes')).find((f) => f.name === name)!;
  it.each(['=HYPERLINK("http://x")', '+1', '-1+2', '@SUM(A1)', '\tx', '\rx'])('defuses %j in a text column', (text) => {
    expect(csvCell(field('text'), text)).toBe(`'${text}`);
  });
  it('leaves ordinary text, numbers, lists, booleans and nulls as they are', () => {
    expect(csvCell(field('text'), 'a = b')).toBe('a = b');
    expect(csvCell(field('source_start'), 12)).toBe('12');
    expect(csvCell(field('citations'), ['1', '2'])).toBe('["1","2"]');
    expect(csvCell(field('closed'), false)).toBe('false');
    expect(csvCell(field('speaker'), null)).toBeNull();
    expect(csvCell(field('text'), '')).toBe('');
  });
});

describe('checksums', () => {
  it('round-trips and flags lines that are not checksums', () => {
    const text = checksumsText([
      { name: 'b.csv', bytes: 1, sha256: 'b'.repeat(64) },
      { name: 'a.csv', bytes: 1, sha256: 'a'.repeat(64) },
    ]);
    expect(text).toBe(`${'a'.repeat(64)}  a.csv\n${'b'.repeat(64)}  b.csv\n`);
    const { entries, problems } = parseChecksums(`${text}not a line\n`);
    expect([...entries.keys()]).toEqual(['a.csv', 'b.csv']);
    expect(problems).toEqual([{ line: 3, text: 'not a line' }]);
  });
  it.each([
    ['quotes.csv', true],
    ['site/app.js', true],
    ['../etc/passwd', false],
    ['/etc/passwd', false],
    ['a/../../b', false],
    ['a\\b', false],
    ['C:x', false],
    ['', false],
    ['a//b', false],
    ['./a', false],
  ])('isContainedPath(%j) is %s', (name, ok) => {
    expect(isContainedPath(name)).toBe(ok);
  });
});

describe('validateRecords', () => {
  it('reports a record that fails its schema at its source place', () => {
    const file = new VFile({ path: 'doc.txt' });
    const bad = {
      id: 'qt-nothex',
      document: 'doc.txt',
      text: '',
      kind: 'quote',
      speaker: null,
      speaker_type: null,
      speaker_role: null,
      speaker_country: 'Australia',
      cue: null,
      closed: true,
      context: 'x',
      citations: [],
      source: { start: 0, end: 1, line: 3, column: 7 },
    };
    expect(validateRecords({ events: [], quotes: [bad as never], responses: [] }, file)).toBe(1);
    const [m] = file.messages;
    expect(m).toMatchObject({ ruleId: 'schema/record', line: 3, column: 7, fatal: true });
    expect(m!.reason).toContain('/id must match pattern');
    expect(m!.reason).toContain('/speaker_country must match pattern');
    expect(m!.reason).toContain('/text must NOT have fewer than 1 characters');
  });
});

describe('the landing page of a large dataset', () => {
  it('embeds the first SITE_RECORDS records of a table, counts every response by country, and says it is partial', async () => {
    const sample = new SiteSample();
    let texts = 0;
    const quotes = [...generateQuotes(2500)];
    const responses = quotes.map((q, i) => ({
      id: `rs-${i}`,
      document: q.document,
      source: q.source,
      country: i % 3 ? 'FR' : null,
    }));
    for (let d = 0; d < 5; d++) {
      const inDoc = (r: { document: string }) => r.document === `doc-${String(d).padStart(5, '0')}.txt`;
      await sample.add(
        { events: [], quotes: quotes.filter(inDoc), responses: responses.filter(inDoc) as never },
        async () => {
          texts++;
          return 'x'.repeat(300_000);
        },
      );
    }
    // Documents of 500 records each: the first two fill the page, and the other three are only counted.
    expect(texts).toBe(2);
    expect(sample.quotes.map((q) => q.id)).toEqual(quotes.slice(0, SITE_RECORDS).map((q) => q.id));
    expect(sample.totals).toEqual({ events: 0, quotes: 2500, responses: 2500 });
    expect(Object.fromEntries(sample.responseCountries)).toEqual({ none: 834, FR: 1666 });
    const data = siteData({
      metadata: { name: 'n', title: 't', version: '1.0.0', licence: { name: 'CC0-1.0' }, sources: [] } as never,
      sample,
      downloads: [],
      history: [],
      citation: '',
    });
    const html = pageHtml(data, {});
    expect(html).toContain(
      `This page shows the first 1,000 of 2,500 quotes and the first 1,000 of 2,500 responses; the downloads hold every record.`,
    );
    expect(html).not.toContain('of 0 events');
  });
});

describe('lexicon.fold', () => {
  it('folds as lower case, straight apostrophes, single spaces and trimmed, on any text', () => {
    const reference = (s: string) => s.toLowerCase().replace(/[’]/g, "'").replace(/\s+/g, ' ').trim();
    const text = fc.string({
      unit: fc.constantFrom('a', 'B', ' ', '  ', '\t', '\n', '\u00a0', '\u2003', '’', "'", 'É', 'ß'),
    });
    fc.assert(
      fc.property(text, (s) => {
        expect(lexicon.fold(s)).toBe(reference(s));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('progress', () => {
  /** The lines a log (not a terminal) gets, on a clock the test sets. */
  function logged(
    steps: [seconds: number, done: number, bytesDone: number][],
    total = 4,
    bytesTotal = 1_000_000,
  ): string[] {
    const lines: string[] = [];
    let clock = 0;
    const progress = progressReporter({ write: (t) => lines.push(String(t).trim()) }, () => clock);
    for (const [seconds, done, bytesDone] of steps) {
      clock = seconds * 1000;
      progress.update(done, total, bytesDone, bytesTotal);
    }
    return lines;
  }
  it('gives no rate or time left until a tenth of the bytes and two seconds are done, then one from the bytes done', () => {
    // A small first document done after a slow start: no "5917 s left".
    expect(logged([[6, 1, 1_000]])).toEqual(['papertrail: 1/4 documents']);
    expect(logged([[6, 2, 250_000]])).toEqual(['papertrail: 2/4 documents, 0.0 MB/s, about 18 s left']);
    expect(logged([[6, 4, 1_000_000]])).toEqual(['papertrail: 4/4 documents']);
  });
});

describe('help', () => {
  it('build --help names every format it writes', async () => {
    const { main } = await import('../pipeline/cli.js');
    const out: string[] = [];
    await main(['build', '--help'], { out: (t) => out.push(t), err: () => {}, stdout: process.stdout, env: {} });
    for (const f of TABLE_FORMATS) expect(out.join('\n')).toContain(f.label);
  });
});

describe('rules', () => {
  it('every rule id is named by some test, so every rule has a case that triggers it', () => {
    const testFiles = readdirSync(path.join(ROOT, 'test'), { recursive: true, encoding: 'utf8' }).filter((f) =>
      f.endsWith('.ts'),
    );
    // Rule ids appear in tests as text or inside a regular expression, with the slash escaped.
    const tests = testFiles
      .map((f) => readFileSync(path.join(ROOT, 'test', f), 'utf8').replaceAll('\\/', '/'))
      .join('\n');
    expect(RULE_IDS.filter((id) => !tests.includes(id))).toEqual([]);
    for (const id of RULE_IDS) expect(id).toMatch(/^[a-z]+(?:-[a-z]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it('extract/failed: an internal fault or a worker out of memory becomes an error on its document', () => {
    const task = { document: 'a.txt', shown: 'sources/a.txt', text: 'x' };
    const fault = failedResult(task, new Error('boom'));
    expect(fault.records).toBeUndefined();
    expect(fault.messages).toEqual([
      expect.objectContaining({ ruleId: 'extract/failed', fatal: true, line: 1, column: 1 }),
    ]);
    expect(fault.messages[0]!.reason).toBe(
      'extraction of a.txt failed: boom (a fault in papertrail; please report it)',
    );
    const oom = failedResult(task, Object.assign(new Error('worker died'), { code: 'ERR_WORKER_OUT_OF_MEMORY' }));
    expect(oom.messages[0]!.reason).toMatch(
      /^ran out of memory while extracting a\.txt; lower --max-records-per-document/,
    );
  });
});

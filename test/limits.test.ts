// What one document may cost, through the CLI: a document that gives more records than allowed is refused at the
// record that goes over, nothing is published, a cached result does not slip past a lower limit, and extract writes
// its records as a stream (JSON or NDJSON) without one string holding them all.
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_INFO_PER_RULE } from '../pipeline/base/diagnostics.js';
import { build } from '../pipeline/build.js';
import { documentRunner } from '../pipeline/orchestrate/index.js';
import { cli, ROOT, tempDir, treeHashes } from './helpers.js';

/** `He said "x ` n times: one paragraph of n unclosed quotes, each a record. */
const PIECE = 'He said "x ';
const unclosed = (n: number) => `${PIECE.repeat(n)}\n`;
/** The column where the quote of piece k (from 0) starts: just after its opening mark. */
const quoteColumn = (k: number) => k * PIECE.length + PIECE.indexOf('"') + 2;

/** A sources folder with one document, `many.txt`, and a dataset.yaml that lists it. */
function sourcesWith(text: string): string {
  const sources = path.join(tempDir(), 'sources');
  mkdirSync(sources);
  writeFileSync(
    path.join(sources, 'dataset.yaml'),
    readFileSync(path.join(ROOT, 'sources', 'dataset.yaml'), 'utf8').replace(
      /sources:[\s\S]*$/,
      'sources:\n  - document: many.txt\n    title: Test\n    author: Test author\n    licence: CC0-1.0\n    attribution: Made for this test.\n',
    ),
  );
  writeFileSync(path.join(sources, 'many.txt'), text);
  return sources;
}

describe('--max-records-per-document', () => {
  it('extract refuses a document at the first record over the limit, and prints no records', async () => {
    const sources = sourcesWith(unclosed(200));
    const r = await cli([
      'extract',
      path.join(sources, 'many.txt'),
      '--sources',
      sources,
      '--max-records-per-document',
      '50',
    ]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(
      `many.txt:1:${quoteColumn(50)}: error the document gives more than 50 records (the limit is --max-records-per-document 50); the first one over it starts here [extract/too-many-records]`,
    );
    const fits = await cli([
      'extract',
      path.join(sources, 'many.txt'),
      '--sources',
      sources,
      '--max-records-per-document',
      '200',
    ]);
    expect(fits.code).toBe(0);
    expect((JSON.parse(fits.stdout) as { quotes: unknown[] }).quotes).toHaveLength(200);
  });

  it('build publishes nothing for such a document, and a result cached under a higher limit does not slip past a lower one', async () => {
    const sources = sourcesWith(unclosed(120));
    const out = tempDir();
    const cache = tempDir();
    /** A build into `into` with the one cache, refusing documents over `limit` records. */
    const buildInto = (into: string, limit: number) =>
      cli([
        'build',
        '--sources',
        sources,
        '--out',
        into,
        '--cache',
        cache,
        '--max-records-per-document',
        String(limit),
      ]);
    const refused = await buildInto(out, 100);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`many.txt:1:${quoteColumn(100)}: error the document gives more than 100 records`);
    expect(treeHashes(out)).toEqual({});
    // The refusal is not cached: with room for every record the same build publishes them.
    const built = await buildInto(out, 120);
    expect(built.stderr).toBe('');
    expect(built.stdout).toContain('120 quotes');
    // Now the cache holds 120 records; a lower limit refuses them again, at the same place extraction would.
    const lower = tempDir();
    const again = await buildInto(lower, 110);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain(`many.txt:1:${quoteColumn(110)}: error the document gives more than 110 records`);
    expect(treeHashes(lower)).toEqual({});
  });

  it.each([['0'], ['-3'], ['ten'], ['1.5']])('exits 2 on %s', async (given) => {
    const r = await cli(['extract', 'sources/xinjiang-papers.txt', `--max-records-per-document=${given}`]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`--max-records-per-document takes a whole number of at least 1, got "${given}"`);
  });
});

/** A copy of the project's sources with more documents, each listed in its dataset.yaml. */
function seedSourcesWith(documents: Record<string, string | Buffer>): string {
  const sources = path.join(tempDir(), 'sources');
  cpSync(path.join(ROOT, 'sources'), sources, { recursive: true });
  const entry = (name: string) =>
    `  - document: ${name}\n    title: Test\n    author: Test author\n    licence: CC0-1.0\n    attribution: Made for this test.\n`;
  writeFileSync(
    path.join(sources, 'dataset.yaml'),
    `${readFileSync(path.join(sources, 'dataset.yaml'), 'utf8').trimEnd()}\n${Object.keys(documents).map(entry).join('')}`,
  );
  for (const [name, text] of Object.entries(documents)) writeFileSync(path.join(sources, name), text);
  return sources;
}

describe('--keep-going', () => {
  it('leaves out the documents that fail, as warnings, and publishes the rest; without it nothing is published', async () => {
    const sources = seedSourcesWith({
      'many.txt': unclosed(300),
      'broken.txt': Buffer.from([0x4f, 0x6b, 0x0a, 0xff, 0x0a]),
    });
    const out = tempDir();
    const strict = await cli(['build', '--sources', sources, '--out', out, '--max-records-per-document', '200']);
    expect(strict.code).toBe(1);
    expect(treeHashes(out)).toEqual({});

    const r = await cli([
      'build',
      '--sources',
      sources,
      '--out',
      out,
      '--max-records-per-document',
      '200',
      '--keep-going',
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('left out (--keep-going): 2 documents: broken.txt, many.txt');
    expect(r.stderr).toContain(`many.txt:1:${quoteColumn(200)}: warning the document gives more than 200 records`);
    expect(r.stderr).toMatch(/broken\.txt:2:1: warning .*\[read\/invalid-utf8\]/);
    expect(r.stderr).toContain(
      'many.txt:1:1: warning left out of the version (--keep-going): the problems above are warnings [build/left-out]',
    );
    expect(r.stderr).not.toMatch(/: error /);
    const version = path.join(out, '1.0.0');
    const pkg = JSON.parse(readFileSync(path.join(version, 'datapackage.json'), 'utf8')) as {
      sources: { title: string }[];
    };
    expect(pkg.sources.map((s) => s.title)).not.toContain('Test');
    const quotes = JSON.parse(readFileSync(path.join(version, 'quotes.json'), 'utf8')) as { document: string }[];
    expect(new Set(quotes.map((q) => q.document))).toEqual(new Set(['xinjiang-papers.txt']));
    expect((await cli(['validate', version])).code).toBe(0);
  });
});

describe('--worker-memory', () => {
  it('a worker that runs out of heap fails its document by name, and the build publishes nothing or, with --keep-going, the rest', async () => {
    // A hundred thousand records take a few hundred megabytes to extract; the seed, under 16.
    const sources = seedSourcesWith({ 'many.txt': unclosed(100_000) });
    const out = tempDir();
    const args = ['build', '--sources', sources, '--out', out, '--no-cache', '--jobs', '2', '--worker-memory', '32'];
    const strict = await cli(args);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain(
      'many.txt:1:1: error ran out of memory while extracting many.txt; lower --max-records-per-document, or give each worker more memory (--worker-memory MB) [extract/failed]',
    );
    expect(treeHashes(out)).toEqual({});

    const kept = await cli([...args, '--keep-going']);
    expect(kept.code).toBe(0);
    expect(kept.stdout).toContain('left out (--keep-going): 1 document: many.txt');
    expect((await cli(['validate', path.join(out, '1.0.0')])).code).toBe(0);

    const usage = await cli([...args.slice(0, -1), '8']);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('--worker-memory takes a whole number of megabytes, at least 16, got "8"');
  });
});

describe('worker heaps', () => {
  it('runs a document again with the whole --worker-memory when it outgrows the first heap', async () => {
    // The document does not fit in 24 MB ...
    const small = documentRunner(2, 24, 24);
    try {
      await expect(
        small.run({
          document: 'many.txt',
          shown: 'many.txt',
          text: unclosed(60_000),
          recordsFile: path.join(tempDir(), 'r'),
        }),
      ).rejects.toMatchObject({ code: 'ERR_WORKER_OUT_OF_MEMORY' });
    } finally {
      await small.close();
    }
    // ... so with 1024 MB to give, it runs there after its first try in 24.
    const runner = documentRunner(2, 1024, 24);
    try {
      const recordsFile = path.join(tempDir(), 'records');
      const result = await runner.run({ document: 'many.txt', shown: 'many.txt', text: unclosed(60_000), recordsFile });
      expect(result.messages.filter((m) => m.fatal)).toEqual([]);
      expect(result.counts).toEqual({ events: 0, quotes: 60_000, responses: 0 });
      expect(readFileSync(recordsFile, 'utf8').split('\n').length).toBe(60_001);
    } finally {
      await runner.close();
    }
  });
});

describe('the thread that writes the version', () => {
  // 20,000 quotes: enough that writing them needs more than the least heap a thread may have.
  const sources = sourcesWith(unclosed(20_000));
  const env = { ...process.env, SOURCE_DATE_EPOCH: '1700000000' };
  const errors = (r: Awaited<ReturnType<typeof build>>) =>
    r.files.flatMap((f) => f.messages.filter((m) => m.fatal).map((m) => `${f.path}: ${m.reason} [${m.ruleId}]`));

  it('writes the same bytes as this thread, and again with the whole --worker-memory when it outgrows its heap', async () => {
    const inline = tempDir();
    const here = await build({ sourcesDir: sources, outDir: inline, env });
    expect(errors(here)).toEqual([]);
    const threaded = tempDir();
    // A first heap of 16 MB cannot hold the writers: the thread runs out, and the version is written again in 1024.
    const there = await build({ sourcesDir: sources, outDir: threaded, env, publishHeapMb: 16, workerMemoryMb: 1024 });
    expect(errors(there)).toEqual([]);
    expect(there.published?.counts).toEqual({ events: 0, quotes: 20_000, responses: 0 });
    expect(treeHashes(threaded)).toEqual(treeHashes(inline));
    // The first try left no staging folder behind.
    expect(readdirSync(threaded).sort()).toEqual(['1.0.0', 'index.json']);
  });

  it('out of memory with the whole --worker-memory too, it publishes nothing and says so', async () => {
    const out = tempDir();
    const r = await build({ sourcesDir: sources, outDir: out, env, publishHeapMb: 16, workerMemoryMb: 16 });
    expect(errors(r)).toEqual([
      expect.stringContaining(
        'ran out of memory while writing the version (16 MB of heap); give it more with --worker-memory MB [build/out-of-memory]',
      ),
    ]);
    expect(r.published).toBeUndefined();
    expect(readdirSync(out)).toEqual([]);
  });
});

describe('documents that give nothing', () => {
  it('an empty document is a warning, and build goes on', async () => {
    const sources = sourcesWith(' \n\n');
    const r = await cli(['build', '--sources', sources, '--out', tempDir()]);
    expect(r.stderr).toContain('many.txt:1:1: warning the document is empty: it gives no records [read/empty]');
    expect(r.stdout).toContain('built ');
  });

  it('a document over --max-document-size is refused by its size, before it is read', async () => {
    const sources = sourcesWith('x'.repeat(5000));
    const r = await cli(['extract', path.join(sources, 'many.txt'), '--sources', sources, '--max-document-size', '4K']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      'many.txt:1:1: error document is 5000 bytes, more than the maximum of 4096 [read/too-large]',
    );
  });
});

describe('many records in one document', () => {
  it('reads every quote of a large Markdown table, each with its cell as context', async () => {
    const rows = 4000;
    const cells = 5;
    const lines = ['| a | b | c | d | e |', '|---|---|---|---|---|'];
    for (let i = 0; i < rows; i++)
      lines.push(`| ${Array.from({ length: cells }, (_, j) => `r${i}c${j} said "x${i}"`).join(' | ')} |`);
    const sources = sourcesWith('');
    writeFileSync(path.join(sources, 'table.md'), `${lines.join('\n')}\n`);
    const r = await cli(['extract', path.join(sources, 'table.md'), '--sources', sources, '--format', 'ndjson']);
    expect(r.code).toBe(0);
    // Megabytes through a pipe: the writer waits for the reader many times, and leaves no listener behind each time.
    expect(r.stderr).not.toContain('MaxListenersExceededWarning');
    const quotes = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { table: string; text: string; context: string; source: { line: number } })
      .filter((q) => q.table === 'quotes');
    expect(quotes).toHaveLength(rows * cells);
    const last = quotes.at(-1)!;
    expect(last).toMatchObject({ text: `x${rows - 1}`, context: `r${rows - 1}c${cells - 1} said "x${rows - 1}"` });
    expect(last.source.line).toBe(rows + 2);
  });
});

describe('extract output', () => {
  it('writes JSON laid out as JSON.stringify(…, null, 2) would, and the same records as NDJSON, one a line', async () => {
    const json = await cli(['extract', 'sources/xinjiang-papers.txt']);
    expect(json.code).toBe(0);
    const parsed = JSON.parse(json.stdout) as Record<'events' | 'quotes' | 'responses', { id: string }[]>;
    expect(json.stdout).toBe(`${JSON.stringify(parsed, null, 2)}\n`);
    expect(parsed.quotes.length).toBeGreaterThan(0);
    const nd = await cli(['extract', 'sources/xinjiang-papers.txt', '--format', 'ndjson']);
    expect(nd.code).toBe(0);
    const lines = nd.stdout.split('\n');
    expect(lines.pop()).toBe('');
    const rows = lines.map((l) => JSON.parse(l) as { table: string; id: string });
    for (const table of ['events', 'quotes', 'responses'] as const) {
      expect(rows.filter((r) => r.table === table).map(({ table: _, ...record }) => record)).toEqual(parsed[table]);
    }
    expect(rows).toHaveLength(parsed.events.length + parsed.quotes.length + parsed.responses.length);
  });

  it('prints an empty table as [] and exits 2 on a format it does not write', async () => {
    const sources = sourcesWith('Nothing happened here.\n');
    const r = await cli(['extract', path.join(sources, 'many.txt'), '--sources', sources]);
    expect(r.stdout).toBe('{\n  "events": [],\n  "quotes": [],\n  "responses": []\n}\n');
    expect(r.stderr).toBe('');
    const bad = await cli(['extract', 'sources/xinjiang-papers.txt', '--format', 'xml']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--format takes json or ndjson, got "xml"');
  });

  it(`keeps the first ${MAX_INFO_PER_RULE} info messages of a rule in a document, then says more follow`, async () => {
    const sources = sourcesWith(unclosed(MAX_INFO_PER_RULE + 50));
    const r = await cli(['extract', path.join(sources, 'many.txt'), '--sources', sources, '--verbose']);
    expect(r.code).toBe(0);
    const unclosedLines = r.stderr.split('\n').filter((l) => l.includes('[extract/quote-unclosed]'));
    expect(unclosedLines).toHaveLength(MAX_INFO_PER_RULE + 1);
    // Placed, as each of them is, at the quotation mark that opens the quote.
    expect(unclosedLines.at(-1)).toContain(
      `many.txt:1:${quoteColumn(MAX_INFO_PER_RULE) - 1}: info more messages of this kind follow in this document; only the first ${MAX_INFO_PER_RULE} are shown [extract/quote-unclosed]`,
    );
    expect((JSON.parse(r.stdout) as { quotes: unknown[] }).quotes).toHaveLength(MAX_INFO_PER_RULE + 50);
  });
});

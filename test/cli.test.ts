// The command line as users meet it: help, exit codes, and what `build` writes from the project's own sources.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, cli, copyOfSources, readJson, tempDir, treeHashes } from './helpers.js';

interface Quote {
  id: string;
  text: string;
  speaker: string | null;
  citations: string[];
  source: { start: number; end: number; line: number; column: number };
}

const EXPECTED_FILES = [
  'CHANGELOG.md',
  'CITATION.cff',
  'README.md',
  'SHA256SUMS',
  'datapackage.json',
  'dataset.jsonld',
  ...['events', 'quotes', 'responses'].flatMap((t) =>
    ['arrow', 'csv', 'json', 'ndjson', 'parquet'].map((ext) => `${t}.${ext}`),
  ),
  'site',
].sort();

describe('help and usage', () => {
  it.each(['build', 'extract', 'validate'])('%s --help prints its usage and exits 0', async (command) => {
    const r = await cli([command, '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Usage: papertrail ${command}`);
  });

  it('--help lists every command', async () => {
    const r = await cli(['--help']);
    expect(r.code).toBe(0);
    for (const c of ['build', 'extract', 'validate']) expect(r.stdout).toContain(c);
  });

  it('exits 2 on an unknown command, an unknown option or a missing argument', async () => {
    expect((await cli(['publish'])).code).toBe(2);
    expect((await cli(['build', '--no-such-option'])).code).toBe(2);
    expect((await cli(['extract'])).code).toBe(2);
    expect((await cli([])).code).toBe(2);
  });

  it('exits 2 on a SOURCE_DATE_EPOCH that is not a number', async () => {
    const out = tempDir();
    const r = await cli(['build', '--out', out], { env: { SOURCE_DATE_EPOCH: 'yesterday' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('SOURCE_DATE_EPOCH');
  });
});

describe('building the seed dataset', () => {
  const out = tempDir();
  const version = path.join(out, '1.0.0');
  let quotes: Quote[];
  let text: string;

  beforeAll(async () => {
    const r = await cli(['build', '--out', out]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    quotes = readJson<Quote[]>(path.join(version, 'quotes.json'));
    text = readFileSync(path.join(ROOT, 'sources', 'xinjiang-papers.txt'), 'utf8');
  });

  it('writes every file of the version and nothing else', () => {
    expect(readdirSync(out).sort()).toEqual(['1.0.0', 'index.json']);
    expect(readdirSync(version).sort()).toEqual(EXPECTED_FILES);
    expect(readdirSync(path.join(version, 'site')).sort()).toEqual(['app.js', 'index.html', 'style.css']);
  });

  it('finds the quotes of the seed with their text and citations', () => {
    const byText = new Map(quotes.map((q) => [q.text.replace(/[.,]$/, ''), q]));
    // A quote whose closing mark and citation were pushed into the next paragraph.
    expect(byText.get('deeply disturbing')?.citations).toEqual(['19']);
    expect(byText.get('transparently and swiftly')?.citations).toEqual(['19']);
    // A citation right after a closing mark in mid-sentence.
    expect(byText.get('warning and lesson')?.citations).toEqual(['1']);
    // A citation run at the start of a paragraph ends the previous paragraph.
    expect(byText.get('disturbing')?.citations).toEqual(['18']);
    expect(
      byText.get('prevent party leaders, including Mr. Xi, from escaping culpability for the mass detentions')
        ?.citations,
    ).toEqual(['16', '17']);
    expect(byText.get('disturbing')?.speaker).toBe('Marise Payne');
  });

  it('gives source offsets that select each quote in Python, counted in code points', () => {
    const spans = quotes.map((q) => [q.source.start, q.source.end]);
    const selected = JSON.parse(
      execFileSync(
        'python3',
        [
          '-c',
          `
import json, sys
text = open(sys.argv[1], encoding='utf-8').read()
print(json.dumps([text[s:e] for s, e in json.loads(sys.argv[2])]))`,
          path.join(ROOT, 'sources', 'xinjiang-papers.txt'),
          JSON.stringify(spans),
        ],
        { encoding: 'utf8' },
      ),
    ) as string[];
    quotes.forEach((q, i) => {
      // The span is the quoted words as written; the record's text drops citation markers inside it.
      expect(selected[i]!.replace(/\[\d+\]/g, '')).toContain(q.text.slice(0, 20));
      const lines = text.slice(0, q.source.start).split('\n');
      expect(q.source.line).toBe(lines.length);
      expect(q.source.column).toBe([...lines.at(-1)!].length + 1);
    });
    expect(quotes.length).toBeGreaterThanOrEqual(15);
  });

  it('dates events at the precision of the text', () => {
    const events = readJson<
      { date: string | null; date_precision: string | null; date_start: string | null; date_end: string | null }[]
    >(path.join(version, 'events.json'));
    const month = events.find((e) => e.date === '2019-11');
    expect(month).toMatchObject({ date_precision: 'month', date_start: '2019-11-01', date_end: '2019-11-30' });
    expect(events.find((e) => e.date === '2019-11-16')).toMatchObject({
      date_precision: 'day',
      date_start: '2019-11-16',
      date_end: '2019-11-16',
    });
  });

  it("publishes the extractor's scores on the evaluation set in datapackage.json, README.md and the page", () => {
    const { quality } = readJson<{ quality?: Record<string, unknown> }>(path.join(version, 'datapackage.json'));
    expect(quality).toBeDefined();
    const inUnit = (x: unknown) => typeof x === 'number' && x >= 0 && x <= 1;
    for (const kind of ['quotes', 'events', 'responses']) {
      expect(Object.keys(quality![kind] as object).sort()).toEqual(['f1', 'precision', 'recall']);
      expect(Object.values(quality![kind] as object).every(inUnit), kind).toBe(true);
    }
    for (const share of [
      'attribution',
      'response_country',
      'actor_precision',
      'record_country_precision',
      'record_country_recall',
    ])
      expect(inUnit(quality![share]), share).toBe(true);
    expect(quality!.documents).toBe(
      readdirSync(path.join(ROOT, 'evaluation')).filter((n) => n.endsWith('.gold.json')).length,
    );
    expect(quality!.extractor_version).toMatch(/^\d+\.\d+\.\d+/);
    const readme = readFileSync(path.join(version, 'README.md'), 'utf8');
    expect(readme).toMatch(/^## Quality$/m);
    expect(readme).toContain("papertrail's evaluation set");
    expect(readme).toMatch(/^\| quotes \| \d+\.\d% \| \d+\.\d% \| \d+\.\d% \|/m);
    const page = readFileSync(path.join(version, 'site', 'index.html'), 'utf8');
    expect(page).toContain('<section id="quality"');
    expect(page).toMatch(/<th scope="row">quotes<\/th><td>\d+\.\d%<\/td>/);
  });

  it('is valid by its own validate command', async () => {
    const r = await cli(['validate', version]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  it('is byte-identical when built again', async () => {
    const again = tempDir();
    expect((await cli(['build', '--out', again])).code).toBe(0);
    expect(treeHashes(path.join(again, '1.0.0'))).toEqual(treeHashes(version));
  });

  it('extract prints the records build publishes for the document', async () => {
    const r = await cli(['extract', 'sources/xinjiang-papers.txt']);
    expect(r.code).toBe(0);
    const printed = JSON.parse(r.stdout) as { quotes: Quote[] };
    expect(printed.quotes).toEqual(quotes);
  });

  it('validate finds a file changed after the build', async () => {
    const copy = path.join(tempDir(), '1.0.0');
    execFileSync('cp', ['-r', version, copy]);
    writeFileSync(
      path.join(copy, 'quotes.csv'),
      readFileSync(path.join(copy, 'quotes.csv'), 'utf8').replace('disturbing', 'disturbed'),
    );
    const r = await cli(['validate', copy]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/quotes\.csv:1:1: error .*\[validate\/checksum\]/);
  });

  it('dates the words said at a dated press conference and links its event, and validate holds the link', async () => {
    const quotes = readJson<
      (Quote & { date: string | null; date_precision: string | null; event_id: string | null })[]
    >(path.join(version, 'quotes.json'));
    const events = new Map(
      readJson<{ id: string; date: string }[]>(path.join(version, 'events.json')).map((e) => [e.id, e]),
    );
    const dated = quotes.filter((q) => q.event_id != null);
    expect(dated.length).toBeGreaterThan(0);
    for (const q of dated) expect(events.get(q.event_id!)?.date).toBe(q.date);
    expect(quotes.find((q) => q.text.startsWith('detail the Chinese party'))).toMatchObject({
      date: '2019-11-26',
      date_precision: 'day',
    });
    // An event_id that names no event is refused.
    const copy = path.join(tempDir(), '1.0.0');
    execFileSync('cp', ['-r', version, copy]);
    const file = path.join(copy, 'quotes.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace(dated[0]!.event_id!, 'ev-0000000000000000'));
    const r = await cli(['validate', copy]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /quotes\.json:\d+:1: error event_id names ev-0000000000000000, which is no id of events \[validate\/foreign-key\]/,
    );
  });
});

describe('bad input', () => {
  /** Builds once into `out` so there is a previous version to protect, then breaks the sources. */
  async function buildThenBreak(breakIt: (sources: string) => void) {
    const sources = copyOfSources();
    const out = tempDir();
    expect((await cli(['build', '--sources', sources, '--out', out])).code).toBe(0);
    const before = treeHashes(out);
    breakIt(sources);
    const r = await cli(['build', '--sources', sources, '--out', out]);
    return { r, before, after: treeHashes(out), sources };
  }

  it('reports invalid UTF-8 at its line and column, exits 1 and leaves dist/ as it was', async () => {
    const { r, before, after } = await buildThenBreak((sources) => {
      writeFileSync(
        path.join(sources, 'broken.txt'),
        Buffer.concat([Buffer.from('First line.\nSecond “line” '), Buffer.from([0xff, 0xfe]), Buffer.from(' end.\n')]),
      );
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/broken\.txt:2:15: error invalid UTF-8.*\[read\/invalid-utf8\]/);
    expect(after).toEqual(before);
  });

  it('reports broken front matter at its line and column', async () => {
    const { r, before, after } = await buildThenBreak((sources) => {
      writeFileSync(
        path.join(sources, 'report.md'),
        '---\ntitle: A report\nlicence: CC0-1.0\nattribution: [unclosed\n---\n\nThe minister said "no".\n',
      );
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/report\.md:4:\d+: error .*\[front-matter\/yaml\]/);
    expect(after).toEqual(before);
  });

  it('reports a front matter key of the wrong shape where it stands', async () => {
    const { r } = await buildThenBreak((sources) => {
      writeFileSync(
        path.join(sources, 'report.md'),
        '---\ntitle: A report\nlicence: CC0-1.0\nattribution: Someone\nretrieved: last week\n---\n\nText.\n',
      );
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/report\.md:5:12: error \/retrieved must match format "date" \[front-matter\/shape\]/);
  });

  it('refuses a document whose licence and attribution are unknown, before extracting it', async () => {
    const { r, sources } = await buildThenBreak((sources) =>
      writeFileSync(path.join(sources, 'stray.txt'), 'Someone wrote "a quote nobody said".\n'),
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/stray\.txt:1:1: error .*\[dataset\/provenance\]/);
    // Extracted, its quote without a speaker would be an info message under --verbose; it is never read that far.
    const verbose = await cli(['build', '--sources', sources, '--out', tempDir(), '--verbose']);
    expect(verbose.stderr.split('\n').filter((l) => l.startsWith(path.join(sources, 'stray.txt')))).toEqual([
      `${path.join(sources, 'stray.txt')}:1:1: error stray.txt has no entry in dataset.yaml sources and no licence and attribution in its front matter [dataset/provenance]`,
    ]);
    // Front matter that gives both is enough.
    writeFileSync(
      path.join(sources, 'stray.txt'),
      '---\nlicence: CC0-1.0\nattribution: Made for this test.\n---\nSomeone wrote "a quote nobody said".\n',
    );
    expect((await cli(['build', '--sources', sources, '--out', tempDir()])).code).toBe(0);
  });

  it('reports a dataset.yaml error at its line', async () => {
    const { r } = await buildThenBreak((sources) => {
      const file = path.join(sources, 'dataset.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace('version: 1.0.0', 'version: one'));
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/dataset\.yaml:\d+:10: error \/version must match pattern .*\[dataset\/schema\]/);
  });

  it('fails when a table has fewer records than dataset.yaml asserts', async () => {
    const { r, before, after } = await buildThenBreak((sources) => {
      const file = path.join(sources, 'dataset.yaml');
      writeFileSync(file, `${readFileSync(file, 'utf8')}limits:\n  min_records:\n    quotes: 100000\n`);
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /dataset\.yaml:\d+:3: error quotes has \d+ records, fewer than min_records 100000 \[dataset\/limits\]/,
    );
    expect(after).toEqual(before);
  });

  it('fails when a table has more records than dataset.yaml allows', async () => {
    const { r, before, after } = await buildThenBreak((sources) => {
      const file = path.join(sources, 'dataset.yaml');
      writeFileSync(file, `${readFileSync(file, 'utf8')}limits:\n  max_records:\n    quotes: 2\n`);
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /dataset\.yaml:\d+:3: error quotes has \d+ records, more than max_records 2 \[dataset\/limits\]/,
    );
    expect(after).toEqual(before);
  });

  it('refuses a document larger than --max-document-size, and exits 2 on a size it cannot read', async () => {
    const sources = copyOfSources();
    const out = tempDir();
    const seed = readdirSync(sources).find((n) => n.endsWith('.txt'))!;
    const bytes = statSync(path.join(sources, seed)).size;
    const r = await cli(['build', '--sources', sources, '--out', out, '--max-document-size', '1K']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      `${seed}:1:1: error document is ${bytes} bytes, more than the maximum of 1024 [read/too-large]`,
    );
    expect(treeHashes(out)).toEqual({});
    expect((await cli(['build', '--sources', sources, '--out', out, '--max-document-size', `${bytes}`])).code).toBe(0);
    const bad = await cli(['build', '--sources', sources, '--out', out, '--max-document-size', 'lots']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--max-document-size takes a size such as 5000000, 512K or 64M, got "lots"');
  });

  it('refuses a document that is a symlink out of the sources folder', async () => {
    const { r } = await buildThenBreak((sources) => {
      const outside = path.join(tempDir(), 'secret.txt');
      writeFileSync(outside, 'Outside text.\n');
      execFileSync('ln', ['-s', outside, path.join(sources, 'link.txt')]);
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/link\.txt:1:1: error .*\[read\/outside-sources\]/);
  });

  it('exits 1 with a clear message when the sources folder is missing', async () => {
    const out = tempDir();
    rmSync(out, { recursive: true });
    const r = await cli(['build', '--sources', path.join(out, 'nowhere'), '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/dataset\.yaml:1:1: error cannot read dataset metadata/);
    expect(treeHashes(out)).toEqual({});
  });
});

describe('paths a user can mistype', () => {
  it('validate names a missing folder, or a file given for one, in one line and exits 1', async () => {
    const missing = await cli(['validate', 'NO-SUCH-DIR']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe(
      'NO-SUCH-DIR:1:1: error cannot read the version folder: no such folder [read/unreadable]\n',
    );
    const file = await cli(['validate', 'README.md']);
    expect(file.code).toBe(1);
    expect(file.stderr).toBe('README.md:1:1: error cannot read the version folder: not a folder [read/unreadable]\n');
  });
});

describe('positions in messages are the true ones', () => {
  /** A sources folder holding one document with the given name and text. */
  function one(name: string, text: string): string {
    const sources = tempDir();
    writeFileSync(path.join(sources, name), text);
    return sources;
  }
  it('an unclosed quote in front matter is reported where it opens, not where the text ends', async () => {
    const sources = one('fm.md', '---\ntitle: "Budget day\nlicence: CC0-1.0\nattribution: x\n---\nBody.\n');
    const r = await cli(['extract', path.join(sources, 'fm.md'), '--sources', sources]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('fm.md:2:8: error the quoted value that opens here is never closed');
  });
  it('a Markdown block too long to parse fully is reported at its first line, with the line it passes the limit', async () => {
    const rows = Array.from({ length: 3000 }, (_, i) => `| r${i} | said "x${i}" and more words to fill the row |`);
    const sources = one('t.md', `Intro.\n\nMore intro.\n\n| a | b |\n|---|---|\n${rows.join('\n')}\n`);
    const r = await cli(['extract', path.join(sources, 't.md'), '--sources', sources]);
    expect(r.code).toBe(0);
    const line = (
      r.stderr.match(
        /t\.md:(\d+):1: warning the block from line (\d+) runs on past 65536 characters \(at line (\d+)\).* \[parse\/limited\]/,
      ) ?? []
    )
      .slice(1)
      .map(Number);
    // The table starts on line 5; it passes 65,536 characters where the rows before that line add up to more.
    const lengths = ['| a | b |', '|---|---|', ...rows].map((l) => l.length + 1);
    let total = 0;
    let passed = 0;
    for (const [i, n] of lengths.entries()) {
      total += n;
      if (total > 65536) {
        passed = i + 5;
        break;
      }
    }
    expect(line).toEqual([5, 5, passed]);
  });
});

describe('offsets in documents with a byte-order mark and astral characters', () => {
  it('counts code points from after the BOM, as Python does', async () => {
    const sources = tempDir();
    mkdirSync(sources, { recursive: true });
    writeFileSync(
      path.join(sources, 'dataset.yaml'),
      readFileSync(path.join(ROOT, 'sources', 'dataset.yaml'), 'utf8').replace(
        /sources:[\s\S]*$/,
        'sources:\n  - document: emoji.md\n    title: Test\n    author: Test author\n    licence: CC0-1.0\n    attribution: Made for this test.\n',
      ),
    );
    const body =
      'Intro 😀😀 line.\r\n\r\nOn 3 May 2021 the mayor 🏛 said the plan was "a 𝒮tep forward" for the city.\r\n';
    writeFileSync(path.join(sources, 'emoji.md'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(body)]));
    const r = await cli(['extract', path.join(sources, 'emoji.md'), '--sources', sources]);
    expect(r.code).toBe(0);
    const { quotes } = JSON.parse(r.stdout) as { quotes: Quote[] };
    expect(quotes).toHaveLength(1);
    const q = quotes[0]!;
    const points = [...body];
    expect(points.slice(q.source.start, q.source.end).join('')).toBe('a 𝒮tep forward');
    expect(q.source.line).toBe(3);
    expect(q.source.column).toBe([...'On 3 May 2021 the mayor 🏛 said the plan was "'].length + 1);
    const python = execFileSync(
      'python3',
      [
        '-c',
        'import sys; t = open(sys.argv[1], encoding="utf-8-sig", newline="").read(); print(t[int(sys.argv[2]):int(sys.argv[3])])',
        path.join(sources, 'emoji.md'),
        String(q.source.start),
        String(q.source.end),
      ],
      { encoding: 'utf8' },
    );
    expect(python.trim()).toBe('a 𝒮tep forward');
  });
});

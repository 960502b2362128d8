// The scorer: the guideline measures on small hand-made gold and predictions, and (where the team's corpus sits
// beside the clone) the same figures as the corpus's own score.mjs on the extractor's output and on generated
// pairs full of the text shapes that folding has to get right.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  documentLine,
  readEvaluationSet,
  scoreDocument,
  summarize,
  summaryLine,
  totalScores,
  type DocumentScore,
  type GoldDocument,
  type Prediction,
  type ScoreSummary,
  type ScoreTotals,
  type Tally,
} from '../../pipeline/evaluate/index.js';
import { processDocument } from '../../pipeline/orchestrate/index.js';
import { HAS_SHARED, SHARED, tempDir } from '../helpers.js';

const tally = (matched: number, spurious: number, missed: number, neutral = 0): Tally => ({
  matched,
  spurious,
  missed,
  neutral,
});
const summaryOf = (...scores: DocumentScore[]) => summarize(totalScores(scores));

describe('quotes', () => {
  it('match after folding case, quotation marks, citation markers and edge punctuation', () => {
    const gold: GoldDocument = {
      quotes: [
        { text: 'Deeply “disturbing” conduct[19]', speakers: [] },
        { text: '[i]t was a warning[a]', speakers: [] },
      ],
    };
    const s = scoreDocument(gold, {
      quotes: [{ text: 'deeply "disturbing" conduct.' }, { text: '“It was a warning,”' }],
    });
    expect(s.quotes).toEqual(tally(2, 0, 0));
  });

  it('match at a token F1 of 0.8, not below; stop words and possessives do not count', () => {
    const gold: GoldDocument = { quotes: [{ text: 'the red green blue yellow purple' }] };
    // 4 of 5 words: F1 0.89. The article is no word.
    expect(scoreDocument(gold, { quotes: [{ text: 'red green blue yellow' }] }).quotes).toEqual(tally(1, 0, 0));
    // 3 of 5: F1 0.75.
    expect(scoreDocument(gold, { quotes: [{ text: 'red green blue' }] }).quotes).toEqual(tally(0, 1, 1));
    expect(
      scoreDocument({ quotes: [{ text: "China's red green blue" }] }, { quotes: [{ text: 'China red green blue' }] })
        .quotes,
    ).toEqual(tally(1, 0, 0));
  });

  it('pair one to one, the best pairs first', () => {
    const gold: GoldDocument = { quotes: [{ text: 'red green blue yellow' }, { text: 'red green blue purple' }] };
    // The first prediction fits both gold quotes at 0.89; the second fits the first exactly. Taken in order, the
    // first would take the first gold quote and leave the second prediction unmatched.
    const s = scoreDocument(gold, {
      quotes: [{ text: 'red green blue yellow purple' }, { text: 'red green blue yellow' }],
    });
    expect(s.quotes).toEqual(tally(2, 0, 0));
    expect(
      scoreDocument(gold, {
        quotes: [
          { text: 'red green blue yellow' },
          { text: 'red green blue yellow' },
          { text: 'red green blue yellow' },
        ],
      }).quotes,
    ).toEqual(tally(1, 2, 1));
  });

  it('let an optional gold quote absorb any number of predictions, which count for nothing', () => {
    const gold: GoldDocument = { quotes: [{ text: 'China Cables', optional: true }, { text: 'deeply disturbing' }] };
    const s = scoreDocument(gold, {
      quotes: [{ text: 'China Cables' }, { text: 'the China Cables' }, { text: 'deeply disturbing' }],
    });
    expect(s.quotes).toEqual(tally(1, 0, 0, 2));
    expect(summaryOf(s).quotes).toEqual({ precision: 1, recall: 1, f1: 1 });
  });
});

describe('attribution', () => {
  it('counts matched quotes whose speaker has all the words of a gold name, or the reverse', () => {
    const gold: GoldDocument = {
      quotes: [
        { text: 'one two three', speakers: ['Xi Jinping', 'President Xi'] },
        { text: 'four five six', speakers: ['Marise Payne'] },
        { text: 'seven eight nine', speakers: ['Dominic Raab'] },
        { text: 'ten eleven twelve', speakers: [] },
        { text: 'title of a report', speakers: ['Someone'], optional: true },
      ],
    };
    const s = scoreDocument(gold, {
      quotes: [
        { text: 'one two three', speaker: 'Xi' },
        { text: 'four five six', speaker: 'Foreign Minister Marise Payne' },
        { text: 'ten eleven twelve', speaker: 'Nobody' },
      ],
    });
    // The unmatched quote of Raab still counts in the denominator; the unnamed speaker does not.
    expect(s.attribution).toEqual({ right: 2, of: 3 });
    expect(scoreDocument(gold, { quotes: [{ text: 'one two three', speaker: 'Jinping Ma' }] }).attribution).toEqual({
      right: 0,
      of: 3,
    });
  });
});

describe('events', () => {
  it('score dated events only, one to one by the date as written', () => {
    const gold: GoldDocument = {
      events: [
        { date: '2019-11' },
        { date: '2019-11-16' },
        { date: '2019-11-16' },
        { date: null, optional: true },
        { date: '2020', optional: true },
      ],
    };
    const s = scoreDocument(gold, {
      events: [{ date: '2019-11-01' }, { date: '2019-11-16' }, { date: null }, { date: '2020' }, { date: '2020' }],
    });
    expect(s.events).toEqual(tally(1, 1, 2, 2));
  });
});

describe('responses and their countries', () => {
  it('match by actor name and count the country of matched responses against the gold with a country', () => {
    const gold: GoldDocument = {
      responses: [
        { actors: ['Marise Payne', 'Australian Foreign Minister'], country: 'AU' },
        { actors: ['United Nations', 'UN'], country: null },
        { actors: ['Dominic Raab'], country: 'GB' },
        { actors: ['The New York Times'], country: 'US', optional: true },
      ],
    };
    const s = scoreDocument(gold, {
      responses: [
        { actor: 'Payne', country: 'au' },
        { actor: 'UN', country: 'CH' },
        { actor: 'New York Times', country: 'US' },
        { actor: 'Twitter', country: null },
      ],
    });
    expect(s.responses).toEqual(tally(2, 1, 1, 1));
    expect(s.response_country).toEqual({ right: 1, of: 2 });
  });
});

describe('entities', () => {
  const entities = [
    { names: ['United Kingdom', 'UK', 'Britain'], country: 'GB' },
    { names: ['Marise Payne', 'Payne'], country: 'AU' },
    { names: ['United Nations'], country: null },
  ];

  it('count a named actor as real only when every word of one of its names stands in it', () => {
    const s = scoreDocument(
      { entities },
      {
        quotes: [
          { text: 'x', speaker: 'United', speaker_country: 'GB' },
          { text: 'y', speaker: 'Foreign Minister Marise Payne', speaker_country: 'au' },
          { text: 'z', speaker: null },
        ],
        responses: [
          { actor: 'the United Nations', country: 'US' },
          { actor: 'UK', country: null },
          { actor: '', country: 'GB' },
        ],
      },
    );
    // Named: United, Marise Payne, United Nations, UK. Real: the last three. Stated on real: AU (right), US (wrong:
    // the UN has none). Due: Payne's AU (given), the UK's GB (not given).
    expect(s.entities).toEqual({ named: 4, known: 3, stated: 2, statedRight: 1, due: 2, dueRight: 1 });
    const summary = summaryOf(s);
    expect(summary.entities).toEqual({
      documents: 1,
      actor_precision: 0.75,
      record_country_precision: 0.5,
      record_country_recall: 0.5,
    });
  });

  it('are left out when no gold lists them, and start from 1 when nothing is named', () => {
    expect(scoreDocument({}, { quotes: [{ text: 'x', speaker: 'Payne' }] }).entities).toBeNull();
    expect(summaryOf(scoreDocument({}, {})).entities).toBeUndefined();
    expect(summaryOf(scoreDocument({ entities }, {})).entities).toEqual({
      documents: 1,
      actor_precision: 1,
      record_country_precision: 1,
      record_country_recall: 1,
    });
  });
});

describe('evaluation sets', () => {
  it('reads plain-text and Markdown documents beside their gold, and parses each as its extension says', async () => {
    const dir = tempDir('papertrail-set-');
    const gold = (document: string) => JSON.stringify({ document, quotes: [], events: [], responses: [] });
    writeFileSync(path.join(dir, 'a.txt'), 'Plain *text*.\n');
    writeFileSync(path.join(dir, 'a.gold.json'), gold('a.txt'));
    writeFileSync(path.join(dir, 'b.md'), '# Heading\n\nMarkdown text.\n');
    writeFileSync(path.join(dir, 'b.gold.json'), gold('b.md'));
    writeFileSync(path.join(dir, 'c.md'), 'No gold beside it.\n');
    writeFileSync(path.join(dir, 'README.md'), 'About the set.\n');
    const set = (await readEvaluationSet(dir))!;
    expect(set.map((d) => d.name)).toEqual(['a.txt', 'b.md']);
  });
});

describe('totals and summary', () => {
  it('sum the counts over documents before dividing', () => {
    const a = scoreDocument(
      { quotes: [{ text: 'one two' }, { text: 'three four' }] },
      { quotes: [{ text: 'one two' }] },
    );
    const b = scoreDocument(
      { quotes: [{ text: 'five six' }] },
      { quotes: [{ text: 'five six' }, { text: 'seven eight' }] },
    );
    const summary = summaryOf(a, b);
    expect(summary.quotes.precision).toBeCloseTo(2 / 3, 12);
    expect(summary.quotes.recall).toBeCloseTo(2 / 3, 12);
    expect(summary.quotes.f1).toBeCloseTo(2 / 3, 12);
    // Nothing predicted and nothing to find: zeros, not NaN.
    expect(summaryOf(scoreDocument({}, {}))).toEqual({
      quotes: { precision: 0, recall: 0, f1: 0 },
      events: { precision: 0, recall: 0, f1: 0 },
      responses: { precision: 0, recall: 0, f1: 0 },
      attribution: 0,
      response_country: 0,
    });
  });

  it('print a line a document and a line for the set', () => {
    const s = scoreDocument(
      { document: 'doc.txt', quotes: [{ text: 'one two', speakers: ['Ann Lee'] }] },
      { quotes: [{ text: 'one two', speaker: 'Lee' }] },
    );
    expect(documentLine(s)).toBe(
      'doc.txt: quotes P 100.0 R 100.0 | speakers 1/1 | events P 0.0 R 0.0 | responses P 0.0 R 0.0 | countries 0/0',
    );
    const totals = totalScores([s]);
    expect(summaryLine(summarize(totals), totals)).toBe(
      'all: quotes F1 100.0 (P 100.0 R 100.0) | attribution 100.0 | events F1 0.0 (P 0.0 R 0.0) | responses F1 0.0 (P 0.0 R 0.0) | country 0.0',
    );
  });
});

/** Our figures in the shape score.mjs prints with --json. */
function asCorpusScorer(summary: ScoreSummary, totals: ScoreTotals) {
  const pr = (s: { precision: number; recall: number; f1: number }) => ({ p: s.precision, r: s.recall, f1: s.f1 });
  const counts = (t: Tally) => ({ tp: t.matched, fp: t.spurious, fn: t.missed });
  const e = totals.entities;
  return {
    summary: {
      quotes: pr(summary.quotes),
      events: pr(summary.events),
      responses: pr(summary.responses),
      attribution: summary.attribution,
      country: summary.response_country,
      ...(summary.entities
        ? {
            actor_precision: summary.entities.actor_precision,
            country_precision: summary.entities.record_country_precision,
            country_recall: summary.entities.record_country_recall,
            entity_documents: summary.entities.documents,
          }
        : {}),
    },
    total: {
      quotes: counts(totals.quotes),
      events: counts(totals.events),
      responses: counts(totals.responses),
      attribution: totals.attribution,
      country: totals.response_country,
      entities: {
        docs: e.documents,
        named: e.named,
        real: e.known,
        stated: e.stated,
        statedRight: e.statedRight,
        due: e.due,
        dueRight: e.dueRight,
      },
    },
  };
}

// Words chosen to exercise every fold: curly and straight quotes, citation markers and editorial brackets, stop
// words, possessives, edge punctuation, NFKC forms, hyphens and apostrophes.
const WORDS = [
  'Xi',
  'Jinping',
  'the',
  'The',
  'of',
  'Mr.',
  'United',
  'Kingdom',
  "China's",
  'China’s',
  '“deeply',
  'disturbing”',
  '"said"',
  '[12]',
  '[a]',
  '[b]',
  '[A]',
  '[i]t',
  'camps',
  'camps.',
  '—',
  '-',
  '...',
  'U.S.',
  "'",
  "'s",
  'ﬁle',
  'file',
  'Müller',
  '(UN)',
  'UN,',
  'a',
  'an',
  ':',
  ';',
  '?',
  ']',
];
const NAMES = [
  'Xi Jinping',
  'Xi',
  'President Xi',
  'United Kingdom',
  'United',
  'UK',
  'Mr. Raab',
  'Raab',
  'Dominic Raab',
  'the UN',
  'U.S.',
  'Müller',
  '',
  '—',
];
const COUNTRIES = ['GB', 'gb', 'US', 'CN', null, undefined];
const DATES = ['2019', '2019-11', '2019-11-16', '2019-11-01', null];

const phrase = fc
  .array(fc.constantFrom(...WORDS), { minLength: 0, maxLength: 7 })
  .chain((words) => fc.constantFrom(words.join(' '), words.join('')));
const optional = fc.option(fc.boolean(), { nil: undefined });
const goldArb = fc.record({
  quotes: fc.array(
    fc.record({
      text: phrase,
      speakers: fc.option(fc.subarray(NAMES, { maxLength: 2 }), { nil: undefined }),
      optional,
    }),
    { maxLength: 5 },
  ),
  events: fc.array(fc.record({ date: fc.constantFrom(...DATES), optional }), { maxLength: 4 }),
  responses: fc.array(
    fc.record({
      actors: fc.subarray(NAMES, { maxLength: 3 }),
      country: fc.constantFrom('GB', 'US', 'CN', null),
      optional,
    }),
    { maxLength: 4 },
  ),
  entities: fc.option(
    fc.array(fc.record({ names: fc.subarray(NAMES, { maxLength: 3 }), country: fc.constantFrom(...COUNTRIES) }), {
      maxLength: 4,
    }),
    { nil: undefined },
  ),
});
const predArb = (gold: GoldDocument) =>
  fc.record({
    // Predicted quotes are often a gold text with a word more or less, so that matches near 0.8 are common.
    quotes: fc.array(
      fc.record({
        text: fc.oneof(
          phrase,
          fc
            .tuple(fc.constantFrom('', ...(gold.quotes ?? []).map((q) => q.text)), phrase)
            .map(([t, extra]) => `${t} ${extra}`),
        ),
        speaker: fc.constantFrom(...NAMES, null),
        speaker_country: fc.constantFrom(...COUNTRIES),
      }),
      { maxLength: 6 },
    ),
    events: fc.array(fc.record({ date: fc.constantFrom(...DATES) }), { maxLength: 5 }),
    responses: fc.array(fc.record({ actor: fc.constantFrom(...NAMES), country: fc.constantFrom(...COUNTRIES) }), {
      maxLength: 5,
    }),
  });
const pairArb = goldArb.chain((gold) => predArb(gold).map((pred) => [gold, pred] as const));

describe.skipIf(!HAS_SHARED)('the same figures as the corpus scorer (score.mjs)', () => {
  const scorer = path.join(SHARED, 'corpus', 'score.mjs');

  /** Writes the pairs, runs score.mjs over them (text and --json) and our scorer over the same objects. */
  function both(pairs: readonly (readonly [GoldDocument, Prediction])[]) {
    const dir = tempDir('papertrail-score-');
    const files = pairs.flatMap(([gold, pred], i) => {
      const g = path.join(dir, `${i}.gold.json`);
      const p = path.join(dir, `${i}.pred.json`);
      writeFileSync(g, JSON.stringify(gold));
      writeFileSync(p, JSON.stringify(pred));
      return [g, p];
    });
    const run = (extra: string[]) =>
      execFileSync(process.execPath, [scorer, ...files, ...extra], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const scores = pairs.map(([gold, pred]) => scoreDocument(gold, pred));
    const totals = totalScores(scores);
    const summary = summarize(totals);
    return {
      theirs: { json: JSON.parse(run(['--json'])) as unknown, text: run([]) },
      ours: {
        json: asCorpusScorer(summary, totals),
        text: `${[...scores.map(documentLine), summaryLine(summary, totals)].join('\n')}\n`,
      },
    };
  }

  it("on the extractor's output for every dev document", async () => {
    const set = (await readEvaluationSet(path.join(SHARED, 'corpus', 'dev')))!;
    expect(set.length).toBeGreaterThan(9);
    const pairs = set.map(({ name, text, gold }) => {
      const records = processDocument({ document: name, shown: name, text }).records ?? {
        events: [],
        quotes: [],
        responses: [],
      };
      return [gold, { events: records.events, quotes: records.quotes, responses: records.responses }] as const;
    });
    const { theirs, ours } = both(pairs);
    expect(ours.json).toEqual(theirs.json);
    expect(ours.text).toBe(theirs.text);
  });

  it('on texts and names that only folding makes equal, or not', () => {
    // [predicted, gold]: markers against editorial brackets, quotation marks that fold to nothing, NFKC forms,
    // possessives, primes, stop words alone, an apostrophe standing as a word, the 0.8 threshold itself.
    const texts: [string, string][] = [
      ['one [b]:', 'one b'],
      ['one [b]', 'one b'],
      ['one[b]:', 'one b'],
      ['one [z]', 'one'],
      ['[z]', ''],
      ['[A]', 'a'],
      ['x[12]y', 'x y'],
      ['\u2033', '"'],
      ['\u201C\u201D', ''],
      ["'", "'"],
      ['\u201Aone\u201B', 'one'],
      ['one\u2032s two', "one's two"],
      ['\uFB01le', 'file'],
      ['-one-', 'one'],
      ['(one)', 'one'],
      ['one. two', 'one two'],
      ['The Mr of', 'a an'],
      ["rock ' roll", 'rock roll'],
      ['one two three four', 'one two three four five'],
      ['one two three', 'one two three four five'],
    ];
    const names: [string | null, string][] = [
      ['Xi', 'Xi Jinping'],
      ['Mr. Xi', 'Xi'],
      ['the UN', 'UN'],
      ['United', 'United Kingdom'],
      ['United Kingdom', 'United'],
      ['', 'X'],
      ['\u2014', '\u2014'],
      ["Xi's", 'Xi'],
      [null, 'Xi'],
      ['XI JINPING', 'xi jinping'],
    ];
    const pairs: [GoldDocument, Prediction][] = [
      ...texts.map(([pred, gold], i): [GoldDocument, Prediction] => [
        { document: `text-${i}.txt`, quotes: [{ text: gold, speakers: [] }] },
        { quotes: [{ text: pred }] },
      ]),
      ...names.map(([pred, gold], i): [GoldDocument, Prediction] => [
        {
          document: `name-${i}.txt`,
          quotes: [{ text: 'one two', speakers: [gold] }],
          responses: [{ actors: [gold], country: 'GB' }],
          entities: [{ names: [gold], country: 'GB' }],
        },
        {
          quotes: [{ text: 'one two', speaker: pred, speaker_country: 'gb' }],
          responses: [{ actor: pred, country: 'Gb' }],
        },
      ]),
    ];
    const { theirs, ours } = both(pairs);
    expect(ours.json).toEqual(theirs.json);
    expect(ours.text).toBe(theirs.text);
  });

  it('on generated pairs with every fold, optional record and tie', () => {
    const pairs = fc
      .sample(pairArb, { numRuns: 400, seed: 20261201 })
      .map(([gold, pred], i) => [{ document: `generated-${i}.txt`, ...gold }, pred] as const);
    const { theirs, ours } = both(pairs);
    expect(ours.json).toEqual(theirs.json);
    expect(ours.text).toBe(theirs.text);
  });
});

// Unit tests of the extraction stage on made-up paragraphs, and the dev-corpus floors when the corpus is present.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../pipeline/parse/index.js';
import { extractDocument } from '../../pipeline/extract/index.js';
import { splitSentences } from '../../pipeline/extract/split-sentences.js';
import { findDates, isoDate } from '../../pipeline/extract/parse-dates.js';
import { parseActors } from '../../pipeline/extract/parse-actor.js';

function extract(text: string, path = 'fixture.txt') {
  const file = new VFile({ path, value: text });
  file.data.document = path;
  return extractDocument(parseDocument(file));
}

describe('sentences', () => {
  it('does not end sentences at abbreviations and initials', () => {
    const t = 'Mr. Lund met Dr. Berg in the U.S. on Jan. 5 with Steven T. Mnuchin. The U.N. said no. It ended.';
    const s = splitSentences(t, 0, t.length, []).map((x) => t.slice(x.start, x.end));
    expect(s).toEqual(['Mr. Lund met Dr. Berg in the U.S. on Jan. 5 with Steven T. Mnuchin.', 'The U.N. said no.', 'It ended.']);
  });
});

describe('quotes', () => {
  it('closes a quote whose mark was pushed into the next paragraph and gives it the leading citations', () => {
    const x = extract('The mayor called the plan "a betrayal of the city.\n\n"[4] Critics disagreed with her on Friday.\n');
    expect(x.quotes).toHaveLength(1);
    expect(x.quotes[0]).toMatchObject({ text: 'a betrayal of the city.', closed: false, citations: ['4'] });
  });
  it('splits a quote around its attribution and keeps nested single quotes', () => {
    const x = extract('"We asked them \'why now?\' and got nothing," Ana Ruiz said, "so we will go to court."\n');
    expect(x.quotes.map((q) => q.text)).toEqual(["We asked them 'why now?' and got nothing,", 'so we will go to court.']);
    expect(x.quotes.map((q) => q.speaker)).toEqual(['Ana Ruiz', 'Ana Ruiz']);
  });
  it('runs an unclosed quote to the end of its sentence', () => {
    const x = extract('Kay Lund said the files were "fabricated from start to end. Nobody believed her.\n');
    expect(x.quotes[0]?.text).toBe('fabricated from start to end.');
  });
  it('marks titles and names without a speaker', () => {
    const x = extract('The paper ran an article titled "Rivers Of Gold In The North" about the scheme, dubbed "Blue Harbour" by staff.\n');
    expect(x.quotes.map((q) => [q.kind, q.speaker])).toEqual([['title', null], ['name', null]]);
  });
  it('attaches a marker after a closing mark to that quote', () => {
    const x = extract('The minister, Jan Berg, called the leak a "grave mistake"[7] for the party in a speech.[8]\n');
    expect(x.quotes[0]?.citations).toEqual(['7']);
  });
});

describe('attribution', () => {
  it('resolves pronouns and roles to the person named before', () => {
    const x = extract('Norwegian Foreign Minister Ola Dahl spoke in Oslo on 3 May 2021.\n\nHe added: "We will respond in kind."\n');
    expect(x.quotes[0]).toMatchObject({ speaker: 'Ola Dahl', speaker_country: 'NO' });
  });
  it('reads "according to"', () => {
    const x = extract('According to the Danish Institute for Human Rights, the camps held "tens of thousands of people".\n');
    expect(x.quotes[0]?.speaker).toBe('Danish Institute for Human Rights');
  });
  it('takes name, role and country apart', () => {
    const [a] = parseActors('Kenyan Foreign Minister Amina Odhiambo');
    expect(a).toMatchObject({ name: 'Amina Odhiambo', role: 'Foreign Minister', country: 'KE' });
    expect(parseActors("Brazil's government")[0]?.country).toBe('BR');
    expect(parseActors('the European Union and the United Kingdom').map((x) => x.country)).toEqual([null, 'GB']);
  });
});

describe('dates', () => {
  const run = (t: string, dateline: { year: number; month?: number; day?: number } | null = null) =>
    findDates(t, 0, t.length, { dateline, last: dateline }).map((d) => isoDate(d.date));
  it('keeps the precision of the text', () => {
    expect(run('In 2019, then in November 2019 and on November 16, 2019, it grew.')).toEqual(['2019', '2019-11', '2019-11-16']);
  });
  it('resolves yearless and relative dates against the anchors', () => {
    expect(run('In August 2013 he left. In December, he came back.')).toEqual(['2013-08', '2013-12']);
    expect(run('The council voted yesterday.', { year: 2021, month: 3, day: 4 })).toEqual(['2021-03-03']);
    expect(run('The council voted on Tuesday.')).toEqual([]);
  });
  it('gives a range its start', () => {
    const t = 'Between 2009 and 2016, she led the board.';
    const [d] = findDates(t, 0, t.length, { dateline: null, last: null });
    expect(d && [isoDate(d.date), d.until && isoDate(d.until)]).toEqual(['2009', '2016']);
  });
  it('makes events from dated sentences but not from a dateline or a birth date', () => {
    const x = extract('12 Mar 2021, 09:00\nThe senator (born 4 April 1950) resigned yesterday after the vote.\n');
    expect(x.events.map((e) => [e.date, e.date_start, e.date_end])).toEqual([['2021-03-11', '2021-03-11', '2021-03-11']]);
  });
});

const dev = fileURLToPath(new URL('../../../shared/corpus/dev/', import.meta.url));
describe.skipIf(!existsSync(dev))('dev corpus floors', () => {
  it('keeps the scores reached', () => {
    const out = execFileSync(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('../../scripts/eval.ts', import.meta.url)), '--json'], { encoding: 'utf8' });
    const { summary } = JSON.parse(out) as { summary: { quotes: { f1: number }; events: { f1: number }; responses: { f1: number }; attribution: number; country: number } };
    expect(summary.quotes.f1).toBeGreaterThanOrEqual(0.95);
    expect(summary.events.f1).toBeGreaterThanOrEqual(0.9);
    expect(summary.responses.f1).toBeGreaterThanOrEqual(0.85);
    expect(summary.attribution).toBeGreaterThanOrEqual(0.8);
    expect(summary.country).toBeGreaterThanOrEqual(0.85);
  });
});
if (!existsSync(dev)) console.log(`dev corpus floors skipped: no corpus at ${dev}`);

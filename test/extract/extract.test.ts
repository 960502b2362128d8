// Unit tests of the extraction stage on made-up paragraphs (the scores on real documents are in test/evaluate).
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../pipeline/parse/index.js';
import { CONTEXT_REACH, extractDocument } from '../../pipeline/extract/index.js';
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
    expect(s).toEqual([
      'Mr. Lund met Dr. Berg in the U.S. on Jan. 5 with Steven T. Mnuchin.',
      'The U.N. said no.',
      'It ended.',
    ]);
  });
  it('reads "v." of a case name inside its sentence, so the state a case is against is no speaker\'s', () => {
    const t = 'In its judgment in Ruiz and Others v. Spain (no. 12/20), the Court found a violation. It ended.';
    const s = splitSentences(t, 0, t.length, []).map((x) => t.slice(x.start, x.end));
    expect(s).toEqual([
      'In its judgment in Ruiz and Others v. Spain (no. 12/20), the Court found a violation.',
      'It ended.',
    ]);
  });
});

describe('quotes', () => {
  it('closes a quote whose mark was pushed into the next paragraph and gives it the leading citations', () => {
    const x = extract(
      'The mayor called the plan "a betrayal of the city.\n\n"[4] Critics disagreed with her on Friday.\n',
    );
    expect(x.quotes).toHaveLength(1);
    expect(x.quotes[0]).toMatchObject({ text: 'a betrayal of the city.', closed: false, citations: ['4'] });
  });
  it('splits a quote around its attribution and keeps nested single quotes', () => {
    const x = extract('"We asked them \'why now?\' and got nothing," Ana Ruiz said, "so we will go to court."\n');
    expect(x.quotes.map((q) => q.text)).toEqual([
      "We asked them 'why now?' and got nothing,",
      'so we will go to court.',
    ]);
    expect(x.quotes.map((q) => q.speaker)).toEqual(['Ana Ruiz', 'Ana Ruiz']);
  });
  it('runs an unclosed quote to the end of its sentence', () => {
    const x = extract('Kay Lund said the files were "fabricated from start to end. Nobody believed her.\n');
    expect(x.quotes[0]?.text).toBe('fabricated from start to end.');
  });
  it('marks titles and names without a speaker', () => {
    const x = extract(
      'The paper ran an article titled "Rivers Of Gold In The North" about the scheme, dubbed "Blue Harbour" by staff.\n',
    );
    expect(x.quotes.map((q) => [q.kind, q.speaker])).toEqual([
      ['title', null],
      ['name', null],
    ]);
  });
  it("keeps a quote's whole sentence as its context, and of a run-on sentence only the words near the quote", () => {
    const short = extract('Kay Lund said the plan was "a good start" for the city.\n');
    expect(short.quotes[0]?.context).toBe('Kay Lund said the plan was "a good start" for the city.');
    const filler = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');
    const long = extract(`${filler(200)} and Kay Lund said it was "a good start" then ${filler(200)}.\n`);
    const context = long.quotes[0]!.context;
    expect(context).toMatch(/^… word\d+ .* and Kay Lund said it was "a good start" then word0 .* word\d+ …$/);
    expect(context.length).toBeLessThanOrEqual('a good start'.length + 2 * CONTEXT_REACH + 4);
    expect(context.length).toBeGreaterThan(2 * CONTEXT_REACH - 20);
  });
  it("reads a Markdown table cell by cell: a quote in a cell has its cell's words as context and speaker", () => {
    const x = extract(
      '| Who | What |\n|---|---|\n| Ana Ruiz | Ana Ruiz said "we will appeal" on Monday |\n| Kay Lund | Kay Lund said "no comment" |\n',
      'table.md',
    );
    expect(x.quotes.map((q) => [q.text, q.speaker, q.context])).toEqual([
      ['we will appeal', 'Ana Ruiz', 'Ana Ruiz said "we will appeal" on Monday'],
      ['no comment', 'Kay Lund', 'Kay Lund said "no comment"'],
    ]);
    // In plain text the same lines are prose, pipes and all.
    expect(extract('| Kay Lund | Kay Lund said "no comment" |\n').quotes[0]?.context).toBe(
      '| Kay Lund | Kay Lund said "no comment" |',
    );
  });
  it('reads Markdown as a reader sees it: links, emphasis, code and quote markers are not words', () => {
    const x = extract(
      '# Reactions\n\nOn 3 May 2021 the [Foreign Ministry](https://example.org/fm "FM") of **Canada** said the report was "*deeply* `troubling`".\n\n> Kay Lund, the Kenyan minister,\n> said: "We condemn it." ![flag](flag.png)\n',
      'note.md',
    );
    expect(x.quotes.map((q) => [q.text, q.speaker, q.speaker_country])).toEqual([
      ['deeply troubling', 'Foreign Ministry of Canada', 'CA'],
      ['We condemn it.', 'Kay Lund', 'KE'],
    ]);
    expect(x.events[0]?.description).toBe(
      'On 3 May 2021 the Foreign Ministry of Canada said the report was "deeply troubling".',
    );
    // Spans still point into the source as written.
    const source = x.quotes[0]!.source;
    expect(source.line).toBe(3);
  });
  it("takes a body's country from the country its name says it is of", () => {
    const x = extract(
      'The Government of France said it was "concerned". The Embassy of Chile called it "regrettable". The Bank of Lund said "no".\n',
    );
    expect(x.quotes.map((q) => [q.speaker, q.speaker_country])).toEqual([
      ['Government of France', 'FR'],
      ['Embassy of Chile', 'CL'],
      ['Bank of Lund', null],
    ]);
  });
  it('attaches a marker after a closing mark to that quote', () => {
    const x = extract('The minister, Jan Berg, called the leak a "grave mistake"[7] for the party in a speech.[8]\n');
    expect(x.quotes[0]?.citations).toEqual(['7']);
  });
});

describe('quotation marks typed the wrong way round', () => {
  it('reads them by where they stand', () => {
    const x = extract('\u201DThis is wrong\u201D, said Ana Ruiz. Ivo Berg said \u201Cno\u201C, and left.\n');
    expect(x.quotes.map((q) => [q.text, q.speaker])).toEqual([
      ['This is wrong', 'Ana Ruiz'],
      ['no', 'Ivo Berg'],
    ]);
  });
});

describe('attribution', () => {
  it('resolves pronouns and roles to the person named before', () => {
    const x = extract(
      'Norwegian Foreign Minister Ola Dahl spoke in Oslo on 3 May 2021.\n\nHe added: "We will respond in kind."\n',
    );
    expect(x.quotes[0]).toMatchObject({ speaker: 'Ola Dahl', speaker_country: 'NO' });
  });
  it('takes the first speech verb after a quote, not one in a later phrase', () => {
    // "state" in "state media" is no verb; the reporting clause ends at its own verb.
    const x = extract(
      'The army left the town. "We reject the findings," the Peruvian Defence Ministry said in a note carried by state media.\n',
    );
    expect(x.quotes[0]).toMatchObject({ speaker: 'Peruvian Defence Ministry', speaker_country: 'PE' });
  });
  it('reads "according to"', () => {
    const x = extract(
      'According to the Danish Institute for Human Rights, the camps held "tens of thousands of people".\n',
    );
    expect(x.quotes[0]?.speaker).toBe('Danish Institute for Human Rights');
  });
  it("reads a plural noun's possessive inside a name as part of it, and a consulate-general as a state's body", () => {
    expect(parseActors("the Democratic People's Republic of Korea")[0]).toMatchObject({ country: 'KP' });
    expect(parseActors("the Workers' Party of Korea")[0]).toMatchObject({ name: "Workers' Party of Korea" });
    expect(parseActors("The Consulate-General of the People's Republic of China in Auckland")[0]).toMatchObject({
      name: "Consulate-General of the People's Republic of China",
      type: 'government',
      country: 'CN',
    });
    // Any plural's possessive before a capital goes on with the name, except a state's.
    expect(parseActors("Reporters' Shield International")[0]).toMatchObject({
      name: "Reporters' Shield International",
    });
    expect(parseActors("the United States' ambassador")[0]).toMatchObject({ country: 'US', role: 'ambassador' });
    expect(parseActors("the Philippines' foreign ministry")[0]).toMatchObject({ country: 'PH' });
    // A person's possessive still parts owner and title.
    expect(parseActors("Peru's foreign minister")[0]).toMatchObject({ country: 'PE' });
  });
  it('reads "candidate" as a title, its party or "Independent" before it as no name', () => {
    expect(parseActors('Green candidate Ana Ruiz')[0]).toMatchObject({ name: 'Ana Ruiz', role: 'candidate' });
    expect(parseActors('Independent candidate Chanda Mwale')[0]).toMatchObject({
      name: 'Chanda Mwale',
      type: 'person',
    });
  });
  it('keeps the state in a state\'s body\'s name, and reads "state" after a demonym as a noun', () => {
    expect(parseActors("Ghana's Electoral Commission")[0]).toMatchObject({
      name: "Ghana's Electoral Commission",
      country: 'GH',
    });
    expect(extract('Rakaia hid a Chinese state survey deal from its staff.').responses).toEqual([]);
  });
  it("gives a state's body named for its capital that state", () => {
    expect(parseActors('the Abu Dhabi Media Office')[0]).toMatchObject({ country: 'AE', countrySource: 'capital' });
    // Not a group's: a city in its name says where it works, not whose it is.
    expect(parseActors("the Nairobi Women's Network")[0]).toMatchObject({ country: null });
  });
  it('takes no body named only inside quoted words for "its", and no state for "the Foreign Office" that three use', () => {
    const x = extract(
      'Tindall Resources referred us to a statement. The group says the deal "was made at the request of the Guinean authorities". Its chief executive, Graham Ostrander, adds that Tindall "has paid every tax".\n',
    );
    expect(x.quotes.map((q) => [q.speaker, q.speaker_country])).toContainEqual(['Graham Ostrander', null]);
    const y = extract(
      'ISLAMABAD: The Foreign Office on Friday ordered an inquiry into the leak of a cable from Pakistan\'s embassy in Berlin, calling it "a grave breach of trust". The cable reports a meeting at the German Federal Foreign Office.\n',
    );
    expect(y.responses.find((r) => r.actor === 'Foreign Office')?.country).toBeNull();
  });
  it('gives a regional intergovernmental body no country from its seat', () => {
    expect(parseActors('The Honiara-based Pacific Islands Forum Fisheries Agency')[0]).toMatchObject({ country: null });
    expect(parseActors('the ECOWAS Commission')[0]).toMatchObject({ country: null });
    // A national body's seat is its state.
    expect(parseActors('The Malta-based Harbour Rights Network')[0]).toMatchObject({ country: 'MT' });
  });
  it('reads "al-" names, a comma list of portfolios before a body, and "Sen." inside a name after "said"', () => {
    expect(parseActors('Dr. Yousef al-Harthi')[0]).toMatchObject({ name: 'Yousef al-Harthi', type: 'person' });
    expect(parseActors("the council's Financial, Economic and Industrial Affairs Committee")).toMatchObject([
      { name: 'Financial, Economic and Industrial Affairs Committee', type: 'government' },
    ]);
    expect(parseActors('the Foreign, Commonwealth and Development Office')[0]).toMatchObject({ country: 'GB' });
    expect(parseActors('Innovation, Science and Economic Development Canada')).toMatchObject([
      { name: 'Innovation, Science and Economic Development Canada', country: 'CA' },
    ]);
    expect(parseActors('France, Germany and Italy').map((a) => a.country)).toEqual(['FR', 'DE', 'IT']);
    expect(
      extract('"It is not a crime," said state Sen. Rachel Ambrose, D-Portland, who chairs the committee.').quotes[0]
        ?.speaker,
    ).toBe('Rachel Ambrose');
  });
  it('takes name, role and country apart', () => {
    const [a] = parseActors('Kenyan Foreign Minister Amina Odhiambo');
    expect(a).toMatchObject({ name: 'Amina Odhiambo', role: 'Foreign Minister', country: 'KE' });
    expect(parseActors("Brazil's government")[0]?.country).toBe('BR');
    // A plural title or body "of" a list of countries stands for each country's.
    expect(parseActors('The foreign ministers of France, Germany and Italy').map((x) => [x.role, x.country])).toEqual([
      ['foreign minister', 'FR'],
      ['foreign minister', 'DE'],
      ['foreign minister', 'IT'],
    ]);
    expect(parseActors('the governments of Japan and South Korea').map((x) => x.country)).toEqual(['JP', 'KR']);
    expect(parseActors('the people of France and Germany')).toEqual([]);
    // States of a region are no one actor and no one country.
    expect(parseActors('the Nordic countries')).toEqual([]);
    expect(parseActors('what the Balkan states')).toEqual([]);
    // A body named for two portfolios is one body; two bodies, or a body and a person, are two.
    expect(parseActors("Norway's Ministry of Trade and Industry").map((x) => [x.name, x.country])).toEqual([
      ["Norway's Ministry of Trade and Industry", 'NO'],
    ]);
    expect(parseActors('the Ministry of Justice and Public Security').map((x) => x.type)).toEqual(['government']);
    expect(parseActors("Ghana's Ministry of Interior and National Administration").map((x) => x.name)).toEqual([
      "Ghana's Ministry of Interior and National Administration",
    ]);
    expect(parseActors('the Ministry of Foreign and Diaspora Affairs').map((x) => x.name)).toEqual([
      'Ministry of Foreign and Diaspora Affairs',
    ]);
    expect(parseActors('the Ministry of Justice and the Interior Ministry').map((x) => x.name)).toEqual([
      'Ministry of Justice',
      'Interior Ministry',
    ]);
    expect(parseActors('the Ministry of Justice and Ana Ruiz').map((x) => x.type)).toEqual(['government', 'person']);
    // A party whose name says its country is a party, not a government.
    expect(parseActors('Fidesz')[0]).toMatchObject({ type: 'party', country: 'HU' });
    expect(parseActors('the Bundestag')[0]).toMatchObject({ type: 'government', country: 'DE' });
    expect(parseActors('the European Union and the United Kingdom').map((x) => x.country)).toEqual([null, 'GB']);
    expect(parseActors('The Latvian government and the Estonian government').map((x) => [x.name, x.country])).toEqual([
      ['Latvian government', 'LV'],
      ['Estonian government', 'EE'],
    ]);
  });
});

describe('dates', () => {
  const run = (t: string, dateline: { year: number; month?: number; day?: number } | null = null) =>
    findDates(t, 0, t.length, { dateline, last: dateline }).map((d) => isoDate(d.date));
  it('dates a day to come after the dateline, and a yearless day after a year alone in that year', () => {
    const x = extract(
      'WELLINGTON, Nov 5, 2021 (Wire) - The files were leaked in mid-2019. The paper printed them on Oct. 2.\n\nThe committee will hold its first hearing on Nov. 18.\n',
    );
    expect(x.events.map((e) => e.date)).toEqual(['2019', '2019-10-02', '2021-11-18']);
  });
  it('finds the dateline in a byline ("Updated 14:32, 3 June 2022") and dates no caption\'s photo', () => {
    const x = extract(
      'Home | World\n\nBy Staff Reporter | Updated 14:32, 3 June 2022\n\nThe defence minister, Mart Kask, resigned on Friday after messages leaked to the weekly Eesti Paev showed him discussing a contract.\n\nMart Kask at a press conference in Tallinn on 1 June 2022. (Photo: Jaan Tamm/AFP)\n\nKask was first elected on 2 March 2015.\n',
    );
    expect(x.events.map((e) => e.date)).toEqual(['2022-06-03', '2015-03-02']);
    // The weekly is inside the subject of "showed", not its subject.
    expect(x.responses.map((r) => r.actor)).toEqual(['Mart Kask']);
  });
  it('reads a timeline entry ("3 March 2021: The paper publishes ...") as a happening, not a dateline', () => {
    const x = extract(
      '# Timeline\n\n- 3 March 2021: The newspaper publishes the first story.\n- 5 March 2021: The ministry announces a review.\n',
      'timeline.md',
    );
    expect(x.events.map((e) => e.date)).toEqual(['2021-03-03', '2021-03-05']);
  });
  it('counts "two weeks later" from the date read last, and gives none when that has no day', () => {
    const x = extract(
      'On 3 March 2020, the paper published the files. The following day, the minister resigned.\n\nIn April, parliament passed a motion. Two weeks later, the cabinet fell.\n',
    );
    expect(x.events.map((e) => e.date)).toEqual(['2020-03-03', '2020-03-04', '2020-04']);
  });
  it('reads a second dateline, after a date line of its own, as no happening', () => {
    const x = extract(
      'Published: 2021-11-05\n\nWELLINGTON, Nov 5 (Wire) - Parliament voted on Thursday to open an inquiry.\n',
    );
    expect(x.events.map((e) => e.date)).toEqual(['2021-11-04']);
  });
  it('keeps the precision of the text', () => {
    expect(run('In 2019, then in November 2019 and on November 16, 2019, it grew.')).toEqual([
      '2019',
      '2019-11',
      '2019-11-16',
    ]);
  });
  it('resolves yearless and relative dates against the anchors', () => {
    expect(run('In August 2013 he left. In December, he came back.')).toEqual(['2013-08', '2013-12']);
    expect(run('The council voted yesterday.', { year: 2021, month: 3, day: 4 })).toEqual(['2021-03-03']);
    expect(run('The council voted on Tuesday.')).toEqual([]);
  });
  it('reads "14/15 March" as a range of two days, keeping the words as written', () => {
    const t = 'The talks were held on 14/15 March 2021.';
    const [d] = findDates(t, 0, t.length, { dateline: null, last: null });
    expect(d && [isoDate(d.date), d.until && isoDate(d.until), d.text]).toEqual([
      '2021-03-14',
      '2021-03-15',
      'on 14/15 March 2021',
    ]);
  });
  it('gives a range its start', () => {
    const t = 'Between 2009 and 2016, she led the board.';
    const [d] = findDates(t, 0, t.length, { dateline: null, last: null });
    expect(d && [isoDate(d.date), d.until && isoDate(d.until)]).toEqual(['2009', '2016']);
  });
  it('reads a year naming a happening but not a year of money, nor "now"', () => {
    expect(run('The banks failed in the 2008 crisis. Costs were $4bn in 2019 dollars.')).toEqual(['2008']);
    expect(run('He has argued for years now.', { year: 2022, month: 8, day: 25 })).toEqual([]);
  });
  it('dates nothing counted from a happening it cannot date, nor a counted span as the month before it', () => {
    expect(run('Peru expelled the envoy on Tuesday, a day after the leak.')).toEqual([]);
    expect(run('The leak came in late November 2019. Three weeks later the ministry responded.')).toEqual(['2019-11']);
    expect(run('The leak came in November 2019. Weeks later the ministry responded.')).toEqual(['2019-11', '2019-11']);
  });
  it('makes a second happening on the same day a second event', () => {
    expect(
      run('On 3 May 2021 the council voted. The same day, the mayor resigned. Later that day, the police came.'),
    ).toEqual(['2021-05-03', '2021-05-03', '2021-05-03']);
    // Only a day can be the same day.
    expect(run('In May 2021 the council voted. The same day, the mayor resigned.')).toEqual(['2021-05']);
  });
  it('counts "shortly after" from the date just read', () => {
    expect(run('She set it in June, shortly after announcing it.', { year: 2022, month: 8, day: 25 })).toEqual([
      '2022-06',
      '2022-06',
    ]);
  });
  it('counts a weekday back from the dateline, or forward when its clause speaks of the future', () => {
    const thursday = { year: 2021, month: 3, day: 4 };
    expect(run('The council voted on Sunday.', thursday)).toEqual(['2021-02-28']);
    expect(run('The council said on Thursday it had voted.', thursday)).toEqual(['2021-03-04']);
    expect(run('The council met last Thursday.', thursday)).toEqual(['2021-02-25']);
    expect(run('The council will meet on Friday.', thursday)).toEqual(['2021-03-05']);
    expect(run('The council is expected to vote on Monday; it met on Monday.', thursday)).toEqual([
      '2021-03-08',
      '2021-03-01',
    ]);
  });
  it('dates a weekday and day before any year by the next year written in which they agree', () => {
    // 25 October is a Monday in 2021, not in 2022.
    expect(
      run(
        'She speaks on Monday 25th October; she spoke in Lima on 5th October. The bill is due in 2022 and was drafted in 2021.',
      ),
    ).toEqual(['2021-10-25', '2021-10-05', '2022', '2021']);
    // No weekday to check the year by: undated.
    expect(run('She speaks on 25th October. The bill is due in 2022.')).toEqual(['2022']);
  });
  it('reads a day closed by a full stop before its year, and no date from "seconds" or "hours"', () => {
    expect(run('On July 20. 2021 the council voted.')).toEqual(['2021-07-20']);
    expect(run('He paused for a few seconds, then for hours.', { year: 2021, month: 3, day: 4 })).toEqual([]);
  });
  it('takes a sentence that opens with its date for an event, not for the dateline', () => {
    const x = extract(
      'The Lima files\n\nOn 9 July 2021, the minister announced a ban on the firm. Two days later, the firm closed.\n',
    );
    expect(x.events.map((e) => e.date)).toEqual(['2021-07-09', '2021-07-11']);
    const y = extract('Lima, 9 July 2021\n\nThe council voted on Sunday after a long debate.\n');
    expect(y.events.map((e) => e.date)).toEqual(['2021-07-04']);
  });
  it('dates a statement in the present tense by the date line above it, and a reported one not', () => {
    const x = extract('Lima, 7 October 2020\n\nPeru and Chile reiterate their condemnation of the attack.\n');
    expect(x.events.map((e) => [e.date, e.date_text])).toEqual([['2020-10-07', '7 October 2020']]);
    expect(x.responses.map((r) => r.date)).toEqual(['2020-10-07', '2020-10-07']);
    expect(extract('Lima, 7 October 2020\n\nPeru and Chile condemned the attack.\n').events).toEqual([]);
  });
  it('dates a line that leads into a list, which is prose, not a heading', () => {
    const x = extract(
      'Lima, 9 July 2021\n\nOn Monday, several members of the government spoke about the scandal:\n\n- Minister Ana Ruiz dismissed it.\n',
    );
    expect(x.events.map((e) => e.date)).toEqual(['2021-07-05']);
    expect(extract('Reactions from abroad:\n\nThe council met on 9 July 2021.\n').events.map((e) => e.date)).toEqual([
      '2021-07-09',
    ]);
  });
  it('finds a dateline behind a byline, an agency line or a "Published:" label', () => {
    const x = extract(
      'By Jane Roe\n\nNewswire\n\nPublished: 12 March 2021\n\nThe council voted on Sunday after a long debate.\n',
    );
    expect(x.events.map((e) => e.date)).toEqual(['2021-03-07']);
  });
  it('makes events from dated sentences but not from a dateline or a birth date', () => {
    const x = extract('12 Mar 2021, 09:00\nThe senator (born 4 April 1950) resigned yesterday after the vote.\n');
    expect(x.events.map((e) => [e.date, e.date_start, e.date_end])).toEqual([
      ['2021-03-11', '2021-03-11', '2021-03-11'],
    ]);
  });
});

describe('yearless days without a publication date', () => {
  const dates = (t: string) => extract(t).events.map((e) => e.date);
  it('counts "two days after publication" from the day the text says the papers came out', () => {
    expect(
      dates(
        'The Harbour files were published on 2 October 2024. The port authority resigned on 20 October.\n\n* Kenya - The ministry wrote to the government two days after publication.\n* Peru - The senate met a week after the leak.\n',
      ),
    ).toEqual(['2024-10-02', '2024-10-20', '2024-10-04', '2024-10-09']);
  });
  it('counts "on the day of publication", "the day after the story broke" and "a week to the day after" from it too', () => {
    expect(
      dates(
        'The Harbour files were published on 2 October 2024. The port authority resigned on 20 October.\n\n* Kenya - On the day of publication, the ministry denied it.\n* Peru - The senate met the day after the story broke.\n* Chile - A week to the day after publication, prosecutors opened a case.\n',
      ),
    ).toEqual(['2024-10-02', '2024-10-20', '2024-10-02', '2024-10-03', '2024-10-09']);
  });
  it("dates a timeline's entries by the label line above each, and tells the entry's relative days from it", () => {
    const x = extract(
      'Timeline: the harbour files\n\nBy Ana Ruiz\n3 June 2024\n\n2023\nThe port authority signs a contract with Delmar Logistics.\n\nFeb. 20 —\nReporters send questions to the ministry. Delmar answers a day later: "We broke no law."\n\n12 March:\nThe paper publishes its first story. The minister, Eva Soto, says it is "unfounded". "We will sue," she says. The editor later wrote that the minister never sued.\n',
    );
    expect(x.events.map((e) => [e.date, e.description.slice(0, 20)])).toEqual([
      ['2023', 'The port authority s'],
      ['2024-02-20', 'Reporters send quest'],
      ['2024-02-21', 'Delmar answers a day'],
      ['2024-03-12', 'The paper publishes '],
      ['2024-03-12', 'The minister, Eva So'],
    ]);
  });
  it('tells each item of a bulleted list from the time the list began, not from a later year an item gave', () => {
    expect(
      dates(
        'The ledger was published on 4 May 2023.\n\n* Peru - The ministry protested on 5 May. In March 2024 a court fined the broker.\n* Chile - The senate opened an inquiry on 9 May.\n',
      ),
    ).toEqual(['2023-05-04', '2023-05-05', '2024-03', '2023-05-09']);
  });
  it('takes no year from "since": a state that goes on to the present moves the story nowhere', () => {
    expect(
      dates(
        'Leak\n\nThree papers said the files, which they had held for a month, were published on 2 February 2023.\n\nThe ministry audited all permits issued since 2020. The minister spoke on 6 February.\n',
      ),
    ).toEqual(['2023-02-02', '2020', '2023-02-06']);
  });
  it('takes no year from a fact set off in an apposition ("built in 2004")', () => {
    expect(
      dates(
        'Ships\n\nIn March 2024 the tanker sailed.\n\nThe tanker, built in 2004, was renamed again in September.\n',
      ),
    ).toEqual(['2024-03', '2004', '2024-09']);
  });
  it('dates the first statement under a heading that opens with its day and a dash, the year from the date line', () => {
    expect(
      dates(
        'Published 12 May 2025\n\n## Estonia\n\n### 11 May – Ministry of Foreign Affairs\n\n- The ministry summoned the envoy and asked for "an explanation".\n',
      ),
    ).toEqual(['2025-05-11']);
  });
  it('keeps reading the back matter past a reference that looks like a heading', () => {
    expect(
      dates(
        'Leak\n\nThe paper published the files on 2 May 2023.\n\n### References\n\n1. OCCRP, "The Contract", 9 May 2023. [link](https://example.org/a)\n2. OSCE, press release, 15 May 2023.\n',
      ),
    ).toEqual(['2023-05-02']);
  });
  it('reads nothing under a References heading copied with its "[edit]" link', () => {
    expect(
      dates('Leak\n\nThe paper published the files on 2 May 2023.\n\nReferences[edit]\n\n1. Ana Ruiz (3 May 2023).\n'),
    ).toEqual(['2023-05-02']);
  });
  it("tells the next paragraph's days from the story's date after a year that looks back", () => {
    expect(
      dates(
        'Leak\n\nThree papers said the files were published on 2 February 2023. Their author left the firm in 2022.\n\nThe chief executive spoke on 5 February.\n',
      ),
    ).toEqual(['2023-02-02', '2022', '2023-02-05']);
    // A year that moves the story on still dates what follows.
    expect(
      dates('Sale\n\nThe firm was founded on 3 May 1999.\n\nIn 2019 it was sold.\n\nThe buyer spoke on 5 March.\n'),
    ).toEqual(['1999-05-03', '2019', '2019-03-05']);
  });
});

describe('dates told from the publication date', () => {
  const dates = (t: string, path?: string) => extract(t, path).events.map((e) => e.date);
  it('finds the date line after a byline or in a line of parts', () => {
    expect(
      dates(
        'Leaked cables anger senators\n\nBy ANA RUIZ\nOctober 15, 2025\n\nThe paper published the cables on Monday.\n',
      ),
    ).toEqual(['2025-10-13']);
    expect(
      dates('Radio Nine | The Morning Desk | Broadcast 10 October 2024\n\nThe ministry replied on Tuesday.\n'),
    ).toEqual(['2024-10-08']);
  });
  it('dates no birth told in a clause, no day a correction denies, and a scheduled day forward', () => {
    const dates = (t: string) => extract(t).events.map((e) => e.date);
    expect(
      dates('OSLO, Monday 8 December 2025\n\nBorn in Izmir, Turkey, in 1941, Ana Ruiz came to Norway as a student.\n'),
    ).toEqual([]);
    expect(
      dates(
        'ANKARA, Thursday 13 March 2025\n\nThe minister spoke on Tuesday.\n\nCorrection: it was Tuesday, not Monday.\n',
      ),
    ).toEqual(['2025-03-11', '2025-03-11']);
    expect(dates('LIMA, 11 February 2025\n\nThe hearing is scheduled for 14 April.\n')).toEqual(['2025-04-14']);
    // Words quoted in single marks keep their own tense, as in double ones.
    expect(
      dates(
        'LEEDS, Wednesday 11 March 2026\n\n\u2018I\u2019ve asked for an account, and I\u2019ll publish it,\u2019 she told the paper on Tuesday.\n',
      ),
    ).toEqual(['2026-03-10']);
  });
  it('gives a yearless day the year that puts it nearest the month written last, and no second day to its restatement', () => {
    const dates = (t: string) => extract(t).events.map((e) => e.date);
    expect(
      dates(
        'DUBLIN, 14 April 2025\n\nIn December 2022 she raised the alarm. On 9 January, three weeks later, she was sacked.\n',
      ),
    ).toEqual(['2022-12', '2023-01-09']);
    expect(dates('DUBLIN, 14 April 2025\n\nIn March 2024 the firm signed. In September it paid.\n')).toEqual([
      '2024-03',
      '2024-09',
    ]);
  });
  it("dates no magazine issue, no day counted inside quoted words, and a report 'due in June' forward", () => {
    const dates = (t: string) => extract(t).events.map((e) => e.date);
    expect(dates('DUBLIN, 14 April 2025\n\nThis article appears in the April 2025 issue of the magazine.\n')).toEqual(
      [],
    );
    expect(dates('DUBLIN, 14 April 2025\n\nBack then her manager said: "Read it tomorrow."\n')).toEqual([]);
    expect(dates('DUBLIN, 14 April 2025\n\nThe committee\u2019s report is due in June.\n')).toEqual(['2025-06']);
  });
  it("finds a masthead's date on a line of its own, after the issue's number, as the dateline", () => {
    const x = extract(
      'THE LEDGER\nWeekly digest from the Centre\nIssue 214 \u00B7 Friday 7 November 2025\n\nThe order, dated March last year, was signed by the minister. The ministry said on Tuesday it had suspended the licence.\n',
    );
    expect(x.events.map((e) => e.date)).toEqual(['2024-03', '2025-11-04']);
  });
  it('finds a labelled date line below a site name, navigation, headline, standfirst and a two-line byline', () => {
    expect(
      dates(
        'Channel Four\nHome | World | Politics\n\nMinister defends ministry\n\nShe will answer every question.\n\nAna Ruiz\nPolitical reporter @anaruiz\nPublished 16 March 2025, 11:52 | Updated 16 March 2025, 14:20\n\nThe files were published on Tuesday.\n',
      ),
    ).toEqual(['2025-03-11']);
    expect(
      dates('Telegram: Brazil\nVolume 764: debated on Tuesday 11 March 2025\n\nOn Sunday, a paper published it.\n'),
    ).toEqual(['2025-03-09']);
  });
  it('finds a newsletter heading\'s date after a short label and a dash, and reads its "Sat 15th" days from it', () => {
    expect(
      dates(
        'THE DIGEST\n\n## This week \u2014 Fri 21 March 2025\n\nThe ministry said on Sat 15th that it had asked the regulator. The regulator suspended the licence on Tues 18th. The webinar will be on Thurs 27th.\n',
      ),
    ).toEqual(['2025-03-15', '2025-03-18', '2025-03-27']);
  });
  it('reads "Sept 9 last year" as one day of last year, and one sentence\'s day written twice as one happening', () => {
    expect(
      dates(
        'Digest \u2014 Fri 21 March 2025\n\nThe team got the files on Sept 9 last year. The files went live overnight 14/15 March (embargo lifted 23:00 GMT, Fri 14th).\n',
      ),
    ).toEqual(['2024-09-09', '2025-03-14']);
  });
  it("dates nothing in an agency's caption of an archive photo", () => {
    expect(
      dates(
        'FILE - Fishermen haul a pirogue onto the beach at Joal, Senegal, on March 3, 2022.\n\nSenegal suspended the licences on 17 October 2024.\n',
      ),
    ).toEqual(['2024-10-17']);
  });
  it("dates nothing in a footnote's definition or an infobox's birth line", () => {
    expect(
      dates(
        'Ana Ruiz | Born: Ana Maria Ruiz, 14 August 1979, Lima | Occupation: engineer\n\nThe ministry answered on 15 October 2024.[^12]\n\n[^12]: Ministry of Energy, announcement, 15 October 2024; accessed 3 February 2025.\n',
      ),
    ).toEqual(['2024-10-15']);
  });
  it('reads a month years before the story as background: the next yearless day is told from the story', () => {
    expect(
      dates(
        'The contracts were published on 14 October 2024.\n\nTwo days after publication, the minister denied the contract signed in March 2021.\n\nOn 5 December a committee questioned officials.\n',
      ),
    ).toEqual(['2024-10-14', '2024-10-16', '2021-03', '2024-12-05']);
  });
  it('keeps "on 10 October, the same day that ..." as two happenings of one day', () => {
    expect(
      dates(
        'The envoy was called in on 10 October 2025, the same day that the assembly said it regretted the decision.\n',
      ),
    ).toEqual(['2025-10-10', '2025-10-10']);
  });
  it('reads "12/03/2025" day first when its weekday or the text\'s own words for the day say so', () => {
    expect(dates('Published on Friday, 07/03/2025\n\nThe ministry replied on Thursday.\n')).toEqual(['2025-03-06']);
    expect(
      dates('Published on Wednesday, 12/03/2025\n\nWARSAW, March 12 (AFP) - Poland summoned the envoy on Monday.\n'),
    ).toEqual(['2025-03-10']);
    expect(dates('Published on 12/03/2025\n\nPoland summoned the envoy on Monday.\n')).toEqual(['2025-12-01']);
  });
  it('finds a date line with a section label and a time of day before the date', () => {
    expect(
      dates('Title here\n\nBy Kim Ji-ho\n\nAll News 17:05 November 12, 2025\n\nIndonesia protested on Wednesday.\n'),
    ).toEqual(['2025-11-12']);
  });
  it('reads "were published on" in a sentence as prose, not as a date line', () => {
    expect(dates('Leak\n\nThe files were published on 2 February 2023 by three papers.\n')).toEqual(['2023-02-02']);
  });
  it('reads "for a month" as a span of time, not a date', () => {
    expect(dates('Leak\n\nThe papers held the files for a month before they published them on 2 May 2023.\n')).toEqual([
      '2023-05-02',
    ]);
  });
  it("reads a month far ahead of the date line as last year's, and a day just ahead as one to come", () => {
    expect(dates('date 2025-10-15\n\nThe most detailed cable was sent in March. Her term ends on Oct. 31.\n')).toEqual([
      '2025-03',
      '2025-10-31',
    ]);
  });
  it("lets a year written in one paragraph date only that paragraph's yearless days", () => {
    expect(
      dates(
        'date 2025-03-20\n\nHe fled to Prague in 2021 and settled there in May.\n\nThe court ruled on 4 March that the order was unlawful.\n',
      ),
    ).toEqual(['2021', '2021-05', '2025-03-04']);
  });
  it('does not move the story to the year of a "since" or of a paper\'s own date', () => {
    expect(
      dates(
        'Published: 10 October 2024\n\nGuards have warned of it since the summer of 2021. A directive dated 2 September 2023 was found. The order of 2 September told patrols to withdraw.\n',
      ),
    ).toEqual(['2021', '2023-09-02', '2024-09-02']);
  });
  it('takes the year a written weekday agrees with, and reads a part of the day with it', () => {
    expect(
      dates(
        'Published: 10 October 2024\n\nThe minister announced on Friday 11 October that the crossing would close.\n',
      ),
    ).toEqual(['2024-10-11']);
    expect(dates('Published: 10 October 2024\n\nThe envoy was summoned on Thursday afternoon.\n')).toEqual([
      '2024-10-10',
    ]);
  });
  it('reads the tense of the clause, not of the words it quotes', () => {
    expect(
      dates(
        'Published: 10 October 2024\n\nAs the minister put it on Tuesday, "we will not bend." "We will meet on Friday," she said.\n',
      ),
    ).toEqual(['2024-10-08', '2024-10-11']);
  });
  it("keeps a photo caption's year out of the story's time", () => {
    expect(
      dates(
        'The files were published in May 2024.\n\nLogs awaiting shipment at a river port in Santos, in 2023. Photo: Ana Ruiz\n\nThe foreign ministry said on 15 May that it would act.\n',
      ),
    ).toEqual(['2024-05', '2024-05-15']);
  });
  it('reads "within a day" as a span of time, no date', () => {
    expect(dates('date 2025-10-20\n\nShe said the ministry had raised the case within a day.\n')).toEqual([]);
  });
  it('reads two dates joined by "and" as two, and "between ... and" as a span', () => {
    const x = extract(
      'Two deaths, in August 2022 and January 2023, were logged. The fund ran between 2009 and 2016.\n',
    );
    expect(x.events.map((e) => [e.date, e.date_end])).toEqual([
      ['2022-08', '2022-08-31'],
      ['2023-01', '2023-01-31'],
      ['2009', '2016-12-31'],
    ]);
  });
  it('reads a time stamp under a long headline as a line of its own, the publication date', () => {
    const dates = (t: string) => extract(t).events.map((e) => e.date);
    expect(
      dates(
        "Home > Remarks\n\nSpokesperson's Regular Press Conference on June 18, 2025\n2025-06-18 20:41\n\nThe ministry said on Monday that it was fine.\n",
      ),
    ).toEqual(['2025-06-16']);
  });
  it('tells weekdays under a date line of their own from its day when the text has no publication date', () => {
    const dates = (t: string) => extract(t).events.map((e) => e.date);
    expect(
      dates(
        `Written answers\n\n${'Question 12, tabled by Ana Ruiz\n\n'.repeat(10)}News\n\n17 September 2025, 18:42 BST\n\nOn Tuesday, the Polish Embassy in London said in a statement that it was concerned.\n`,
      ),
    ).toEqual(['2025-09-16']);
  });
  it('reads a numeric date in the order the text writes its others', () => {
    const dates = (t: string) => extract(t).events.map((e) => e.date);
    // "28/02" can only be day first, so "05/03" is 5 March; without such a date chrono's month-first reading stays.
    expect(dates('Posted 05/03/2024 | see also the 28/02 story\n\nThe minister resigned on Monday.\n')).toEqual([
      '2024-03-04',
    ]);
    // A 24-hour time beside it is the day-first world's habit.
    expect(
      dates(
        'Mines\n\nPublished on 10/03/2025 at 19:05 | Updated on 11/03/2025 at 08:40\n\nThe minister said on Monday that it was fine.\n',
      ),
    ).toEqual(['2025-03-10']);
    // Dots part a day-first date.
    expect(dates('Courts\n\n10.06.2025 16:42\n\nThe agent said on Tuesday that it was fine.\n')).toEqual([
      '2025-06-10',
    ]);
    expect(dates('Posted 05/03/2024\n\nThe clinic is open 24/7. The minister resigned on Monday.\n')).toEqual([
      '2024-04-29',
    ]);
  });
  it('reads "last July" as the July before the publication date, and a date by the tense of its own clause', () => {
    const dates = (t: string) => extract(t).events.map((e) => e.date);
    expect(dates('OSLO, 23 June 2026\n\nThe board, whose chair was elected last July, met in private.\n')).toEqual([
      '2025-07',
    ]);
    expect(
      dates(
        'OSLO, 11 March 2026\n\nThe panel, which last met on the 27th of February, and which meets again next week, is split.\n',
      ),
    ).toEqual(['2026-02-27']);
  });
  it('takes no record from the headlines listed under "ALSO READ:"', () => {
    const r = extract(
      'OSLO, 10 March 2026\n\nThe fund said on Monday it was fine.\n\nALSO READ:\n- Gulf funds deployed record sums abroad last year, study finds\n- Fund eyes Asian push in 2026\n\nThe minister resigned on Tuesday.\n',
    );
    expect(r.events.map((e) => e.date)).toEqual(['2026-03-09', '2026-03-10']);
  });
  it('takes no record from a line linking to another story', () => {
    const r = extract(
      'OSLO, 11 March 2026\n\nRelated: Ministers say the deal came with strings attached (18/02)\n\nThe minister resigned on Monday.\n',
    );
    expect(r.events.map((e) => e.date)).toEqual(['2026-03-09']);
    expect(r.responses).toEqual([]);
  });
  it('dates a statement by the heading it stands under', () => {
    expect(
      dates(
        '# Nets of debt\n\n*Published 12 March 2024*\n\n## Responses\n\n### 13 March 2024\n\nThe Philippine foreign ministry said it would send an attache.\n\n### 15 March 2024\n\nThe Kenyan minister said inspectors would board ships from April.\n',
        'responses.md',
      ).sort(),
    ).toEqual(['2024-03-13', '2024-03-15', '2024-04']);
  });
});

describe('quotes and their events', () => {
  it('dates words said in a dated sentence by its event, and leaves the rest undated', () => {
    const x = extract(
      'At a press conference on 26 November 2019, Minister Ana Ruiz said the files were "a fabrication". She later called them "lies".\n',
    );
    expect(x.quotes.map((q) => [q.text, q.date, q.date_precision, q.event_id])).toEqual([
      ['a fabrication', '2019-11-26', 'day', x.events[0]!.id],
      ['lies', null, null, null],
    ]);
    // A title in quotes is no words said at the event.
    expect(extract('On 2 May 2020 the paper ran "A Quiet Scandal".\n').quotes[0]).toMatchObject({
      kind: 'title',
      date: null,
      event_id: null,
    });
  });
});

describe('record fields', () => {
  it("names an event's participants, not its places, datelines or sentence adverbs", () => {
    const x = extract(
      'GENEVA (AP) \u2014 Moreover, talks in Moscow on 3 May 2021 between Ana Ruiz and Germany ended. Berlin later rejected sanctions against Russia on 5 May 2021. The files were found in Rome, Italy, on 6 May 2021.\n',
    );
    expect(x.events.map((e) => e.actors)).toEqual([['Ana Ruiz', 'Germany'], ['Berlin', 'Russia'], []]);
  });
  it('cites each marker once, and names no event participant inside quotation marks', () => {
    const x = extract('On 2 May 2020, Ana Ruiz condemned the deal in "A Quiet Scandal: How Peru Paid".[1][1]\n');
    expect(x.events[0]?.actors).toEqual(['Ana Ruiz']);
    expect(x.responses[0]?.citations).toEqual(['1']);
    expect(x.events[0]?.citations).toEqual(['1']);
  });
});

describe('subjects', () => {
  it('reads no weekday opening a clause as its subject, and "his ministry" as no other ministry', () => {
    const x = extract(
      'The Ministry of Energy opened a review.\n\nAna Ruiz, the interior minister, told the paper he had "nothing to hide". On Thursday his ministry said it would "cooperate fully".\n',
    );
    expect(x.quotes.map((q) => q.speaker)).toEqual(['Ana Ruiz', null]);
    expect(x.responses.map((r) => r.actor)).not.toContain('Thursday his ministry');
  });
});

describe('legislatures', () => {
  it('reads "adopted a resolution" and "tabled a motion" as reactions, and "adopted sanctions" still as sanctions', () => {
    const x = extract(
      'On 6 June 2024 the European Parliament adopted a non-binding resolution on the leak. Opposition MP Ana Ruiz tabled a motion on Tuesday. Canada adopted sanctions.\n',
    );
    expect(x.responses.map((r) => [r.actor, r.action])).toEqual([
      ['European Parliament', 'vote'],
      ['Ana Ruiz', 'other'],
      ['Canada', 'sanctions'],
    ]);
  });
});

describe('the press', () => {
  it("reads a name after a news outlet's common noun as the press, which reacts to nothing it reports", () => {
    const x = extract(
      'The Vienna daily Der Kurier, citing an unnamed diplomat, reported that Rome had asked for an inquiry.\n',
    );
    expect(x.responses.map((r) => r.actor)).toEqual(['Rome']);
    expect(parseActors('the Santiago daily El Faro')[0]).toMatchObject({ name: 'El Faro', type: 'media' });
  });
});

describe('transcript turns', () => {
  it('takes a one-word label for a speaker only when the text names them again', () => {
    const actors = (t: string) => extract(t).responses.map((r) => r.actor);
    expect(actors('The interview.\n\nPostscript: On 19 February the court agreed to hear the appeal.\n')).toEqual([]);
    expect(actors('Our Standards: The Editorial Code applies.\n')).toEqual([]);
    expect(
      actors('We spoke to Ada Okonjo.\n\nOKONJO: We never saw the files.\n\nOKONJO: Nobody asked us.\n').length,
    ).toBeGreaterThan(0);
  });
});

describe('attribution in context', () => {
  const speakers = (t: string) => extract(t).quotes.map((q) => q.speaker);
  it('reads no dateline as a subject, nor as the firm "the company" means', () => {
    const x = extract(
      'LIMASSOL, Tue 4 Nov \u2014 In a statement, Varnex said it sells only to "vetted agencies", insisting on its rules. The company called the files "stolen property".\n',
    );
    expect(x.quotes.map((q) => q.speaker)).toEqual(['Varnex', 'Varnex']);
    expect(x.responses.map((r) => r.actor)).toEqual(['Varnex']);
    const y = extract(
      'OSLO \u2014 Norway\u2019s finance minister said on Monday the papers were forged, suggesting a campaign against him.\n',
    );
    expect(y.responses.map((r) => r.actor)).toEqual(['Norway\u2019s finance minister']);
  });
  it('gives a signed column\'s "I asked" to the writer its byline names, and no one in an unsigned text', () => {
    const column =
      'Ministers keep shrugging\n\nBy Ana Ruiz MP, spokesperson for trade\n\nOn Tuesday the minister came to the Commons. I asked him: "Has anyone checked a shipment?"\n';
    expect(speakers(column)).toEqual(['Ana Ruiz']);
    expect(
      speakers('On Tuesday the minister came to the Commons. I asked him: "Has anyone checked a shipment?"\n'),
    ).toEqual([null]);
  });
  it('reads past a date that opens a sentence without a comma ("On 3 March the Department ... insisting that")', () => {
    expect(
      speakers(
        'On 3 March 2025 the Department for Business and Trade issued a statement insisting that "the regime is robust".\n',
      ),
    ).toEqual(['Department for Business and Trade']);
  });
  it('sends "it said" back to a firm named as one, or to a one-word name that opened the sentence before', () => {
    expect(
      speakers(
        'Spain said it would act on 3 May 2024. The vessels belong to Bluewater Pelagic, a company based in Vigo. Bluewater declined an interview. In a statement it said the logs had been "selectively edited".\n',
      ),
    ).toEqual(['Bluewater Pelagic']);
    expect(
      speakers(
        'Mozambique rejected the story on 3 May 2024. Qaswara Global Trading FZE said in a statement that it acted lawfully. The documents, it said, had been "obtained illegally".\n',
      ),
    ).toEqual(['Qaswara Global Trading FZE']);
  });
  it("gives words no one is named for to the speaker a statement's heading names", () => {
    expect(
      speakers(
        '# Statement by the Ministry of Foreign Affairs of Peru\n\nThe documents, we are told, are "a forgery".\n\n# Background\n\nCritics call it "a cover-up".\n',
      ),
    ).toEqual(['Ministry of Foreign Affairs of Peru', null]);
    expect(
      extract(
        'Statement of the source\n\nThe data were leaked by a person or group who felt the laws were "immoral".\n',
      ).quotes.map((q) => q.speaker),
    ).toEqual(['source']);
    // A press release's "Quote attributable to X:" over block-quoted paragraphs, a bare ">" between them.
    expect(
      speakers(
        'The release.\n\n### Quote attributable to Ana Ruiz, Secretary for Democracy:\n\n> "The roll is the foundation.\n>\n> "We are not here to prejudge anyone."\n',
      ),
    ).toEqual(['Ana Ruiz', 'Ana Ruiz']);
  });
  it('gives words to the name after their comma when the copy breaks off there ("...," Chile\u2019)', () => {
    expect(
      speakers(
        'Santiago acted on 3 May 2024.\n\n\u201CWe have noted it with concern. We urge calm,\u201D Chile\u2019\n',
      ),
    ).toEqual(['Chile']);
    // A name with more after it is read as before: here no verb follows, so no one.
    expect(speakers('\u201CWe urge calm,\u201D Chile and the others, as ever.\n')).toEqual([null]);
  });
  it('hands words after a colon to the subject of the clause before it, whatever its verb', () => {
    const t =
      'The paper sent questions to Voltra on 26 February 2024. Voltra answers a day later: \u201CVoltra has always complied with the law.\u201D Foreign Minister Ana Ruiz of Kenya: \u201CWe will act.\u201D\n';
    expect(speakers(t)).toEqual(['Voltra', 'Ana Ruiz']);
  });
  it("reads a pasted post's handle and time stamp as no part of a name", () => {
    const t =
      'Foreign Minister Ana Ruiz was among the first to respond.\n\nAna Ruiz @AnaRuizV\nWe will not tolerate it.\n8:47 AM \u00B7 Nov 10, 2025\n\nIn a second post an hour later, she wrote: "Press freedom is not negotiable."\n';
    expect(speakers(t)).toEqual(['Ana Ruiz']);
  });
  it('sends "It states" back to the firm a reply came from, its name ending a sentence with "LLP."', () => {
    const t =
      'The Russia (Sanctions) Regulations 2019 apply. Yesterday I received a reply from Pemberton Quayle LLP. It states that the firm \u201Chas at all times acted in good faith\u201D.\n';
    expect(speakers(t)).toEqual(['Pemberton Quayle LLP']);
  });
  it('names an international office\'s holder by the office, and sends "he" back to it', () => {
    const t =
      'Spokesperson: Good afternoon. This morning, the Secretary-General spoke at an event. He told participants that \u201Cprogress is being rolled back.\u201D From Geneva, the UN High Commissioner for Human Rights said transfers \u201Cmust never become outsourcing.\u201D\n';
    expect(speakers(t)).toEqual(['Secretary-General', 'UN High Commissioner for Human Rights']);
  });
  it('gives a paragraph that opens with quoted words to the person the paragraph before ends on', () => {
    const t =
      'Defence Minister Ana Ruiz spoke in the chamber on 3 May 2025.\n\nRuiz did not mince her words.\n\n\u201CI want to be clear about what I have read.\n\n\u201CNo one was told to look away.\u201D\n\nThe opposition wants a vote.\n\n"It is too late," a backbencher said.\n';
    expect(speakers(t)).toEqual(['Ana Ruiz', 'Ana Ruiz', null]);
  });
  it('reads "express concern" as reporting and sends "they" back to the group named before', () => {
    const t =
      'More than 30 European envoys wrote to the council in Oslo. Sweden has not signed.\nThe envoys express concern about "rising arrests of reporters in the north."\nThey urge the authorities to release them and allow "visits by lawyers" at once.\n';
    expect(speakers(t)).toEqual(['European envoys', 'European envoys']);
  });
  it('gives a quote without a verb to the last person reported as saying something', () => {
    const t =
      '"It is over," said Mara Lind, the mayor.\n\nTomas Ek, a lawyer for the families, spoke to reporters on Friday.\n\nEk said the inquiry had failed them.\n\n"We will keep asking until someone answers."\n';
    expect(speakers(t)).toEqual(['Mara Lind', 'Tomas Ek']);
  });
  it('registers the owner of words ("Lund\'s remarks") for the pronoun after it', () => {
    const t =
      'Reporter Jan Oster wrote the story in May 2020.\n\nAccording to the paper, Lund\'s remarks show how she sees the port, which she called "a gift to smugglers."\n';
    expect(speakers(t)).toEqual(['Lund']);
  });
  it("reads a title set off by a comma after a possessive: the paper's editor is its press, not a respondent", () => {
    const x = extract(
      'The cables were first published by the newspaper Aftenposten, whose editor, Per Dahl, said the paper had "verified every document." The company\'s lawyer, Kay Lund, called the leak "theft."\n',
    );
    expect(x.quotes.map((q) => q.speaker)).toEqual(['Per Dahl', 'Kay Lund']);
    expect(x.responses.map((r) => [r.actor, r.role])).toEqual([['Kay Lund', 'lawyer']]);
  });
  it('gives "the statement said" to the subject of the heading when the text has named no one before', () => {
    const x = extract(
      'Baltic News\n\nLatvia rejects Estonian Spying Report -statement\n\nThe report strained ties. "The ministry rejects these claims," the statement said.\n',
    );
    expect(x.quotes.map((q) => [q.speaker, q.speaker_country])).toEqual([['Latvia', 'LV']]);
    // The heading reports no response of its own: the quote below it does.
    expect(x.responses.map((r) => [r.actor, r.source.line])).toEqual([['Latvia', 5]]);
  });
  it('reads a name ending in -ly as a name, not an adverb, and an office of a named state as a respondent', () => {
    const x = extract(
      'Italy condemned the attack. Senator Mark Kelly said it was "a disgrace." The foreign minister of Peru denounced it.\n',
    );
    expect(x.responses.map((r) => [r.actor, r.country])).toEqual([
      ['Italy', 'IT'],
      // Two states act here: which one the senator serves is not said.
      ['Mark Kelly', null],
      ['foreign minister of Peru', 'PE'],
    ]);
    expect(x.quotes[0]?.speaker).toBe('Mark Kelly');
  });
  it('keeps the speaker when an outlet only reports the words', () => {
    const t =
      'A spokesman for the Kenyan president said the accounts were "entirely legal," adding that the owners "are private citizens," reported Reuters.\n';
    expect(speakers(t)).toEqual(['spokesman for the Kenyan president', 'spokesman for the Kenyan president']);
  });
  it('gives words quoted in an opening participle phrase to the subject of the sentence', () => {
    const t =
      'Citing "serious and credible evidence", Global Affairs Canada issued a statement with the United Kingdom calling for an inquiry.\n';
    expect(speakers(t)).toEqual(['Global Affairs Canada']);
  });
  it('does not read a passive verb as reporting', () => {
    expect(speakers('According to Berg, the panel was called when there was "no other way forward."\n')).toEqual([
      'Berg',
    ]);
  });
  it('reads a reporting verb\'s form after a determiner as a noun ("the state broadcaster")', () => {
    const t =
      'Later, the opposition leader, Tomas Varga, said the denial was "not credible". "The minister must resign," he told the state broadcaster.\n';
    expect(speakers(t)).toEqual(['Tomas Varga', 'Tomas Varga']);
  });
  it("gives an unnamed spokesperson's words to the body this sentence or the one before is about, of their kind", () => {
    expect(
      speakers(
        'The Water Agency said it had opened an inquiry. A spokesperson said the agency was "aware of the claims".\n',
      ),
    ).toEqual(['Water Agency']);
    expect(
      speakers('The Finance Office ended the contract. "We acted at once," a ministry spokeswoman said.\n'),
    ).toEqual(['Finance Office']);
    // Not a person's, nor a body of another kind.
    expect(speakers('Ana Ruiz ended the contract. "We acted at once," a spokeswoman said.\n')).toEqual([null]);
    expect(
      speakers('The Finance Office ended the contract. "We acted at once," a company spokeswoman said.\n'),
    ).toEqual([null]);
  });
  it('gives a pull quote or a bullet the speaker a dash credits after it, to the end of its line', () => {
    expect(
      speakers(
        'What they said:\n\n\u2022 "We were told these were our words." \u2014 Ana Vaipulu, opposition MP\n\n\u2022 "This is what we warned about." \u2014 Losa Havili, Ocean Justice, a campaign group\n',
      ),
    ).toEqual(['Ana Vaipulu', 'Losa Havili']);
    // The credit may stand on a line of its own inside a box's frame.
    expect(
      speakers(
        'Digest.\n\n\u2502 QUOTE OF THE WEEK\n\u2502\n\u2502 "The list has done its job."\n\u2502\n\u2502 \u2014 Ruth Mabika, Open Ledger, on radio (Wed 5 Nov)\n',
      ),
    ).toEqual(['Ruth Mabika']);
    // A dash before a clause with its verb is no credit line.
    expect(speakers('"We will not bend" \u2014 Ana Ruiz said it on Monday.\n')).toEqual(['Ana Ruiz']);
  });
  it("reads no verb's phrase, plural common noun or place-qualified common noun as a name", () => {
    expect(parseActors('helping Kenyan journalists')).toEqual([]);
    expect(parseActors('Governments')).toEqual([]);
    expect(parseActors('presiding judge Ana Ruiz')[0]?.name).toBe('Ana Ruiz');
    expect(parseActors('The Limassol-based company')[0]).toMatchObject({ ref: 'role', type: 'organisation' });
    expect(parseActors('Defence counsel Ivo Berg')[0]).toMatchObject({ name: 'Ivo Berg', role: 'counsel' });
    expect(parseActors('City Council Member Ana Ruiz')[0]).toMatchObject({
      name: 'Ana Ruiz',
      role: 'City Council Member',
    });
    expect(parseActors('Environment and Climate Change Canada')[0]).toMatchObject({ country: 'CA' });
  });
  it('takes no country from a "that" clause inside an apposition', () => {
    expect(
      parseActors('The Joint Waters Commission, the binational body that advises the U.S. and Canadian governments')[0],
    ).toMatchObject({ name: 'Joint Waters Commission', country: null });
  });
  it('reads the subject after the comma when the words before it are a clause of their own', () => {
    const x = extract(
      'The cabinet has ordered a review of all Varnex export licences, government spokesman Ivo Berg told reporters.\n',
    );
    expect(x.responses.map((r) => r.actor)).toEqual(['Ivo Berg']);
    // A firm the sentence names only as a party to a contract the apposition's clause tells of is no one there.
    expect(
      parseActors(
        'Tandaza Solutions, the Nairobi firm the consortium says brokered a contract between Varnex and a Kenyan state agency',
      ).map((a) => a.name),
    ).toEqual(['Tandaza Solutions']);
  });
  it('reads past a relative clause with its own commas inside an apposition to the subject', () => {
    expect(
      speakers(
        'Ivo Ozols, a spokesman who spoke for the ministries of Estonia, Latvia and Lithuania, said they wanted "a full account".\n',
      ),
    ).toEqual(['Ivo Ozols']);
  });
  it('gives words "X was quoted as saying" to X, and "quoted a spokesperson for the ministry as saying" to the ministry', () => {
    expect(
      speakers(
        'The firm\u2019s chief executive, Ana Ruiz, was quoted as saying that the company "has never paid anyone".\n',
      ),
    ).toEqual(['Ana Ruiz']);
    expect(
      speakers('The paper quoted a spokesperson for the Ministry of Mines as saying that "no contract exists".\n'),
    ).toEqual(['Ministry of Mines']);
  });
  it('reads a capitalised form inside a name ("the United States") as no verb', () => {
    const t =
      'Secretary of State Ann Lee told reporters that the United States had "full confidence" in its partners.\n';
    expect(speakers(t)).toEqual(['Ann Lee']);
  });
  it('gives words "a statement from" a body issued to that body, and passive "was quoted by" words to the subject', () => {
    const x = extract(
      'In a statement, the Chilean foreign ministry said: "We will cooperate."\n\n"We regret the decision," said a statement from the Bolivian Foreign Ministry.\n\nDeputy Foreign Minister Ivan Sokolov was quoted by the Interfax news agency as saying that Moscow "had nothing to do with it".\n',
    );
    expect(x.quotes.map((q) => [q.speaker, q.speaker_country])).toEqual([
      ['Chilean foreign ministry', 'CL'],
      ['Bolivian Foreign Ministry', 'BO'],
      ['Ivan Sokolov', null],
    ]);
    // The news agency only passes the words on.
    expect(x.responses.map((r) => r.actor)).toEqual([
      'Chilean foreign ministry',
      'Bolivian Foreign Ministry',
      'Ivan Sokolov',
    ]);
  });
  it('sends a pronoun to the person the sentence before opens with, whatever its verb', () => {
    const t =
      'Writing on social media, Prime Minister Liis Mets thanked Mart Kask for his service. "Our security comes first," she wrote.\n';
    expect(speakers(t)).toEqual(['Liis Mets']);
  });
  it('gives a pronoun after a relative named only as someone\'s ("Reyes\'s mother") to no one named before', () => {
    const t =
      '"The law is clear," the prosecutor, Luis Ortega, said.\n\nOutside the court, Reyes\'s mother spoke to reporters. "My son is not a traitor," she said.\n\nHis wife said: "We are proud of him."\n';
    expect(speakers(t)).toEqual(['Luis Ortega', null, null]);
  });
  it('reads a surname that begins a country\'s name ("Mr Costa") as the person named before', () => {
    const t =
      'Lusitania\'s prime minister, Rui Costa, spoke on Sunday. "Owning a company abroad is not a crime," Mr Costa said. Costa added: "We will publish everything."\n';
    expect(speakers(t)).toEqual(['Rui Costa', 'Rui Costa']);
  });
  it('gives words "it said" to the body named before, not to the person who spoke last', () => {
    const t =
      '"It is a disgrace," Eva Marsh told reporters.\n\nThe Czech police later issued a statement. "All allegations will be examined," it said. It said it had "no record" of the case.\n';
    expect(speakers(t)).toEqual(['Eva Marsh', 'Czech police', 'Czech police']);
  });
  it('reads an apposition that a relative clause closes ("a spokeswoman for the Czech ministry who ...")', () => {
    const x = extract(
      '"We have seen no evidence," said Petra Novak, a spokeswoman for the Czech interior ministry who declined to give details.\n',
    );
    expect(x.quotes.map((q) => [q.speaker, q.speaker_country])).toEqual([['Petra Novak', 'CZ']]);
  });
  it('reads "..., notes her lawyer, Ivan Koval." as the lawyer\'s words', () => {
    const t =
      '"They took everything," says Andriy Petrenko.\n\n"Someone has them," notes her lawyer, Ivan Koval. "We intend to find out who."\n';
    expect(speakers(t)).toEqual(['Andriy Petrenko', 'Ivan Koval', 'Ivan Koval']);
  });
  it('reads a portfolio before a two-word title ("Interior Cabinet Secretary X") and no dateline agency as anyone', () => {
    const t =
      'NAIROBI, June 3 (Wire) — The government rejected the report.\n\nInterior Cabinet Secretary Daniel Kiprop said it was "based on falsehoods". He said the government "has never targeted any citizen".\n';
    expect(speakers(t)).toEqual(['Daniel Kiprop', 'Daniel Kiprop']);
  });
  it('prefers the subject of the sentence before to a person named inside it', () => {
    const t =
      'Ana Ruiz insisted she had raised the issue with President Tomas Ek during a visit in May 2021.\n\nShe said her office had received "thousands of letters" since then.\n';
    expect(speakers(t)).toEqual(['Ana Ruiz']);
  });
});

describe('titles', () => {
  const read = (p: string) => parseActors(p).map((a) => [a.name, a.role, a.type]);
  it('gives "Ambassador of the Russian Federation to Japan" the country the envoy is of, not the posting', () => {
    expect(parseActors('H.E. Mr. Oleg Petrov, Ambassador of the Russian Federation to Japan')[0]).toMatchObject({
      name: 'H.E. Mr. Oleg Petrov',
      role: 'Ambassador of the Russian Federation',
      country: 'RU',
    });
    expect(read('Mr. SATO Ken, Vice-Minister for Foreign Affairs')).toEqual([
      ['SATO Ken', 'Vice-Minister for Foreign Affairs', 'person'],
    ]);
  });
  it('reads "President Asante of Ghana" as a titled person of Ghana, but "Church of England" as no one\'s surname', () => {
    expect(parseActors('President Asante of Ghana')[0]).toMatchObject({
      name: 'Asante',
      role: 'President',
      country: 'GH',
    });
    expect(parseActors('Church of England')[0]).toMatchObject({ name: 'Church of England', country: null });
  });
  it('reads a title whose portfolios a comma lists, one with its article, as one title', () => {
    expect(read('the Minister for Agriculture, Food and the Marine, Declan Byrne')).toEqual([
      ['Declan Byrne', 'Minister for Agriculture Food and the Marine', 'person'],
    ]);
    expect(read('The Minister for Agriculture, Food and the Marine')).toEqual([
      ['Minister for Agriculture, Food and the Marine', 'Minister for Agriculture Food and the Marine', 'person'],
    ]);
  });
  it('points a title back to a person or their office, never to a body that shares its last word', () => {
    const x = extract(
      'NEWS | MARINE\n\nThe Minister for Agriculture, Food and the Marine ordered a review on 3 May 2025.\n',
    );
    expect(x.responses.map((r) => r.actor)).toEqual([]);
  });
  it("reads a body's name, a title held in it and its holder out of one run", () => {
    expect(read('European Commission President Ursula von der Leyen')).toEqual([
      ['Ursula von der Leyen', 'President', 'person'],
    ]);
    expect(read('UN Secretary-General Antonio Reyes')).toEqual([['Antonio Reyes', 'Secretary-General', 'person']]);
    expect(read('Saudi Crown Prince Ali bin Fahd')).toEqual([['Ali bin Fahd', 'Crown Prince', 'person']]);
    expect(parseActors('World Bank President Ana Ruiz')[0]).toMatchObject({
      name: 'Ana Ruiz',
      role: 'President',
      organization: 'World Bank',
    });
  });
  it('reads what a title is of as its portfolio, and a title ending in a portfolio goes on with "and" another', () => {
    expect(read('The Minister of Canadian Heritage, Sarah Blake')).toEqual([
      ['Sarah Blake', 'Minister of Canadian Heritage', 'person'],
    ]);
    expect(read('Minister of Foreign Affairs and Trade Ana Ruiz')).toEqual([
      ['Ana Ruiz', 'Minister of Foreign Affairs and Trade', 'person'],
    ]);
    expect(read('Chief Cabinet Secretary Kenji Mori')).toEqual([['Kenji Mori', 'Chief Cabinet Secretary', 'person']]);
  });
  it('names a body an office holds by that office ("the Prime Minister\'s Office")', () => {
    expect(read("the Prime Minister's Office")).toEqual([["Prime Minister's Office", null, 'government']]);
  });
});

describe('countries from the text', () => {
  const response = (t: string, name: string) => extract(t).responses.find((r) => r.actor === name);
  const country = (t: string, name: string) => response(t, name)?.country;
  it('gives a state office or body the country its section heading or list label names, and nothing else', () => {
    const x = extract(
      '# Reactions\n\n## France\n\nThe Ministry for Europe and Foreign Affairs said it was "shocked by the loss of life". Human Rights Watch called it "a tragedy".\n\n## Others\n\n- Japan: Chief Cabinet Secretary Kenji Mori expressed condolences.\n- Brazil: President Luiz Costa condemned the shooting, saying "no one should die seeking safety".\n- Canada: The Prime Minister\'s Office issued a statement.\n- The Interior Ministry said it was "monitoring the situation".\n',
      'reactions.md',
    );
    expect(x.responses.map((r) => [r.actor, r.country, r.country_source, r.country_text])).toEqual([
      ['Ministry for Europe and Foreign Affairs', 'FR', 'label', 'France'],
      // A body that is no state's organ takes nothing from the heading.
      ['Human Rights Watch', null, null, null],
      ['Kenji Mori', 'JP', 'label', 'Japan'],
      ['Luiz Costa', 'BR', 'label', 'Brazil'],
      ["Prime Minister's Office", 'CA', 'label', 'Canada'],
      // An item without a label is under a heading that names no country.
      ['Interior Ministry', null, null, null],
    ]);
    // The label is no speaker: the words are the president's.
    expect(x.quotes.map((q) => q.speaker)).toEqual([
      'Ministry for Europe and Foreign Affairs',
      'Human Rights Watch',
      'Luiz Costa',
      'Interior Ministry',
    ]);
  });
  it('keeps a place after a title inside the title\'s phrase ("the German ambassador in Moscow, Helga Braun")', () => {
    expect(
      response('The German ambassador in Moscow, Helga Braun, said she had "serious doubts".\n', 'Helga Braun'),
    ).toMatchObject({ country: 'DE', country_source: 'demonym' });
  });
  it('gives a verb after a comma and an object the subject of the verb before ("summoned X, issued")', () => {
    const x = extract(
      "Russia's Foreign Ministry summoned the German ambassador in Moscow, issued a formal protest and expelled two diplomats.\n",
    );
    expect(x.responses.map((r) => [r.actor, r.country])).toEqual([["Russia's Foreign Ministry", 'RU']]);
  });
  it('gives a name several states\' institutions bear ("House of Commons") a country only where the text names one of them', () => {
    const canada = extract(
      "Ottawa moved quickly. Canada's prime minister spoke first. The House of Commons voted to summon the bank's chief.\n",
    );
    expect(canada.responses.find((r) => r.actor === 'House of Commons')).toMatchObject({
      country: 'CA',
      country_source: 'institution',
    });
    const two = extract("Canada and Britain both reacted. The House of Commons voted to summon the bank's chief.\n");
    expect(two.responses.find((r) => r.actor === 'House of Commons')?.country).toBeNull();
  });
  it('counts a legislature named by its head word as a respondent ("The Senate voted")', () => {
    const x = extract("The Nigerian government announced an audit. The Senate voted to summon the company's chief.\n");
    expect(x.responses.map((r) => [r.actor, r.action])).toEqual([
      ['Nigerian government', 'statement'],
      ['Senate', 'vote'],
    ]);
  });
  it("gives a state's office holder in a table row the country its first cell names", () => {
    const x = extract(
      '| Country | Reaction |\n|---|---|\n| Japan | Prime Minister Kenji Sato said Japan was "deeply concerned". |\n| Brazil | President Luiz Costa condemned it. |\n',
      'table.md',
    );
    expect(x.responses.map((r) => [r.actor, r.country, r.country_source])).toEqual([
      ['Kenji Sato', 'JP', 'label'],
      ['Luiz Costa', 'BR', 'label'],
    ]);
  });
  it('reads a table copied into a plain-text file by its cells, as in Markdown', () => {
    const x = extract(
      '| Country | Reaction |\n|---|---|\n| Malaysia | The Prime Minister\'s Office said on 11 October 2024 that "no one is above the law". |\n| Mexico | FGR | Criminal investigation opened |\n',
      'notes.txt',
    );
    expect(x.quotes.map((q) => [q.speaker, q.speaker_country, q.speaker_country_source])).toEqual([
      ["Prime Minister's Office", 'MY', 'label'],
    ]);
    expect(x.responses.map((r) => r.actor)).toEqual(["Prime Minister's Office"]);
  });
  it('counts every state acting through any body or servant before giving "the one state" to an office', () => {
    const x = extract(
      'Brazil\'s government summoned the U.S. ambassador on Monday. Foreign Minister Carlos Prado said it was "unacceptable". The U.S. Embassy said it would "respond through diplomatic channels".\n',
    );
    // The embassy acts for the United States: two states act, so the minister's is not settled by the rule.
    expect(x.responses.find((r) => r.actor === 'Carlos Prado')?.country).toBeNull();
    const one = extract(
      'Brazil\'s government summoned the ambassador on Monday. Foreign Minister Carlos Prado said it was "unacceptable".\n',
    );
    expect(one.responses.find((r) => r.actor === 'Carlos Prado')).toMatchObject({
      country: 'BR',
      country_source: 'government',
    });
  });
  it('gives "His spokesman, X," the country of the person named before, whom X serves', () => {
    expect(
      response(
        'Turkey\'s President Recep Demir called the killing "premeditated". His spokesman, Ibrahim Kal, said Ankara would share its evidence.\n',
        'Ibrahim Kal',
      ),
    ).toMatchObject({ country: 'TR', role: 'spokesman' });
  });
  it('gives "Its spokesman, X," the country of the body named before', () => {
    expect(
      response(
        'The Chinese embassy in Washington called the experts "biased". Its spokesman, Liu Yan, accused the group of "spreading rumours".\n',
        'Liu Yan',
      ),
    ).toMatchObject({ country: 'CN', role: 'spokesman' });
  });
  it('gives "X, the ministry\'s undersecretary" the country of the ministry named before, and says so', () => {
    expect(
      response(
        'The Latvian foreign ministry protested on 3 May 2024. "This is unacceptable," said Ilze Berzina, the ministry\'s undersecretary for policy.\n',
        'Ilze Berzina',
      ),
    ).toMatchObject({ country: 'LV', country_source: 'body', country_text: 'Latvian foreign ministry' });
  });
  it('gives "Its chief executive, X," the country of the firm named before', () => {
    expect(
      response(
        'The Swedish shipowner Nordhav cancelled the charter. Its chief executive, Ola Berg, said the ships "will stay in port".\n',
        'Ola Berg',
      ),
    ).toMatchObject({ country: 'SE', country_source: 'body' });
  });
  it('takes a bare "foreign ministry spokesperson" for the state named in the sentence before, not for another ministry', () => {
    const text =
      'Chile\'s trade ministry declined to comment. Lima rejected the report. Foreign ministry spokesperson Ana Quispe called it "speculation".\n';
    expect(response(text, 'Ana Quispe')).toMatchObject({ country: 'PE', country_source: 'body', country_text: 'Lima' });
    // A trade ministry named last is no foreign ministry, and a state two sentences back is too far.
    const far =
      'Lima rejected the report. Chile\'s trade ministry declined to comment. Foreign ministry spokesperson Ana Quispe called it "speculation".\n';
    expect(response(far, 'Ana Quispe')).toMatchObject({ country: null });
  });
  it('reads a name in Markdown emphasis copied as plain text up to its comma ("**Ana Ruiz**, the Kenyan minister")', () => {
    expect(
      response('"We were never told," said **Ana Ruiz**, the Kenyan foreign minister, on 2 May 2024.\n', 'Ana Ruiz'),
    ).toMatchObject({ actor: 'Ana Ruiz', country: 'KE', country_source: 'demonym' });
  });
  it('reads "the Finnish refiner Pohjala Metals" as a firm of that country, "the Danish broker Ana Lund" as a person', () => {
    const x = extract(
      'The Finnish refiner Pohjala Metals suspended its purchases on 9 May 2024. The Danish broker Ana Lund called the move "overdue".\n',
    );
    expect(x.responses.map((r) => [r.actor, r.actor_type, r.country])).toEqual([
      ['Pohjala Metals', 'organisation', 'FI'],
      ['Ana Lund', 'person', 'DK'],
    ]);
  });
  it("reads \"the finance ministry in Nicosia\" as that capital's state's ministry, but an embassy in a capital as no one's", () => {
    const x = extract(
      'The finance ministry in Nicosia said on 15 March 2025 that it would examine "the compliance of the firm". The embassy in Paris said it had "no comment".\n',
    );
    expect(x.quotes.map((q) => [q.speaker, q.speaker_country, q.speaker_country_source])).toEqual([
      ['finance ministry in Nicosia', 'CY', 'capital'],
      [null, null, null],
    ]);
  });
  it("reads a body's short name as the body named before whose name it begins, unless it has a state of its own", () => {
    const x = extract(
      'The Government of the Republic of Paraguay rejected the reports on 2 September 2025. The Government of the Republic reiterates that it is "committed to dialogue". Kenya\'s Ministry of Interior and National Administration said it was "surprised". The following day, Serbia\'s Ministry of Interior said it had "never procured" the product.\n',
    );
    expect(x.quotes.map((q) => [q.speaker, q.speaker_country])).toEqual([
      ['Government of the Republic of Paraguay', 'PY'],
      ["Kenya's Ministry of Interior and National Administration", 'KE'],
      ["Serbia's Ministry of Interior", 'RS'],
    ]);
  });
  it('keeps a body named first without a state apart from a later mention of the same name with one', () => {
    const x = extract(
      'Senegal suspended six licences on 11 October 2024. The Foreign Ministry said the ambassador had been asked for "explanations". China\'s Foreign Ministry pushed back on Friday, calling the reports "hype".\n',
    );
    expect(x.quotes.map((q) => [q.text, q.speaker, q.speaker_country])).toEqual([
      ['explanations', 'Foreign Ministry', null],
      ['hype', "China's Foreign Ministry", 'CN'],
    ]);
  });
  it('reads a list item labelled by a country in emphasis marks, and a title with its holder before a participle', () => {
    const x = extract(
      '* **United Kingdom** \u2014 Treasury minister Ana Ruiz, answering a question in the Commons on 18 March 2025: "We will follow the evidence."\n',
    );
    expect(x.quotes.map((q) => [q.speaker, q.speaker_country, q.speaker_country_source])).toEqual([
      ['Ana Ruiz', 'GB', 'label'],
    ]);
  });
  it('gives "Jo Byrne TD" Ireland when the text names Ireland, and no country when it does not', () => {
    const irish = 'Ireland\'s government published the files on 3 May 2024. Aoife Byrne TD called them "damning".\n';
    expect(response(irish, 'Aoife Byrne')).toMatchObject({ country: 'IE', country_source: 'title' });
    expect(response('Aoife Byrne TD called the files "damning" on 3 May 2024.\n', 'Aoife Byrne')).toMatchObject({
      country: null,
    });
  });
  it('counts "government spokesman X" as speaking for the state a section is labelled with', () => {
    const x = extract(
      '# Reactions\n\n## Croatia\n\n- Government spokesman Ivo Horvat denied it: "Not once."\n',
      'r.md',
    );
    expect(x.responses.map((r) => [r.actor, r.country, r.country_source])).toEqual([['Ivo Horvat', 'HR', 'label']]);
  });
  it('reads a title of a named state before the name ("the former prime minister of Malta, Joseph Camilleri,")', () => {
    expect(
      response(
        'Among them is the former prime minister of Malta, Joseph Camilleri, who set up two companies.\n\nCamilleri denied any wrongdoing.\n',
        'Joseph Camilleri',
      ),
    ).toMatchObject({ country: 'MT', role: 'prime minister', action: 'denial' });
  });
  it('gives a factbox\'s "* GHANA:" item its state: "the government" and an unnamed ministry spokesperson under it', () => {
    const x = extract(
      'ACCRA, March 19 (Wire) - Governments demanded answers.\n\n* GHANA:\nThe government said it had "no contractual relationship" with the firm.\n\n* GERMANY:\nA foreign ministry spokesperson said Germany was "following the reports with great concern".\n',
    );
    expect(x.quotes.map((q) => [q.speaker, q.speaker_country, q.speaker_country_source])).toEqual([
      ['Ghana', 'GH', 'label'],
      ["Germany's foreign ministry", 'DE', 'label'],
    ]);
  });
  it('counts a prosecutor as a state office under a section labelled with a country', () => {
    const x = extract('# Reactions\n\n## Argentina\n\nProsecutor Laura Paz opened an inquiry.\n', 'r.md');
    expect(x.responses.map((r) => [r.actor, r.country, r.country_source])).toEqual([['Laura Paz', 'AR', 'label']]);
  });
  it('reads seats of government, demonyms and country premodifiers, and says which', () => {
    expect(response('Kremlin spokesman Dmitry Ivanov denied the report on Monday.\n', 'Dmitry Ivanov')).toMatchObject({
      country: 'RU',
      country_source: 'seat',
    });
    expect(
      response(
        'The files came from the Chilean law firm Rojas Vidal in Santiago and Lima.\n\nRojas Vidal, which sets up companies, denies any wrongdoing.\n',
        'Rojas Vidal',
      ),
    ).toMatchObject({ country: 'CL', country_source: 'demonym' });
    expect(response("Norway's foreign minister, Ola Dahl, condemned the leak.\n", 'Ola Dahl')).toMatchObject({
      country: 'NO',
      country_source: 'name',
    });
  });
  it("knows national bodies whose name alone gives their state, and titles only one or two states' offices carry", () => {
    expect(
      response(
        'The Federal Department of Foreign Affairs summoned the envoy.\n',
        'Federal Department of Foreign Affairs',
      ),
    ).toMatchObject({ country: 'CH', country_source: 'institution' });
    expect(
      response(
        'Germany was named in the files.\n\nParliamentary State Secretary Ana Ruiz condemned the exports.\n',
        'Ana Ruiz',
      ),
    ).toMatchObject({ country: 'DE', country_source: 'title' });
  });
  it('knows the demonyms English news uses beside the lexicon package', () => {
    for (const [text, code] of [
      ['The Slovenian delegate called for an inquiry.\n', 'SI'],
      ['The Kazakh ambassador rejected the findings.\n', 'KZ'],
      ['An Ecuadorian minister condemned the leak.\n', 'EC'],
    ] as const)
      expect(extract(text).responses.map((r) => [r.country, r.country_source])).toEqual([[code, 'demonym']]);
  });
  it('never takes a country from a place near the name, a dateline or the paragraph', () => {
    expect(
      country('Speaking in Geneva, the Kenyan minister Amina Odhiambo condemned the camps.\n', 'Amina Odhiambo'),
    ).toBe('KE');
    expect(
      country(
        'Washington \u2013 Today the agency sanctioned two firms over abuses in Chile.\n\n"We act," said Secretary Jane Doe.\n',
        'Jane Doe',
      ),
    ).toBeNull();
    expect(
      country(
        'From Peru With\u2026 Denials - President Ana Vela\u2019s spokesman, Juan Soto, has denied the claims.\n',
        'Juan Soto',
      ),
    ).toBeNull();
    expect(
      country('The scandal broke in Malta in 2017. Kay Lund, a lawyer, condemned the killing.\n', 'Kay Lund'),
    ).toBeNull();
    expect(
      response('The scandal broke in Malta in 2017. Kay Lund, a lawyer, condemned the killing.\n', 'Kay Lund')
        ?.country_source,
    ).toBeNull();
  });
  it('gives a title held in few countries its country only where the document names one of them', () => {
    expect(
      response(
        'The war in Afghanistan cost the US dearly.\n\nSecretary of State Amy Holt said the files were "a disgrace to the service."\n',
        'Amy Holt',
      ),
    ).toMatchObject({ country: 'US', country_source: 'title', country_text: 'Secretary of State' });
    // A title two dozen states use settles nothing, whichever one the document names (here as a place).
    expect(
      country(
        'The files were found in Rome, Italy, last year.\n\nSenator Amy Holt said the files were "a disgrace to the service."\n',
        'Amy Holt',
      ),
    ).toBeNull();
    expect(
      country(
        'The war in Chad went on for years.\n\nSenator Amy Holt said the files were "a disgrace to the service."\n',
        'Amy Holt',
      ),
    ).not.toBe('US');
  });
  it('places a person of "the Committee" in the committee last named, and in its country', () => {
    const x = extract(
      'Ana Ruiz will give evidence to the UK Parliament\u2019s Joint Committee on the draft bill on Monday.\n\nIvo Berg MP, chair of the Committee, says, "It is a chance to hear her."\n',
    );
    expect(x.quotes[0]).toMatchObject({ speaker: 'Ivo Berg', speaker_country: 'GB' });
    expect(
      extract('Ivo Berg, chair of the Committee, says, "It is a chance to hear her."\n').quotes[0]?.speaker_country,
    ).toBeNull();
  });
  it('reads a demonym said of the subject of "is" or "are" as its country', () => {
    const x = extract(
      'Former prime ministers Ana Ruiz, Ivo Berg and Kay Lund are among the most prominent Peruvian figures named in the files.\n\nRuiz said it was "nonsense".\n',
    );
    expect(x.quotes[0]).toMatchObject({
      speaker: 'Ana Ruiz',
      speaker_country: 'PE',
      speaker_country_source: 'demonym',
    });
    // Not of someone else in the subject.
    expect(
      extract('Ana Ruiz, whose father was a Peruvian diplomat, spoke.\n\nRuiz said it was "nonsense".\n').quotes[0]
        ?.speaker_country,
    ).toBeNull();
    expect(
      extract('The son of Ana Ruiz is a Peruvian banker.\n\nRuiz said it was "nonsense".\n').quotes[0]?.speaker_country,
    ).toBeNull();
    // A demonym after another verb says nothing of the subject.
    expect(
      extract('Ana Ruiz met Peruvian officials on Monday.\n\nRuiz said it was "nonsense".\n').quotes[0]
        ?.speaker_country,
    ).toBeNull();
  });
  it('takes no country from someone else named in an apposition, nor from a birthplace', () => {
    expect(country('Ana Ruiz, a critic of the Chinese government, condemned the raid.\n', 'Ana Ruiz')).toBeNull();
    expect(country('Ana Ruiz, the lawyer for the Russian businessman, condemned the raid.\n', 'Ana Ruiz')).toBeNull();
    expect(country('Ana Ruiz, the Kenyan-born mayor of Lima, condemned the raid.\n', 'Ana Ruiz')).not.toBe('KE');
    expect(
      country('Ana Ruiz, speaking to the French newspaper Le Monde, condemned the raid.\n', 'Ana Ruiz'),
    ).toBeNull();
    // A body the person belongs to still gives its country.
    expect(country('Ana Ruiz, a spokeswoman for the Russian embassy, condemned the raid.\n', 'Ana Ruiz')).toBe('RU');
    // A verb after the comma goes on with the clause: what follows is someone else.
    expect(
      extract(
        'A memo signed by the chief negotiator, Ana Ruiz, describes Peru\u2019s deputy minister, Ivo Berg, as "unbriefed".\n',
      ).quotes[0],
    ).toMatchObject({ speaker: 'Ana Ruiz', speaker_country: null });
    expect(
      country('The memo names Ana Ruiz, described as the Peruvian ministry\u2019s head of procurement.\n', 'Ana Ruiz'),
    ).toBe('PE');
  });
  it('reads the country of an apposition after the name', () => {
    const x = extract('Ana Ruiz, the Kenyan foreign minister, spoke on Monday.\n\n"We will not bow," she said.\n');
    expect(x.quotes[0]).toMatchObject({
      speaker: 'Ana Ruiz',
      speaker_country: 'KE',
      speaker_country_source: 'demonym',
    });
    expect(
      extract('The statement by Ana Ruiz, Canada\'s envoy, was firm.\n\n"No," she said.\n').quotes[0],
    ).toMatchObject({ speaker: 'Ana Ruiz', speaker_country: 'CA' });
  });
  it('reads a portfolio or a country after a title, and letters after a name, as the office', () => {
    expect(response('The Foreign Minister of Norway, Ola Dahl, condemned the leak.\n', 'Ola Dahl')).toMatchObject({
      country: 'NO',
      country_source: 'name',
      role: 'Foreign Minister of Norway',
    });
    expect(response('Minister of Justice Ana Ruiz condemned the leak.\n', 'Ana Ruiz')).toMatchObject({
      country: null,
      role: 'Minister of Justice',
    });
    expect(response('Minister for the Families Ana Ruiz condemned the leak.\n', 'Ana Ruiz')?.role).toBe(
      'Minister for the Families',
    );
    expect(response('Jo Smith MP, chair of the panel, condemned the leak.\n', 'Jo Smith')?.role).toBe('MP');
    // An organisation after "of" is not a portfolio: the name stays whole.
    expect(
      extract('Ivo Berg, chairman of the Pirate Party, condemned the leak.\n').responses.map((r) => r.actor),
    ).toEqual(['Ivo Berg']);
  });
  it('gives a named office holder the country an unnamed mention of the same office states, and only then', () => {
    const one = extract(
      'Norway\'s defence minister said on Monday that talks would go on.\n\nDefence Minister Ola Dahl told radio listeners the plan was "dead".\n',
    );
    expect(one.quotes[0]).toMatchObject({ speaker: 'Ola Dahl', speaker_country: 'NO' });
    expect(one.responses.map((r) => r.actor)).toEqual(['Ola Dahl']);
    const abbreviated = extract(
      'The Foreign Minister of Norway, where the court sits, said the country would "follow the rules," FM Ola Dahl said.\n',
    );
    expect(abbreviated.quotes[0]).toMatchObject({ speaker: 'Ola Dahl', speaker_country: 'NO' });
    // Two holders of the office, or mentions that disagree: no country.
    const two = extract(
      'Norway\'s defence minister said on Monday that talks would go on.\n\nDefence Minister Ola Dahl told radio listeners the plan was "dead". Defence Minister Kari Berg agreed.\n',
    );
    expect(two.quotes[0]).toMatchObject({ speaker: 'Ola Dahl', speaker_country: null });
    // "An official" is one of many: no office to share.
    const many = extract(
      'A Danish official said on Monday that talks would go on.\n\nOfficial Ola Dahl told radio listeners the plan was "dead".\n',
    );
    expect(many.quotes[0]).toMatchObject({ speaker: 'Ola Dahl', speaker_country: null });
  });
  it("gives a state's office holders and bodies with no country the one state the document's governments act for", () => {
    const one =
      'The Latvian government denied the reports on Sunday.\n\nSeveral members of the government spoke on Monday. Minister of Justice Ana Ruiz said the reports were "lies". The Supreme Court rejected the appeal.\n';
    expect(response(one, 'Ana Ruiz')).toMatchObject({ country: 'LV', country_source: 'government' });
    expect(response(one, 'Supreme Court')).toMatchObject({ country: 'LV', country_source: 'government' });
    // Not a body whose own sentence names another state outside its quoted words: it may be that state's.
    expect(
      country(
        'The Latvian government denied the reports on Sunday.\n\nThe Ministry of Waste said it had opened a review, adding that Norway would not accept "any dumping".\n',
        'Ministry of Waste',
      ),
    ).toBeNull();
    expect(
      country(
        'The Latvian government denied the reports on Sunday.\n\nThe Ministry of Waste said it would "not let Norway decide".\n',
        'Ministry of Waste',
      ),
    ).toBe('LV');
    // A state's body named with a demonym anywhere counts, as a subject or not; one that only qualifies a noun
    // ("a Latvian government entity") does not.
    expect(
      country(
        'Questions for the Latvian government went unanswered.\n\nMinister of Justice Ana Ruiz said the reports were "lies".\n',
        'Ana Ruiz',
      ),
    ).toBe('LV');
    expect(
      country(
        'The Latvian government denied the reports.\n\nThe Treasury sanctioned an Estonian government entity.\n\nMinister of Justice Ana Ruiz said the reports were "lies".\n',
        'Ana Ruiz',
      ),
    ).toBe('LV');
    // A tribunal or a commission may be independent of any state: it takes no state's country.
    expect(
      country(
        'The Latvian government denied the reports.\n\nThe Baltic Tribunal said the camps were "a crime".\n',
        'Baltic Tribunal',
      ),
    ).toBeNull();
    // Two states' governments: which one a minister serves is not said.
    expect(
      country(
        'The Latvian government denied the reports. The Estonian government called for an inquiry.\n\nMinister of Justice Ana Ruiz said the reports were "lies".\n',
        'Ana Ruiz',
      ),
    ).toBeNull();
    // A capital as a place or a dateline is no government; a party's secretary holds no office of state.
    expect(
      country(
        'Riga \u2013 The Latvian government denied the reports.\n\nSpeaking in Brussels, Minister of Justice Ana Ruiz said the reports were "lies".\n',
        'Ana Ruiz',
      ),
    ).toBe('LV');
    expect(
      country(
        'The Latvian government denied the reports.\n\nParty secretary Ivo Berg said the reports were "lies".\n',
        'Ivo Berg',
      ),
    ).toBeNull();
    expect(
      country('Washington \u2013 Minister of Justice Ana Ruiz said the reports were "lies".\n', 'Ana Ruiz'),
    ).toBeNull();
  });
  it('reads no country from a place set before the name', () => {
    expect(
      response('Speaking to reporters in Brussels, Minister of Justice Ana Ruiz condemned the leak.\n', 'Ana Ruiz')
        ?.country,
    ).toBeNull();
    expect(response('Brussels, Minister Ana Ruiz condemned the leak.\n', 'Ana Ruiz')?.country).toBeNull();
  });
  it("gives a party's people the country of a party that only one country has", () => {
    expect(country("Jobbik's party director, Ana Kis, condemned the leak.\n", 'Ana Kis')).toBe('HU');
    expect(
      country('The chairman of the right-wing Civic Democratic Party, Ivo Novak, condemned it.\n', 'Ivo Novak'),
    ).toBe('CZ');
    // A name that parties of many countries share names no country.
    expect(country('The chairman of the Labour Party, Ivo Novak, condemned it.\n', 'Ivo Novak')).toBeNull();
  });
  it("gives a person's government and staff that person's country, but not their family", () => {
    expect(
      response(
        "Chancellor Anna Roth of Germany spoke first.\n\nRoth's government says it protested to the envoy.\n",
        "Roth's government",
      ),
    ).toMatchObject({ country: 'DE', country_source: 'name' });
    expect(
      country(
        "Russian President Ivan Orlov spoke.\n\nOrlov's spokesman, Dmitry Ivanov, has denied the claims.\n",
        'Dmitry Ivanov',
      ),
    ).toBe('RU');
    expect(
      country(
        "Saudi journalist Ali Nasser was killed.\n\nNasser's fiancee, Ayla Demir, condemned the killing.\n",
        'Ayla Demir',
      ),
    ).toBeNull();
  });
  it('takes the country a possessive puts before a title, on a later mention too', () => {
    const x = extract(
      'Prime Minister Ana Levi said "no" on Monday.\n\nThe court then issued a warrant for Peru\'s Prime Minister Ana Levi.\n',
    );
    expect(x.quotes[0]).toMatchObject({ speaker: 'Ana Levi', speaker_country: 'PE', speaker_country_source: 'name' });
  });
  it("gives a quote the same country as its speaker's response", () => {
    const x = extract(
      'German Chancellor Eva Roth condemned the raid on 3 May 2021.\n\nAt a press conference in Paris, Roth said: "This must stop."\n',
    );
    expect(x.quotes[0]).toMatchObject({
      speaker: 'Eva Roth',
      speaker_country: 'DE',
      speaker_country_source: 'demonym',
    });
    expect(x.responses.find((r) => r.actor === 'Eva Roth')?.country).toBe('DE');
  });
  it('takes no country from a document named before the actor, only from its own words', () => {
    const x = extract(
      'The Kenyan communiqué was read out on Monday. On Tuesday, a day after the Kenyan communiqué, MPs voted to open an inquiry.\n',
    );
    expect(x.responses.map((r) => [r.actor, r.country])).toEqual([['MPs', null]]);
    // A document's own words after it, set off by commas, leave it the subject.
    const report = extract(
      'The Panel\'s final report, made public on 18 May, found that the network moved "rifles and cartridges" into the port.\n',
    );
    expect(report.quotes.map((q) => q.speaker)).toEqual(['Panel']);
  });
  it('gives a body the country of its seat when "-based" opens its name', () => {
    const x = extract('The Latvia-based Baltic Press Alliance said the files "must be published in full".\n');
    expect(x.quotes.map((q) => [q.speaker, q.speaker_country])).toEqual([['Baltic Press Alliance', 'LV']]);
  });
  it("reads a seat of government or a foreign ministry's building as its state", () => {
    const x = extract('Itamaraty said it had asked for an explanation. La Moneda called the report "unfounded".\n');
    expect(x.responses.map((r) => [r.actor, r.country])).toEqual([
      ['Itamaraty', 'BR'],
      ['La Moneda', 'CL'],
    ]);
  });
  it('takes no country from "Chancellor" in a document naming two states whose ministers bear it', () => {
    const peru = extract(
      'Britain and Peru exchanged notes on the files. Chancellor Ana Vidal said Lima would "answer every question".\n',
    );
    expect(peru.quotes.map((q) => [q.speaker, q.speaker_country])).toEqual([['Ana Vidal', null]]);
    const germany = extract(
      'Germany summoned the ambassador. Chancellor Eva Roth said the spying was "unacceptable between friends".\n',
    );
    expect(germany.quotes.map((q) => [q.speaker, q.speaker_country])).toEqual([['Eva Roth', 'DE']]);
  });
});

describe('speakers are actors', () => {
  it('reads a national institution of the lexicon whole, commas and all', () => {
    expect(parseActors('the Foreign, Commonwealth and Development Office')[0]).toMatchObject({
      name: 'Foreign, Commonwealth and Development Office',
      country: 'GB',
      countrySource: 'institution',
    });
  });
  it('reads a body of the lexicon whole, and "X and Y Commission" as one body, and a script\'s labels as no one', () => {
    const x = extract(
      'Reporters Without Borders on Wednesday called the annex "a shopping list" on 7 May 2025. Nairobi\'s Ethics and Anti-Corruption Commission said it would act "within fourteen days".\n\nSUPER: "DARK WATER"\n\nWriter: Ana Ruiz\n',
    );
    expect(x.quotes.map((q) => q.speaker)).toEqual([
      'Reporters Without Borders',
      'Ethics and Anti-Corruption Commission',
      null,
    ]);
  });
  it('reads each bulleted line of a list as a sentence of its own, and its bullet as no word of the subject', () => {
    const x = extract(
      'Key events\n  * Cyprus\'s government orders an inquiry on 19 February 2025, saying the island will "not be a safe harbour" for sanctions-busting\n  * UK minister warns of "real consequences" for insurers\n',
    );
    expect(x.quotes.map((q) => [q.speaker, q.speaker_country])).toEqual([
      ["Cyprus's government", 'CY'],
      ['UK minister', 'GB'],
    ]);
  });
  it('reads "Brussels said" as the EU speaking, with no country; a body based there is Belgian', () => {
    const x = extract(
      'Brussels said it was "concerned" on 3 May 2024. The Brussels-based Asylum Justice Network called it "a scandal".\n',
    );
    expect(x.quotes.map((q) => [q.speaker, q.speaker_country])).toEqual([
      ['Brussels', null],
      ['Asylum Justice Network', 'BE'],
    ]);
  });
  it('finds no one in "the Oslo-listed shipowner" alone, nor in "First," or "Within a week,"', () => {
    const x = extract(
      'Nordhavn Bulk ASA, the Oslo-listed shipowner whose vessels carried the cargo, said on 3 May 2024 it took the findings "extremely seriously." Within a week, officials in 30 countries had commented. First, a list of licences should be published.\n',
    );
    expect(x.quotes.map((q) => q.speaker)).toEqual(['Nordhavn Bulk ASA']);
    expect(x.responses.map((r) => r.actor)).toEqual(['Nordhavn Bulk ASA']);
  });
  it('finds no actor in a table\'s telegraphic cell or in a region\'s "states", and keeps "Germany states that"', () => {
    const x = extract(
      '| Mexico | FGR | 21 Oct 2024 | Criminal investigation opened |\n\nHe urged the Commission, the Dakar-based body of seven West African states, to convene on 3 May 2024. Germany states that it disagrees.\n',
    );
    expect(x.responses.map((r) => r.actor)).toEqual(['Germany']);
  });
  const speakers = (t: string) => extract(t).quotes.map((q) => q.speaker);
  it('sends "the company" back to a company named in apposition, never to an international body', () => {
    const x = extract(
      'The Dutch prime minister said the European Union needed common rules.\n\nThe contractor, Veritas Systems, denied any wrongdoing. "We sell only to lawful governments," the company said.\n',
    );
    expect(x.quotes.map((q) => [q.speaker, q.speaker_type])).toEqual([['Veritas Systems', 'organisation']]);
    expect(x.responses.map((r) => r.actor)).toEqual(['Dutch prime minister', 'Veritas Systems']);
  });
  it('reads a plural title or body word opening a sentence as a common noun, not a name', () => {
    const x = extract(
      'Governments across Europe demanded answers on Tuesday. Officials in Oslo condemned the leak. Critics said nothing.\n',
    );
    expect(x.responses.map((r) => r.actor)).toEqual([]);
  });
  it('counts no "government" of a state the text does not name as a respondent', () => {
    const x = extract(
      'Kay Lund said her government would summon the ambassador. The government announced an inquiry.\n',
    );
    expect(x.responses.map((r) => r.actor)).toEqual(['Kay Lund']);
  });
  it('takes no word that opens a quotation or a sentence for a name unless it names someone before', () => {
    const x = extract(
      'The rapporteur, Maria Santos, said she had raised the matter in 2019. "Nothing has changed," she said.\n\nSantos said: "Everything is worse."\n',
    );
    expect(x.quotes.map((q) => q.speaker)).toEqual(['Maria Santos', 'Maria Santos']);
  });
  it("types a name set after a body's common noun as that body", () => {
    const x = extract(
      'The company, Brightline Security, has sued the reporter. The newspaper, Daily Ledger, said it would "fight".\n',
    );
    expect(x.responses.map((r) => [r.actor, r.actor_type])).toEqual([['Brightline Security', 'organisation']]);
    expect(x.quotes.map((q) => [q.speaker, q.speaker_type])).toEqual([['Daily Ledger', 'media']]);
  });
  it('names no one by a sentence\'s capitalised first word before a lower-case head, nor by "Neither ... nor"', () => {
    const x = extract(
      'Human rights groups welcomed the move. Opposition lawmakers condemned it. Neither the Irish government nor the Dutch government commented. Many Geneva diplomats welcomed it.\n',
    );
    expect(x.responses.map((r) => r.actor)).toEqual(['Geneva diplomats']);
  });
  it('reads "a spokesperson for X" as the spokesperson, who serves X\'s country and is "the spokesperson" after', () => {
    const x = extract(
      'Paul Dorn, the former Canadian prime minister, was named in the files. A spokesperson for Dorn said he had been briefed. "He is following this closely," the spokesperson said.\n',
    );
    expect(x.quotes.map((q) => [q.speaker, q.speaker_country])).toEqual([['spokesperson for Dorn', 'CA']]);
  });
  it('sends "they" to a group or body, never to a place', () => {
    const x = extract(
      'The cables were written by staff at the embassy of Ruritania in Copenhagen. They describe payments to officials.\n',
    );
    expect(x.responses).toEqual([]);
  });
  it('reads nothing out of the back matter ("References", "External links")', () => {
    const x = extract(
      'Marlow Files\n\nDR began publishing stories on 3 August 2020.[1]\n\nReferences\n\n1. "DR publishes Marlow Files". DR. 3 August 2020.\n2. Smith, J. (2020). "Cables reveal payments". OCCRP.\n',
    );
    expect(x.events.map((e) => e.date)).toEqual(['2020-08-03']);
    expect(x.quotes).toEqual([]);
  });
  it('reads "the editor of the Daily Ledger, Ruth Adler" as the press, no respondent', () => {
    const x = extract('"We will not be silenced," the editor of the Daily Ledger, Ruth Adler, wrote on Monday.\n');
    expect(x.quotes.map((q) => [q.speaker, q.speaker_type, q.speaker_role])).toEqual([
      ['Ruth Adler', 'media', 'editor'],
    ]);
    expect(x.responses).toEqual([]);
  });
  it('takes no sentence adverb ("Afterward,") for a speaker, and no law for an actor', () => {
    const x = extract(
      'Foreign Minister Carlos Prado met the envoy on 3 May 2021. Afterward, Prado told reporters that he expected "a full explanation". The Online Safety Bill was published in May 2021 and the First Amendment was cited on 4 May 2021.\n',
    );
    expect(x.quotes.map((q) => q.speaker)).toEqual(['Carlos Prado']);
    expect(x.events.flatMap((e) => e.actors)).not.toContain('First Amendment');
    expect(x.events.flatMap((e) => e.actors)).not.toContain('Online Safety Bill');
  });
  it("reads an organisation's national chapter as part of it, not as a person", () => {
    const x = extract("Transparency International's Lusitania chapter called for a public register.\n");
    expect(x.responses.map((r) => [r.actor, r.actor_type])).toEqual([
      ["Transparency International's Lusitania chapter", 'organisation'],
    ]);
  });
  it('reads a dual demonym ("British-Iranian aid worker X") as no name and no one country', () => {
    const x = extract(
      'British-Iranian aid worker Sara Karimi, who was released last year, called the detention "cruel".\n',
    );
    expect(x.quotes.map((q) => [q.speaker, q.speaker_country])).toEqual([['Sara Karimi', null]]);
  });
  it('reads a name before a word and a title ("Asia program head") as what qualifies the title, not a person', () => {
    const x = extract("The Council on Foreign Relations' Asia program head, Linda Park, called for caution.\n");
    expect(x.responses.map((r) => r.actor)).toEqual(['Linda Park']);
  });
  it('does not take an opening participle for a name', () => {
    expect(
      speakers('Ana Ruiz denied it on Monday. Speaking on national television, she said: "I paid every tax."\n'),
    ).toEqual(['Ana Ruiz']);
  });
  it('starts a clause after "and"', () => {
    expect(speakers('Ana Ruiz called the claims "a smear," and she said she had done nothing "wrong."\n')).toEqual([
      'Ana Ruiz',
      'Ana Ruiz',
    ]);
  });
  it('looks past a phrase of time between the subject and its verb', () => {
    expect(speakers('Prime Minister Ola Berg on Dec. 9 said: "There are rules."\n')).toEqual(['Ola Berg']);
    expect(speakers('Ola Berg in a statement said: "There are rules."\n')).toEqual(['Ola Berg']);
  });
  it('reads "quoted X as saying"', () => {
    expect(speakers('The memo quoted Ivo Berg as saying the mayor had used his post "to extort cash."\n')).toEqual([
      'Ivo Berg',
    ]);
  });
  it('takes no medium set before the subject, nor a fragment of a country name, for a speaker', () => {
    expect(speakers('Writing on Twitter, Ana Ruiz called it "a farce".\n')).toEqual(['Ana Ruiz']);
    expect(
      extract('The United Kingdom said it was "deeply concerned". United said nothing.\n').responses.map(
        (r) => r.actor,
      ),
    ).toEqual(['United Kingdom']);
    // A capital standing for its government stays the subject.
    expect(
      speakers('Before the coup, Lima, alongside several other nations, had urged the army to "respect the vote".\n'),
    ).toEqual(['Lima']);
  });
  it('takes no demonym, photo credit or unnamed noun for a speaker', () => {
    expect(speakers('They felt Swiss laws were "immoral".\n')).toEqual([null]);
    expect(
      speakers(
        'Kay Lund spoke first. Minister Ana Ruiz in Lima. (credit: JOHN SMITH/GPO)\n\n"It is complex," he said.\n',
      ),
    ).not.toContain('JOHN SMITH');
    expect(speakers('The data were leaked by a person or group, who wrote that the laws were "immoral".\n')).toEqual([
      null,
    ]);
  });
  it('gives no speaker to words of someone unnamed, nor to a pronoun that means them', () => {
    expect(
      speakers(
        'The Lima Institute published the data.\n\nThe files were leaked by a person or group, who wrote that the laws were "immoral".\n',
      ),
    ).toEqual([null]);
    expect(
      speakers('Ana Ruiz spoke first. The files were leaked by an official, and he said the laws were "immoral".\n'),
    ).toEqual([null]);
    expect(
      speakers('Ana Ruiz spoke first. A spokesman for the firm took the stage. He said the claims were "false".\n'),
    ).toEqual([null]);
    // An apposition brings no one new in.
    expect(speakers('Ana Ruiz, a lawyer, spoke first. She said the claims were "false".\n')).toEqual(['Ana Ruiz']);
  });
  it('takes the subject, not the object of an opening clause, and a speaker over a photo caption for "he"', () => {
    const t =
      'Asked whether Peru would arrest Ivo Berg, Ana Ruiz said it was complicated. President Ivo Berg in Lima, May 1, 2024.\n\n"It is a point I will not discuss," she said.\n';
    expect(speakers(t)).toEqual(['Ana Ruiz']);
    expect(extract(t).responses.map((r) => r.actor)).toEqual(['Ana Ruiz']);
    // A title and its holder's name stay one actor.
    expect(
      extract("Peru's Prime Minister, Ana Ruiz, resigned on Tuesday.\n").responses.map((r) => [r.actor, r.country]),
    ).toEqual([['Ana Ruiz', 'PE']]);
  });
  it('gives "she" to the person just named in a full sentence, not to the subject of the sentence before', () => {
    expect(
      speakers(
        'Last month, Ambassador Ana Ruiz was forced to resign over cables in which she discussed the war. In January, Ambassador Kay Lund was forced to leave Lima after a cable in which she speculated on a "voluptuous" nurse.\n',
      ),
    ).toEqual(['Kay Lund']);
  });
  it('gives a quote standing alone to the one who spoke just before', () => {
    expect(speakers('Foreign Minister Ana Ruiz of Peru spoke to reporters on Monday.\n\n"We will fight."\n')).toEqual([
      'Ana Ruiz',
    ]);
  });
  it('gives "a university spokesperson" to the one university named, and reads "Students" as no one', () => {
    const x = extract(
      'Rakaia University signed the deal in 2024.\n\nStudents protested on Monday.\n\nA university spokesperson, replying to the paper on Tuesday, had said the clause was "standard".\n',
    );
    expect(x.quotes.map((q) => q.speaker)).toEqual(['Rakaia University']);
    expect(x.responses.map((r) => r.actor)).toEqual(['Rakaia University']);
    // Two universities named: which one speaks is not known.
    expect(
      speakers(
        'Rakaia University and Tasman University signed the deal.\n\nA university spokesperson said it was "standard".\n',
      ),
    ).toEqual([null]);
  });
  it('gives "the delegation" to the state that took the floor, and "its representative" to the group named last', () => {
    expect(
      speakers(
        'Denmark, speaking on behalf of the Nordic countries, said the records were true. The Government should "stop pretending", the delegation said.\n',
      ),
    ).toEqual(['Denmark']);
    const x = extract(
      'Eritrean Families for Truth, a network of relatives, read out three names. "We ask only for a grave," its representative said.\n',
    );
    // A group whose name a demonym opens is named whole; the demonym says whom it speaks of, not whose it is.
    expect(x.quotes.map((q) => [q.speaker, q.speaker_country])).toEqual([['Eritrean Families for Truth', null]]);
  });
  it('gives words to the person named right before "telling" or "saying", and no reaction to what papers record', () => {
    const x = extract(
      'The cables also record Minister Ana Ruiz telling officials at a meeting that Lima "cannot keep paying".\n',
    );
    expect(x.quotes.map((q) => q.speaker)).toEqual(['Ana Ruiz']);
    expect(x.responses).toEqual([]);
    // A name after a preposition is no participle's subject: the statement calls, not the state.
    expect(
      speakers(
        'Canada issued a joint statement with the United Kingdom calling for an end to "abuses" in the region.\n',
      ),
    ).toEqual(['Canada']);
  });
  it('gives "she said" in a turn of a transcript to someone other than the turn\'s speaker, and a title alone to its holder', () => {
    expect(
      speakers(
        'Commissioner Anna Wielgosz will travel to Geneva on Friday. Has the Commissioner spoken to Maria Lopez since?\n\nEGANA: I can tell you this. The Commissioner was very clear yesterday in the committee. "We negotiate at the table," she said.\n\nEGANA: That is all.\n',
      ),
    ).toEqual(['Anna Wielgosz']);
  });
  it('gives "he said" to no one named only inside the quoted words, and reads "Even" opening a sentence as no name', () => {
    expect(
      speakers(
        'The files came from Ostrava Partners.\n\nTobias Berg, the network\'s legal director, was blunter. "Not one prosecutor has asked Ostrava for a document," he said.\n',
      ),
    ).toEqual(['Tobias Berg']);
    expect(
      extract('Even the German side said on Monday that it was not in a position to verify the files.').responses,
    ).toEqual([]);
  });
  it('gives words after "a statement by X affirming" to X, and reads "affirming" and like participles as reporting', () => {
    expect(
      speakers(
        'The news agency on Monday carried a statement by the Ministry of Finance affirming that the funds meet "the highest standards".\n',
      ),
    ).toEqual(['Ministry of Finance']);
    expect(speakers('Ana Ruiz spoke on Monday, confirming that the deal was "dead".\n')).toEqual(['Ana Ruiz']);
  });
  it('gives "as I said" in a transcript\'s turn to the turn\'s speaker', () => {
    expect(
      speakers(
        'AFP: Do you deny the files?\n\nShen Yuming: I answered this on Monday. As I said then, "China never asks its students to spy." That has not changed.\n\nAFP: Thank you.\n\nShen Yuming: You are welcome.\n',
      ),
    ).toEqual(['Shen Yuming']);
  });
  it('gives the words a memo recommends to its author', () => {
    expect(
      speakers(
        'The memo was written by Professor Ana Ruiz.\n\nRuiz\'s memo recommends that the deal "not be listed at this stage".\n',
      ),
    ).toEqual(['Ana Ruiz']);
  });
  it('reads "said to be" as hearsay, not as anyone\'s words', () => {
    expect(
      speakers(
        'Ana Ruiz said in an interview that she knew nothing.\n\nBerg was named for his stake in a firm said to be one of the bank\'s "biggest clients," according to a leaked file.\n',
      ),
    ).toEqual([null]);
  });
  it('sends "the statement" and "the group" back to the body that spoke', () => {
    expect(
      speakers(
        'The Lagos police department said its inquiry would go on. The statement added, "We will say no more."\n',
      ),
    ).toEqual(['Lagos police department']);
    expect(
      speakers(
        'The Danish Institute for Human Rights published the data on Monday. The group says the firm "hid its owners."\n',
      ),
    ).toEqual(['Danish Institute for Human Rights']);
  });
});

describe('words that open a sentence or a title and name no one', () => {
  const speakers = (t: string) => extract(t).quotes.map((q) => q.speaker);
  const actors = (t: string) => extract(t).responses.map((r) => r.actor);
  it('reads a dateline before a colon, "Late on Thursday" and "About 20 members" as no one', () => {
    const x = extract(
      'ISLAMABAD: The Foreign Office on Friday ordered an inquiry, calling it "a grave breach of trust".\n\nLate on Thursday, the Prime Minister\'s Office said it had "taken serious notice".\n\nAbout 20 members of the network held a rally, saying talks happened "behind closed doors."\n\nISLAMABAD: Another story.\n',
    );
    expect(x.quotes.map((q) => q.speaker)).toEqual(['Foreign Office', "Prime Minister's Office", null]);
    expect(x.responses.map((r) => r.actor)).toEqual(['Foreign Office', "Prime Minister's Office"]);
  });
  it('reads an adverb opening the sentence, a list heading in capitals and "and" in a body\'s name as no one', () => {
    expect(speakers('Back home, Ada Sule said the board would publish its findings "within 30 days".')).toEqual([
      'Ada Sule',
    ]);
    expect(
      actors(
        'NAIROBI, 5 March 2026\n\nIN THIS BRIEFING: Port strike | Floods\n\nAda Sule said the strike was over.\n\nIN THIS BRIEFING: the strike is over.\n',
      ),
    ).toEqual(['Ada Sule']);
    expect(actors('The Ministry of Disaster Management and Relief said 300 tonnes of rice had been sent.')).toEqual([
      'Ministry of Disaster Management and Relief',
    ]);
    expect(actors('The Forum for Peace and Development said the report should be withdrawn.')).toEqual([
      'Forum for Peace and Development',
    ]);
    // A state after "and" is a second actor.
    expect(actors('The Ministry of Health and Kenya condemned the leak.')).toEqual(['Ministry of Health', 'Kenya']);
  });
  it('reads a participle opening the sentence as no subject', () => {
    expect(
      speakers('Opening the session, the committee chair, Mira Sand, said the ban was "an insult to the assembly".'),
    ).toEqual(['Mira Sand']);
    expect(
      speakers('Giving evidence beside her, Olav Berg, an analyst, told the panel it was "unprecedented".'),
    ).toEqual(['Olav Berg']);
    // A capital that ends in -ing is a subject.
    expect(speakers('Beijing, however, said the report was "a fabrication".')).toEqual(['Beijing']);
  });
  it('finds no act in a question or a condition', () => {
    expect(
      actors('Asked whether Portugal would expel the envoys, the spokesman said: "We will not speculate."'),
    ).toEqual([]);
  });
  it("reads a body's portfolios whole when the lexicon lacks them, and no person's name as one", () => {
    const names = (t: string) => parseActors(t).map((a) => [a.name, a.type]);
    expect(names('the Ministry of Home Affairs and Internal Security')).toEqual([
      ['Ministry of Home Affairs and Internal Security', 'government'],
    ]);
    expect(names('the Ministry of Environment, Urbanisation and Climate Change')).toEqual([
      ['Ministry of Environment Urbanisation and Climate Change', 'government'],
    ]);
    expect(names('the Netherlands\u2019 Human Environment and Transport Inspectorate')).toEqual([
      ['Human Environment and Transport Inspectorate', 'government'],
    ]);
    expect(
      extract(
        'The Department for Environment, Food and Rural Affairs said it was briefed, adding that it would act.\n',
      ).responses.map((r) => r.actor),
    ).toEqual(['Department for Environment, Food and Rural Affairs']);
    expect(names('the Ministry of Justice and Ana Ruiz')).toEqual([
      ['Ministry of Justice', 'government'],
      ['Ana Ruiz', 'person'],
    ]);
  });
  it("keeps a state's name on its body named for a portfolio, and knows the body by its short name later", () => {
    const x = extract(
      'Poland\u2019s Ministry of Foreign Affairs summoned the envoy. Ghana\u2019s Ministry of Foreign Affairs protested.\n\nLater the Ministry of Foreign Affairs said it was "deeply concerned".\n',
    );
    expect(x.responses.map((r) => [r.actor, r.country])).toEqual([
      ["Poland's Ministry of Foreign Affairs", 'PL'],
      ["Ghana's Ministry of Foreign Affairs", 'GH'],
    ]);
    expect(x.quotes[0]).toMatchObject({ speaker: "Ghana's Ministry of Foreign Affairs", speaker_country: 'GH' });
  });
  it('reads a ministry\'s deputy spokesperson as its staff, and "Viet Nam" as a state', () => {
    expect(
      extract(
        'Intro.\n\n* FRANCE:\nForeign ministry deputy spokesperson Ana Ruiz said that France "condemns any such use".\n',
      ).quotes[0],
    ).toMatchObject({ speaker: 'Ana Ruiz', speaker_country: 'FR' });
    expect(parseActors('Viet Nam')[0]).toMatchObject({ country: 'VN' });
  });
  it('reads "deputy spokesperson" as one title, which "the spokesperson" later points back to', () => {
    const x = extract(
      'Deputy spokesperson Luu Thi Nhan said Vietnam had "taken note". "Any project must be weighed," the spokesperson said.\n',
    );
    expect(x.quotes.map((q) => q.speaker)).toEqual(['Luu Thi Nhan', 'Luu Thi Nhan']);
  });
  it("reads an opposition member's title before the name, and a name opening with the \u02BBokina as a name", () => {
    expect(parseActors('Opposition MP \u02BBAna Vaipulu')[0]).toMatchObject({
      name: '\u02BBAna Vaipulu',
      role: 'Opposition MP',
    });
  });
  it('reads a capitalised portfolio after a lower-case title as no name', () => {
    expect(parseActors('France\u2019s minister delegate for Europe, Claire Dumas')[0]).toMatchObject({
      name: 'Claire Dumas',
      country: 'FR',
    });
    expect(parseActors('the envoy for the Middle East, Ivo Berg')[0]?.name).toBe('Ivo Berg');
  });
  it("keeps a title's list of portfolios whole", () => {
    expect(
      parseActors('the Minister of Foreign Affairs and Cooperation, Awa Diallo').map((a) => [a.name, a.role]),
    ).toEqual([['Awa Diallo', 'Minister of Foreign Affairs and Cooperation']]);
    expect(parseActors('its Commissioner for Political Affairs, Peace and Security, Kofi Mensah')[0]?.name).toBe(
      'Kofi Mensah',
    );
  });
  it('reads a capitalised word opening a sentence as a common noun when the text writes it in lower case', () => {
    expect(actors('Documents suggest the charity kept files on critics. The documents were leaked.')).toEqual([]);
    expect(actors('Others in Vienna tell a different story. The others disagree.')).toEqual([]);
    expect(actors('Eleven fishers described being beaten by officers.')).toEqual([]);
  });
  it('reads no subject inside quoted words, and no speaker in those a headline says were told', () => {
    expect(
      actors(
        '"Diplomatic status is no licence to spy," said Eva Lind, a spokeswoman for the Swedish Foreign Ministry, adding that Stockholm was in contact with Oslo.',
      ),
    ).toEqual(['Eva Lind']);
    expect(speakers('Observers were given "six hours and no reasons", MPs told\n\nThe observers left.\n')).toEqual([
      null,
    ]);
  });
  it('takes the country of a title before a name that the article opens', () => {
    const x = extract(
      'The Irish senator Aoife Nolan, who led the delegation, gave evidence. "We were told to leave," Nolan said.',
    );
    expect(x.quotes[0]).toMatchObject({ speaker: 'Aoife Nolan', speaker_country: 'IE' });
  });
});

describe('pronouns', () => {
  it('reads "it" as the paper or body that opened a recent sentence, not a body named inside its clause', () => {
    const x = extract(
      'The Harbour Herald wrote on Monday that the port "can no longer look away". The paper argued that the Ministry of Transport\'s rules were written for lawyers. "The scandal is ours," it concluded.\n',
    );
    expect(x.quotes.map((q) => q.speaker)).toEqual(['Harbour Herald', 'Harbour Herald']);
  });
  it('does not take "she" for a man by his given name, nor "he" for a woman', () => {
    const x = extract(
      'Senator Aoife Walsh gave evidence. Pressed by Giles Martin on the rules, she said the team had "followed every instruction".',
    );
    expect(x.quotes[0]?.speaker).toBe('Aoife Walsh');
  });
  it('takes no name that qualifies a noun ("the Open Dossier story") for a person', () => {
    const x = extract(
      'Aoife Walsh testified on Monday. The hearing then turned to the Open Dossier story. "We were misled," she said.',
    );
    expect(x.quotes[0]?.speaker).toBe('Aoife Walsh');
  });
  it('reads the seat of a government as that government', () => {
    expect(extract('The Hague said it would "review the case".').quotes[0]).toMatchObject({ speaker_country: 'NL' });
  });
});

describe('who said it, when an outlet or an office stands between', () => {
  it('gives words an outlet reported to the one they were reported of', () => {
    const x = extract(
      'Chile\'s foreign ministry dismissed the report as "a fabrication", the state news agency reported on Monday.',
    );
    expect(x.quotes[0]).toMatchObject({ speaker: "Chile's foreign ministry", speaker_country: 'CL' });
  });
  it('does not take "the minister" for a prime minister', () => {
    const x = extract(
      'Foreign Minister Elise Marchand announced the sanctions. She later spoke to Prime Minister Jean Delva by phone. As the minister said this morning, "if the trail leads here, we will follow it."',
    );
    expect(x.quotes[0]?.speaker).toBe('Elise Marchand');
  });
  it('reads "the Honourable" as an honorific, not a name', () => {
    expect(parseActors('the Honourable Elise Marchand, Minister of Foreign Affairs')[0]?.name).toBe('Elise Marchand');
  });
});

describe('members of Congress, live pages and places after "to"', () => {
  it('reads a party-and-state tag as a member of the U.S. Congress', () => {
    expect(parseActors('Rep. Ana Ruiz, D-N.Y.')[0]).toMatchObject({ name: 'Ana Ruiz', country: 'US' });
    const x = extract(
      'Sen. Carla Whit, D-Ore., the panel\'s top Democrat, took a different line. Speaking on the floor, she called it "the kind of candor we pay for."',
    );
    expect(x.quotes[0]).toMatchObject({ speaker: 'Carla Whit', speaker_country: 'US' });
  });
  it("reads the first word after a live page's time as the sentence's first", () => {
    expect(
      extract('A freight broker in Dubai was named.\n\n16:40 Broker says it followed the law\n').responses,
    ).toEqual([]);
  });
  it('finds no act in a "whether" clause that holds an abbreviation', () => {
    expect(
      extract('Senators asked how the files got out and whether U.S. diplomats had urged Washington to act.').responses,
    ).toEqual([]);
  });
  it('takes no capital after "to" for the body "it" means', () => {
    const x = extract(
      'Amnesty International published the report. Its researcher boarded a flight to Dakar. It states that people were held "without a lawyer".',
    );
    expect(x.quotes[0]?.speaker).toBe('Amnesty International');
  });
});

describe('unnamed sources and officials of shared bodies', () => {
  it('keeps an anonymous source out of the responses in the words quoted after it too', () => {
    const x = extract(
      'A senior OSCE official, who spoke on condition of anonymity because they were not authorised to speak, said the office had been under pressure. "The choice was a weaker report or none," the official said.',
    );
    expect(x.responses).toEqual([]);
  });
  it('gives an official of a body that several states name alike the one state the text names', () => {
    const x = extract(
      'The UK summoned the envoy. The Foreign Office minister Cat Wynn rejected the "weak response" charge.',
    );
    expect(x.quotes[0]).toMatchObject({
      speaker: 'Cat Wynn',
      speaker_country: 'GB',
      speaker_country_source: 'institution',
    });
  });
});

describe('papers and who issued them', () => {
  it('gives "the statement said" to the one who issued the statement, not to a body named inside it', () => {
    const x = extract(
      'In a statement, the Peruvian government said two ships had docked and that the Interior Ministry had opened an inquiry. "Peru will not allow its ports to be misused," the statement said.',
    );
    expect(x.quotes[0]).toMatchObject({ speaker: 'Peruvian government', speaker_country: 'PE' });
  });
  it('reads a communique as a paper', () => {
    const x = extract(
      'In a communiqué read on state radio, the Malian government rejected the report. The communiqué added that "no one is held outside the law".',
    );
    expect(x.quotes[0]?.speaker).toBe('Malian government');
  });
});

describe('reporting verbs and their subjects', () => {
  it('reads "said the president of the bloc, deputy X" as X, and no lower-case word that is no title', () => {
    const x = extract(
      'The bloc asked for a hearing. "Let her come and explain," said the president of the bloc, deputy Ana Vidal.\n',
    );
    expect(x.quotes.map((q) => q.speaker)).toEqual(['Ana Vidal']);
    const y = extract('"It is late," said the head of the group, which Ana Vidal founded.\n');
    expect(y.quotes.map((q) => q.speaker)).toEqual([null]);
  });
  it("names an office held by one, under a country's label, as that country's holder of it", () => {
    const x = extract(
      'Reactions\n\n* Chile – The Prime Minister told reporters: "No Chilean agency bought the data."\n* Peru – An official called it "a scandal".\n',
    );
    // An official is one of many: no one in particular.
    expect(x.quotes.map((q) => [q.speaker, q.speaker_country])).toEqual([
      ['Prime Minister of Chile', 'CL'],
      [null, null],
    ]);
  });
  it('reads "the secretariat" or "the directorate" as a body named before, and "answers" as no verb', () => {
    // "Answers" and "terms" are nouns too often ("Greens demand answers", "in unflattering terms") to report words.
    const x = extract(
      'Greens demand answers over the deal\n\nPeru\'s Secretariat of Mining froze the permit. Lima wants "full clarity", the secretariat said. The cables describe Chilean officials in unflattering terms.\n',
    );
    expect(x.quotes.map((q) => [q.speaker, q.speaker_country])).toEqual([["Peru's Secretariat of Mining", 'PE']]);
    expect(x.responses.map((r) => r.actor)).toEqual(["Peru's Secretariat of Mining"]);
  });
  it('reads "She went on:" as saying, and a press release\'s name line under a closing quote as its signer', () => {
    const x = extract(
      'Ana Vidal, director of Red Digital (Mexico), said her country had "been here before." She went on: "Every scandal ends with a promise."\n\n"The licences were stamped in Nicosia. The file must be reviewed in public.\n"\nPetros Ioannou, Open Cyprus (Cyprus)\n\nThe talks went on for hours.\n',
    );
    expect(x.quotes.map((q) => q.speaker)).toEqual(['Ana Vidal', 'Ana Vidal', 'Petros Ioannou']);
  });
  it("reads \"calls X '...'\" in the present as the subject's words, not the last speaker's", () => {
    const x = extract(
      'The chief executive, Dora Lind, wrote to staff: "We will cooperate." A day later, the Open Books Institute calls the suspension "a first step, not an answer".\n',
    );
    expect(x.quotes.map((q) => q.speaker)).toEqual(['Dora Lind', 'Open Books Institute']);
  });
  it('reads "assured" and "indicated" as verbs of saying', () => {
    const x = extract('The director, Rui Lins, assured a colleague that the papers "can always be fixed later".');
    expect(x.quotes[0]?.speaker).toBe('Rui Lins');
  });
  it('gives words inside what someone said to them, not to a thing that "showed" them', () => {
    const x = extract(
      'Speaking in Oslo, Colombia\'s environment minister, Ana Restrepo, said the case showed that certificates were "only as honest as the people who sign them".',
    );
    expect(x.quotes[0]).toMatchObject({ speaker: 'Ana Restrepo', speaker_country: 'CO' });
  });
  it('keeps "on" inside a body\'s name', () => {
    const x = extract(
      'In Banjul, the African Commission on Human and Peoples\' Rights, a body of the African Union, indicated that it had asked for "urgent information".',
    );
    expect(x.quotes[0]?.speaker).toMatch(/^African Commission/);
  });
});

describe('a participle after the main clause', () => {
  it('gives the words to the subject of the main clause, a title that points back included', () => {
    const x = extract(
      'Chile\'s foreign minister, Ana Ruiz, spoke on radio. The minister went further, insisting that her government had "never asked for changes". The ministry spokeswoman Eva Soto went on, adding that it was "a smear".\n',
    );
    // The ministry's spokeswoman serves a state's body, in a text whose state offices all act for Chile.
    expect(x.quotes.map((q) => [q.speaker, q.speaker_country])).toEqual([
      ['Ana Ruiz', 'CL'],
      ['Eva Soto', 'CL'],
    ]);
  });
});

describe('relative clauses', () => {
  it('reads a speech verb inside a relative clause as qualifying a noun, not introducing the words', () => {
    const x = extract('Oxfam called for an inquiry, saying the witnesses who had testified "deserve an answer".\n');
    expect(x.quotes.map((q) => q.speaker)).toEqual(['Oxfam']);
  });
  it("takes no country from a relative clause after a person's title", () => {
    const x = extract(
      'Ana Ruiz, the reporter who led the Chilean side of the inquiry, said the firm had "a week to answer".\n',
    );
    expect(x.quotes.map((q) => [q.speaker, q.speaker_country])).toEqual([['Ana Ruiz', null]]);
  });
  it('lets "she" point back to a journalist named with her title', () => {
    const x = extract(
      'Among those held was the reporter Lena Vos. Minister Ivo Berg later spoke. By May, Vos was free. "They took our notes," she said.\n',
    );
    expect(x.quotes.map((q) => q.speaker)).toEqual(['Lena Vos']);
  });
});

describe('titled speakers and openers', () => {
  const actors = (t: string) => extract(t).responses.map((r) => r.actor);
  it('lets a pronoun point back to a title with its country ("the representative of France ... he said")', () => {
    const x = extract(
      'The representative of France said the findings were grave. "France will not accept it," he said. China\'s representative likewise cautioned, and said it was "too early".\n',
    );
    expect(x.quotes.map((q) => [q.speaker, q.speaker_country])).toEqual([
      ['representative of France', 'FR'],
      ["China's representative", 'CN'],
    ]);
  });
  it("keeps each state's representative apart, past an opening phrase that holds a list", () => {
    const x = extract(
      'China\'s representative cautioned against haste. Speaking also on behalf of Finland, Iceland and Sweden, the representative of Denmark said the matter was "in hand". Speaking for the African Group, the representative of Ghana said most were nationals. "Our citizens were not line items," she said.\n',
    );
    expect(x.quotes.map((q) => [q.speaker, q.speaker_country])).toEqual([
      ['representative of Denmark', 'DK'],
      ['representative of Ghana', 'GH'],
    ]);
  });
  it('reads "the speaker for" a state as its representative, a person a pronoun may mean', () => {
    const x = extract(
      'The speaker for the Russian Federation rejected what he called "trial by leak". "Nobody can verify it," he said.\n',
    );
    expect(x.quotes.map((q) => [q.speaker, q.speaker_country])).toEqual([
      ['representative of the Russian Federation', 'RU'],
      ['representative of the Russian Federation', 'RU'],
    ]);
  });
  it('reads a delegate as a title', () => {
    expect(
      extract('The Brazilian delegate said "enough".\n').quotes.map((q) => [q.speaker, q.speaker_country]),
    ).toEqual([['Brazilian delegate', 'BR']]);
  });
  it('takes no reporting clause from a clause of its own after the quote ("after leaked emails suggested")', () => {
    const x = extract(
      'Leak\n\nPeru\'s foreign minister has insisted her ministry acted "in good faith" after leaked emails suggested otherwise.\n',
    );
    expect(x.quotes.map((q) => q.speaker)).toEqual(["Peru's foreign minister"]);
  });
  it('reads past a relative clause between the quote and its verb, and "who" after a name and its title', () => {
    const x = extract(
      'Ivo Berg spoke. Ana Ruiz replied. "Someone has to take responsibility," Mr Berg, who leads the Greens, told reporters. It was "a start", according to Eva Soto, director of the group Open Watch, who said the hearing would be "the real test".\n',
    );
    expect(x.quotes.map((q) => q.speaker)).toEqual(['Ivo Berg', 'Eva Soto', 'Eva Soto']);
  });
  it("keeps a country heading's label under the deeper headings in its section", () => {
    const x = extract(
      '## Croatia\n\n### 10 May – Office of the Prime Minister\n\n- The Office of the Prime Minister said it "regrets" the leak.\n\n## Other\n\n### 11 May – Office of the Prime Minister\n\n- The Office of the Prime Minister said it "welcomes" the inquiry.\n',
      'x.md',
    );
    expect(x.quotes.map((q) => q.speaker_country)).toEqual(['HR', null]);
  });
  it('reads past a span of time opening the sentence ("A day later,") to its subject', () => {
    const x = extract(
      'The firm denied it. A day later, Greece\'s Ministry of Shipping ordered an inspection, adding that "no vessel will be exempt".\n',
    );
    expect(x.quotes.map((q) => [q.speaker, q.speaker_country])).toEqual([["Greece's Ministry of Shipping", 'GR']]);
  });
  it('reads a long apposition with a demonym and an MEP as a title; a name between adjectives and a noun is none', () => {
    const x = extract(
      'Ruud Vos, a Dutch MEP from the liberal Renew Europe group, wants an audit. He had asked last week, he said, and "received nothing."\n',
    );
    expect(x.quotes.map((q) => [q.speaker, q.speaker_country])).toEqual([['Ruud Vos', 'NL']]);
  });
  it('reads ", and" after a common noun as the start of a new clause, but not inside a list of names', () => {
    expect(
      actors(
        "Belgium called for an EU-wide response, and Finland's Ministry of Economic Affairs and Employment asked refiners to review contracts.\n",
      ),
    ).toEqual(['Belgium', "Finland's Ministry of Economic Affairs and Employment"]);
    expect(
      actors(
        "The party's director, Ivo Berg, and Minister of Justice, Ana Ruiz, claimed they had no knowledge of it.\n",
      ),
    ).toEqual(['Ivo Berg', 'Ana Ruiz']);
  });
  it('reads an opening phrase in a list item past its bullet', () => {
    const x = extract(
      '- In a written statement, the Office of the Prime Minister said it "regrets" the leak.\n',
      'x.md',
    );
    expect(x.quotes.map((q) => q.speaker)).toEqual(['Office of the Prime Minister']);
  });
  it('reads a participle\'s subject through a demonym to its body ("The Russian embassy in Oslo responded ... calling")', () => {
    const x = extract(
      'The Russian embassy in Oslo responded a day later with a statement calling the reporting "a fantasy".\n',
    );
    expect(x.quotes.map((q) => [q.speaker, q.speaker_country])).toEqual([['Russian embassy', 'RU']]);
  });
  it('gives a quote to the one the next sentence says its words were', () => {
    const x = extract(
      'Ana Ruiz spoke first.\n\n"My clients have waited thirty days for a judge."\n\nThese were the words of Maître Eva Soto, a member of the Bar, speaking on Thursday.\n',
    );
    expect(x.quotes.map((q) => q.speaker)).toEqual(['Eva Soto']);
  });
  it('reads "the report found that" as the report\'s words, given to the body that opened the sentence before', () => {
    const x = extract(
      'Amnesty International published a report on Tuesday.\n\nThe report found that agencies charged fees "equivalent to nine months of pay".\n',
    );
    expect(x.quotes.map((q) => q.speaker)).toEqual(['Amnesty International']);
  });
  it('gives "the report" to the body a sentence before says issued it ("a report Oxfam published")', () => {
    const x = extract(
      'Fishers were held in debt bondage, according to a report Oxfam published on 12 March.\n\nThe report found that agencies charged fees "equivalent to nine months of pay".\n',
    );
    expect(x.quotes.map((q) => q.speaker)).toEqual(['Oxfam']);
  });
  it('reads the name set after a title with its article in a cue after the quote', () => {
    const x = extract(
      '"It sends a worrying signal," said the commission\'s Special Rapporteur on Human Rights Defenders, Commissioner Amina Otieno.\n',
    );
    expect(x.quotes.map((q) => q.speaker)).toEqual(['Amina Otieno']);
  });
  it('reads "its foreign ministry" after a state as that state\'s ministry', () => {
    const x = extract('Ghana summoned the envoy over what its foreign ministry called "gross negligence".\n');
    expect(x.quotes.map((q) => [q.speaker, q.speaker_country])).toEqual([["Ghana's foreign ministry", 'GH']]);
  });
  it('gives the words of "its spokesperson" to the body named last', () => {
    const x = extract(
      'The ruling Green Party countered that the opposition was "playing politics," its floor spokesperson said in a briefing.\n',
    );
    expect(x.quotes.map((q) => q.speaker)).toEqual(['Green Party']);
  });
  it("reads past a title's abbreviation between the quote and its verb", () => {
    const x = extract(
      '"The government has humiliated us," Rep. Han Ji-woo, the party\'s senior member, told Yonhap.\n',
    );
    expect(x.quotes.map((q) => q.speaker)).toEqual(['Han Ji-woo']);
  });
  it('gives the quoted paragraphs after "X said in a statement:" to X, a body too', () => {
    const x = extract(
      'The Flemish government said in a statement this morning:\n\n"The licences were lawful.\n\n"We will not hide behind paperwork."\n',
    );
    expect(x.quotes.map((q) => q.speaker)).toEqual(['Flemish government', 'Flemish government']);
  });
  it('reads no name in a time zone, a pronoun run together with its verb, or a lower-case compound opening a sentence', () => {
    expect(
      actors(
        "Wallonia signs these licences. I've asked for a hearing. The 14:32 GMT entry said the ministry had acted. Night-vision parts of the type listed in the files.\n",
      ),
    ).toEqual([]);
  });
  it("takes a firm's country from where it is registered or based, set before its name", () => {
    const x = extract(
      'Files from the Malta-registered ship manager Corvo Marine were published. Corvo said it "rejects" them.\n',
    );
    expect(x.quotes.map((q) => [q.speaker, q.speaker_country])).toEqual([['Corvo Marine', 'MT']]);
  });
  it('takes the country of the state body a title is held at, in an apposition that opens with the title', () => {
    const x = extract(
      '"We will never negotiate it away," Budi Santoso, director general of trade talks at Indonesia\'s trade ministry, told reporters.\n',
    );
    expect(x.quotes.map((q) => [q.speaker, q.speaker_country])).toEqual([['Budi Santoso', 'ID']]);
  });
  it('gives "its chair, X" the country of the state body named last, but not a firm\'s lawyer', () => {
    const x = extract(
      'The Danish Maritime Authority announced inspections. "The era of waiting is over," its director, Lone Berg, told reporters. The Serbian firm Dunav denied it through its lawyer, Milan Ilic, who said: "We complied."\n',
    );
    expect(x.quotes.map((q) => [q.speaker, q.speaker_country])).toEqual([
      ['Lone Berg', 'DK'],
      ['Milan Ilic', null],
    ]);
  });
  it('gives "the minister, X" the country of the ministry named just before', () => {
    const x = extract(
      'The Ghanaian Ministry of Mines denied it. "We are no warehouse," the minister, Ama Mensah, told a press conference.\n',
    );
    expect(x.quotes.map((q) => [q.speaker, q.speaker_country])).toEqual([['Ama Mensah', 'GH']]);
  });
  it("reads a ministry's list of portfolios whole", () => {
    expect(actors("Serbia's Ministry of Trade, Tourism and Telecommunications denied it.\n")).toEqual([
      'Ministry of Trade Tourism and Telecommunications',
    ]);
    // So does a clause's subject read back from a participle ("..., rejecting ...").
    expect(
      actors('The Ministry of Agriculture, Forestry and Fisheries issued a statement rejecting the claims.\n'),
    ).toEqual(['Ministry of Agriculture Forestry and Fisheries']);
  });
  it('reads a past participle opening a sentence ("Asked on Thursday") as no one', () => {
    const x = extract(
      'Lukas Brandner spoke. Asked on Thursday whether he had regrets, he said: "I would do it again."\n',
    );
    expect(x.quotes.map((q) => q.speaker)).toEqual(['Lukas Brandner']);
  });
  it('gives words to the person a comma and "who" follow, even as the object of a preposition', () => {
    const x = extract(
      'The notes are attributed to Kim Ji-ho, the chief negotiator, who described the rules as "a quiet barrier".\n',
    );
    expect(x.quotes.map((q) => q.speaker)).toEqual(['Kim Ji-ho']);
  });
});

describe("a transcript's turns", () => {
  it("gives a broadcast script's soundbite to the speaker its label line names", () => {
    const x = extract(
      'NEWS AT SIX | 14 October 2025\n\n[00:38]\nSOUNDBITE (French) Awa Diop, Minister of Fisheries:\n(translated) We will not allow our waters to be emptied in the dark.\nSUPER: Awa Diop // Minister of Fisheries, Senegal\n',
    );
    expect(x.responses.map((r) => [r.actor, r.role])).toEqual([['Awa Diop', 'Minister of Fisheries']]);
  });
  const responses = (t: string) => extract(t).responses.map((r) => [r.actor, r.country]);
  it('reads the speaker of each turn as reacting, with the country a Westminster party tag gives', () => {
    expect(
      responses(
        'Leaked cable\n\nAna Ruiz (Leeds North and Otley) (Lab): I beg to move that the House has considered the cable.\n\nIvo Berg (Perth) (SNP): Will the hon. Lady give way?\n\nHon. Members: Hear, hear.\n\nMadam Deputy Speaker (Eva Soto): Order.\n\nThe Minister of State (Tom Lund): I thank the hon. Member for Leeds North and Otley.\n',
      ),
    ).toEqual([
      ['Ana Ruiz', 'GB'],
      ['Ivo Berg', 'GB'],
      ['Tom Lund', null],
    ]);
  });
  it('reads a broadcast turn in capitals, but not the one who asks', () => {
    expect(
      responses(
        'ANCHOR: Minister, were you told?\n\nMINISTER HALDEN: We did not look away. We asked the questions we could.\n',
      ),
    ).toEqual([['HALDEN', null]]);
  });
  it("reads a recording's timestamp before a label, and no one in a greeting or a page's labels", () => {
    expect(
      responses(
        'Published: Monday 3 March 2025 | Updated: Tuesday 4 March 2025\n\n[00:00:04] HOST: Hi, welcome to the show.\n\n[00:01:10] LENA VOSS: Yes, we checked every file. We stand by the story.\n\nVerdict: False.\n',
      ),
    ).toEqual([['LENA VOSS', null]]);
  });
  it('reads "Title, Name:" as a turn, and a journalist under an outlet who asks a question as no one', () => {
    expect(
      responses(
        'Tom Reyes (Radio Sur): The ministry said it was "in close contact". Has Lima been told?\n\nOfficial Spokesperson, Ana Ruiz: We have nothing to hide.\n',
      ),
    ).toEqual([['Ana Ruiz', null]]);
  });
});

describe('"as X put it"', () => {
  it('reads "put it" as saying, and "your own interior minister" as a title named before', () => {
    const x = extract(
      'Poland\'s interior minister, Tomasz Wierzbicki, told the Sejm the border would stay shut. As your own interior minister put it on Tuesday, "we will not bend."',
    );
    expect(x.quotes[0]).toMatchObject({ speaker: 'Tomasz Wierzbicki', speaker_country: 'PL' });
  });
});

describe('responses', () => {
  const actors = (t: string) => extract(t).responses.map((r) => r.actor);
  const response = (t: string) => extract(t).responses[0];
  it('reads the subject of a progressive verb before its auxiliary: "Rights groups are calling" names no one', () => {
    expect(actors('Rights groups are calling on the EU to act.')).toEqual([]);
    expect(actors('Amnesty International is calling on the EU to act.')).toEqual(['Amnesty International']);
  });
  it("keeps a state's embassy apart from its capital, and reads no act in a participle after a preposition's noun", () => {
    const x = extract(
      'Astana calls the manual a forgery\n\nThe Kazakh embassy in London rejected the letter in a statement issued late on Wednesday. It said the manual was "a crude fabrication".\n',
    );
    expect(x.responses.map((r) => r.actor)).toEqual(['Astana', 'Kazakh embassy']);
    expect(x.quotes.map((q) => q.speaker)).toEqual(['Kazakh embassy']);
  });
  it('reads each line under "Signatories" as a signatory of the statement, with the country in its brackets', () => {
    const x = extract(
      'We, the undersigned groups, condemn the sale of the tool.\n\nSignatories\n\nOpen Net Kenya (Kenya)\nLibertad Digital (Mexico)*\nPress Watch Network (International)\n\n* added on 3 May 2025\n\nBackground\n',
    );
    expect(x.responses.map((r) => [r.actor, r.country, r.action])).toEqual([
      ['Open Net Kenya', 'KE', 'joint_statement'],
      ['Libertad Digital', 'MX', 'joint_statement'],
      ['Press Watch Network', null, 'joint_statement'],
    ]);
  });
  it('reads a long list of states as the subject, with their groups, footnote marks and an apposition around them', () => {
    const x = extract(
      'The candidate countries Serbia*, Albania and Bosnia and Herzegovina*, and the EFTA countries Iceland and Norway, members of the European Economic Area, align themselves with this declaration.\n\nThe Council of the European Union adopted restrictive measures against six officials. Trinidad and Tobago and Jamaica rejected the claim.\n',
    );
    expect(x.responses.map((r) => [r.actor, r.country, r.action])).toEqual([
      ['Serbia', 'RS', 'joint_statement'],
      ['Albania', 'AL', 'joint_statement'],
      ['Bosnia and Herzegovina', 'BA', 'joint_statement'],
      ['Iceland', 'IS', 'joint_statement'],
      ['Norway', 'NO', 'joint_statement'],
      ['Council of the European Union', null, 'sanctions'],
      ['Trinidad and Tobago', 'TT', 'denial'],
      ['Jamaica', 'JM', 'denial'],
    ]);
  });
  it('reads a verb in progress ("is designating", "is concurrently designating") as the subject\'s act', () => {
    const x = extract(
      'Today, the Department of State is designating five officials. The Office of Foreign Assets Control is concurrently designating two companies. Two firms were designated last year.\n',
    );
    expect(x.responses.map((r) => [r.actor, r.action, r.country])).toEqual([
      ['Department of State', 'sanctions', 'US'],
      ['Office of Foreign Assets Control', 'sanctions', 'US'],
    ]);
  });
  it('reads freezing assets, cancelling, boycotting and backing as reactions', () => {
    const x = extract(
      'Denmark froze the assets of two companies. Iceland cancelled a planned visit. Hungary boycotted the meeting. Slovakia backed the call for an inquiry.\n',
    );
    expect(x.responses.map((r) => [r.actor, r.action])).toEqual([
      ['Denmark', 'sanctions'],
      ['Iceland', 'other'],
      ['Hungary', 'other'],
      ['Slovakia', 'statement'],
    ]);
  });
  it('reads ordering, arresting, raiding and fining as acts, with a time between subject and verb', () => {
    const x = extract(
      'Estonia on Friday ordered two Russian diplomats to leave. Police in Tallinn arrested a courier. The regulator fined the bank. Customs fined the shipper.\n',
    );
    expect(x.responses.map((r) => [r.actor, r.action])).toEqual([
      ['Estonia', 'other'],
      ['Customs', 'other'],
    ]);
    expect(actors('The National Crime Agency raided two offices and seized phones.\n')).toEqual([
      'National Crime Agency',
    ]);
  });
  it("takes a person's country from a country's title set before the name with a comma", () => {
    const x = extract(
      "The ministry summoned Peru's chargé d'affaires, Rosa Quispe, on Monday. \"We were not told,\" Quispe said. The Netherlands' ambassador in Oslo, Henk Bos, declined to comment.\n",
    );
    expect(x.quotes.map((q) => [q.speaker, q.speaker_country])).toEqual([['Rosa Quispe', 'PE']]);
    expect(x.responses.map((r) => [r.actor, r.country])).toContainEqual(['Rosa Quispe', 'PE']);
  });
  it('reads an international body whose name goes on past "and" and "in" whole', () => {
    expect(
      extract('The Organization for Security and Co-operation in Europe rejected the claim.\n').responses.map((r) => [
        r.actor,
        r.country,
      ]),
    ).toEqual([['Organization for Security and Co-operation in Europe', null]]);
  });
  it('reads an apposition after "then" or "now" as the person\'s office', () => {
    const x = extract(
      'Lena Vos keeps the draft. In 2019, Vos, then the Netherlands\' ambassador to Chile, led the inquiry. "Nobody asked me," the former ambassador said.\n',
    );
    expect(x.quotes.map((q) => [q.speaker, q.speaker_country])).toEqual([['Lena Vos', 'NL']]);
  });
  it('takes no country from a demonym two countries share', () => {
    const x = extract(
      'The Dominican foreign ministry condemned the raids. The Peruvian foreign ministry condemned them too.\n',
    );
    expect(x.responses.map((r) => r.country)).not.toContain('DM');
    expect(x.responses.map((r) => r.country)).not.toContain('DO');
    expect(x.responses.map((r) => [r.actor, r.country])).toContainEqual(['Peruvian foreign ministry', 'PE']);
  });
  it("reads an organisation's national section by the country ending its name", () => {
    expect(
      extract('Amnesty International Canada condemned the raids.\n').responses.map((r) => [r.actor, r.country]),
    ).toEqual([['Amnesty International Canada', 'CA']]);
    expect(extract('Amnesty International condemned the raids.\n').responses.map((r) => r.country)).toEqual([null]);
  });
  it('counts "X said the documents showed ..." as X\'s reaction, and "The files show that X ordered" as no one\'s', () => {
    const x = extract(
      'In the United Kingdom, Foreign Secretary Jane Holt said the documents showed "a pattern of abuse". The files show that Governor Ivo Berg ordered the arrests.\n',
    );
    expect(x.responses.map((r) => r.actor)).toEqual(['Jane Holt']);
  });
  it('leaves out anonymous sources, named documents and unresolved bodies', () => {
    expect(
      actors(
        'The files were handed over by a Dutch government official who requested anonymity and hoped to "stop the abuse."\n',
      ),
    ).toEqual([]);
    expect(
      actors('The Lagos Papers showed the minister owned a company. The Council cited his role in the scheme.\n'),
    ).toEqual([]);
  });
  it('reads a judgement pronounced on the subject as a response: declared, determined, deemed, recognised', () => {
    expect(actors('In May 2022, Greenpeace determined the activist to be a prisoner of conscience.\n')).toEqual([
      'Greenpeace',
    ]);
    expect(response('The Senate of Chile declared the detention unlawful.\n')).toMatchObject({
      actor: 'Senate of Chile',
      action: 'statement',
    });
    expect(actors('A determined effort was made to find the files.\n')).toEqual([]);
    expect(
      actors('Chile reaffirmed its support for the inquiry. Peru stressed that it must be independent.\n'),
    ).toEqual(['Chile', 'Peru']);
    expect(actors('Under stress, the clerk kept the files.\n')).toEqual([]);
  });
  it('takes the pronoun before a verb for its subject, not a noun before it', () => {
    expect(
      actors(
        'Peru said it was expelling two diplomats at the Chilean embassy over what it said was a refusal to help.\n',
      ),
    ).toEqual(['Peru']);
    expect(extract('Peru said it rejected completely "the false assessment" of the report.\n').quotes[0]?.speaker).toBe(
      'Peru',
    );
  });
  it('takes journalists who report the story for the press, not for respondents', () => {
    const x = extract(
      'On 16 November 2019, journalists Jane Roe and John Doe of The Daily Post published the files. Roe and Doe wrote that the files were "explosive".\n',
    );
    expect(x.responses).toEqual([]);
    expect(x.quotes[0]).toMatchObject({ speaker: 'Jane Roe', speaker_type: 'media' });
    expect(actors('The files were obtained by reporter Jane Roe. Roe said they were real.\n')).toEqual([]);
  });
  it('gives each name of a list the plural title before it', () => {
    const x = extract(
      'In 2019, journalists Ana Ruiz and Ivo Berg at The Daily Post broke the story.\n\nRuiz and Berg state that the files are real.\n',
    );
    expect(x.responses).toEqual([]);
  });
  it('reads the body a person is of as their organisation', () => {
    expect(response('Ivo Berg of Human Rights Watch condemned the raid.\n')).toMatchObject({
      actor: 'Ivo Berg',
      actor_type: 'person',
      organization: 'Human Rights Watch',
    });
    expect(actors('The Bank of England condemned the raid.\n')).toEqual(['Bank of England']);
    expect(extract('Berg of The Daily Post said it was "a raid".\n').quotes[0]).toMatchObject({
      speaker: 'Berg',
      speaker_type: 'media',
    });
    expect(response('The Church of England condemned the raid.\n')).toMatchObject({
      actor: 'Church of England',
      actor_type: 'organisation',
    });
  });
  it('names someone mentioned by title alone when "the official, X," follows, and takes "the president" for the president', () => {
    const x = extract(
      'Peru President Ana Vela\u2019s chief of staff told reporters that the state could retaliate. The official, Ivo Berg, said that no company had broken the law.\n\nThe president had instructed the foreign ministry to call every embassy, Berg said.\n',
    );
    expect(x.responses.map((r) => [r.actor, r.country, r.role])).toEqual([
      ['Ivo Berg', 'PE', 'chief of staff'],
      ['Ana Vela', 'PE', 'President'],
    ]);
  });
  it("reads an act that another verb leads into, and no country from a diplomat's posting", () => {
    const x = extract(
      'Last month, U.S. Ambassador to Peru Ana Ruiz was forced to resign after the leak. Chile decided to expel the envoy.\n',
    );
    expect(x.responses.map((r) => [r.actor, r.country])).toEqual([
      ['Ana Ruiz', 'US'],
      ['Chile', 'CL'],
    ]);
    expect(
      extract('Ambassador to Peru Ana Ruiz condemned the leak.\n').responses.map((r) => [r.actor, r.country]),
    ).toEqual([['Ana Ruiz', null]]);
  });
  it('reads each of two people named with their titles and joined by ", and"', () => {
    expect(
      actors("Jobbik's party director, Ana Kis, and Minister of Justice, Ivo Berg, claimed they knew nothing.\n"),
    ).toEqual(['Ana Kis', 'Ivo Berg']);
  });
  it('reads no navigation copied before a headline into a name', () => {
    expect(
      extract(
        'Home Breaking News Czech police promise to act upon the files\n\nThe police condemned the leak.\n',
      ).responses.map((r) => [r.actor, r.country]),
    ).toEqual([['Czech police', 'CZ']]);
    expect(actors('The Home Office condemned the leak.\n')).toEqual(['Home Office']);
  });
  it('takes no respondent from what leaked papers say their subjects said or did', () => {
    expect(actors('According to the documents, Ivo Berg called for "absolutely no mercy" in a speech.\n')).toEqual([]);
    expect(actors('The memo reveals that Ivo Berg denied the requests.\n')).toEqual([]);
    expect(actors("Berg's speeches show how he condemned the protests.\n")).toEqual([]);
    // The quote keeps its speaker.
    expect(extract('In the speeches, Ivo Berg warned that "the enemy is everywhere".\n').quotes[0]?.speaker).toBe(
      'Ivo Berg',
    );
    // A reaction to the leak is one.
    expect(actors('Ivo Berg denied the claims the documents made.\n')).toEqual(['Ivo Berg']);
  });
  it('reads threats, complaints and reiterations as reactions', () => {
    expect(actors('Turkish Prime Minister Ali Demir threatened to sue the envoy over the cable.\n')).toEqual([
      'Ali Demir',
    ]);
    expect(actors('Ana Ruiz and Ivo Berg have complained that the report is partial.\n').sort()).toEqual([
      'Ana Ruiz',
      'Ivo Berg',
    ]);
  });
  it('reads a cut-off line that reports speech as prose, not as a heading', () => {
    expect(actors('Representative Ola Berg said she introduces a bill for an inquiry \n')).toEqual(['Ola Berg']);
  });
});

describe('papers that speak for whoever issued them', () => {
  const speakers = (t: string) => extract(t).quotes.map((q) => q.speaker);
  it('gives a paper brought in with its issuer to that issuer when "the memo" or "the report" says more', () => {
    expect(
      speakers(
        'A memo from the Finance Ministry reached reporters on Monday. "Costs will double," the memo said.\n\nThe report, prepared by the Office of Budget Review, states that staff were "never trained".\n\nThe report also says the scheme was "poorly run".\n',
      ),
    ).toEqual(['Finance Ministry', 'Office of Budget Review', 'Office of Budget Review']);
  });
  it('takes the body a paper was drafted or signed by, past an owner or a title set off by a comma', () => {
    expect(
      speakers(
        'The evaluation was drafted by the Dutch foreign ministry\'s Directorate for Audit and Evaluation. The auditors found that "no mechanism exists".\n',
      ),
    ).toEqual(['Directorate for Audit and Evaluation']);
    expect(
      speakers(
        'The paper published a telegram dated 14 May and signed by the ambassador, Ruth Okafor. The telegram says that talks were "parked quietly".\n',
      ),
    ).toEqual(['Ruth Okafor']);
  });
  it('gives "the document" to no issuer when another paper was brought in since', () => {
    expect(
      speakers(
        'The letter was coordinated by the Council for Open Study. It follows the release of a 90-page document titled "Guidance". According to the document, officers should "record every contact".\n',
      )[1],
    ).toBeNull();
  });
  it('takes a report, a draft or a cable with no issuer named for no one, not for whoever spoke last', () => {
    expect(
      speakers(
        'Ana Ruiz, the agency\'s director, said she "had nothing to hide". The audit itself warned of "serious weaknesses".\n',
      ),
    ).toEqual(['Ana Ruiz', null]);
  });
  it('reads a capital before a paper as where it came from, not who issued it', () => {
    expect(
      speakers('The paper called it "the Lima telegram". The telegram says that the minister was "a campaigner".\n')[1],
    ).toBeNull();
  });
});

describe('the reporting clause after a quote', () => {
  const speakers = (t: string) => extract(t).quotes.map((q) => q.speaker);
  it('reads no participle as a verb before its subject: "urging X to" names whom it urged', () => {
    expect(
      speakers(
        'A Chilean Foreign Ministry spokesperson on Tuesday dismissed the files as "a fabrication," urging Western politicians to stop smearing Chile.\n',
      ),
    ).toEqual(['Chilean Foreign Ministry spokesperson']);
  });
  it('takes a name after "the" and an honorific set off by a comma', () => {
    expect(
      speakers(
        'The Lusaka Election Coalition welcomed it. "We did not ask," said the coalition\'s chairperson, the Rev. Ana Mwale.\n',
      ),
    ).toEqual(['Ana Mwale']);
  });
});

describe('who a pronoun cannot mean', () => {
  const speakers = (t: string) => extract(t).quotes.map((q) => q.speaker);
  it('counts no one brought in by "someone" inside quoted words', () => {
    expect(
      speakers(
        'Ana Ostiguy told a newspaper that the federation had not called her. "I\'d like someone to pick up the phone," she said.\n',
      ),
    ).toEqual(['Ana Ostiguy']);
  });
  it('gives "they" after a group named by a plural common noun to no body named before it', () => {
    expect(
      speakers(
        'The manual bears the stamp of the Ministry of Internal Affairs.\n\nThe signatories write that they read it "with alarm". They call on universities to "review every agreement".\n',
      ),
    ).toEqual([null, null]);
    // A title's plural points back to the holders named before.
    expect(
      speakers(
        'More than 20 U.N. ambassadors have sent a letter. The ambassadors express concern. They urge China to grant "freedom of movement".\n',
      ),
    ).toEqual(['U.N. ambassadors']);
  });
});

describe('names with capitalised small words', () => {
  it('reads "Against" between capitalised words as part of a body\'s name', () => {
    const x = extract(
      'The Independent Commission Against Corruption confirmed it had received a complaint but said it would not comment "at this stage".\n',
    );
    expect(x.quotes[0]?.speaker).toBe('Independent Commission Against Corruption');
  });
});

describe('crossheads and portfolios', () => {
  it('takes no crosshead in capitals for an actor', () => {
    expect(parseActors('COMPANY DENIES CLAIMS')).toEqual([]);
    expect(parseActors('THEY WILL ANSWER FOR IT')).toEqual([]);
    expect(parseActors('UNITED NATIONS')[0]?.international).toBe(true);
  });
  it('reads a portfolio that opens on a given name but ends as no surname does as part of the body', () => {
    const x = extract('The Ministry of Fisheries and Marine Resources said the files were "incomplete".\n');
    expect(x.quotes[0]?.speaker).toBe('Ministry of Fisheries and Marine Resources');
    const y = extract('The Ministry of Health and Anna Fleming said the files were "incomplete".\n');
    expect(y.quotes[0]?.speaker).not.toContain('Fleming');
  });
});

describe('a page stamped with a time before its date', () => {
  it('dates weekdays from "From <programme>, 7:09 am on 12 June 2025"', () => {
    const x = extract(
      'Morning Report\n\nFrom Morning Report, 7:09 am on 12 June 2025\nShare this\n\nThe minister resigned on Tuesday.\n',
    );
    expect(x.events.map((e) => e.date)).toEqual(['2025-06-10']);
  });
  it('takes no sentence that holds a time and a date for the page stamp', () => {
    const x = extract('Morning Report\n\nAt 7:09 am on 12 June 2025 the minister resigned, and on Tuesday he left.\n');
    expect(x.events.map((e) => e.date)).toContain('2025-06-12');
  });
});

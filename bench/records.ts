// Generated records shaped as schemas/ defines them, for timing the format writers on large tables.
import { createHash } from 'node:crypto';
import type { Event, Quote } from '../pipeline/types/records.js';
import { Random } from './random.js';
import { ACTIONS, COUNTRIES, DEMANDS, QUALITIES, ROLES, SPEECH_VERBS, SUBJECTS, inventedName } from './vocabulary.js';

const KINDS = ['quote', 'quote', 'quote', 'quote', 'title', 'name'] as const;
const SPEAKER_TYPES = ['person', 'person', 'government', 'organisation', 'media', null] as const;

/** `count` quotes over documents of about 500 records each, deterministic for a seed. */
export function* generateQuotes(count: number, seed = 1): Generator<Quote> {
  const random = new Random(seed);
  let offset = 0;
  let line = 1;
  for (let i = 0; i < count; i++) {
    if (i % 500 === 0) {
      offset = 0;
      line = 1;
    }
    const kind = random.pick(KINDS);
    const country = random.pick(COUNTRIES);
    const speaker = kind === 'quote' && random.chance(0.85) ? `${inventedName(random)} ${inventedName(random)}` : null;
    // A few texts start like a formula, so the CSV writer's apostrophe prefix is exercised.
    const text = random.chance(0.01)
      ? `-${random.pick(QUALITIES)}`
      : random.chance(0.5)
        ? random.pick(QUALITIES)
        : `We ask them to ${random.pick(DEMANDS)}, "now", and ${random.pick(DEMANDS)}.`;
    const cue = speaker ? random.pick(SPEECH_VERBS) : null;
    const context = `${speaker ?? 'The report'} ${cue ?? 'was titled'} that ${random.pick(SUBJECTS)} were "${text}"\nin ${country.name}.`;
    const start = offset + random.int(10, 200);
    const end = start + text.length;
    offset = end + random.int(50, 400);
    line += random.int(0, 3);
    yield {
      id: `qt-${createHash('sha256').update(`${seed}:${i}`).digest('hex').slice(0, 16)}`,
      document: `doc-${String(Math.floor(i / 500)).padStart(5, '0')}.txt`,
      text,
      kind,
      speaker,
      speaker_type: speaker ? random.pick(SPEAKER_TYPES) : null,
      // An empty role now and then: CSV must tell it (a quoted empty cell) from null (an empty cell).
      speaker_role: speaker && random.chance(0.6) ? (random.chance(0.01) ? '' : random.pick(ROLES)) : null,
      ...(random.chance(0.8)
        ? {
            speaker_country: country.code,
            speaker_country_source: random.pick(['name', 'demonym'] as const),
            speaker_country_text: country.name,
          }
        : { speaker_country: null, speaker_country_source: null, speaker_country_text: null }),
      date: null,
      date_precision: null,
      event_id: null,
      cue,
      closed: random.chance(0.9),
      context,
      citations: Array.from({ length: random.int(0, 3) }, () => String(random.int(1, 120))),
      source: { start, end, line, column: random.int(1, 300) },
    };
  }
}

const EVENT_TYPES = ['publication', 'leak', 'statement', 'sanctions', 'investigation', 'hearing', 'other'] as const;
const pad = (n: number) => String(n).padStart(2, '0');

/** `count` events with dates at year, month and day precision (and some undated), deterministic for a seed. */
export function* generateEvents(count: number, seed = 2): Generator<Event> {
  const random = new Random(seed);
  for (let i = 0; i < count; i++) {
    const year = random.int(1971, 2024);
    const month = random.int(1, 12);
    const day = random.int(1, 28);
    const precision = random.pick(['year', 'month', 'day', 'day', null] as const);
    const date =
      precision === 'year'
        ? String(year)
        : precision === 'month'
          ? `${year}-${pad(month)}`
          : precision === 'day'
            ? `${year}-${pad(month)}-${pad(day)}`
            : null;
    const first = precision === 'year' ? `${year}-01-01` : precision === 'month' ? `${year}-${pad(month)}-01` : date;
    const last =
      precision === 'year'
        ? `${year}-12-31`
        : precision === 'month'
          ? `${year}-${pad(month)}-${pad(new Date(Date.UTC(year, month, 0)).getUTCDate())}`
          : date;
    const actors = Array.from({ length: random.int(0, 3) }, () => `${inventedName(random)} ${inventedName(random)}`);
    const start = random.int(0, 90_000);
    const description = `${actors[0] ?? 'The government'} ${random.pick(ACTIONS).replace('{}', random.pick(SUBJECTS))}.`;
    yield {
      id: `ev-${createHash('sha256').update(`${seed}:${i}`).digest('hex').slice(0, 16)}`,
      document: `doc-${String(Math.floor(i / 500)).padStart(5, '0')}.txt`,
      date,
      date_precision: precision,
      date_start: first,
      date_end: last,
      date_text: date ? `On ${date}` : null,
      event_type: random.pick(EVENT_TYPES),
      description,
      actors,
      citations: Array.from({ length: random.int(0, 2) }, () => String(random.int(1, 120))),
      source: { start, end: start + description.length, line: random.int(1, 900), column: 1 },
    };
  }
}

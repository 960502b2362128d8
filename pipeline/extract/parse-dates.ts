// Reads the dates of a paragraph with chrono and gives each an ISO date at the precision the text gives. Dates
// without a year take it from the story's last explicit date; "yesterday" and weekdays from the dateline; "the
// following day" and "two days later" count from the last explicit day.
import * as chrono from 'chrono-node';

export type Precision = 'year' | 'month' | 'day';

export interface PartialDate {
  year: number;
  month?: number;
  day?: number;
}

export interface DateMention {
  /** UTF-16 indexes into the text. */
  start: number;
  end: number;
  text: string;
  date: PartialDate;
  /** The end of a range ("between 2009 and 2016"). */
  until: PartialDate | null;
  /** Written with its year: it anchors the dates after it. */
  explicit: boolean;
}

export interface Anchors {
  /** The publication date: a dateline or the front matter. */
  dateline: PartialDate | null;
  /** The last date written with its year. */
  last: PartialDate | null;
  /** The last date read, with or without its year: "shortly after" and "the following day" count from it. */
  recent?: PartialDate | null;
  /** The last anchoring date with its month: the story's time, which a year alone looking back does not move. */
  story?: PartialDate | null;
  /** The day the story's papers were published or leaked: "two days after publication" counts from it. */
  published?: PartialDate | null;
}

const YEAR_CUE = String.raw`(?:in|since|by|from|between|and|to|until|till|through|during|of|early|late|mid|circa|around|before|after|throughout|as of)`;
// A year used as a unit of money or measure ("in 2019 dollars", "at 2010 prices") dates nothing.
const NOT_A_DATE = String.raw`(?![\d\-]|,\d|\s*(?:%|percent)|\s+(?:dollars|euros|pounds|yuan|yen|prices|terms|levels|figures|values|constant)\b)`;
const yearParser: chrono.Parser = {
  // chrono drops results that are bare numbers, so the cue word is part of the match.
  pattern: () => new RegExp(String.raw`(?:\b${YEAR_CUE}\s+|\(|\bmid-)(1[5-9]\d\d|20\d\d)${NOT_A_DATE}\b`, 'i'),
  extract: (_context, match) => ({ year: Number(match[1]) }),
};
// "the 2008 crisis", "the 2016 election": a year naming a happening (case-sensitive, so the noun is lower-case).
const namingYearParser: chrono.Parser = {
  pattern: () => new RegExp(String.raw`\b[Tt]he\s+(1[89]\d\d|20\d\d)${NOT_A_DATE}(?=\s+(?:[a-z]+\s+){0,2}[a-z]{3,})`),
  extract: (_context, match) => ({ year: Number(match[1]) }),
};
// "Sat 15th", "Tues 18th", "Monday 3rd": a weekday and a day of the month, as newsletters and diaries write them;
// the month is the one near the dateline in which that day falls on that weekday (resolve).
const WEEKDAY_ABBREVIATIONS: Record<string, number> = { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 };
const weekdayOrdinalParser: chrono.Parser = {
  pattern: () =>
    /\b(sun|mon|tue|wed|thu|fri|sat)(?:day|s|sday|nesday|rs|rsday|urday)?\.?\s+(\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))/i,
  extract: (context, match) => {
    const day = Number(match[2]);
    if (day < 1 || day > 31) return null;
    const c = context.createParsingComponents({ day, weekday: WEEKDAY_ABBREVIATIONS[match[1]!.toLowerCase()]! });
    return c;
  },
};
const parser = chrono.casual.clone();
parser.parsers.push(yearParser, namingYearParser);
/** The same, reading "Sat 15th" too: used only on text that holds an ordinal day, as few texts do. */
const ordinalParser = parser.clone();
ordinalParser.parsers.push(weekdayOrdinalParser);
const ORDINAL_DAY = /\d(?:st|nd|rd|th)\b/;

const WEEKDAY_NAMES = ['sun', 'mon', 'tues', 'wednes', 'thurs', 'fri', 'satur'];
const WEEKDAY_NAME = /\b(sun|mon|tues|wednes|thurs|fri|satur)day\b/i;
const FUTURE =
  /\b(?:will|shall|is to|are to|(?:is|are) (?:due|expected|scheduled|set) to|(?:scheduled|set|slated|planned) for|(?:is|are) due (?:in|on|by)|plans? to|next)\b|['\u2019]ll\b/i;
const DEICTIC = /^(?:yesterday|today|tomorrow|tonight|last night|this (?:morning|afternoon|evening))$/i;
/** This year, last week, next month: a span counted from the moment of speaking. */
const SPAN_FROM_NOW = /^(?:this|last|next) (?:year|week|month)$/i;

/**
 * A day or span counted from the moment of speaking ("yesterday", "last month"): inside quoted words it counts from a
 * moment the text does not date.
 */
export function countedFromSpeaking(written: string): boolean {
  const t = written
    .trim()
    .replace(/^on\s+/i, '')
    .replace(/\s+/g, ' ');
  return DEICTIC.test(t) || SPAN_FROM_NOW.test(t);
}
const WEEKDAY =
  /^(?:(?:on|last|this|past)\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:\s+(?:morning|afternoon|evening|night))?$/i;
const AGO =
  /\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)?\s*(day|week|month|year)s?\s+ago\b|\b(last|next|this)\s+(day|week|month|year)\b/i;
const VAGUE = /\b(?:days?|weeks?|months?|years?|seconds?|minutes?|hours?)\b/i;
const TIME_OF_DAY = /\b(?:morning|afternoon|evening|night) of\b/gi;
/** "July 20. 2021": a day ended by a full stop before its year, as some sites print it (kept the same length). */
const DOTTED_YEAR = /\b((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?) (\d{1,2})\.(\s+)(\d{4})\b/g;
/** "14/15 March": the night or the two days a happening spans, read as the range "14-15 March" (same length). */
const SLASHED_DAYS = /\b(\d{1,2})\/(\d{1,2})(?=\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)/g;
const RANGE_JOIN = /^\s*(?:to|and|until|till|through|-|\u2013|\u2014)\s*$/i;
const FOLLOWING =
  /\b(?:the (following|next) (day|week|month|year)|(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+) (day|week|month|year)s? (?:later|afterwards?)|the (day|week|month|year) (before|after))\b/gi;
const SHORTLY =
  /\b(?:in the (?:days|weeks) (?:that )?(?:followed|following|after)|shortly (?:after(?:wards)?|thereafter)|(?<!\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|few|several|many)\s)(?:days|weeks) later)\b/gi;
/**
 * "two days after publication", "a week to the day after the leak", "on the day of publication", "the day after the
 * story broke": counted from the day the papers came out.
 */
const AFTER_PUBLICATION =
  /\b(?:(?:on\s+)?the\s+(day|eve)\s+of|(?:(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(day|week)s?(?:\s+to\s+the\s+day)?|the\s+(day|week))\s+(after|before))\s+(?:the\s+|its\s+|their\s+)?(?:publication|release|leak|disclosure|story\s+broke)\b/gi;
const PUBLICATION_WORD = /publication|release|leak|disclosure|broke/i;
const COUNTED =
  /\b(?:day|week|fortnight|month|year)s?\s+(?:after|before|later|earlier|from now|on)\b|\b(?:in|within)\s+(?:a|an|\d+|one|two|three)\s+(?:day|week|month|year)s?\b/i;
/** "The same day", "later that day": a second happening on the day just read. */
const SAME_DAY = /\b(?:(?:on |later )?(?:the|that) same day|later that day|on that day)\b/gi;
const NUMBERS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
};

const toDate = (d: PartialDate): Date => new Date(Date.UTC(d.year, (d.month ?? 1) - 1, d.day ?? 1, 12));
const fromComponents = (c: chrono.ParsedComponents, precision: Precision): PartialDate => {
  const year = c.get('year')!;
  if (precision === 'year') return { year };
  if (precision === 'month') return { year, month: c.get('month')! };
  return { year, month: c.get('month')!, day: c.get('day')! };
};

function precisionOf(c: chrono.ParsedComponents): Precision | null {
  if (c.isCertain('day') && c.isCertain('month')) return 'day';
  if (c.isCertain('month')) return 'month';
  if (c.isCertain('year')) return 'year';
  return null;
}

function shift(anchor: PartialDate, unit: string, n: number): PartialDate | null {
  if (unit === 'year') return { year: anchor.year + n };
  if (anchor.month == null) return null;
  if (unit === 'month') {
    const d = new Date(Date.UTC(anchor.year, anchor.month - 1 + n, 1));
    return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1 };
  }
  if (anchor.day == null) return null;
  const d = new Date(Date.UTC(anchor.year, anchor.month - 1, anchor.day + n * (unit === 'week' ? 7 : 1)));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/**
 * A weekday counted from the dateline: the one on or before it ("said on Sunday"), unless its clause speaks of the
 * future ("will meet on Friday"), then the one on or after it. "Last Sunday" on a Sunday is a week before.
 */
function weekdayFrom(dateline: PartialDate, text: string, clause: string): PartialDate {
  const want = WEEKDAY_NAMES.indexOf(WEEKDAY_NAME.exec(text)![1]!.toLowerCase());
  const from = toDate(dateline);
  const have = from.getUTCDay();
  let delta = FUTURE.test(clause) ? (want - have + 7) % 7 : -((have - want + 7) % 7);
  if (delta === 0 && /^last\b/i.test(text)) delta = -7;
  const d = new Date(from.getTime() + delta * 86_400_000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** One chrono result read against the anchors; null when the text does not let a reader know the date. */
interface Resolved {
  date: PartialDate;
  /** Written with its year. */
  explicit: boolean;
  /** Its year is settled, so later yearless dates count from it (true of every explicit date). */
  anchors?: boolean;
}

function resolve(
  r: chrono.ParsedResult,
  anchors: Anchors,
  clause: () => string,
  ahead: () => number[],
): Resolved | null {
  const text = r.text.trim().replace(/[,.]$/, '');
  // "now" is the writer's present ("for years now"), not the time of a happening.
  if (/^(?:right\s+)?now$/i.test(text)) return null;
  if (AGO.test(text)) {
    const m = AGO.exec(text)!;
    const unit = (m[2] ?? m[4])!.toLowerCase();
    if (!anchors.dateline || unit === 'week') return null;
    const n = m[3]
      ? { last: -1, next: 1, this: 0 }[m[3].toLowerCase() as 'last' | 'next' | 'this']
      : -(NUMBERS[(m[1] ?? 'a').toLowerCase()] ?? Number(m[1]));
    return shifted(anchors.dateline, unit, n);
  }
  if (WEEKDAY.test(text))
    return anchors.dateline?.day == null
      ? null
      : { date: weekdayFrom(anchors.dateline, text, clause()), explicit: false };
  if (DEICTIC.test(text)) {
    if (anchors.dateline?.day == null) return null;
    const again = parser.parse(r.text, toDate(anchors.dateline))[0];
    return again ? { date: fromComponents(again.start, 'day'), explicit: false } : null;
  }
  if (VAGUE.test(text)) return null;
  if (r.start.isCertain('weekday') && r.start.isCertain('day') && !r.start.isCertain('month'))
    return weekdayOfMonth(r, anchors.dateline, clause());
  // "a day after the leak", "a week before": counted from a happening chrono cannot see; chrono counts it from its
  // reference date instead, so it names no date here (anchored forms are read by FOLLOWING).
  if (COUNTED.test(text)) return null;
  const precision = precisionOf(r.start);
  if (!precision) return null;
  if (r.start.isCertain('year')) return { date: fromComponents(r.start, precision), explicit: true };
  // A day to come ("will hold its first hearing on Nov. 18") is the first such day on or after the dateline.
  if (anchors.dateline?.day != null && FUTURE.test(clause())) {
    const next = parser.parse(r.text, toDate(anchors.dateline), { forwardDate: true })[0];
    if (next) return { date: fromComponents(next.start, precision), explicit: false };
  }
  const anchor = anchors.last ?? anchors.dateline;
  if (!anchor) return weekdayDated(r, ahead());
  // Counted from the publication date, a day or month is the nearest one, except that one far ahead is the year
  // before's: a story of 15 October that says "in March" means the March before, not the next one.
  if (anchor === anchors.dateline && anchor.month != null) {
    const again = parser.parse(r.text, toDate(anchor))[0];
    if (!again) return null;
    const date = fromComponents(again.start, precision);
    // A weekday written with the day settles the year ("Friday 11 October").
    if (r.start.isCertain('weekday') && date.day != null) {
      const year = [anchor.year, anchor.year - 1, anchor.year + 1].find(
        (y) => toDate({ ...date, year: y }).getUTCDay() === r.start.get('weekday'),
      );
      if (year != null) return { date: { ...date, year }, explicit: false };
    }
    // Days just ahead are the ones to come ("her term ends on Aug. 31"); a day or month far ahead is last year's.
    const ahead = (toDate(date).getTime() - toDate(anchor).getTime()) / 86_400_000 > NEAR_AHEAD_DAYS;
    return { date: ahead ? { ...date, year: date.year - 1 } : date, explicit: false };
  }
  // A year alone ("in mid-2019 ... on Nov. 18") gives its year, not the Nov. 18 nearest its first day; so does a
  // month of a year ("in March 2024 and again in September").
  if (anchor.day == null) {
    const month = r.start.get('month');
    const day = r.start.get('day');
    if (month == null) return null;
    // After "In December 2022", "On 9 January" is the January after: of the month's year and the next, the one
    // nearer the month written last (never past the dateline); the same year when it is as near.
    let year = anchor.year;
    if (anchor.month != null) {
      const forward = month + 12 - anchor.month;
      const back = anchor.month - month;
      const next = { year: anchor.year + 1, month, day: day ?? 1 };
      const beforeDateline = !anchors.dateline || toDate(next).getTime() <= toDate(anchors.dateline).getTime();
      if (back > 0 && forward < back && beforeDateline) year = anchor.year + 1;
    }
    return {
      date: precision === 'day' && day != null ? { year, month, day } : { year, month },
      explicit: false,
    };
  }
  const again = parser.parse(r.text, toDate(anchor))[0];
  return again ? { date: fromComponents(again.start, precision), explicit: false } : null;
}

/**
 * "Sat 15th" in a newsletter of Friday 21 March: the day of that number in the month before, of or after the
 * dateline's that falls on that weekday, the nearest before it (after it when the clause speaks of the future).
 * Without a dateline the month cannot be known.
 */
function weekdayOfMonth(r: chrono.ParsedResult, dateline: PartialDate | null, clause: string): Resolved | null {
  if (dateline?.month == null || dateline.day == null) return null;
  const day = r.start.get('day')!;
  const weekday = r.start.get('weekday')!;
  const from = toDate(dateline).getTime();
  const future = FUTURE.test(clause);
  const candidates = [-1, 0, 1]
    .map((k) => new Date(Date.UTC(dateline.year, dateline.month! - 1 + k, day, 12)))
    .filter((d) => d.getUTCDate() === day && d.getUTCDay() === weekday)
    .sort((a, b) => {
      const side = (d: Date) => (d.getTime() > from === future ? 0 : 1);
      return side(a) - side(b) || Math.abs(a.getTime() - from) - Math.abs(b.getTime() - from);
    });
  const d = candidates[0];
  return d ? { date: { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day }, explicit: false } : null;
}

const NUMERIC_DATE = /\b(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2})\b/;
const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * "12/03/2025" can be 3 December (as chrono reads it) or 12 March (as most of the world writes it): the other
 * reading when the weekday written with it fits only that one, or when the text writes that day with its month's
 * name elsewhere ("WARSAW, March 12") and not the first reading's. Null to keep chrono's.
 */
function dayFirst(written: string, at: number, date: PartialDate, text: string): PartialDate | null {
  const m = NUMERIC_DATE.exec(written);
  if (!m || date.day == null || date.month == null) return null;
  const [a, b] = [Number(m[1]), Number(m[2])];
  if (a > 12 || b > 12 || a === b || date.month !== a || date.day !== b) return null;
  const other: PartialDate = { year: date.year, month: b, day: a };
  const weekday = WEEKDAY_NAME.exec(written)?.[1] ?? /\b(mon|tue|wed|thu|fri|sat|sun)\b/i.exec(written)?.[1];
  if (weekday) {
    const want = WEEKDAY_NAMES.findIndex((w) => w.startsWith(weekday.toLowerCase().slice(0, 3)));
    const fits = (d: PartialDate) => toDate(d).getUTCDay() === want;
    if (fits(other) && !fits(date)) return other;
    if (fits(date) && !fits(other)) return null;
  }
  // "10.06.2025": dots part the day, month and year where the day comes first (English month-first dates use slashes).
  if (/^\d{1,2}\.\d{1,2}\./.test(m[0])) return other;
  const order = numericOrder(text);
  if (order) return order === 'day' ? other : null;
  // "10/03/2025 at 19:05": a time on the 24-hour clock beside it is the habit of the day-first world.
  if (/\b(?:1[3-9]|2[0-3])[:.h][0-5]\d\b(?!\s*[ap]\.?m)/i.test(text.slice(at, at + written.length + 16))) return other;
  const named = (d: PartialDate) =>
    new RegExp(
      String.raw`\b${MONTH_NAMES[d.month! - 1]}[a-z]*\.?\s+${d.day}\b|\b${d.day}(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH_NAMES[d.month! - 1]}`,
      'i',
    ).test(text.slice(0, NAMED_REACH));
  return named(other) && !named(date) ? other : null;
}
/**
 * The order a text writes its numeric dates in (within its first NAMED_REACH characters), where one of them can be
 * read only one way: "18/02" puts the day first, "02/18" the month. Null when none tells, or when they disagree.
 * "24/7" is round the clock, not a date. Worked out once a text, however many of its dates ask.
 */
function numericOrder(text: string): 'day' | 'month' | null {
  if (orderRead?.text !== text) orderRead = { text, order: readNumericOrder(text.slice(0, NAMED_REACH)) };
  return orderRead.order;
}
let orderRead: { text: string; order: 'day' | 'month' | null } | null = null;

function readNumericOrder(text: string): 'day' | 'month' | null {
  let day = false;
  let month = false;
  for (const m of text.matchAll(/(?<![\d/.])(\d{1,2})\/(\d{1,2})(?:\/(?:\d{4}|\d{2}))?(?![\d/])/g)) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    if (a === 24 && b === 7) continue;
    if (a > 12 && a <= 31 && b >= 1 && b <= 12) day = true;
    else if (b > 12 && b <= 31 && a >= 1 && a <= 12) month = true;
  }
  return day === month ? null : day ? 'day' : 'month';
}

/** How far into a text a numeric date looks for its day written with the month's name. */
const NAMED_REACH = 20_000;

/** How far before the story's time a date is background rather than the story moving back. */
const BACKGROUND_DAYS = 365;

/** Whether `date` stands more than BACKGROUND_DAYS before `story`. */
export function longBefore(date: PartialDate, story: PartialDate | null | undefined): boolean {
  if (!story) return false;
  return (toDate(story).getTime() - toDate(date).getTime()) / 86_400_000 > BACKGROUND_DAYS;
}

/** How far past the publication date a yearless day may stand and still be read as one to come. */
const NEAR_AHEAD_DAYS = 45;

/** How far after a yearless day a year is looked for; the weekday check makes a wrong year unlikely, not the reach. */
const YEAR_REACH = 5000;

/** The first three years written after `from` (19xx or 20xx), within reach, nearest first. */
function yearsAhead(text: string, from: number): number[] {
  const years = new Set<number>();
  for (const m of text.slice(from, from + YEAR_REACH).matchAll(/\b(?:19|20)\d{2}\b/g)) {
    years.add(Number(m[0]));
    if (years.size === 3) break;
  }
  return [...years];
}

/**
 * "Monday 25th October" before any year is written: the first of the next years written in which 25 October is a
 * Monday. Without a weekday to check it, or when none agrees, the day stays undated.
 */
function weekdayDated(r: chrono.ParsedResult, years: number[]): Resolved | null {
  const weekday = r.start.get('weekday');
  const month = r.start.get('month');
  const day = r.start.get('day');
  if (weekday == null || !r.start.isCertain('weekday') || !r.start.isCertain('day') || month == null || day == null)
    return null;
  const year = years.find((y) => toDate({ year: y, month, day }).getUTCDay() === weekday);
  // Its year is as sure as a written one: later yearless days count from it.
  return year == null ? null : { date: { year, month, day }, explicit: false, anchors: true };
}

function shifted(anchor: PartialDate, unit: string, n: number): { date: PartialDate; explicit: boolean } | null {
  const date = shift(anchor, unit, n);
  return date ? { date, explicit: false } : null;
}

/** Phrases chrono leaves alone: "the following day", "two weeks later", "in the days following". */
interface Relative {
  index: number;
  text: string;
  /** Count of units after (negative: before) the anchor; null: somewhere in the anchor's month. */
  unit: string | null;
  n: number;
  /** Counted from the day of publication, not from the date read last. */
  fromPublication?: boolean;
}

function relativePhrases(text: string): Relative[] {
  const out: Relative[] = [];
  // (A cheap test first: the pattern below tries every word.)
  for (const m of PUBLICATION_WORD.test(text) ? text.matchAll(AFTER_PUBLICATION) : []) {
    const [, of, count, unit, the, side] = m;
    const sign = side?.toLowerCase() === 'before' ? -1 : 1;
    out.push({
      index: m.index,
      text: m[0],
      unit: (unit ?? the ?? 'day').toLowerCase(),
      n: of
        ? of.toLowerCase() === 'eve'
          ? -1
          : 0
        : sign * (count ? (NUMBERS[count.toLowerCase()] ?? Number(count)) : 1),
      fromPublication: true,
    });
  }
  for (const m of text.matchAll(FOLLOWING)) {
    const unit = (m[2] ?? m[4] ?? m[5])!;
    const n = m[1] ? 1 : m[3] ? (NUMBERS[m[3].toLowerCase()] ?? Number(m[3])) : m[6] === 'before' ? -1 : 1;
    out.push({ index: m.index, text: m[0], unit, n });
  }
  for (const m of text.matchAll(SHORTLY)) out.push({ index: m.index, text: m[0], unit: null, n: 0 });
  for (const m of text.matchAll(SAME_DAY)) out.push({ index: m.index, text: m[0], unit: 'day', n: 0 });
  return out;
}

function resolveRelative(rel: Relative, anchor: PartialDate | null): PartialDate | null {
  if (!anchor) return null;
  if (rel.unit) return shift(anchor, rel.unit, rel.n);
  return anchor.month != null ? { year: anchor.year, month: anchor.month } : null;
}

/** A quoted run closed before the date. */
const QUOTED_BEFORE = /["\u201C][^"\u201C\u201D]*["\u201D]|\u2018[^\u2018]*?\u2019(?![\p{L}\p{N}])/gu;

/** The clause a date stands in: from the last stop, semicolon or colon before it to the next after it. */
function clauseAround(s: string, from: number, to: number): string {
  const before = s.slice(Math.max(0, from - 120), from);
  const start = Math.max(before.lastIndexOf('. '), before.lastIndexOf(';'), before.lastIndexOf(': ')) + 1;
  const after = s.slice(to, to + 120);
  // A clause joined on by "and"/"but" has its own tense: "which last met on 27 February and which meets again next
  // week" tells of a February past.
  const end = after.search(
    /[.;:](?:\s|$)|[,\u2013\u2014]\s*(?:and|but)\s|\s(?:and|but)\s+(?:which|who|that|it|they|he|she|we|I)\s/,
  );
  // Quoted words that do not hold the date keep their own tense: 'put it on Tuesday, "we will not bend"' tells of a
  // Tuesday past, while in '"We will meet on Friday"' the quote is the clause. Single marks ('I'll publish it,' she
  // said on Tuesday) quote as double ones do; an apostrophe inside a word closes nothing.
  const tail = end < 0 ? after : after.slice(0, end);
  const quoted = (before.slice(start).match(/["\u201C\u201D]/g)?.length ?? 0) % 2 === 1;
  return (
    before.slice(start).replace(QUOTED_BEFORE, ' ') +
    s.slice(from, to) +
    (quoted
      ? tail
      : tail.replace(/["\u201C][^"\u201D]*(?:["\u201D]|$)|\u2018[^\u2018]*?(?:\u2019(?![\p{L}\p{N}])|$)/gu, ' '))
  );
}

/** The dates of one paragraph (text[start, end)), in order; `anchors.last` moves past each explicit date. */
export function findDates(text: string, start: number, end: number, anchors: Anchors): DateMention[] {
  const slice = text
    .slice(start, end)
    .replace(TIME_OF_DAY, (s) => ' '.repeat(s.length))
    // "open 24/7": round the clock, no 24 July.
    .replace(/\b24\/7\b/g, '    ')
    .replace(
      DOTTED_YEAR,
      (s, month: string, day: string, gap: string, year: string) => `${month} ${day},${' '.repeat(gap.length)}${year}`,
    )
    .replace(SLASHED_DAYS, '$1-$2');
  const results = (ORDINAL_DAY.test(slice) ? ordinalParser : parser).parse(
    slice,
    toDate(anchors.last ?? anchors.dateline ?? { year: 2000 }),
  );
  const items: ({ index: number; result: chrono.ParsedResult } | { index: number; relative: Relative })[] = [
    ...results.map((result) => ({ index: result.index, result })),
    ...relativePhrases(slice).map((relative) => ({ index: relative.index, relative })),
  ].sort((a, b) => a.index - b.index);
  let covered = 0;
  const found: DateMention[] = [];
  for (const item of items) {
    if (item.index < covered) continue;
    if ('relative' in item) {
      // Counted from the date read last: "In April ... two weeks later" cannot be counted to a day from a March day.
      const date = resolveRelative(
        item.relative,
        item.relative.fromPublication
          ? (anchors.published ?? null)
          : (anchors.recent ?? anchors.last ?? anchors.dateline),
      );
      if (date) covered = item.index + item.relative.text.length;
      if (date)
        found.push({
          start: start + item.index,
          end: start + item.index + item.relative.text.length,
          text: item.relative.text,
          date,
          until: null,
          explicit: false,
        });
      continue;
    }
    const r = item.result;
    // The clause and the years ahead are asked for only by the few dates that need them (weekdays, yearless days).
    const resolved = resolve(
      r,
      anchors,
      () => clauseAround(slice, r.index, r.index + r.text.length),
      () => yearsAhead(text, start + r.index + r.text.length),
    );
    const prev = found.at(-1);
    const joiner =
      slice.slice(prev ? prev.end - start : 0, r.index) + (/^(?:to|and|until|till|through)\b/i.exec(r.text)?.[0] ?? '');
    // "between 2009 and 2016" is a span; "in August 2022 and January 2023" are two dates.
    const span =
      RANGE_JOIN.test(joiner) &&
      (!/^\s*and\s*$/i.test(joiner) ||
        /\bbetween\b/i.test(slice.slice(Math.max(0, prev!.start - start - 24), prev!.end - start)));
    if (resolved && prev && prev.until == null && prev.end - start <= r.index && span) {
      prev.until = resolved.date;
      prev.end = start + r.index + r.text.length;
      prev.text = text.slice(prev.start, prev.end);
      continue;
    }
    if (!resolved) continue;
    // "the mandate it renewed last July", written on 23 June: the July before, never the one to come.
    if (
      !resolved.explicit &&
      anchors.dateline &&
      /\blast\s+$/i.test(slice.slice(Math.max(0, r.index - 6), r.index) + (/^last\s+/i.exec(r.text)?.[0] ?? '')) &&
      toDate(resolved.date).getTime() > toDate(anchors.dateline).getTime()
    )
      resolved.date = { ...resolved.date, year: resolved.date.year - 1 };
    const swapped = dayFirst(r.text, start + r.index, resolved.date, text);
    if (swapped) resolved.date = swapped;
    // "Sept 9 last year": the year a yearless day is of, not a date of its own.
    if (
      prev &&
      !prev.explicit &&
      prev.date.month != null &&
      prev.until == null &&
      /^\s*$/.test(slice.slice(prev.end - start, r.index)) &&
      /^(?:last|this|next) year$/i.test(r.text.trim())
    ) {
      prev.date = { ...prev.date, year: resolved.date.year };
      prev.end = start + r.index + r.text.length;
      prev.text = text.slice(prev.start, prev.end);
      covered = r.index + r.text.length;
      continue;
    }
    covered = r.index + r.text.length;
    const mention: DateMention = {
      start: start + r.index,
      end: start + r.index + r.text.length,
      text: text.slice(start + r.index, start + r.index + r.text.length),
      date: resolved.date,
      until: null,
      explicit: resolved.explicit,
    };
    if (r.end) {
      const p = precisionOf(r.end);
      if (p && r.end.get('year') != null) mention.until = fromComponents(r.end, p);
    }
    found.push(mention);
    anchors.recent = resolved.date;
    // "has lived there since 2021", "an email dated 2 August 2022": a state that goes on to the present, or a
    // paper's own date, moves the story's time nowhere.
    // So does a fact about a thing set off in its apposition ("The Aster Bay, built in 2004, was renamed in May").
    const before = slice.slice(Math.max(0, r.index - 30), r.index);
    const since =
      /^since\b/i.test(r.text) ||
      /\b(?:since|dated|dating from)\b[^.;,:]{0,20}$/i.test(before) ||
      /,\s*(?:built|founded|established|born|formed|set up|launched|opened)\s+(?:in\s+)?$/i.test(before);
    if ((resolved.explicit || resolved.anchors) && !since) {
      anchors.last = resolved.date;
      // A month or day years before the story's time ("the contract signed in March 2021", in a story of October
      // 2024) is background: it dates its own clause, not the story's next yearless day.
      if (resolved.date.month != null && !longBefore(resolved.date, anchors.story)) anchors.story = resolved.date;
    }
  }
  return found;
}

export function precisionOfDate(d: PartialDate): Precision {
  return d.day != null ? 'day' : d.month != null ? 'month' : 'year';
}

const pad = (n: number): string => String(n).padStart(2, '0');

export function isoDate(d: PartialDate): string {
  return d.day != null
    ? `${d.year}-${pad(d.month!)}-${pad(d.day)}`
    : d.month != null
      ? `${d.year}-${pad(d.month)}`
      : String(d.year);
}

/** First and last calendar day a partial date covers. */
export function firstDay(d: PartialDate): string {
  return `${d.year}-${pad(d.month ?? 1)}-${pad(d.day ?? 1)}`;
}

export function lastDay(d: PartialDate): string {
  const month = d.month ?? 12;
  const day = d.day ?? new Date(Date.UTC(d.year, month, 0)).getUTCDate();
  return `${d.year}-${pad(month)}-${pad(day)}`;
}

// Finds the words that name who said a quote: a reporting verb's subject before the quote ("X said ..."), the name
// after it ("..., said X"), a label ("X: ..."), "according to X"; or says that the speaker is the one before.
import {
  cleanPhrase,
  CONNECTIVES,
  DIPLOMAT,
  nameGoesOnPast,
  portfolioPhrase,
  PRESS_NOUNS,
  RELATIVE,
} from './parse-actor.js';
import { lexicon, type VerbEntry } from './lexicons.js';
import { labelLength } from './section-labels.js';
import { wordsIn, type Word } from './words-in.js';

export interface Attribution {
  /** The phrase naming the speaker, or null to take the speaker of the quote before. */
  phrase: string | null;
  /** Where the phrase starts (UTF-16 index): pronouns resolve to the people named before it. */
  at: number;
  cue: string | null;
}

const AUX =
  /\s*\b(?:has|have|had|was|were|is|are|also|then|later|again|publicly|repeatedly|previously|further|would|will|could|not|yet|already|reportedly|separately|still|once|jointly|subsequently|(?:on )?(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today|likewise|too|similarly|meanwhile|instead|herself|himself|itself|themselves|alone|first)\s*$/i;
/**
 * The text without what `tail` (a pattern anchored at the end) matches, tried on the last few dozen characters only:
 * a pattern that may start anywhere costs a try at every index of a long clause.
 */
function withoutTail(s: string, tail: RegExp): string {
  const from = Math.max(0, s.length - 48);
  const m = tail.exec(s.slice(from));
  return m ? s.slice(0, from + m.index) : s;
}
/** An adverb before the verb ("publicly", "swiftly"): lower case, so that "Italy" or "Kelly" stays a name. */
const ADVERB = /\s*\b\p{Ll}+ly\s*$/u;
/** A span of time opening a sentence before a comma: "A day later,", "Two weeks earlier,", "Hours after the vote,". */
const TIME_OPENER =
  /^(?:A|An|One|Two|Three|Four|Five|Several|A few|Some|\d+)?\s*(?:\p{Ll}+\s+)?(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|moments?)\s+(?:later|earlier|after|before|on)\b[^,]*,/iu;
const INTRO = new RegExp(
  `^(?:In|On|At|Under|After|Following|Citing|According to|During|Since|By|Before|Amid|Despite|With|Without|As|For|From|Speaking|Asked|Earlier|Later|Also|Today|Yesterday|Meanwhile|However|Separately|Last|This|Two|Three|${CONNECTIVES})\\b`,
);
/**
 * A participle opening a sentence before its subject ("Opening the session, the chair said"; "Giving evidence, X
 * told"): a capitalised -ing form, or a past participle of asking, followed by its object or a preposition, not by a
 * verb ("Beijing said" is a subject).
 */
function participleOpener(s: string): boolean {
  const m = /^(\p{Lu}\p{Ll}+ing|Asked|Pressed|Questioned|Challenged|Contacted|Reached)\s+(\p{Ll}+)/u.exec(s);
  return (
    m != null &&
    !lexicon.countryByCapital(m[1]!) &&
    !lexicon.countryByName(m[1]!) &&
    !lexicon.verb(m[2]!) &&
    !/^(?:has|have|had|is|was|were|are|will|would|could|can|may|might|did|does)$/.test(m[2]!)
  );
}
const QUOTED_AS =
  /\b(?:quot|cit)(?:ed|es|ing)\s+((?:[^\s,;:"\u201C\u201D]+\s+){0,7}?[^\s,;:"\u201C\u201D]+)\s+as\s+(saying|telling|writing|stating)\b[^"\u201C\u201D]*$/;
/** "X was quoted as saying": in the passive with no agent, the subject is the one quoted. */
const QUOTED_PASSIVE =
  /\b(?:was|were|is|are|has been|have been|had been)\s+(?:quot|cit)ed\s+as\s+(saying|telling|writing|stating)\b[^"\u201C\u201D]*$/;
/** A finite verb with its auxiliary ("has ordered", "were told"): the words hold a clause. */
const CLAUSE_VERB = /\b(?:has|have|had|was|were|is|are|will|would)\s+(?:\p{Ll}+\s+)?\p{Ll}+(?:ed|en)\b/u;
/** After a quote, to the end of its line: a dash, then a name and perhaps a title or body after a comma. */
const DASH_CREDIT =
  /^[\s.,]*(?:\[(?:\d{1,3}|[a-z])\])*\s*[\u2014\u2013]\s*(\p{Lu}[\p{L}\p{M}'\u2019\u02BB.-]*(?:\s+\p{Lu}[\p{L}\p{M}'\u2019\u02BB.-]*){0,4}(?:,[^\n"\u201C\u201D]{1,120})?)\s*$/u;
/**
 * Where the line holding `from` ends, looked for no further than a credit line's length (a document of one long line
 * costs each quote as much as its credit, not as the rest of the text).
 */
const CREDIT_REACH = 400;
const lineEnd = (text: string, from: number): number => {
  const n = text.slice(from, from + CREDIT_REACH).indexOf('\n');
  return n < 0 ? Math.min(text.length, from + CREDIT_REACH) : from + n;
};
/** A box's or a block quote's frame at a line's start: "│ ", "> ". */
const FRAME = /^[\s\u2502|>]*/;
/**
 * Where a dash's credit may start after a quote closing at `from`: the rest of its line, or when that holds nothing
 * the next line with words, past lines of a box's or a block quote's frame alone (at most two).
 */
function creditLine(text: string, from: number): number | null {
  let end = lineEnd(text, from);
  if (/[\p{L}\p{N}\u2014\u2013]/u.test(text.slice(from, end))) return from;
  for (let k = 0; k < 3 && end < text.length; k++) {
    const start = end + 1;
    end = lineEnd(text, start);
    const line = text.slice(start, end);
    const frame = FRAME.exec(line)![0].length;
    if (frame === line.length) continue;
    return start + frame;
  }
  return null;
}
/** Whether words hold a lower-case word that can be a verb of speech (then they are a clause, not a credit). */
const hasVerbWord = (s: string): boolean =>
  s.split(/[\s,]+/).some((w) => /^\p{Ll}/u.test(w) && lexicon.verb(w) != null);
/** A closing mark and citation markers that a copied paragraph starts with (they end the sentence before), and a list's bullet. */
const LEAD_DEBRIS = /^[\s"\u201D\u2019]*(?:\[(?:\d{1,3}|[a-z])\]\s*)*(?:[*\u2022\u00B7-]\s+)?/;
/** A news outlet named after its common noun, perhaps after its city: "The Vienna daily Der Morgenbote". */
export const PRESS_SUBJECT = new RegExp(
  String.raw`^(?:[Tt]he\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,2}(?:${PRESS_NOUNS})\s+\p{Lu}[\p{L}.'\u2019-]*(?:\s+\p{Lu}[\p{L}.'\u2019-]*){0,3}`,
  'u',
);
/** A dateline: a place in capitals, perhaps its date and agency, then a spaced dash. */
const DATELINE_OPENER =
  /^\p{Lu}{2,}(?:[\s.'\u2019-]+\p{Lu}{2,})*\.?(?:\s*,\s*[^\n\u2013\u2014]{1,40}?)?(?:\s*\([^)\n]{1,40}\))?(?:\s+[\u2013\u2014-]\s+|:\s+(?=\p{Lu}))/u;
const STOP = new Set(
  'that which who whom whose to in at on with by from as is was has have had be been were are will would could should after before when while because if than into about against over under since until during where how what why it its this these those there here not also but or so'.split(
    ' ',
  ),
);

/** The reporting verb at a word: a verb of the lexicon, or one of its verb phrases ("expressed concern"). */
export function verbAt(text: string, index: number, word: string): VerbEntry | undefined {
  const v = lexicon.verb(word);
  if (v) return v;
  const next = /^\s+(\p{L}+)/u.exec(text.slice(index + word.length, index + word.length + 30));
  return next ? lexicon.verbPhrase(word, next[1]!) : undefined;
}

/** A verb form that does not report its subject's words: a passive ("was called", "is told") or an infinitive. */
export function notReporting(text: string, index: number, word: string): boolean {
  const before = text.slice(Math.max(0, index - 24), index);
  if (/\bto\s+$/.test(before)) return true;
  // "said to be one of its biggest clients", "reported to have fled": hearsay about the subject, not its words.
  if (HEARSAY.test(text.slice(index + word.length, index + word.length + 12))) return true;
  // '"...", MPs told': "tell" needs its hearer; without one, those named are the ones told (a headline's passive).
  if (
    /^tol?d$|^tells?$/i.test(word) &&
    /^\s*(?:[.!?;]|\n|$)/.test(text.slice(index + word.length, index + word.length + 4))
  )
    return true;
  // "seven West African states", "the Baltic states have said", "a Chinese state agency": after a people's or a
  // region's adjective, or a word that counts or sorts them, "state" and "states" are the noun.
  if (/^states?$/i.test(word) && STATES_NOUN.test(before)) return true;
  return !/ing$/i.test(word) && /\b(?:is|are|was|were|be|been|being)\s+(?:\p{L}+ly\s+)?$/iu.test(before);
}
const STATES_NOUN =
  /(?:\b\p{Lu}\p{L}*(?:an|ic|ern|ese|ish|ian)|\b(?:member|island|coastal|small|other|several|many|these|those|all|both|neighbouring|neighboring|arab|gulf|Gulf|Arab|sovereign|nuclear|allied|partner|\d+|two|three|four|five|six|seven|eight|nine|ten))\s+$/u;

const DIPLOMAT_WORD = new RegExp(`^${DIPLOMAT}s?$`, 'i');
/** A determiner or possessive before a verb's form makes it a noun ("the state broadcaster", "his reply"). */
const NOUN_BEFORE = /(?:\b(?:the|a|an|its|their|his|her|our|this)|['\u2019]s?)\s+$/i;
const HEARSAY = /^\s+to\s+(?:be|have|\p{L}+ed)\b/u;

/** Whether the word w is a speech verb here (or, with `any`, any verb of the lexicon) that ends by `to`. */
function speechVerbAt(text: string, w: Word, to: number, any: boolean): boolean {
  const v = verbAt(text, w.index, w.word);
  // A capitalised form is part of a name ("the United States", "Secretary of State"), not a verb.
  return (
    v != null &&
    (any || v.speech) &&
    !/^\p{Lu}/u.test(w.word) &&
    w.index + w.word.length <= to &&
    !notReporting(text, w.index, w.word) &&
    !NOUN_BEFORE.test(text.slice(Math.max(0, w.index - 8), w.index))
  );
}

/** The speech verbs in text[from, to), in order. */
function speechVerbs(text: string, from: number, to: number): Word[] {
  return wordsIn(text, from, to).filter((w) => speechVerbAt(text, w, to, false));
}

/** Whether a stop ends a sentence inside s: "Rep. Han Ji-woo" holds a title's abbreviation, no stop. */
function sentenceBreak(s: string): boolean {
  for (const m of s.matchAll(/([\p{L}]*)([.!?;])\s/gu))
    if (m[2] !== '.' || !(lexicon.isAbbreviation(m[1]!) || /^\p{Lu}$/u.test(m[1]!))) return true;
  return false;
}

/** The last speech verb in text[from, to), or null. */
function lastSpeechVerb(text: string, from: number, to: number, any = false): Word | null {
  const words = wordsIn(text, from, to);
  let relative: Word | null = null;
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i]!;
    if (!speechVerbAt(text, w, to, any)) continue;
    // "saying the journalists who had testified "deserve ..."": a verb inside a relative clause qualifies a noun of
    // what an earlier verb reports; it introduces the words only when no verb before it could.
    // (Only a verb right before the words: in "an official who requested anonymity and hoped to "..."" the relative
    // clause itself goes on to the quote.)
    if (
      !text.slice(w.index + w.word.length, to).trim() &&
      RELATIVE_BEFORE.test(text.slice(Math.max(from, w.index - 40), w.index))
    ) {
      relative ??= w;
      continue;
    }
    return w;
  }
  return relative;
}
/** A restrictive relative clause on a common noun ("the witnesses who had testified"), not ", who said". */
const RELATIVE_BEFORE = /(?<![,\s])\s+\p{Ll}+\s+(?:who|which|that)\s+(?:(?:had|has|have)\s+)?(?:\p{Ll}+ly\s+)?$/u;

/**
 * The text with each quote, from an opening mark to the next closing one, turned to spaces. Done in one pass: a regex
 * replacing them tries each unclosed opening mark against the whole rest of the text.
 */
function blankQuotes(s: string): string {
  const parts: string[] = [];
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    if (s[i] !== '"' && s[i] !== '\u201C') continue;
    const close = nextClosingMark(s, i + 1);
    // No closing mark after this opening one: none after any later one either.
    if (close < 0) break;
    parts.push(s.slice(from, i), ' '.repeat(close + 1 - i));
    from = close + 1;
    i = close;
  }
  parts.push(s.slice(from));
  return parts.join('');
}

function nextClosingMark(s: string, from: number): number {
  for (let i = from; i < s.length; i++) if (s[i] === '"' || s[i] === '\u201D') return i;
  return -1;
}

/** The subject of a sentence after any opening phrase ("Citing X, Y issued ..."; "In 2019, Y said ..."). */
/** Capitalised words right after a title: its holder's name. */
const NAME_RUN = /^\s+(?:\p{Lu}[\p{L}.'\u2019-]*\s*)+/u;

export function mainSubject(text: string, sentenceStart: number, end: number): { phrase: string; at: number } | null {
  let start = sentenceStart + (LEAD_DEBRIS.exec(text.slice(sentenceStart, end))?.[0].length ?? 0);
  // "ISTANBUL — Turkey's minister ...", "LIMASSOL, Tue 4 Nov — In a statement, ...", "ISLAMABAD: The Foreign
  // Office ...": a dateline opens no clause.
  start += DATELINE_OPENER.exec(text.slice(start, end))?.[0].length ?? 0;
  // "Japan: The foreign ministry said ...": a list item's label is not its subject.
  start += labelLength(text.slice(start, end));
  // "Postscript: On 4 March X resigned": a one-word label before a colon opens no clause; the words after it have
  // their own subject.
  start += /^\p{Lu}\p{Ll}+:\s+(?=[\p{Lu}\d])/u.exec(text.slice(start, end))?.[0].length ?? 0;
  const s = text.slice(start, end);
  const intro =
    INTRO.test(s) || TIME_OPENER.test(s) || participleOpener(s) || /^\p{Lu}\p{Ll}+ly\b/u.test(s)
      ? (/,\s+(?=[^\d\s])/.exec(blankQuotes(s)) ?? DATE_OPENER.exec(s))
      : null;
  const from = intro ? intro.index + intro[0].length : 0;
  // "The minister went further, insisting ...": a title or a body's head word, which points back to its holder.
  const office = /^(?:[Tt]he|[Tt]his|[Tt]hat)((?:\s+\p{Ll}[\p{Ll}-]*){1,3})/u.exec(s.slice(from));
  const heads = office ? office[1]!.trim().split(/\s+/) : [];
  let head = heads.findIndex(officeWord);
  while (head >= 0 && head + 1 < heads.length && officeWord(heads[head + 1]!)) head++;
  if (office && head >= 0) {
    const words = s.slice(from, from + office[0].length).split(/\s+/);
    // "The ministry spokeswoman Ana Ruiz went ...": the title goes on with its holder's name.
    const name = head === heads.length - 1 ? NAME_RUN.exec(s.slice(from + office[0].length)) : null;
    return {
      phrase: name ? cleanPhrase(office[0] + name[0]) : words.slice(0, head + 2).join(' '),
      at: start + from,
    };
  }
  // "The Vienna daily Der Morgenbote, citing ...": a news outlet named after its common noun.
  const press = PRESS_SUBJECT.exec(s.slice(from, from + 160));
  if (press) return { phrase: cleanPhrase(press[0]), at: start + from };
  const m = /^(?:(?:the|a|an)\s+)?(?:[\p{Lu}][\p{L}.'\u2019-]*\s*|(?:of|for|the|and|de|van|von|al)\s+)+/u.exec(
    s.slice(from),
  );
  if (!m || !/\p{Lu}/u.test(m[0])) return null;
  // "The Russian embassy in Oslo responded": a capitalised modifier, then the body's or the title's lower-case head.
  const tail =
    /^(?:\p{Ll}[\p{Ll}-]*\s+){0,2}\p{Ll}[\p{Ll}-]*/u.exec(s.slice(from + m[0].length))?.[0].split(/\s+/) ?? [];
  let last = tail.length - 1;
  while (last >= 0 && !officeWord(tail[last]!)) last--;
  let phrase = last >= 0 ? `${m[0]}${tail.slice(0, last + 1).join(' ')}` : m[0];
  if (last < 0) phrase += portfolioListAfter(phrase, s.slice(from + m[0].length));
  // "Treasury minister Ana Ruiz, answering ...": the title goes on with its holder's name.
  if (last === tail.length - 1 && last >= 0 && lexicon.role(tail[last]!) != null) {
    const name = NAME_RUN.exec(s.slice(from + phrase.length));
    if (name) phrase += name[0];
  }
  return { phrase: cleanPhrase(phrase), at: start + from };
}

/**
 * "Ministry of Trade, Tourism and Telecommunications": after a body's or a title's portfolio, the rest of a list of
 * portfolios, commas and all; '' when none follows.
 */
function portfolioListAfter(phrase: string, rest: string): string {
  if (!/\b(?:of|for)\s+\p{Lu}[\p{L}-]*\s*$/u.test(phrase)) return '';
  const list =
    /^,\s+((?:\p{Lu}[\p{L}-]*\s+)*?\p{Lu}[\p{L}-]*(?:,\s+(?:\p{Lu}[\p{L}-]*\s+)*?\p{Lu}[\p{L}-]*)*,?\s+and\s+(?:\p{Lu}[\p{L}-]*\s+)*\p{Lu}[\p{L}-]*)/u.exec(
      rest,
    );
  if (!list) return '';
  const parts = list[1]!.split(/,?\s+and\s+|,\s+/);
  return parts.every(portfolioPhrase) ? list[0]! : '';
}

/** A date that opens a sentence without a comma after it: "On 3 March the ministry ...", "In 2023 the court ...". */
const DATE_OPENER =
  /^(?:On|In|Since|By|Until|Last|Early|Late)\s+(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?\p{Lu}\p{Ll}+\.?|\p{Lu}\p{Ll}+\.?\s+\d{1,2}(?:st|nd|rd|th)?|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:January|February|March|April|May|June|July|August|September|October|November|December)|\d{4})(?:,?\s+\d{4})?\s+(?=\p{Lu}|(?:the|his|her|its|their)\s)/u;

/** The rest of a list of names ending in "and X,": "Iceland, Norway and Sweden, ". */
const NAME_IN_LIST = String.raw`\p{Lu}[\p{L}'\u2019.-]*(?:\s+(?:of\s+|the\s+)?\p{Lu}[\p{L}'\u2019.-]*)*`;
const LIST_REST = new RegExp(String.raw`^(?:${NAME_IN_LIST},\s+)*${NAME_IN_LIST},?\s+and\s+${NAME_IN_LIST},\s+`, 'u');

/** A name, then its title set off by a comma, ending the text: "Clara Mendes, director of the group Open Watch". */
const TITLED_NAME =
  /(?:^|[\s,(])(\p{Lu}[\p{L}.'\u2019-]*(?:\s+\p{Lu}[\p{L}.'\u2019-]*){0,3}),\s+((?:the|a|an)\s+)?(\p{Ll}[^,;:]*)$/u;

/** A short phrase of time, place or means that ends a clause ("on Dec. 9", "in a statement", "on Sunday night"). */
const TRAILING_ADJUNCT = /\s+(?:on|in|at|during|via|through|over)\s+(?:[^\s,;:]+\s+){0,4}[^\s,;:]+\s*$/;

/** "... ministry in Nicosia" closing a clause: a state's own body, unnamed, in that state's capital. */
const SEATED_IN =
  /\b(?:ministry|government|cabinet|presidency|parliament)\s+in\s+(\p{Lu}[\p{L}.'\u2019-]*(?:\s+\p{Lu}[\p{L}.'\u2019-]*)?)\s*$/u;
function seatedInCapital(seg: string): boolean {
  const m = SEATED_IN.exec(seg);
  return m != null && lexicon.countryByCapital(m[1]!) != null;
}

/** A lower-case title or body word ("ambassador", "officials", "embassy"). */
function officeWord(word: string): boolean {
  const w = word.replace(/[,.;:]$/, '');
  if (!/^\p{Ll}/u.test(w)) return false;
  return lexicon.role(w) != null || lexicon.role(w.replace(/s$/, '')) != null || lexicon.headKind(w) != null;
}

/** How much of a clause's end trailingNP reads: fourteen words, as long as words are. */
const TAIL_CHARS = 600;

/** Trailing noun phrase of a clause: the subject of a verb that follows it. */
function trailingNP(seg: string): string {
  // Only the last words are read: a long clause before them is not tokenised whole for each verb.
  const from = Math.max(0, seg.length - TAIL_CHARS);
  const words = [...seg.slice(from).matchAll(/\S+/g)].map((m) => Object.assign(m, { index: m.index + from }));
  // A word the cut fell inside is no word of the phrase.
  if (from > 0 && words.length && words[0]!.index === from && !/\s/.test(seg[from - 1]!)) words.shift();
  let k = words.length;
  while (k > 0 && words.length - k < 14) {
    const w = words[k - 1]![0].replace(/[,.;:]$/, '').toLowerCase();
    // "Ambassador to Mexico Carlos Pascual": "to" inside a diplomat's title does not end the phrase.
    const posting = w === 'to' && k > 1 && DIPLOMAT_WORD.test(words[k - 2]![0]);
    // "the German ambassador in Moscow", "officials at the ministry": a place after a title or body is part of it.
    const stationed = (w === 'in' || w === 'at') && k > 1 && officeWord(words[k - 2]![0]);
    // "the Commission on Human and Peoples' Rights": "on" between two capitalised words is inside a body's name.
    // So is a capitalised one: "the Independent Commission Against Corruption".
    const named =
      (w === 'on' || /^\p{Lu}/u.test(words[k - 1]![0])) &&
      k > 1 &&
      k < words.length &&
      /^\p{Lu}/u.test(words[k - 2]![0]) &&
      /^\p{Lu}/u.test(words[k]![0]);
    // "the Organization for Security and Co-operation in Europe": a lower-case word inside a name of the lexicon.
    const listed =
      STOP.has(w) &&
      k > 1 &&
      /^\p{Lu}/u.test(words[k - 2]![0]) &&
      nameGoesOnPast(
        words
          .slice(Math.max(0, k - 9), k - 1)
          .map((m) => m[0])
          .join(' '),
        w,
      );
    // "called for a response, and Finland's ministry asked": ", and" begins a clause of its own.
    // (But "Fidesz's director, Gábor Kubatov, and Minister Ana Ruiz claimed" joins names of one list.)
    let clause = false;
    if (w === 'and' && k > 1 && /,$/.test(words[k - 2]![0])) {
      let j = k - 2;
      while (j > 0 && !/,$/.test(words[j - 1]![0]) && k - 2 - j < 6) j--;
      clause =
        !/^\p{Lu}/u.test(words[j]![0]) ||
        words.slice(j, k - 1).some((m) => /^\p{Ll}/u.test(m[0]) && lexicon.verb(m[0].replace(/\W+$/, '')) != null);
    }
    if (
      clause ||
      (STOP.has(w) && !posting && !stationed && !named && !listed) ||
      /^[\d\-/:.,]+$/.test(w) ||
      (lexicon.verb(w) && !/^\p{Lu}/u.test(words[k - 1]![0]))
    )
      break;
    k--;
  }
  // "..., and he said": a clause joined by a conjunction starts after it.
  return k < words.length ? seg.slice(words[k]!.index).replace(/^(?:and|or|nor|but)\s+/i, '') : '';
}

/** The subject phrase of a verb at verbIndex, reading back to the clause start; null: the verb shares the subject before. */
export function subjectBefore(
  text: string,
  from: number,
  verbIndex: number,
): { phrase: string; at: number; relative: boolean } | null {
  let seg = text.slice(from, verbIndex);
  // A clause starts after a semicolon, a colon, a dash between words, a closing mark or "while", "but".
  const dash = /\s[-\u2013\u2014]\s(?!.*\s[-\u2013\u2014]\s)/.exec(seg);
  const cut = Math.max(
    seg.lastIndexOf(';'),
    seg.lastIndexOf(':'),
    // A table's cell ends at its bar.
    seg.lastIndexOf('|'),
    dash ? dash.index + dash[0].length - 1 : -1,
    seg.search(/\s(?:while|whereas|but)\s(?!.*\s(?:while|whereas|but)\s)/),
    seg.lastIndexOf('\u201D'),
    seg.lastIndexOf('"'),
  );
  let base = from;
  if (cut >= 0) {
    base += cut + 1;
    seg = seg.slice(cut + 1);
  }
  for (let prev = ''; prev !== seg;) {
    prev = seg;
    seg = withoutTail(withoutTail(seg, AUX), ADVERB).replace(/\s*\[(?:\d{1,3}|[a-z])\]\s*$/, '');
  }
  if (/(?:^|\s)(?:and|or)\s*$/.test(seg) || (/,\s*$/.test(seg) && /^\s*\S+ing\b/.test(text.slice(verbIndex))))
    return null;
  let relative = false;
  const rel = /[,\s]+(?:who|which|that)\s*$/i.exec(seg);
  if (rel) {
    seg = seg.slice(0, rel.index);
    relative = true;
  }
  const appositiveWho = rel != null && /,\s*who\s*$/i.test(rel[0]);
  // "Clara Mendes, director of the group Open Watch, who said": "who" is the person the title is set after.
  const titled = appositiveWho ? TITLED_NAME.exec(seg) : null;
  if (titled && officeWord(titled[3]!.split(/\s+/)[0]!)) {
    const at = titled.index + titled[0].indexOf(titled[1]!);
    return { phrase: cleanPhrase(seg.slice(at)), at: base + at, relative };
  }
  // A list item's bullet ("- In a statement, ...") is no word of the clause.
  const trimmed = seg.trim().replace(/^[-*\u2022\u00B7]\s+/, '');
  if (INTRO.test(trimmed) || TIME_OPENER.test(trimmed) || participleOpener(trimmed)) {
    const m = /,\s+(?=[^\d\s])/.exec(seg);
    if (m && !/^According to\s*$/.test(seg.slice(0, m.index))) {
      base += m.index + m[0].length;
      seg = seg.slice(m.index + m[0].length);
      // "Speaking on behalf of Finland, Iceland and Norway, the representative of Denmark": the rest of a list of
      // names the opening phrase holds.
      const list = LIST_REST.exec(seg);
      if (list && list[0].length < seg.length) {
        base += list[0].length;
        seg = seg.slice(list[0].length);
      }
    }
  }
  // "On Thursday his ministry said": a date opening the clause without a comma is no part of its subject.
  const lead = /^\s*/.exec(seg)![0].length;
  const dated = DATE_OPENER.exec(seg.slice(lead));
  if (dated) {
    base += lead + dated[0].length;
    seg = seg.slice(lead + dated[0].length);
  }
  // "over what it said": a pronoun right before the verb is its subject, however the clause began; "it" names no
  // one here (an empty phrase: "X said it rejected" goes back to X).
  const pronoun = /(?:^|\s)(it|he|she|they|we)\s*$/i.exec(seg);
  if (pronoun)
    return {
      phrase: /^it$/i.test(pronoun[1]!) ? '' : pronoun[1]!,
      at: base + pronoun.index + pronoun[0].length - pronoun[1]!.length,
      relative,
    };
  // "Putin on Dec. 9 said", "the minister in a statement said": the phrase between subject and verb is no subject.
  const adjunct = TRAILING_ADJUNCT.exec(seg);
  if (
    adjunct &&
    // "over what its foreign ministry called": a clause of its own, whose subject is the one sought.
    !/\b(?:what|which|who|whom|whose|where|when|how|that)\b/i.test(adjunct[0]) &&
    trailingNP(seg.slice(0, adjunct.index)) &&
    !nameGoesOnPast(seg.slice(0, adjunct.index), adjunct[0].trim().split(/\s+/)[0]!) &&
    // "the finance ministry in Nicosia said": a state's body in its capital is named by it (see parseActor).
    !seatedInCapital(seg)
  )
    seg = seg.slice(0, adjunct.index);
  let phrase: string;
  // "Kristaps Ozols, a spokesman who spoke for the ministries of Estonia, Latvia and Lithuania, said": a relative
  // clause inside the apposition, commas and all, says what the person did; the apposition's head stays.
  const apposed = /\swho\s/.test(seg)
    ? /^([^,]*\p{Lu}[^,]*),\s+((?:(?:a|an|the)\s+)?[^,]*?\s)?who\s[^;:"\u201C\u201D]*,\s*$/u.exec(seg)
    : null;
  if (apposed) seg = `${apposed[1]}, ${apposed[2] ? `${apposed[2].trim()}, ` : ''}`;
  if (/,\s*$/.test(seg)) {
    const inner = seg.replace(/,\s*$/, '');
    const comma = inner.lastIndexOf(',');
    const appositive = comma >= 0 ? inner.slice(comma + 1).trim() : '';
    const head = comma >= 0 ? inner.slice(0, comma) : inner;
    // "X summoned the ambassador in Moscow, issued a protest": a verb's object before the comma, then a verb that
    // shares X.
    const np = trailingNP(head);
    const verbBefore = /(\p{Ll}+)\s*$/u.exec(head.slice(0, head.length - np.length))?.[1];
    if (np && comma < 0 && verbBefore && lexicon.verb(verbBefore)) return null;
    phrase = RELATIVE.test(appositive) ? np : `${np}, ${appositive}`;
  } else {
    phrase = trailingNP(seg);
    // "The cabinet has ordered a review of the licences, government spokesman Ana Ruiz told reporters": the words
    // before the comma are what was told, a clause of their own; the subject is the one after it.
    const comma = phrase.lastIndexOf(',');
    if (comma > 0 && !relative && CLAUSE_VERB.test(seg.slice(0, seg.length - phrase.length + comma)))
      phrase = phrase.slice(comma + 1).trim();
    // "messages leaked to the weekly Eesti Nadal showed": the object of a preposition is inside a longer subject
    // (but "notes attributed to Park Sun-hee, who described": "who" means the person named last).
    if (
      phrase &&
      !appositiveWho &&
      /(?<!\b(?:along|together)\s+)\b(?:to|with|into|about|against|over|under)\s+$/i.test(
        seg.slice(0, seg.length - phrase.length),
      )
    )
      return { phrase: '', at: base, relative };
  }
  // "Writing on Twitter, Ana Ruiz": the object of an opening participle's preposition, set off before the subject.
  const before = seg.slice(0, Math.max(0, seg.lastIndexOf(phrase)));
  if (/(?:^|[\s,])\p{L}+ing\s+(?:on|in|at|from|to|with|via)\s*$/iu.test(before) && /,\s*\S/.test(phrase))
    phrase = phrase.slice(phrase.indexOf(',') + 1);
  phrase = cleanPhrase(phrase);
  // "its floor spokesperson said": a title after a possessive pronoun is someone's staff, which the pronoun says.
  const owner =
    phrase && !/\p{Lu}/u.test(phrase)
      ? /(?:^|\s)(its|his|her|their)\s+$/i.exec(seg.slice(0, seg.lastIndexOf(phrase)))
      : null;
  if (owner) phrase = `${owner[1]!.toLowerCase()} ${phrase}`;
  return { phrase, at: base + Math.max(0, seg.indexOf(phrase.slice(0, 8))), relative };
}

/**
 * Capitalised words (a title and a name) after a lower-case word that is no article, preposition or possessive (so a
 * verb's object: "record Ana Ruiz telling"; "a statement with the United Kingdom calling for" is no one's), ending
 * right before a participle.
 */
const NAMED_BEFORE_PARTICIPLE =
  /\s(?!(?:the|a|an|with|of|for|to|by|from|in|on|at|and|or|as|about|against|between|including|his|her|its|their)\s)\p{Ll}+\s+((?:\p{Lu}[\p{L}.'\u2019-]*\s+){1,5})$/u;

/** "carried a statement by the Ministry of Finance affirming that": the body that issued the paper speaks. */
const ISSUED_BEFORE_PARTICIPLE =
  /\b(?:statement|letter|note|message|post|release|communiqu[ée]|declaration)\s+(?:by|from)\s+(?:the\s+)?((?:\p{Lu}[\p{L}.'\u2019-]*\s+(?:(?:of|for|and)\s+)?){1,6})$/u;

/** `said X`: the verb, then the words up to a clause's end (initials and titles' abbreviations keep their stops). */
const VERB_FIRST =
  /^(\p{L}+)\s+((?:[^,.;:!?(]|\.(?=\S)|\b\p{Lu}\.|(?<=\b(?:Sen|Rep|Gov|Gen|Lt|Col|Capt|Maj|Sgt|Adm|Dr|Prof|Mr|Mrs|Ms|Hon|Rev|Amb|Supt|Insp|Det|St|Fr))\.)+)/u;

/**
 * Attribution of the quote text[open, close] in the sentence [start, end); prevEnd is where the quote before it in
 * the sentence ends (or the sentence start).
 */
export function attributeQuote(
  text: string,
  sentence: { start: number; end: number },
  open: number,
  closeEnd: number,
  prevEnd: number,
  nextOpen: number,
): Attribution | null {
  // '"...," India’' where a copy breaks off: a name after the words' comma, with nothing after it, is the speaker
  // (its possessive's noun lost with the rest of the text).
  const signed = /^\s*(\p{Lu}[\p{L}.'\u2019-]*(?:\s+\p{Lu}[\p{L}.'\u2019-]*){0,3}?)(?:['\u2019]s?)?\s*$/u.exec(
    text.slice(closeEnd, Math.min(nextOpen, sentence.end)),
  );
  if (signed && /,\s*["\u201D]\s*$/.test(text.slice(open, closeEnd)))
    return { phrase: signed[1]!, at: closeEnd + signed[0].indexOf(signed[1]!), cue: null };
  // Inside an opening participle phrase ("Citing "...", the ministry said"): the speaker is the sentence's subject.
  const lead = text.slice(sentence.start, open).replace(LEAD_DEBRIS, '');
  const participle = /^(\p{Lu}\p{Ll}+ing)\b[^,;]*$/u.exec(lead);
  if (participle && lexicon.verb(participle[1]!)?.speech) {
    const main = mainSubject(text, sentence.start, sentence.end);
    if (main) return { ...main, cue: participle[1]! };
  }
  // "The cable quoted Berg as saying ...", "cited the minister as telling ...": the one quoted is the speaker.
  const quoted = QUOTED_AS.exec(text.slice(prevEnd, open));
  // "Sokolov was quoted by the Interfax news agency as saying": in the passive the one quoted is the subject.
  if (quoted && /^by\s/i.test(quoted[1]!)) {
    const aux = /\b(?:was|were|is|are|has been|have been|had been)\s+$/.exec(
      text.slice(prevEnd, prevEnd + quoted.index),
    );
    const subject = aux ? subjectBefore(text, prevEnd, prevEnd + aux.index) : null;
    if (subject?.phrase) return { ...subject, cue: quoted[2]! };
  } else if (!quoted) {
    const passive = QUOTED_PASSIVE.exec(text.slice(prevEnd, open));
    const subject = passive ? subjectBefore(text, prevEnd, prevEnd + passive.index) : null;
    if (subject?.phrase) return { ...subject, cue: passive![1]! };
  } else
    return {
      phrase: cleanPhrase(quoted[1]!),
      at: prevEnd + quoted.index + quoted[0].indexOf(quoted[1]!),
      cue: quoted[2]!,
    };
  const verb = lastSpeechVerb(text, prevEnd, open);
  // After the quote: `..., said X` or `..., X said`; an outlet that "reported" words a verb before the quote gives
  // to someone else only passes them on.
  const after = text.slice(closeEnd, nextOpen).replace(/^[\s,.!?]*(?:\[(?:\d{1,3}|[a-z])\])*[\s,]*/, '');
  const afterStart = nextOpen - after.length;
  // '"..." — Ana Ruiz, opposition MP': a pull quote's or a bullet's speaker after a dash, the rest of the line.
  const credit = creditLine(text, closeEnd);
  const dashed = credit != null ? DASH_CREDIT.exec(text.slice(credit, lineEnd(text, credit))) : null;
  if (dashed && credit != null && !hasVerbWord(dashed[1]!)) {
    // The name, and a title after it ("opposition MP"); a body after it ("Ocean Justice, a campaign group") is theirs.
    const [name, title] = dashed[1]!.split(/\s*,\s*/);
    const phrase = title && /^\p{Ll}/u.test(title) ? `${name}, ${title}` : name!;
    return { phrase: phrase.trim(), at: credit + dashed[0].indexOf(dashed[1]!), cue: dashed[0].trim()[0]! };
  }
  // (A title's abbreviation keeps its stop inside the name: "said state Sen. Ana Ruiz".)
  const verbFirst = VERB_FIRST.exec(after);
  // The reporting clause's verb is the first speech verb after the quote ("the ministry said in a statement carried
  // by state media"), or, past an inserted clause that holds one, the last.
  let read: Word[] | undefined;
  const following = (): Word[] => (read ??= speechVerbs(text, closeEnd, Math.min(nextOpen, closeEnd + 160)));
  // 'X dismissed them as "...", the agency reported': the outlet passes on X's words.
  const firstSpeech = verbFirst != null && lexicon.verb(verbFirst[1]!)?.speech === true;
  const relayed = verb != null && /^report/i.test((firstSpeech ? verbFirst[1] : following()[0]?.word) ?? '');
  // (Only a finite verb comes before its subject: '"...," urging Western politicians to stop' names whom it urged.)
  if (verbFirst && !relayed && firstSpeech && /^\p{Ll}/u.test(verbFirst[1]!) && !/ing$/.test(verbFirst[1]!)) {
    // "said a statement from the ministry": "from" after a document names who issued it; elsewhere it ends the name.
    let phrase = verbFirst[2]!.replace(
      /\s+(?:on|at|in|after|before|during|that|to|when|while|as|(?<!\b(?:statement|letter|report|release|note|message)\s*)from)\s.*$/i,
      '',
    );
    // "..., notes her lawyer, Ivan Koval.": a title, then the name set off by a comma.
    // So does "said the commission's Special Rapporteur on Human Rights Defenders, Commissioner Njeri Wambugu.": a
    // title with its article, then the holder's name of two words or more.
    // A lower-case title may stand before that name ("said the president of the bloc, deputy Ana Ruiz").
    const named =
      /^,\s+((?:(\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*)?)\s+)?\p{Lu}[\p{L}'\u2019.-]*(?:\s+\p{Lu}[\p{L}'\u2019.-]*){0,3})(?=\s*[,.;]|\s*$)/u.exec(
        after.slice(verbFirst[0].length),
      );
    // (So may "the" before an honorific: "said the group's chairperson, the Rev. Ana Ruiz".)
    const honorific = named?.[2] === 'the' && lexicon.isHonorific(/^the\s+([\p{L}]+)/u.exec(named[1]!)?.[1] ?? '');
    if (
      named &&
      (named[2] == null || lexicon.role(named[2]) != null || honorific) &&
      (!/\p{Lu}/u.test(phrase) || (/^the\s/i.test(phrase) && /\s/.test(named[1]!)))
    )
      phrase = `${phrase}, ${named[1]!}`;
    if (/\p{Lu}/u.test(phrase) || /^(?:he|she|they)$/i.test(phrase))
      return { phrase, at: afterStart + verbFirst[1]!.length + 1, cue: verbFirst[1]! };
  }
  for (const v of new Set([following()[0], following().at(-1)])) {
    // '"...," Mr Berg, who leads the party, told reporters': a relative clause set off by commas is inserted.
    const between = text
      .slice(closeEnd, v?.index ?? closeEnd)
      .replace(/,\s*(?:who|whose)\b[^,.;"\u201C\u201D]*,/g, ',');
    if (
      v &&
      !(relayed && /^report/i.test(v.word)) &&
      between.split(/\s+/).length <= 16 &&
      !sentenceBreak(between.slice(1)) &&
      // '"in good faith" after leaked emails suggested ...': a clause of its own after the quote is no reporting one.
      !/\b(?:while|whereas|but|and|which|who|that|because|to|after|before|since|until|when|although|though|if|unless)\b/.test(
        between,
      )
    ) {
      const subject = subjectBefore(text, afterStart, v.index);
      if (subject?.phrase) return { ...subject, cue: v.word };
      // '"...," it said': words of a body named before, not of the person who spoke last.
      if (/^\s*it\s*$/i.test(between)) return { phrase: 'it', at: afterStart, cue: v.word };
    }
  }
  // Before the quote, in the same clause chain; "..., adding that "..."" after a quote goes on with its speaker.
  if (
    verb &&
    /ing$/i.test(verb.word) &&
    !/\b(?:is|are|was|were|been|be)\s+$/i.test(text.slice(Math.max(0, verb.index - 8), verb.index))
  ) {
    // "The cables record Minister Ana Ruiz telling officials that ...", "heard Ruiz saying": a name right before the
    // participle, with no comma between, is the one who speaks.
    const from = Math.max(prevEnd, sentence.start, verb.index - 80);
    const named =
      NAMED_BEFORE_PARTICIPLE.exec(text.slice(from, verb.index)) ??
      ISSUED_BEFORE_PARTICIPLE.exec(text.slice(from, verb.index));
    if (named)
      return { phrase: named[1]!.trim(), at: from + named.index + named[0].indexOf(named[1]!), cue: verb.word };
    if (prevEnd > sentence.start) return { phrase: null, at: open, cue: verb.word };
    const main = mainSubject(text, sentence.start, sentence.end);
    if (main) return { ...main, cue: verb.word };
  }
  if (verb) {
    const subject = subjectBefore(text, prevEnd === sentence.start ? sentence.start : prevEnd, verb.index);
    // 'It said the claims were "false"': a body named before.
    if (
      subject?.phrase === '' &&
      /(?:^|[\s,])it\s+(?:\p{Ll}+ly\s+)?$/iu.test(text.slice(Math.max(prevEnd, verb.index - 24), verb.index))
    )
      return { phrase: 'it', at: verb.index, cue: verb.word };
    // "X said the case showed that certificates were "..."": a thing that "shows" speaks for no one; the words are
    // inside what X said.
    const thing =
      subject?.phrase != null &&
      !/\p{Lu}/u.test(subject.phrase) &&
      !/^(?:he|she|they|we|i|it)$/i.test(subject.phrase) &&
      !officeWord(subject.phrase.split(/\s+/).at(-1)!);
    if (subject === null || !subject.phrase || thing) {
      const first = prevEnd > sentence.start ? null : lastSpeechVerb(text, sentence.start, verb.index);
      if (first && first.index < verb.index) {
        const s = subjectBefore(text, sentence.start, first.index);
        if (s?.phrase) return { ...s, cue: verb.word };
      }
      if (thing) return { ...subject, cue: verb.word };
      return { phrase: null, at: open, cue: verb.word };
    }
    return { ...subject, cue: verb.word };
  }
  const label = /([^.:;"\u201C\u201D]{2,80}):\s*$/.exec(text.slice(prevEnd, open));
  if (label && /\p{Lu}/u.test(label[1]!)) {
    // "Voltwerk answers a day later:": a clause hands its words over through its subject, whatever its verb.
    const from = prevEnd + label.index;
    const main = mainSubject(text, from, from + label[1]!.length);
    const rest = main ? label[1]!.slice(label[1]!.indexOf(main.phrase) + main.phrase.length).trim() : '';
    if (main && rest && /^\p{Ll}/u.test(rest) && !/^(?:of|for|at|in|and|from|on|to|with)\b/.test(rest))
      return { phrase: main.phrase, at: main.at, cue: ':' };
    return { phrase: cleanPhrase(label[1]!), at: from, cue: ':' };
  }
  if (prevEnd > sentence.start) return { phrase: null, at: open, cue: null };
  const earlier = lastSpeechVerb(text, sentence.start, open) ?? lastSpeechVerb(text, sentence.start, open, true);
  if (earlier) {
    const s = subjectBefore(text, sentence.start, earlier.index);
    if (s?.phrase) return { ...s, cue: earlier.word };
  }
  const according = /\baccording to ((?:[^,.;]|\.(?=\S))+)/i.exec(text.slice(sentence.start, sentence.end));
  if (according) return { phrase: according[1]!, at: sentence.start + according.index + 13, cue: 'according to' };
  return null;
}

// Reads who a noun phrase names: a person (name, role, organisation, country), a government, an organisation, the
// press, a document; or a reference to resolve (he, they, the minister, the government).
import type { Response } from '../types/records.js';
import { lexicon } from './lexicons.js';

type ActorType = 'person' | 'government' | 'party' | 'organisation' | 'media' | 'document';
/** Where a country came from: the schema's list (schemas/defs.schema.json). */
type CountrySource = NonNullable<Response['country_source']>;

/** A country and the words of the mention that state it. */
export interface CountryEvidence {
  code: string;
  source: CountrySource;
  text: string;
}

export interface Actor {
  name: string;
  type: ActorType;
  role: string | null;
  organization: string | null;
  /** ISO code; null when unknown. */
  country: string | null;
  /** What in the text gave the country: a country's name, a demonym, an institution, a seat of government, a capital. */
  countrySource: CountrySource | null;
  /** The words that gave it ("German", "the Kremlin"), so that a reader can check it. */
  countryText: string | null;
  /** An international body: its country is null on purpose. */
  international: boolean;
  /** The phrase names no one but points back: a pronoun, or a role or body without a name ("the minister"). */
  ref: 'person' | 'plural' | 'body' | 'role' | null;
  /** For references: the head word ("minister", "government"). */
  head: string | null;
  /** The person whose government or staff this is ("Merkel" in "Merkel's government"): it serves their country. */
  servesPerson?: string | null;
  /** "The official, Alvaro Aleman": the name is given to someone just mentioned by title alone. */
  namesEarlier?: boolean;
  /**
   * The body a person's mention says they serve without naming it: "the ministry" in "X, the ministry's
   * undersecretary", "ministry" in "a ministry spokesperson X", "government" in "government spokesman X", "its" in
   * "Its chief executive, X".
   */
  servesBody?: string;
  /** The body named before that `servesBody` points back to, once the discourse has found it. */
  bodyOf?: Actor;
}

interface Token {
  text: string;
  word: string;
  cap: boolean;
  possessive: boolean;
  /** Punctuation follows the token: a run of names ends there. */
  stop: boolean;
}

const TOKEN = /(?:\p{Lu}\.)+(?:\p{Lu}\b)?|[\p{L}\p{N}]+(?:[-'\u2019.][\p{L}\p{N}]+)*(?:['\u2019]s?)?\.?/gu;
const CONNECTORS = new Set([
  'of',
  'for',
  'the',
  'de',
  'da',
  'del',
  'van',
  'von',
  'der',
  'al',
  'bin',
  'la',
  'le',
  'du',
  'y',
  'and',
  'on',
]);
const DETERMINERS =
  /^(?:the|a|an|some|many|several|more than \d+|about \d+|over \d+|\d+|numerous|other|two|three|four|five|dozens of|one|(?:your|our)(?:\s+own)?)\s+/i;
const STOP_CAPS = new Set(
  'Has Have Had Is Are Was Were Do Does Did Would Could Should Shall Might Must Late Early About Around Nearly Almost Roughly One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Twenty Dozens Hundreds Thousands Others The A An In On At By For From To With Without Under Over After Before Since During Until While When Where Which Who Whose What Why How This That These Those It Its He She They We I You His Her Their Our My But And Or So Also However Meanwhile Although Though If As According Following Citing Despite Among Between Both Each Every All Some Many Most Several Such No Not Only Here There Then Now Today Yesterday Tomorrow Earlier Later Last Next Other Another Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December Within Beyond Against Through Throughout Upon Into First Second Third Finally Firstly Secondly Thirdly Lastly Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Photo Image Map Source Read More Jump Gentleman Gentlewoman Member Members Friend Yes Yeah Hi Hello Hey Okay OK Oh Um Uh Er Thanks Sorry Nothing Nobody Everyone Everybody Anyone Anybody Someone Somebody Something Verdict Update Updated Published Note Super Producer Writer Related Advertisement Sponsored Correction GMT UTC BST CET CEST EET EEST EST EDT CST CDT PST PDT AM PM'.split(
    ' ',
  ),
);
/** A word that opens no name, as written or in capitals ("UPDATE, 16 May:", "NOTE:"). */
export function stopCap(word: string): boolean {
  if (STOP_CAPS.has(word)) return true;
  // (A cheap test first: only a word whose second letter is a capital can be one in capitals.)
  const second = word.charCodeAt(1);
  return (
    word.length > 2 &&
    second >= 65 &&
    second <= 90 &&
    word === word.toUpperCase() &&
    STOP_CAPS.has(word[0]! + word.slice(1).toLowerCase())
  );
}

/** A pronoun with its verb run together ("I've", "We're"): no name. */
const CONTRACTION = /^(?:I|We|You|They|He|She|It)['\u2019](?:ve|m|d|ll|re|s)$/;
/** First words of countries' names that are common surnames too. */
const SURNAMES_TOO = /^(?:Costa|Marshall|Solomon|Cook|Hong|Santa|Trinidad)$/;
/** Sentence adverbs and connectives that open a sentence before a comma ("Moreover,", "Afterward,"): no one. */
export const CONNECTIVES =
  'Moreover|However|Meanwhile|Even|Back|Abroad|Elsewhere|Nearby|Again|Once|Regardless|Crucially|Importantly|Originally|Inside|Outside|Behind|Across|Furthermore|Nevertheless|Nonetheless|Instead|Still|Thus|Therefore|Hence|Indeed|Also|Additionally|Overall|Separately|Later|Earlier|Previously|Subsequently|Finally|Initially|Ultimately|Notably|Similarly|Likewise|Consequently|Accordingly|Otherwise|Besides|Afterward|Afterwards|Yesterday|Today|Tomorrow|Recently|Currently|Eventually';
export const CONNECTIVE = new RegExp(`^(?:${CONNECTIVES})$`);
const PERSON_PRONOUN = /^(?:he|she|him|her)$/i;
const PLURAL_PRONOUN = /^(?:they|them|we)$/i;
const RELATIVE = /^(?:who|whose|whom|which|that|where)\b/i;

const PLACE_ADJECTIVE = /-(?:based|listed|registered|headquartered|owned|born|backed|led|run|funded|flagged|made)$/;
/** Punctuation right after a token (sticky: tested where the token ends, without slicing the rest of the phrase). */
// (Emphasis marks of Markdown copied as plain text, "**Ana Ruiz**,", stand between a name and its comma; a
// broadcast's caption parts its name and title with slashes, "SUPER: Ana Ruiz // Minister".)
const STOP_AFTER = /[*_]{0,2}\s*[|/,;:()\u2014\u2013"\u201C\u201D]/y;

/**
 * A plural noun's possessive that names hold inside them: "Democratic People's Republic of Korea", "Workers' Party",
 * "Reporters' Shield", "Children's Commissioner". Capitalised, it goes on with the name (a singular "Ghana's" parts
 * owner and owned).
 */
const NAME_POSSESSIVE = /^(?:(?:People|Women|Children|Men)['\u2019]s|\p{Lu}\p{Ll}+s['\u2019])$/u;

/** A state's or body's name ending in a plural: "the United States' ambassador", "the United Nations' envoy". */
const STATE_PLURAL = /^(?:States|Emirates|Islands|Nations)['\u2019]$/;

function tokens(phrase: string): Token[] {
  return [...phrase.matchAll(TOKEN)].map((m) => {
    // "U.S.", "T." and "Corp." keep their stop; "LLP." ending a sentence does not.
    const text = m[0].replace(/\.$/, (d) =>
      /^\p{Lu}\.$|^(?:\p{L}\.)+$/u.test(m[0]) || lexicon.isAbbreviation(m[0].slice(0, -1)) ? d : '',
    );
    const possessive =
      /['\u2019]s?$/.test(text) &&
      !/^(?:\p{Lu}\.)+$/u.test(text) &&
      !(NAME_POSSESSIVE.test(text) && !STATE_PLURAL.test(text) && !lexicon.countryByName(text.slice(0, -1)));
    const word = possessive ? text.replace(/['\u2019]s?$/, '') : text;
    STOP_AFTER.lastIndex = m.index + m[0].length;
    const stop = STOP_AFTER.test(phrase) || (m[0].endsWith('.') && text === m[0].slice(0, -1));
    // "ʻAna": a Polynesian name opens with the ʻokina before its capital; "al-Mansour", "bin-Zayed": an Arabic name's
    // article or patronymic joined to its capital is a capitalised word of the name.
    return {
      text,
      word,
      cap: /^(?:\u02BB|(?:al|el|ad|as|ash|at|az|bin|ibn|abu)-)?\p{Lu}/u.test(word),
      possessive,
      stop,
    };
  });
}

const join = (ts: Token[]): string =>
  ts
    .map((t) => t.word)
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();

/** Country a run of capitalised words states: a name, a demonym, a capital alone, an institution. */
function countryOf(words: string): CountryEvidence | undefined {
  const name = lexicon.countryByName(words);
  if (name) return { code: name, source: 'name', text: words };
  const demonym = lexicon.countryByDemonym(words);
  if (demonym) return { code: demonym, source: 'demonym', text: words };
  const seat = lexicon.metonymCountry(words);
  if (seat) return { code: seat, source: 'seat', text: words };
  const body = lexicon.institutionCountry(words);
  return body ? { code: body, source: 'institution', text: words } : undefined;
}

function capitalOf(words: string): CountryEvidence | undefined {
  const code = lexicon.countryByCapital(words);
  return code ? { code, source: 'capital', text: words } : undefined;
}

/** "Government of France", "Ministry of Foreign Affairs of Japan": the country a body's name ends by being of. */
function ofCountry(ts: Token[]): CountryEvidence | undefined {
  const of = ts.findLastIndex((t) => t.word.toLowerCase() === 'of');
  if (of < 1) return undefined;
  const words = join(ts.slice(of + 1)).replace(/^the /i, '');
  const code = lexicon.countryByName(words);
  return code ? { code, source: 'name', text: words } : undefined;
}

/** Longest title of the lexicon starting at token i (lower-cased match), or 0. */
function titleLength(ts: Token[], i: number): number {
  const first = ts[i]?.word.toLowerCase();
  if (first === undefined || !lexicon.startsRole(first)) return 0;
  const phrases = [first];
  for (let k = 1; k < Math.min(lexicon.longestRole, ts.length - i); k++)
    phrases.push(`${phrases[k - 1]!} ${ts[i + k]!.word.toLowerCase()}`);
  for (let n = phrases.length; n > 0; n--) if (lexicon.role(phrases[n - 1]!)) return n;
  return 0;
}

/** Longest role title starting at token i: a title of the lexicon, or a portfolio before one. */
function roleAt(ts: Token[], i: number): number {
  const n = titleLength(ts, i);
  if (n) return n;
  // "Defence Minister", "Justice Secretary", "Interior Cabinet Secretary": a portfolio before an office.
  for (let n = Math.min(lexicon.longestPortfolio, ts.length - i - 1); n > 0; n--) {
    if (!lexicon.isPortfolio(join(ts.slice(i, i + n)))) continue;
    if (OFFICE.test(ts[i + n]!.word)) return n + 1;
    const office = titleLength(ts, i + n);
    if (office) return n + office;
  }
  return 0;
}

const OFFICE = /^(?:minister|secretary|spokesman|spokeswoman|spokesperson|commissioner)$/i;

function orgKind(ts: Token[]): ActorType | undefined {
  const all = join(ts);
  // "the Russian Federation", "the United Arab Emirates": a state's name, whatever word it ends in, is no body's.
  if (lexicon.countryByName(all)) return undefined;
  if (lexicon.isInternational(all)) return 'organisation';
  if (lexicon.isMediaName(all) || /\bnews\s+agency$/i.test(all)) return 'media';
  // "the First Amendment", "the Online Safety Bill": a law is a text, not a body that acts.
  if (/^(?:\p{Lu}[\p{L}.'-]*\s+){0,6}(?:Act|Amendment|Bill)$/u.test(all)) return 'document';
  if (lexicon.institutionCountry(all)) return lexicon.isParty(all) || /part(y|i)/i.test(all) ? 'party' : 'government';
  if (lexicon.sharedInstitution(all)) return 'government';
  if (ts.length > 1 && ts.every((t) => /^(?:\p{Lu}\.?)+$/u.test(t.word))) return undefined;
  if (ts.length === 1 && /^\p{Lu}{2,}$/u.test(ts[0]!.word) && !countryOf(ts[0]!.word)) return 'organisation';
  // "Ambassador of the Russian Federation": a state's name after "of" holds no head word of the run's.
  let end = ts.length;
  for (let k = 1; k < ts.length - 1; k++)
    if (/^of$/i.test(ts[k]!.word) && lexicon.countryByName(join(ts.slice(k + 1)))) {
      end = k;
      break;
    }
  for (const t of ts.slice(0, end).reverse()) {
    const kind = lexicon.headKind(t.word);
    if (kind === 'government') return 'government';
    if (kind) return kind;
  }
  return undefined;
}

/** A body's name followed by a country's name (the whole run): the body's section in that country. */
function nationalSection(ts: Token[]): { kind: ActorType; country: CountryEvidence } | undefined {
  for (let k = Math.min(3, ts.length - 2); k >= 1; k--) {
    const words = join(ts.slice(-k));
    const code = lexicon.countryByName(words);
    const kind = code ? orgKind(ts.slice(0, -k)) : undefined;
    if (kind === 'organisation' || kind === 'media')
      return { kind, country: { code: code!, source: 'name', text: words } };
  }
  return undefined;
}

interface Run {
  tokens: Token[];
  possessive: boolean;
  /** The run modifies a lower-case role after it ("Geneva director", "Greens leader"): it names no person. */
  modifier: boolean;
}

/** Maximal runs of capitalised words (with of/for/the inside them). */
function runs(ts: Token[]): { runs: Run[]; lower: Token[] } {
  const out: Run[] = [];
  const lower: Token[] = [];
  let cur: Token[] = [];
  let at = 0;
  const flush = (): void => {
    while (cur.length && !cur.at(-1)!.cap) cur.pop();
    const after = ts.slice(at, at + 3);
    if (cur.length)
      out.push({
        tokens: cur,
        possessive: cur.at(-1)!.possessive,
        modifier:
          !cur.at(-1)!.possessive &&
          after.length > 0 &&
          !after[0]!.cap &&
          (roleAt(after, 0) > 0 ||
            lexicon.role(after[0]!.word.replace(/s$/, '')) != null ||
            lexicon.headKind(after[0]!.word) != null ||
            // "Asia program head", "Africa desk chief": a word between the name and the title.
            (after.length > 1 &&
              !after[1]!.cap &&
              lexicon.role(after[1]!.word.replace(/s$/, '')) != null &&
              !PREPOSITIONS.has(after[0]!.word.toLowerCase()))),
      });
    cur = [];
  };
  let portfolio = 0;
  ts.forEach((t, i) => {
    at = i;
    const next = ts[i + 1];
    // "minister for Europe", "envoy for the Middle East": a capitalised portfolio after a lower-case title is no name.
    if (
      cur.length === 0 &&
      portfolio === 0 &&
      (t.cap || (t.word === 'the' && next?.cap)) &&
      /^(?:for|of)$/.test(ts[i - 1]?.word ?? '') &&
      ts[i - 2] &&
      !ts[i - 2]!.cap &&
      lexicon.role(ts[i - 2]!.word.toLowerCase()) != null
    )
      portfolio = portfolioLength(ts, i);
    if (portfolio > 0) {
      portfolio--;
      lower.push(t);
      return;
    }
    if (
      t.cap &&
      !CONTRACTION.test(t.word) &&
      !(cur.length === 0 && (stopCap(t.word) || CONNECTIVE.test(t.word) || gerundOpening(t, next)))
    ) {
      cur.push(t);
      if ((t.possessive && !namesCountry(ts, i)) || (t.stop && !portfolioListGoesOn(cur, ts, i))) flush();
    } else if (cur.length && next?.cap && !t.cap && lexicon.nameGoesOn(join(cur), t.word)) {
      // "Organization for Security and Co-operation in Europe": a name of the lexicon goes on past "in".
      cur.push(t);
    } else if (
      cur.length &&
      CONNECTORS.has(t.word.toLowerCase()) &&
      (next?.cap || (CONNECTORS.has(next?.word ?? '') && ts[i + 2]?.cap)) &&
      !(
        t.word === 'and' &&
        !lexicon.countryByName(`${join(cur)} and ${next?.word ?? ''}`) &&
        !lexicon.nameGoesOn(join(cur), 'and') &&
        !portfolioGoesOn(cur, ts, i) &&
        !bodyNameGoesOn(cur, ts, i)
      )
    ) {
      cur.push(t);
    } else {
      flush();
      if (!t.cap) lower.push(t);
    }
  });
  at = ts.length;
  flush();
  return { runs: out, lower };
}

/**
 * "Ethics and Anti-Corruption Commission", "Human Environment and Transport Inspectorate": up to three words that are
 * no name's, then "and" and capitalised words ending in a body's head word, all one body's name.
 */
function bodyNameGoesOn(cur: Token[], ts: Token[], i: number): boolean {
  if (cur.length > 3 || cur.some((t) => t.possessive || t.stop)) return false;
  if (lexicon.genderOfGivenName(cur[0]!.word)) return false;
  if (cur.some((t) => countryOf(t.word) || lexicon.headKind(t.word.toLowerCase()))) return false;
  for (let k = i + 1; k < Math.min(ts.length, i + 5); k++) {
    const t = ts[k]!;
    if (!t.cap) return false;
    const kind = lexicon.headKind(t.word.toLowerCase());
    if (kind === 'government' || kind === 'organisation') return true;
    if (t.stop || t.possessive) return false;
  }
  return false;
}

/** The head words of bodies named for a portfolio: "Ministry of ...", "Department for ...". */
const PORTFOLIO_HEADS =
  '(?:Ministry|Department|Office|Commission|Committee|Agency|Bureau|Directorate|Inspectorate|Secretariat|Authority)';
const PORTFOLIO_BODY = new RegExp(`^${PORTFOLIO_HEADS}$`);
/** A clause inside an apposition whose subject says what the body did: "the firm the consortium says brokered". */
const SAYS_WORD = /\b(?:says|say|said|believes?|alleges?|claims?)\b/;
const CONTACT_CLAUSE =
  /\s(?:the|a|an|its|their)\s+(?:\p{Ll}+\s+){0,2}(?:says|say|said|believes|believe|alleges|allege|claims|claim)\b/u;
/** A body named for its portfolio: "Ministry of ...", "Department for ...". */
const PORTFOLIO_BODY_OF = new RegExp(`\\b${PORTFOLIO_HEADS}\\s+(?:of|for)\\s`);
/** Such a body's name with "and" in its portfolio part: read whole before a list is split at "and". */
/** A body or a title with its portfolio after "of" or "for": "Ministry of ...", "Commissioner for ...". */
const PORTFOLIO_OF = `\\b(?:${PORTFOLIO_HEADS.slice(3, -1)}|Minister|Secretary|Commissioner)\\s+(?:of|for)\\s+\\S`;
const PORTFOLIO_AND = new RegExp(`${PORTFOLIO_OF}.*\\sand\\s`);

/** "Financial, Economic and Industrial Affairs Committee": words listed with commas, "and", then a body's name. */
const PORTFOLIO_LIST =
  /^(?:the\s+)?(?:\p{L}+['\u2019]s\s+)?((?:\p{Lu}\p{Ll}+,\s+)+\p{Lu}\p{Ll}+)\s+and\s+((?:\p{Lu}[\p{L}-]*\s+){0,3})(\p{Lu}\p{Ll}+)$/u;

/** A phrase with "of" or "for" that ends in "and" and one capitalised word: the phrase before "and", the word. */
const BODY_AND_WORD =
  /^((?:the\s+)?(?:\p{Lu}[\p{L}'\u2019-]*\s+)+(?:of|for)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'\u2019-]*\s+)*\p{Lu}[\p{L}'\u2019-]*)\s+and\s+(\p{Lu}\p{Ll}[\p{Ll}-]*)$/u;

/** The body ("Ministry") or title ("Minister") before the run's last "of" or "for", if the run has one. */
function portfolioHead(cur: Token[]): { title: boolean } | null {
  const of = cur.findLastIndex((t, k) => k > 0 && (t.word === 'of' || t.word === 'for'));
  if (of <= 0) return null;
  const word = cur[of - 1]!.word;
  const title = lexicon.role(word.toLowerCase()) != null;
  return PORTFOLIO_BODY.test(word) || title ? { title } : null;
}

/**
 * "Ministry of Justice and Public Security", "Department of Foreign Affairs and Trade": after a body's "of" or "for",
 * "and" and a portfolio ("Trade", "Public Security") that ends the run go on with the body's name; "the Ministry of
 * Justice and the Interior Ministry" names two bodies, "the Ministry of Justice and Ana Ruiz" a body and a person.
 */
function portfolioGoesOn(cur: Token[], ts: Token[], i: number): boolean {
  const head = portfolioHead(cur);
  if (!head) return false;
  // A title's portfolio goes on before the holder's name: "Minister of Foreign Affairs and Trade Ana Ruiz".
  const title = head.title;
  // "Minister for Agriculture, Food and the Marine": a portfolio may take its article.
  const the = ts[i + 1]?.word === 'the' ? 1 : 0;
  for (let n = 3; n >= 1; n--) {
    const words = ts.slice(i + 1 + the, i + 1 + the + n);
    if (words.length < n || !words.every((w) => w.cap && !w.possessive)) continue;
    const after = ts[i + 1 + the + n];
    if (after?.cap && !words.at(-1)!.stop && !title) continue;
    if (lexicon.isPortfolio(`${the ? 'the ' : ''}${words.map((w) => w.word).join(' ')}`)) return true;
    // "Ministry of Home Affairs and Internal Security": a body's portfolio the lexicon lacks, ending its name.
    if (!title && !after?.cap && portfolioLike(words)) return true;
  }
  return false;
}

/** Abstract nouns that portfolios end in: "Sustainability", "Urbanisation", "Climate Change". */
const PORTFOLIO_NOUN =
  /(?:ity|ion|ment|ance|ence|ure|ism|cy|ship|ing|ies|ics|ness|affairs|change|resources|works|relations|lands)$/i;

/** Endings of portfolios that no surname has: "Development", "Resources", "Affairs", "Fisheries". */
const NO_SURNAME = /(?:ment|affairs|resources|relations|works|ities|ies|ics|ism)$/i;

/** A portfolio of the lexicon, or words that read as one the lexicon lacks. */
export const portfolioPhrase = (p: string): boolean => lexicon.isPortfolio(p) || portfolioLike(tokens(p));

/** Capitalised words that read as a portfolio the lexicon lacks: no name, place, body or title among them. */
function portfolioLike(words: Token[]): boolean {
  return (
    words.length > 0 &&
    PORTFOLIO_NOUN.test(words.at(-1)!.word) &&
    // A given name first is a person's ("and Ana Fleming"), unless the last word ends as no surname does ("and
    // Marine Resources").
    (!lexicon.genderOfGivenName(words[0]!.word) || (words.length > 1 && NO_SURNAME.test(words.at(-1)!.word))) &&
    // (The last word may end a sentence or a clause: "the Ministry of Home Affairs and Internal Security.")
    words.every(
      (w) =>
        w.cap &&
        !w.possessive &&
        (!w.stop || w === words.at(-1)) &&
        !countryOf(w.word) &&
        !lexicon.headKind(w.word.toLowerCase()) &&
        lexicon.role(w.word.toLowerCase()) == null &&
        !lexicon.isHonorific(w.word),
    )
  );
}

/**
 * "Commissioner for Political Affairs, Peace and Security": after a comma, a title's or body's list of portfolios
 * goes on when a portfolio follows that is, or comes before, the list's "and".
 */
function portfolioListGoesOn(cur: Token[], ts: Token[], i: number): boolean {
  const head = portfolioHead(cur);
  if (!head) return false;
  let n = portfolioLength(ts, i + 1);
  // "Ministry of Environment, Urbanisation and Climate Change": a body's list may hold portfolios the lexicon lacks.
  if (!n && !head.title)
    for (let k = 3; k > 0 && !n; k--)
      if (portfolioLike(ts.slice(i + 1, i + 1 + k)) && ts.slice(i + 1, i + 1 + k).length === k) n = k;
  return n > 0 && (ts.slice(i + 1, i + 1 + n).some((t) => t.word === 'and') || ts[i + 1 + n]?.word === 'and');
}

const PREPOSITIONS = new Set(
  'on in at to with after from during for about before outside through via into over under'.split(' '),
);

/** "Speaking on television", "Writing in the Times": a participle opening a clause, not a name ("Manning said"). */
function gerundOpening(t: Token, next: Token | undefined): boolean {
  if (next == null || !PREPOSITIONS.has(next.word)) return false;
  // "Asked on Thursday whether ...", "Pressed by reporters": so does a verb's past participle.
  return /\p{Ll}ing$/u.test(t.word) || (/\p{Ll}ed$/u.test(t.word) && lexicon.verb(t.word.toLowerCase()) != null);
}

/** A possessive that a country's name goes on after ("People's Republic of China"). */
function namesCountry(ts: Token[], i: number): boolean {
  for (let n = 2; n <= 4 && i + n < ts.length; n++) {
    const phrase = [ts[i]!.text, ...ts.slice(i + 1, i + 1 + n).map((t) => t.word)].join(' ');
    if (lexicon.countryByName(phrase)) return true;
  }
  return false;
}

interface Reading {
  person: string | null;
  role: string | null;
  org: string | null;
  orgKind: ActorType | null;
  country: CountryEvidence | null;
  international: boolean;
  /** An organisation that owns the head ("FIFA's ethics chamber") or qualifies a role ("Greens leader"). */
  owner: string | null;
  /** A named document ("the Panama Papers"). */
  document: string | null;
  /** A person owning what the phrase names ("Merkel's"). */
  possessor: string | null;
}

/** Peels country, role and name off a run: "Australian Foreign Minister Marise Payne". */
function readRun(run: Run, into: Reading): void {
  const ts = run.tokens;
  const whole = join(ts);
  // "Panama-based", "Kremlin-backed": a place or body qualifying something else ("Kenyan-born" says where someone was
  // born, not whom they serve, and gives no country).
  if (/-born$/i.test(whole)) return;
  // "British-Iranian", "Kenyan-American": a dual demonym qualifies the person named after it, with no one country.
  if (ts.length === 1 && whole.includes('-') && whole.split('-').every((part) => countryOf(part)?.source === 'demonym'))
    return;
  // "Malta-based Harbour Rights Network": the seat of the body named after it, which is that body's country.
  const seat = ts.length > 1 ? /^(.+?)-(?:based|registered|headquartered)$/i.exec(ts[0]!.word) : null;
  if (seat) {
    into.country ??= countryOf(seat[1]!) ?? capitalOf(seat[1]!) ?? null;
    readRun({ ...run, tokens: ts.slice(1) }, into);
    return;
  }
  const qualifier = /^(.+?)-(?:based|led|backed|owned|run|linked|funded|made|registered|headquartered)$/i.exec(whole);
  if (qualifier) {
    into.country ??= countryOf(qualifier[1]!) ?? capitalOf(qualifier[1]!) ?? null;
    return;
  }
  // "Reporters Without Borders": a body of the lexicon is read whole, whatever title its words begin with.
  if (ts.length > 1 && lexicon.isInternational(whole)) {
    into.org ??= whole.replace(/^The /, '');
    into.orgKind ??= 'organisation';
    into.international = true;
    return;
  }
  // "The Panama Papers", "the Pentagon Papers": a named set of documents ("the Directorate for Audit" is a body).
  if (ts.length > 1 && lexicon.isDocumentHead(ts.at(-1)!.word) && !lexicon.headKind(ts[0]!.word)) {
    into.document ??= whole.replace(/^The /, '');
    return;
  }
  // "Ivo Berg of Human Rights Watch", "Chancellor Anna Roth of Germany": a person named before the body or country
  // they are of; the run is read as the person, the rest as their organisation or country.
  const of = ts.findIndex((t, k) => k >= 1 && t.word.toLowerCase() === 'of');
  if (of > 0 && !run.possessive && !run.modifier) {
    const front = ts.slice(0, of);
    let r = 0;
    for (let n = roleAt(front, r); n; n = roleAt(front, r)) r += n;
    const name = front.slice(r);
    const after = ts.slice(of + 1);
    const words = join(after);
    const code = lexicon.countryByName(words);
    const body = code ? undefined : orgKind(after);
    // One word before "of" is a surname only before a body ("Buckley of The Times"), not a country ("Church of England"),
    // unless a title stands before it ("President Asante-Mensah of Ghana").
    if (
      (name.length >= 2 || (name.length === 1 && (body === 'media' || body === 'organisation' || (r > 0 && code)))) &&
      name.length <= 4 &&
      !orgKind(front) &&
      !countryOf(join(front)) &&
      !leadingCountry(front) &&
      (code || body)
    ) {
      readRun({ tokens: front, possessive: false, modifier: false }, into);
      if (code) into.country ??= { code, source: 'name', text: words };
      else {
        into.org ??= words.replace(/^The /, '');
        into.orgKind ??= body ?? null;
        if (lexicon.isInternational(words)) into.international = true;
        into.country ??= countryOf(words) ?? leadingCountry(after) ?? null;
      }
      return;
    }
  }
  // "Amnesty International UK", "Transparency International Canada": an organisation's national section, named by
  // the body's name and then its country's.
  const section = nationalSection(ts);
  if (section) {
    into.org ??= whole.replace(/^The /, '');
    into.orgKind ??= section.kind;
    into.country ??= section.country;
    return;
  }
  const kind = orgKind(ts);
  const spelled = ts.map((t) => t.text).join(' ');
  const c = countryOf(whole) ?? countryOf(spelled) ?? capitalOf(whole);
  if (run.possessive || run.modifier) {
    into.country ??= c ?? leadingCountry(ts) ?? null;
    if (kind) into.owner ??= whole.replace(/^The /, '');
    if (kind && lexicon.isInternational(whole)) into.international = true;
    if (!kind && run.modifier && !c) into.owner ??= whole;
    if (!kind && run.possessive && !c && !leadingCountry(ts)) into.possessor ??= whole;
    return;
  }
  const lead0 = leadingCountry(ts);
  const from = lead0 ? ts.findIndex((t, k) => k > 0 && !countryOf(join(ts.slice(0, k + 1)))) : 0;
  const titled = from >= 0 && roleAt(ts, from) > 0 && lexicon.headKind(ts.at(-1)!.word) == null;
  // "European Commission President Ursula von der Leyen", "White House Press Secretary Ana Ruiz": a body's name, a
  // title held in it, then its holder.
  const held = !titled ? heldTitle(ts) : null;
  if (held) {
    const body = join(ts.slice(0, held.at)).replace(/^The /, '');
    into.org ??= body;
    into.orgKind ??= orgKind(ts.slice(0, held.at)) ?? null;
    if (lexicon.isInternational(body)) into.international = true;
    into.country ??= countryOf(body) ?? leadingCountry(ts.slice(0, held.at)) ?? null;
    into.role ??= join(ts.slice(held.at, held.at + held.length));
    into.person ??= join(ts.slice(held.at + held.length));
    return;
  }
  if (kind && !titled) {
    into.org ??= whole.replace(/^The /, '');
    into.orgKind ??= kind;
    if (lexicon.isInternational(whole)) into.international = true;
    into.country ??=
      countryOf(whole) ??
      leadingCountry(ts) ??
      (kind === 'government' || kind === 'party' ? ofCountry(ts) : undefined) ??
      (kind === 'government' ? leadingCapital(ts) : undefined) ??
      null;
    return;
  }
  if (c) {
    into.country ??= c;
    return;
  }
  let i = 0;
  const lead = leadingCountry(ts);
  if (lead) {
    i = ts.findIndex((t, k) => k > 0 && !countryOf(join(ts.slice(0, k + 1))));
    // "Eritrean Families for Truth": after the demonym, capitalised words joined by "for" or "of" and no title are a
    // group's name, which the demonym opens (no person's name holds "for"). The demonym says whom the group is
    // about or made of, not which state it answers to (many such groups work in exile): no country.
    const rest = i > 0 ? ts.slice(i) : [];
    if (
      rest.length >= 3 &&
      !roleAt(rest, 0) &&
      rest.slice(1, -1).some((t) => t.word === 'for' || t.word === 'of') &&
      rest.at(-1)!.cap
    ) {
      into.org ??= whole.replace(/^The /, '');
      into.orgKind ??= 'organisation';
      return;
    }
    into.country ??= lead;
    if (i < 0) return;
  }
  let roleLen = roleAt(ts, i);
  const roleStart = i;
  while (roleLen) {
    i += roleLen;
    const portfolio = portfolioAt(ts, i);
    i += portfolio.length;
    if (portfolio.country) into.country ??= portfolio.country;
    // "Minister of Foreign Affairs and Trade": a title that ends in a portfolio goes on with another.
    for (let more = andPortfolio(ts, i); more; more = andPortfolio(ts, i)) i += more;
    roleLen = roleAt(ts, i);
  }
  // "Minister of Canadian Heritage": what a title is "of" or "for" is its portfolio, not a name.
  if (i > roleStart && /^(?:of|for)$/i.test(ts[i]?.word ?? '')) {
    into.role ??= join(ts.slice(roleStart));
    return;
  }
  if (i > roleStart) into.role ??= join(ts.slice(roleStart, i));
  const honorific = ts[i] && lexicon.isHonorific(ts[i]!.word);
  const rest = ts.slice(honorific ? i + 1 : i);
  // "Jo Smith MP": letters after the name give the office.
  if (rest.length > 1 && lexicon.isPostnominal(rest.at(-1)!.word)) into.role ??= rest.pop()!.word;
  // "United" cut from "United Kingdom" is a fragment of a country's name, not a person.
  // After an honorific ("Mr. Costa") it is a surname, as are first words of country names that are also common
  // surnames (Costa, Marshall, Cook, Solomon, Hong).
  if (rest.length === 1 && !honorific && lexicon.beginsCountryName(rest[0]!.word) && !SURNAMES_TOO.test(rest[0]!.word))
    return;
  // "the Oslo-listed shipowner": a place made an adjective names no one by itself.
  if (rest.length === 1 && PLACE_ADJECTIVE.test(rest[0]!.word)) return;
  if (rest.length && rest.length <= 5) into.person ??= join(rest);
}

/** Where a title starts inside a run that opens with a body's name and ends with a name of up to five words. */
function heldTitle(ts: Token[]): { at: number; length: number } | null {
  for (let r = 1; r < ts.length - 1; r++) {
    const n = roleAt(ts, r);
    if (!n) continue;
    const name = ts.slice(r + n);
    if (name.length < 1 || name.length > 5 || !name[0]!.cap || orgKind(name) || !orgKind(ts.slice(0, r))) return null;
    return { at: r, length: n };
  }
  return null;
}

/**
 * What a title is "of" or "for" ("Minister of Justice", "Minister for the Families", "Foreign Minister of the
 * Netherlands"): how many tokens from i it takes, and the country it names. Nothing unless a country or a
 * portfolio follows, so "chairman of the Pirate Party" keeps its organisation.
 */
function portfolioAt(ts: Token[], i: number): { length: number; country?: CountryEvidence } {
  if (!/^(?:of|for)$/i.test(ts[i]?.word ?? '')) return { length: 0 };
  for (let n = Math.min(5, ts.length - i - 1); n > 0; n--) {
    const words = join(ts.slice(i + 1, i + 1 + n));
    const code = lexicon.countryByName(words);
    if (code) return { length: n + 1, country: { code, source: 'name', text: words } };
  }
  let end = i + 1;
  let n = portfolioLength(ts, end);
  if (!n) return { length: 0 };
  while (n) {
    end += n;
    if (/^and$/i.test(ts[end]?.word ?? '')) {
      n = portfolioLength(ts, end + 1);
      if (n) end++;
    } else {
      // "for Political Affairs, Peace and Security": portfolios set off by commas, up to the list's "and".
      n = ts[end - 1]!.stop ? portfolioLength(ts, end) : 0;
      if (n && !ts.slice(end, end + n).some((t) => t.word === 'and') && ts[end + n]?.word !== 'and') n = 0;
    }
  }
  return { length: end - i };
}

/** How many tokens from k a portfolio takes ("Foreign Affairs"), or 0. */
function portfolioLength(ts: Token[], k: number): number {
  for (let n = Math.min(lexicon.longestPortfolio, ts.length - k); n > 0; n--)
    if (lexicon.isPortfolio(join(ts.slice(k, k + n)))) return n;
  return 0;
}

/** "and Trade" after a portfolio: how many tokens from i it takes, or 0. */
function andPortfolio(ts: Token[], i: number): number {
  if (!/^and$/i.test(ts[i]?.word ?? '')) return 0;
  const n = portfolioLength(ts, i + 1);
  return n ? n + 1 : 0;
}

function leadingCountry(ts: Token[]): CountryEvidence | undefined {
  for (let n = Math.min(4, ts.length - 1); n > 0; n--) {
    const c = countryOf(join(ts.slice(0, n)));
    if (c) return c;
  }
  return undefined;
}

/** "the Abu Dhabi Media Office", "the Moscow City Court": a state's body named for the capital it sits in. */
function leadingCapital(ts: Token[]): CountryEvidence | undefined {
  for (let n = Math.min(3, ts.length - 1); n > 0; n--) {
    const c = capitalOf(join(ts.slice(0, n)));
    if (c) return c;
  }
  return undefined;
}

function lowerRole(lower: Token[]): string | null {
  for (let i = 0; i < lower.length; i++) {
    const n = roleAt(lower, i);
    if (n) return join(lower.slice(i, i + n));
  }
  return null;
}

const clean = (s: string): string =>
  unmarked(s)
    .replace(/\[(?:\d{1,3}|[a-z])\]/g, '')
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s,;:|*\u2022\u00B7\-\u2013\u2014"'\u201C\u201D]+|[\s,;:|\-\u2013\u2014"'\u201C\u201D]+$/g, '')
    .replace(NAVIGATION, '')
    .trim();

/**
 * Without a handle ("Ana Ruiz @aruiz": an account's address, no word of a name) or Markdown's emphasis in a
 * plain-text copy ("**Ana Ruiz**, the minister"), which formats and names no one. (Most phrases hold neither.)
 */
function unmarked(s: string): string {
  let out = s;
  if (out.includes('@')) out = out.replace(HANDLE, ' ');
  if (out.includes('*') || out.includes('_'))
    out = out.replace(/(?<=^|[\s,(])[*_]{1,2}(?=\S)|(?<=\S)[*_]{1,2}(?=$|[\s,.;:)])/g, '');
  return out;
}

/** A social-media handle ("@aruiz"). */
export const HANDLE = /(?<![\w.])@[\p{L}\d_.]+/gu;

/** A web page's navigation copied before a headline: "Home Breaking News Czech police ...". */
const NAVIGATION =
  /^(?:Home\s+)?(?:Breaking News|Latest News|Top Stories|Live Updates)\s+|^Home\s+(?=(?:News|World|Politics|Business|Europe|Asia|Africa|Americas|Opinion)\s)/;

/** "The foreign ministers of France, Germany and Italy", "the governments of Japan and Korea": a plural head, then countries. */
const PLURAL_OF_COUNTRIES = /^(?:[Tt]he\s+)?(\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*){0,2}s)\s+of\s+(.+)$/u;

/** One actor for each country a plural head is "of": "the foreign ministers of A and B" is A's and B's. */
function eachCountry(text: string): Actor[] | null {
  const m = PLURAL_OF_COUNTRIES.exec(text);
  if (!m) return null;
  const head = m[1]!.replace(/ies$/, 'y').replace(/s$/, '');
  const title = lexicon.role(head) != null;
  if (!title && lexicon.headKind(head.split(' ').at(-1)!) !== 'government') return null;
  const countries = m[2]!.split(/\s*,\s*(?:and\s+)?|\s+and\s+/);
  if (countries.length < 2 || !countries.every((c) => lexicon.countryByName(c))) return null;
  const each = countries.map((c) => parseActor(title ? `${head} of ${c}` : `${c}'s ${head}`));
  // Each a title with its country ("foreign minister of France"), which stands for its holder, or a body.
  return each.every((a) => a && (!a.ref || a.ref === 'role') && a.country) ? (each as Actor[]) : null;
}

/**
 * "The candidate countries North Macedonia*, Albania* and Bosnia and Herzegovina, and the EFTA countries Iceland and
 * Norway, members of the European Economic Area": a list of states, each acting, around the groups they are named in,
 * footnote marks and an apposition after the last. A name that holds "and" is kept whole.
 */
export function countryList(text: string): Actor[] | null {
  const bare = text
    .replace(/\*+/g, '')
    .replace(/[\s,]+$/, '')
    .replace(/,\s+(?:members?|all|both|each)\b[^,]*$/i, '')
    .replace(/(?:^|,?\s+(?:and\s+)?)(?:the\s+)?(?:[\p{L}-]+\s+){0,3}(?:countries|states|nations)\s+/giu, ', ');
  const pieces = bare
    .split(/\s*,\s*(?:and\s+)?|\s+and\s+/)
    .map((p) => p.trim())
    .filter(Boolean);
  const names: string[] = [];
  for (let k = 0; k < pieces.length; k++) {
    const joined = k + 1 < pieces.length ? `${pieces[k]} and ${pieces[k + 1]}` : '';
    if (joined && lexicon.countryByName(joined) && bare.includes(joined)) {
      names.push(joined);
      k++;
    } else names.push(pieces[k]!);
  }
  if (!names.length || !names.every((n) => lexicon.countryByName(n))) return null;
  const each = names.map((n) => parseActor(n));
  return each.every((a) => a && a.type === 'government' && a.country) ? (each as Actor[]) : null;
}

/** The actors a phrase names: usually one; a list of countries or people gives several. */
export function parseActors(phrase: string): Actor[] {
  let text = clean(phrase);
  const including = /\bincluding (.+)$/i.exec(text);
  if (including) text = including[1]!;
  const distributed = eachCountry(text) ?? (/\s(?:and|countries|states)\s/.test(text) ? countryList(text) : null);
  if (distributed) return distributed;
  // "the Ministry of Trade and Industry" is one body, read whole before any list is split at "and".
  if (PORTFOLIO_AND.test(text)) {
    const whole = parseActor(text);
    if (whole && whole.type !== 'person' && whole.name.includes(' and ')) return [whole];
    // "the Minister of Foreign Affairs and Cooperation, Ana Ruiz": one title, its portfolios joined by "and".
    // "The Minister for Agriculture, Food and the Marine": the title alone, which points back to its holder.
    if (whole?.type === 'person' && whole.role?.includes(' and ') && (!whole.name.includes(' and ') || whole.ref))
      return [whole];
  }
  // "the Financial, Economic and Industrial Affairs Committee": single capitalised words listed before the last one's
  // body head are that body's portfolios, one name (none of them a state or a given name).
  // ("Innovation, Science and Economic Development Canada": a state's department named for its state at the end.)
  const portfolios = PORTFOLIO_LIST.exec(text);
  const endState = portfolios ? lexicon.countryByName(portfolios[3]!) : undefined;
  if (
    portfolios &&
    (lexicon.headKind(portfolios[3]!.toLowerCase()) || (endState && portfolios[2])) &&
    portfolios[1]!
      .split(/,\s+/)
      .every((w) => !lexicon.countryByName(w) && !countryOf(w) && !lexicon.genderOfGivenName(w))
  ) {
    const name = `${portfolios[1]!} and ${portfolios[2]!}${portfolios[3]!}`;
    // (A body the lexicon knows, "the Foreign, Commonwealth and Development Office", is read below with its state.)
    if (endState)
      return [
        actorNamed(name, 'government', {
          organization: name,
          country: endState,
          countrySource: 'name',
          countryText: portfolios[3]!,
        }),
      ];
    if (!lexicon.institutionCountry(name) && !lexicon.isInternational(name))
      return [actorNamed(name, lexicon.headKind(portfolios[3]!.toLowerCase())!, { organization: name })];
  }
  // "the Ministry of Disaster Management and Relief", "the Forum for Peace and Development": a body's "of" or "for"
  // part ending in "and" and one more capitalised word that is no state, given name or acronym is one name.
  const joined = BODY_AND_WORD.exec(text);
  if (joined && !lexicon.countryByName(joined[2]!) && !lexicon.genderOfGivenName(joined[2]!)) {
    const body = parseActor(joined[1]!);
    if (body && body.type !== 'person' && !body.ref && !body.role && body.name === body.organization) {
      const name = `${body.name} and ${joined[2]!}`;
      return [{ ...body, name, organization: name }];
    }
  }
  const list = text.split(/\s*,\s*(?:and\s+)?|\s+and\s+|\s+along with\s+/);
  if (list.length > 1 && /\s(?:and|along with)\s/.test(text)) {
    // "the Organization for Security and Co-operation in Europe": a body of the lexicon whose name holds "and".
    const whole = parseActor(text);
    if (
      whole &&
      whole.type !== 'person' &&
      whole.name.includes(' and ') &&
      (lexicon.isInternational(whole.name) || lexicon.institutionCountry(whole.name))
    )
      return [whole];
    const each = list.map((p) => parseActor(p));
    // "the Ethics and Anti-Corruption Commission", "the Human Environment and Transport Inspectorate": a "name" of up
    // to three words and no given name before "and" and a body is the body's name.
    const lead = each[0];
    if (
      whole &&
      whole.type !== 'person' &&
      whole.name.includes(' and ') &&
      lead?.type === 'person' &&
      !lead.role &&
      lead.name.split(/\s+/).length <= 3 &&
      !lexicon.genderOfGivenName(lead.name.split(/\s+/)[0]!)
    )
      return [whole];
    const simple = list.every(
      (p) => !/(?:^|\s)\p{Ll}/u.test(p.replace(/^(?:the|a|an)\s+/i, '').replace(/\b(?:of|the|and|for)\b/g, '')),
    );
    const first = parseActor(list[0]!);
    if (each.every((a) => a && !a.ref) && simple) return each as Actor[];
    // "The Latvian government and the Estonian government": bodies of different states, each whole.
    if (
      each.every((a) => a && !a.ref && a.type !== 'person' && a.country) &&
      new Set(each.map((a) => a!.country)).size === each.length
    )
      return each as Actor[];
    if (first && each.slice(1).every((a) => a && !a.ref && a.type !== 'person') && /\balong with\b/.test(text))
      return [first, ...(each.slice(1) as Actor[])];
    // "between Vantorix and a Kenyan state agency": someone unnamed joined to a name lends it nothing, its state
    // least of all; the named are read alone.
    if (list.length === 2 && INDEFINITE.test(list[1]!) && each[0] && !each[0].ref)
      return each.filter((a, k): a is Actor => a != null && !a.ref && !INDEFINITE.test(list[k]!));
    // "Fidesz's party director, Ana Kis, and Minister of Justice, Ivo Berg": people named with their titles, joined
    // by ", and": each conjunct is read whole, title and name together.
    const conjuncts = text.split(/,\s+and\s+/);
    if (conjuncts.length > 1) {
      const people = conjuncts.map((c) => parseActor(c.replace(/,\s*$/, '')));
      if (
        people.every((a) => a && !a.ref && a.type === 'person' && /\p{Lu}/u.test(a.name) && !a.name.includes(' and '))
      )
        return people as Actor[];
    }
  }
  const one = parseActor(text);
  return one ? [one] : [];
}

/**
 * Readings of phrases already read: a document names the same people again and again, and a reading depends on the
 * phrase and the lexicons alone. Each caller gets its own copy (actors are completed later); the memo is emptied
 * when it grows past its bound, so memory stays flat on any input.
 */
const readings = new Map<string, Actor | null>();
const READINGS_BOUND = 20_000;

export function parseActor(phrase: string): Actor | null {
  const known = readings.get(phrase);
  if (known !== undefined) return known && { ...known };
  const actor = readPhrase(phrase);
  if (readings.size >= READINGS_BOUND) readings.clear();
  readings.set(phrase, actor && { ...actor });
  return actor;
}

function readPhrase(phrase: string): Actor | null {
  // "helping Kenyan journalists ...": a verb's phrase, no one's name; "Governments, lawmakers and ...": a common
  // noun's plural opening a sentence.
  // ("presiding judge X", "managing editor Y": an -ing word before a title is part of it.)
  const gerund = /^\s*\p{Ll}+ing\s+(\p{L}+)/u.exec(phrase);
  // ("That evening Saavedra tells": a time's noun before a name.)
  if (
    gerund &&
    lexicon.role(gerund[1]!.toLowerCase()) == null &&
    (/^\p{Ll}/u.test(gerund[1]!) || lexicon.countryByDemonym(gerund[1]!) != null)
  )
    return null;

  // "Vantorix and a Kenyan state agency": someone unnamed joined after a name lends it nothing, its state least of all.
  const conjunct = /\sand\s+(?:a|an|another|some)\s/i.exec(phrase);
  const named = conjunct ? phrase.slice(0, conjunct.index) : '';
  const actor = readActor(/\p{Lu}/u.test(named) ? named : phrase);
  if (actor?.type === 'person' && /^\p{Lu}\p{Ll}+s$/u.test(actor.name) && commonPlural(actor.name)) return null;
  // "a spokesman", "a person or group": an indefinite phrase brings someone new in; it points back to no one.
  if (actor?.ref !== 'role') return actor;
  const text = clean(phrase);
  // A bare singular noun ("group" out of "a person or group") is a fragment of a longer phrase: English puts a
  // determiner before a singular subject ("the group"), so it points back to no one.
  const fragment =
    !/\p{Lu}/u.test(text) && !/s$/.test(text) && !/^(?:the|this|that|its|their|his|her|our|your)\s/i.test(text);
  return INDEFINITE.test(text) || fragment ? null : actor;
}

/** Titles of a body's staff set before a name with the body's word before them: "foreign ministry spokeswoman". */
export const BODY_STAFF = String.raw`(?:deputy\s+|chief\s+)?spokes(?:man|woman|person)|press\s+secretary|official`;
/** Head words of bodies that a person's mention can say they serve without naming them. */
const SERVED_BODY =
  'ministry|government|department|embassy|office|agency|company|firm|party|organi[sz]ation|group|bank|commission|committee|council';
/**
 * "the ministry's undersecretary", "its chief executive", "a foreign ministry spokeswoman", "government spokesman": the
 * body (1, 3) or the pronoun (2) through which a person's mention says whom they serve.
 */
const SERVES_BODY = new RegExp(
  String.raw`(?:^|[\s,])(?:(?:[Tt]he|[Ii]ts|[Tt]heir)\s+((?:\p{Ll}+\s+)?(?:${SERVED_BODY}))['\u2019]s?\s+\p{Ll}|(?<=^|,\s*)([Ii]ts|[Tt]heir)\s+\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*){0,2}\s*(?:,|$)|(?:^|(?<=\s))((?:(?:foreign|interior|defen[cs]e|justice|finance|trade|economy|health|home|information)\s+)?ministry|government|embassy)\s+(?:${BODY_STAFF}|undersecretary|under-secretary)\b)`,
  'u',
);

/** What SERVES_BODY finds in a person's mention, or undefined. */
function servedBody(text: string): string | undefined {
  // "Foreign ministry spokesperson X" opening a sentence is capitalised only as its first word.
  const m = SERVES_BODY.exec(text[0]!.toLowerCase() + text.slice(1));
  return m ? (m[1] ? `the ${m[1]}` : (m[2] ?? m[3])!).toLowerCase() : undefined;
}

/** The titles of a person's staff: they serve that person ("Putin's spokesman", "his aide"). */
export const STAFF = 'spokes(?:man|woman|person)|aide|adviser|advisor|chief of staff|press secretary|deputy';
const SERVICE = new RegExp(`^(?:government|administration|cabinet|office|${STAFF}|ministry|ministers?)$`, 'i');
/** A body's common noun opening an apposition: "a company based in Vigo", "the Oslo-listed shipowner". */
const BODY_APPOSITION =
  /^(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,2}?(\p{Ll}+)(?:\s+(?:based|registered|that|which|whose|with|in|of|from|owned|listed)\b|$)/u;
/** A news outlet's common nouns ("the Vienna daily Der Morgenbote"): one list for every reader of the press. */
export const PRESS_NOUNS = String.raw`daily|newspaper|weekly|magazine|broadcaster|tabloid|news\s+site|news\s+website|news\s+outlet|outlet|news\s+agency|radio\s+station|television\s+channel|TV\s+channel`;
/** A news outlet's common noun right before its name, perhaps after its city or country. */
const PRESS_NOUN = new RegExp(
  String.raw`^(?:(?:[Tt]he|[Aa]n?)\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,2}(?:${PRESS_NOUNS})\s+\p{Lu}`,
  'u',
);
/** A demonym, one lower-case noun, then a name: "the Finnish refiner Pohjala Metals". */
const DEMONYM_NOUN = /^(?:(?:[Tt]he|[Aa]n?)\s+)?\p{Lu}[\p{L}-]*\s+\p{Ll}[\p{Ll}-]*\s+\p{Lu}/u;
/** A name and nothing else: one to four capitalised words; a full name has two at least. */
const BARE_NAME = /^\p{Lu}[\p{L}'\u2019.-]*(?:\s+\p{Lu}[\p{L}'\u2019.-]*){0,3}$/u;
const FULL_NAME = /^\p{Lu}[\p{L}'\u2019.-]*(?:\s+\p{Lu}[\p{L}'\u2019.-]*){1,3}$/u;

/** A person's name with no title, country or body ("Netanyahu"), not "Iceland's Prime Minister". */
function bareName(part: string): boolean {
  if (!BARE_NAME.test(part)) return false;
  const a = readActor(part);
  return a?.type === 'person' && !a.ref && !a.role && !a.country && !a.organization;
}

/** "arrest Netanyahu": a phrase led by a lower-case word that is no determiner and no title ends a clause. */
function clauseEnd(part: string): boolean {
  const first = /^(\p{Ll}+)\s/u.exec(part)?.[1];
  return (
    first != null &&
    !/^(?:the|a|an|its|his|her|their|our|former|then|acting|deputy|senior|chief)$/.test(first) &&
    !lexicon.role(first) &&
    lowerRole(tokens(part).filter((t) => !t.cap)) == null
  );
}
const STANCE =
  /^(?:critics?|opponents?|adversar(?:y|ies)|foes?|enem(?:y|ies)|victims?|targets?|supporters?|admirers?|fans?|allies|ally|friends?|relatives?|wife|husband|son|daughter|brother|sister|father|mother|widow|fianc\u00E9e?|fiancee?)$/i;

/** The object of "of"/"for" names a body the actor can belong to: a named organisation or a body's head word. */
function belongsTo(object: string): boolean {
  const last =
    object
      .replace(/[.,;:]+$/, '')
      .trim()
      .split(/\s+/)
      .at(-1) ?? '';
  return /^\p{Lu}/u.test(last) || lexicon.headKind(last) != null;
}

const ADJUNCT =
  /^(?:(?:\p{L}+ing\s+)?(?:in|at|from|on|during|after|before|outside|inside|near|across|throughout|to)\s)/iu;
/** A lower-case title, then "of" or "at" a capitalised name. */
const ROLE_OF_BODY = /^(\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*){0,2})\s+(?:of|at)\s+(?:the\s+)?(\p{Lu}.*)$/u;

/** Someone who speaks for a person: "a spokesperson for X", "an aide to X". */
/** "the speaker for the Russian Federation": who speaks for a state at a meeting is its representative. */
const SPEAKER_FOR = /^((?:the\s+)?)speaker\s+for\s+(.+)$/i;
const SERVING =
  /^(?:(?:a|an|the)\s+)?((?:senior\s+|chief\s+|deputy\s+)?(spokes(?:man|woman|person)|aide|adviser|advisor|press secretary))\s+(?:for|to)\s+(.+)$/i;

/**
 * A phrase that opens a sentence as English writes it without the sentence: "Human rights groups" and "Opposition
 * lawmakers" are capitalised only as the sentence's first words, before a lower-case head, and name no one; "Geneva
 * diplomats" inside a sentence keeps its capital.
 */
function uncapitalisedOpening(phrase: string): string {
  const opening = /^(\p{Lu}\p{Ll}+(?:-\p{Ll}+)*)(?:\s+\p{Ll}[\p{Ll}-]*)+$/u.exec(phrase.trim());
  return opening && !knownName(opening[1]!) ? phrase[0]!.toLowerCase() + phrase.slice(1) : phrase;
}

/** The actors a phrase at `at` names, read as uncapitalisedOpening reads it when it opens its sentence. */
export function parseSubject(text: string, sentenceStart: number, at: number, phrase: string): Actor[] {
  // A live page's time ("16:40 Broker says ...") or a bullet before the first word still leaves it the opening one.
  const lead = text.slice(sentenceStart, at);
  const opens =
    !/[^\s"\u201C\u201D\u2019]/.test(lead) ||
    /^\s*(?:\d{1,2}[:.]\d{2}|[-*\u2022])\s[\s"\u201C\u201D\u2019]*$/.test(lead);
  if (opens && commonWordOpening(text, phrase)) return [];
  return parseActors(opens ? uncapitalisedOpening(phrase) : phrase);
}

/** The lower-case words of the last text asked about: one pass over a document, however many sentences ask. */
let vocabulary: { text: string; words: Set<string> } | null = null;

/**
 * "Documents suggest ...", "Others in Vienna tell ...", "Broker says ...": one capitalised word opening a sentence is
 * a common noun when the same document writes it in lower case elsewhere ("the documents", "a freight broker").
 */
function commonWordOpening(text: string, phrase: string): boolean {
  // "Night-vision components ...", "Anti-corruption groups ...": a compound whose later part is lower case.
  if (/^\p{Lu}\p{Ll}*(?:-\p{Ll}+)+$/u.test(phrase.trim())) return true;
  const word = /^(\p{Lu}\p{Ll}+)$/u.exec(phrase.trim())?.[1];
  if (!word || knownName(word)) return false;
  if (vocabulary?.text !== text) {
    const words = new Set<string>();
    for (const m of text.matchAll(/[a-z]+/g)) words.add(m[0]);
    vocabulary = { text, words };
  }
  const lower = word.toLowerCase();
  return vocabulary.words.has(lower) || vocabulary.words.has(lower.replace(/s$/, ''));
}

/** A word a lexicon knows as a name: a country, a demonym, a capital, a body, a party, the press. */
function knownName(word: string): boolean {
  return countryOf(word) != null || capitalOf(word) != null || orgKind(tokens(word)) != null;
}

/** A paper's head word, or one of the papers a body issues that names nothing else ("press release", "note"). */
export const PAPER_HEAD = `(?:${[...lexicon.documentHeads, 'press release', 'note', 'message'].join('|')})`;
/**
 * A statement, letter or report and who issued it: "a statement from the Foreign Ministry", "the 94-page report by
 * the audit office", "a draft report of the Auditor General", "the letter, signed by the rector".
 */
const ISSUED_BY = new RegExp(
  String.raw`^(?:(?:[Aa]n?|[Tt]he)\s+)?(?:[\p{Ll}\d][\p{Ll}\d-]*\s+){0,3}?${PAPER_HEAD}(?:\s+(?:from|by|of)|,?\s+(?:issued|released|drafted|written|signed|prepared|compiled|commissioned)\s+by)\s+(.+)$`,
  'u',
);
/** The writers of a paper, named only as such. */
const PAPER_WRITERS = /^(?:the|its|their)\s+(?:auditors|authors|drafters|evaluators)$/i;
/** A prepositional phrase after the head ("officials in Berlin", "governments across Europe"): where, not who. */
const ADJUNCT_TAIL = /\s+(?:from|at|in|with|on|during|over|after|before|across|around|throughout|within|outside)\s.*$/;
/** "at Indonesia's trade ministry", "at the Danish embassy": a state's body, named with its country, a title is held at. */
const AT_STATE_BODY =
  /\bat\s+((?:the\s+)?\p{Lu}[\p{L}.'\u2019-]*(?:\s+\p{Lu}[\p{L}.'\u2019-]*)?\s+(?:\p{Ll}+\s+){0,2}(?:ministry|embassy|consulate|department|government|mission))\b/u;
const INDEFINITE = /^(?:a|an|another|one|some)\s/i;
/** Offices of international bodies that one person holds, with the body's name before them or not. */
const INTERNATIONAL_OFFICE =
  /^(?:the\s+)?(?:(?:UN|U\.N\.|United Nations|EU|European Union|OSCE|NATO|Council of Europe|African Union|OAS|IMF|World Bank|WHO|UNHCR|OHCHR)\s+)?((?:Deputy\s+)?Secretary[- ]General|(?:Deputy\s+)?High Commissioner for (?:Human Rights|Refugees)|High Representative(?: for Foreign Affairs and Security Policy)?|Director[- ]General|Commissioner for Human Rights)$/i;
/** A state's own body, unnamed, in a city: "the finance ministry in Nicosia" (never "the embassy in Paris"). */
const SEATED_BODY =
  /^(?:[Tt]he\s+)?((?:\p{Ll}+\s+){0,2}(?:ministry|government|cabinet|presidency|parliament))\s+in\s+(\p{Lu}[\p{L}.'\u2019-]*(?:\s+\p{Lu}[\p{L}.'\u2019-]*)?)$/u;
/**
 * What an adjunct at a phrase's end leaves ("the minister in Geneva" -> ""), except where the words before it and
 * its preposition begin a longer name of the lexicon ("... Co-operation in Europe").
 */
function adjunctTail(tail: string, at: number, phrase: string): string {
  return nameGoesOnPast(phrase.slice(0, at), tail.trim().split(/\s+/)[0]!) ? tail : '';
}

/** The words that end `before` begin a name of the lexicon that goes on with `word` ("... Co-operation", "in"). */
export function nameGoesOnPast(before: string, word: string): boolean {
  const words = before.trim().split(/\s+/).slice(-8);
  for (let k = 0; k < words.length; k++) if (lexicon.nameGoesOn(words.slice(k).join(' '), word)) return true;
  return false;
}

/** Diplomats' titles: "Ambassador to Mexico", "envoy to the UN" say where one is posted, not whom one serves. */
export const DIPLOMAT =
  "(?:ambassador|envoy|consul(?:[- ]general)?|emissary|representative|charg[eé] d['\u2019]affaires)";
const POSTED_TO = new RegExp(`\\b(${DIPLOMAT})\\s+to\\s+((?:the\\s+)?(?:\\p{Lu}[\\p{L}.'\\u2019-]*\\s*){1,4})`, 'giu');

function withoutPosting(text: string): string {
  return text.replace(POSTED_TO, (m, title: string, rest: string) => {
    const words = rest.trim().split(/\s+/);
    for (let n = words.length; n > 0; n--) {
      const place = words.slice(0, n).join(' ');
      if (lexicon.countryByName(place) || lexicon.isInternational(place))
        return `${title} ${words.slice(n).join(' ')}`.trimEnd() + (/\s$/.test(rest) ? ' ' : '');
    }
    return m;
  });
}

function readActor(phrase: string): Actor | null {
  const text = withoutPosting(clean(phrase)).replace(SPEAKER_FOR, (m, the: string, state: string) =>
    lexicon.countryByName(state) ? `${the}representative of ${state}` : m,
  );
  if (!text) return null;
  // "Neither the Irish government nor the Dutch government", "No minister": no one.
  if (/^(?:neither|no|none|nobody|no one)\b/i.test(text)) return null;
  // "The Baltic states", "the Nordic countries": states of a region, no one actor and no one country.
  const region =
    /^(?:\p{Ll}+\s+)*(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)\s+(?:states|countries|nations|governments)$/u.exec(text);
  if (region && !countryOf(region[1]!)) return null;
  // "COMPANY DENIES CLAIMS", "THEY WILL ANSWER FOR IT": a crosshead in capitals, a verb or a pronoun among its words.
  if (
    /^[^\p{Ll}]+$/u.test(text) &&
    /\s/.test(text) &&
    text
      .toLowerCase()
      .split(/\s+/)
      .some((w) => lexicon.verb(w) != null || /^(?:it|they|we|i|you|will|would|is|are|was|were|has|have)$/.test(w))
  )
    return null;
  // "Renews call for moratorium", "Criminal investigation opened": a table's or a headline's telegraphic words,
  // a verb or an adjective capitalised as the first, before a noun that is no title and no body.
  const telegraphic = /^(\p{Lu}\p{Ll}+)(?:(?:\s+\p{Ll}[\p{Ll}-]*){0,2}\s+(\p{Ll}[\p{Ll}-]*))?$/u.exec(text);
  if (
    telegraphic &&
    !lexicon.genderOfGivenName(telegraphic[1]!) &&
    !countryOf(telegraphic[1]!) &&
    (telegraphic[2]
      ? !lexicon.role(telegraphic[2]) &&
        !lexicon.headKind(telegraphic[2]) &&
        !lexicon.role(telegraphic[2].replace(/s$/, ''))
      : lexicon.verb(telegraphic[1]!.toLowerCase()) != null)
  )
    return null;
  // "the UN Secretary-General", "the High Commissioner for Human Rights": the one holder of an international office,
  // named by it.
  const office = /General|Commissioner|Representative/.test(text) ? INTERNATIONAL_OFFICE.exec(text) : null;
  if (office)
    return actorNamed(text.replace(/^the\s+/i, ''), 'person', {
      role: office[1]!,
      servesPerson: null,
      international: true,
      ref: 'role',
      head: office[1]!.toLowerCase().split(/\s+/)[0]!,
    });
  // "The finance ministry in Nicosia": a state's own body in a capital is that state's (an embassy there is not).
  const seated = text.includes(' in ') ? SEATED_BODY.exec(text) : null;
  const seat = seated ? lexicon.countryByCapital(seated[2]!) : undefined;
  if (seated && seat)
    return actorNamed(`${seated[1]} in ${seated[2]}`, 'government', {
      country: seat,
      countrySource: 'capital',
      countryText: seated[2]!,
      servesPerson: null,
    });
  // "A spokesperson for Prime Minister Elena Ward": the spokesperson, who speaks for the one they serve.
  const serving = SERVING.exec(text);
  if (serving) {
    const served = readActor(serving[3]!);
    if (served?.type === 'person' && !served.ref && /\p{Lu}/u.test(served.name))
      return {
        ...reference('person', `${serving[1]} for ${serving[3]}`),
        ref: null,
        role: serving[2]!.toLowerCase(),
        // The served person's country is theirs; without one, the text may give it for the person elsewhere.
        country: served.country,
        countrySource: served.countrySource,
        countryText: served.countryText,
        servesPerson: served.country ? null : served.name,
        head: serving[2]!.toLowerCase(),
      };
  }
  // "a statement from the Bolivian Foreign Ministry": words that a body issued are its own.
  const issued = ISSUED_BY.exec(text);
  if (issued) return readActor(issued[1]!);
  // "Governments across Europe", "Officials said": a plural common noun, capitalised only as the sentence's first word.
  const lone = /^(\p{Lu}\p{Ll}+s)(?=$|\s+\p{Ll})/u.exec(text);
  if (lone && commonPlural(lone[1]!)) return readActor(text[0]!.toLowerCase() + text.slice(1));
  if (PERSON_PRONOUN.test(text)) return reference('person', text);
  // "the auditors wrote", "its authors found": the writers of a paper named before speak for whoever issued it.
  if (PAPER_WRITERS.test(text)) return actorNamed(text, 'document', { ref: 'role', head: 'document' });
  // "Bosnia and Herzegovina", "Trinidad and Tobago": a state whose name holds "and", read whole.
  const state = / and /.test(text) ? lexicon.countryByName(text) : undefined;
  if (state) {
    const name = text.replace(/^the\s+/i, '');
    return actorNamed(name, 'government', {
      country: state,
      countrySource: 'name',
      countryText: name,
      servesPerson: null,
    });
  }
  // '"...," it said': a body or organisation named before.
  if (/^it$/i.test(text)) return { ...reference('plural', text), type: 'organisation', ref: 'body' };
  if (PLURAL_PRONOUN.test(text)) return reference('plural', text);
  // "the Foreign, Commonwealth and Development Office": a national institution of the lexicon, commas and all.
  const institution = text.includes(',') ? text.replace(/^the\s+/i, '') : '';
  const institutionCode = institution ? lexicon.institutionCountry(institution) : undefined;
  if (institutionCode)
    return actorNamed(institution, 'government', {
      organization: institution,
      country: institutionCode,
      countrySource: 'institution',
      countryText: institution,
      servesPerson: null,
    });
  const parts = withPortfolioLists(text.split(/\s*,\s*/));
  const keep: string[] = [];
  for (const p of parts) {
    if (RELATIVE.test(p)) break;
    // "the NRK reporter who led the Norwegian side": a relative clause inside a part says what the person did, not
    // who they are.
    // "the Nairobi firm the consortium says brokered ...": a clause whose subject says what the firm did.
    const relative = /\s(?:who|whom|whose|which|that)\s/.exec(p) ?? (SAYS_WORD.test(p) ? CONTACT_CLAUSE.exec(p) : null);
    keep.push(relative ? p.slice(0, relative.index) : p);
    if (relative) break;
  }
  // "... arrest Netanyahu, Christophe Lemoine said": two bare names in a row are the end of one clause and the
  // subject of the next, not a name and its apposition.
  while (keep.length > 1 && FULL_NAME.test(keep[1]!) && (bareName(keep[0]!) || clauseEnd(keep[0]!))) keep.shift();
  // "Ana Ruiz, speaking to the French newspaper Le Monde, said": an adjunct set off by commas after the name.
  for (let k = keep.length - 1; k > 0; k--) if (ADJUNCT.test(keep[k]!)) keep.splice(k, 1);
  // "in Geneva, the Kenyan minister", "Writing on Twitter, Ana Ruiz": a place, a time or a medium set before the name
  // with a comma says where or how, not who; so does a capital alone ("Brussels, Minister Ana Ruiz"), as a dateline does.
  // "(a day after) the Tunisian communiqué, MPs voted": a document before the name is what came before, not who.
  while (
    keep.length > 1 &&
    (ADJUNCT.test(keep[0]!) ||
      (lexicon.isDocumentHead(keep[0]!.trim().split(/\s+/).at(-1)!) && /^\s*\p{Lu}/u.test(keep[1]!)) ||
      (capitalOf(keep[0]!) && !countryOf(keep[0]!) && readActor(keep.slice(1).join(', '))?.type === 'person'))
  )
    keep.shift();
  // "Sen. Ana Ruiz, D-Ore.," "Rep. Ivo Berg (R-Texas)": a member of the U.S. Congress by party and state.
  const tag = keep.findIndex((p, k) => k > 0 && PARTY_STATE.test(p));
  const tagged = tag > 0 ? keep.splice(tag, 1)[0]! : null;
  const reading: Reading = {
    person: null,
    role: null,
    org: null,
    orgKind: null,
    country: tagged ? { code: 'US', source: 'institution', text: tagged } : null,
    international: false,
    owner: null,
    document: null,
    possessor: null,
  };
  let head: string | null = null;
  let headIsRole = false;
  keep.forEach((part, k) => {
    // "director general of trade talks at Indonesia's trade ministry": the state body a title is held at.
    const at = AT_STATE_BODY.exec(part);
    const seat = at ? readActor(at[1]!) : null;
    if (seat?.type === 'government' && seat.country && !seat.ref) {
      reading.org ??= seat.name;
      reading.country ??= {
        code: seat.country,
        source: seat.countrySource ?? 'name',
        text: seat.countryText ?? seat.name,
      };
    }
    // "a critic of the Chinese government", "the lawyer for the Russian businessman": a stance towards a body, or a
    // service to a person, names someone else, whose country is not this actor's; "chair of the Committee" and
    // "spokesman for the embassy" name the body the actor belongs to.
    const body = part
      .replace(DETERMINERS, '')
      .replace(ADJUNCT_TAIL, adjunctTail)
      .replace(
        /(\b\p{Ll}[\p{Ll}-]*)\s+(of|for|to|against|about|toward|towards)\s+(.*)$/u,
        (m, noun: string, prep: string, object: string) =>
          k > 0 &&
          !lexicon.role(`${noun} ${prep} ${object.split(/\s+/)[0]}`) &&
          (STANCE.test(noun) || !belongsTo(object))
            ? noun
            : m,
      );
    const ts = tokens(body);
    // "the editor of the Daily Ledger", "the leader of the Centre Party": a title of a named body is held in it.
    const held = ROLE_OF_BODY.exec(body);
    const heldRole = held ? lexicon.role(held[1]!) : undefined;
    const heldIn = held ? tokens(held[2]!) : [];
    const heldKind = held ? (orgKind(heldIn) ?? (heldRole?.media ? 'media' : undefined)) : undefined;
    if (held && heldRole && heldKind && !countryOf(held[2]!) && heldIn.every((t) => t.cap || CONNECTORS.has(t.word))) {
      reading.role ??= held[1]!;
      reading.org ??= held[2]!.replace(/^The /, '');
      reading.orgKind ??= heldKind;
      if (lexicon.isInternational(held[2]!)) reading.international = true;
      reading.country ??= countryOf(held[2]!) ?? leadingCountry(heldIn) ?? null;
      return;
    }
    const { runs: rs, lower } = runs(ts);
    for (const r of rs) readRun(r, reading);
    reading.role ??= lowerRole(lower);
    if (k === 0) {
      const last = ts.at(-1);
      if (last && !last.cap) {
        head = last.word.toLowerCase();
        headIsRole = lowerRole(lower) != null || lexicon.role(head.replace(/s$/, '')) != null;
      }
    }
  });
  reading.org ??= reading.owner;
  if (!reading.role && head && lexicon.role((head as string).replace(/s$/, '')))
    reading.role = (head as string).replace(/s$/, '');
  const stated = reading.international ? null : reading.country;
  // "Merkel's government", "Putin's spokesman": the staff or government of a person serves that person's country.
  const servesPerson =
    reading.possessor && SERVICE.test(keep[0]!.replace(/^.*['\u2019]s?\s+/, '')) ? reading.possessor : null;
  const base = {
    servesPerson,
    role: reading.role,
    organization: reading.org,
    country: stated?.code ?? null,
    countrySource: stated?.source ?? null,
    countryText: stated?.text ?? null,
    international: reading.international && !reading.country,
    ref: null,
    head,
  };
  // "The company, Brightline Security,": a name set after a body's common noun is that body's, whatever it sounds like.
  const bodyNoun =
    keep.length > 1 && !/\p{Lu}/u.test(keep[0]!.replace(DETERMINERS, '')) && head ? lexicon.headKind(head) : undefined;
  if (reading.person && !reading.role && (bodyNoun === 'organisation' || bodyNoun === 'media'))
    return { ...base, name: reading.person, type: bodyNoun, head: null };
  // "Bluewater Pelagic, a company based in Vigo": a name with a body's common noun set after it is that body's.
  const described =
    keep.length > 1 && /^\p{Lu}/u.test(keep[0]!) ? BODY_APPOSITION.exec(keep[1]!)?.[1]?.toLowerCase() : undefined;
  const describedKind = described ? lexicon.headKind(described) : undefined;
  if (reading.person && !reading.role && (describedKind === 'organisation' || describedKind === 'media'))
    return { ...base, name: reading.person, type: describedKind, head: null };
  // "The Vienna daily Der Morgenbote", "the Kenyan broadcaster Citizen TV": the press, named after its common noun.
  if (reading.person && !reading.role && PRESS_NOUN.test(text))
    return { ...base, name: reading.person, type: 'media', head: null };
  // "the Finnish refiner Pohjala Metals": a demonym and a common noun that is no title, before a name that opens
  // with no given name, name a firm ("the Danish broker Ana Lund" is a person).
  if (
    reading.person &&
    !reading.role &&
    reading.country?.source === 'demonym' &&
    DEMONYM_NOUN.test(text) &&
    !lexicon.genderOfGivenName(reading.person.split(' ')[0]!)
  )
    return { ...base, name: reading.person, type: 'organisation', head: null };
  if (reading.person) {
    // A journalist, or someone of a news outlet with no other title ("John Doe of The Daily Post").
    const media =
      (reading.role != null && lexicon.role(reading.role)?.media === true) ||
      (reading.role == null && reading.orgKind === 'media');
    // "The official, Ana Ruiz, said": a definite title set before the name points back to someone just mentioned.
    const title = keep.length > 1 && /^the\s+(?:\p{Ll}+\s+){0,2}\p{Ll}+$/iu.test(keep[0]!) ? tokens(keep[0]!) : null;
    const namesEarlier =
      title != null && !title.some((t) => t.cap && t.word !== 'The') && lowerRole(title.filter((t) => !t.cap)) != null;
    // "Government spokesman X", "Foreign ministry spokesperson X" opening a sentence: the capital is the
    // sentence's; the body is no named one.
    const body = !reading.country && !media ? servedBody(text) : undefined;
    const generic = reading.org != null && !/\s/.test(reading.org) && text.startsWith(`${reading.org} `);
    const servesBody = !reading.org || (generic && body && !body.startsWith('the ')) ? body : undefined;
    return {
      ...base,
      ...(generic && servesBody ? { organization: null } : {}),
      name: reading.person,
      type: media ? 'media' : 'person',
      international: reading.international,
      ...(namesEarlier ? { namesEarlier } : {}),
      ...(servesBody ? { servesBody } : {}),
    };
  }
  if (!keep.length) return null;
  if (reading.document && !reading.org) return { ...base, name: reading.document, type: 'document' };
  // "the Prime Minister's Office": a body that an office holds is named by it.
  if (reading.org && reading.orgKind && reading.possessor && lexicon.role(reading.possessor.toLowerCase()))
    return { ...base, name: `${reading.possessor}'s ${reading.org}`, type: reading.orgKind, servesPerson: null };
  // "The Council", "the Ministry": a body's head word alone points back to a body named before.
  if (
    reading.org &&
    reading.orgKind &&
    !reading.country &&
    !reading.international &&
    !/\s/.test(reading.org) &&
    lexicon.headKind(reading.org) === reading.orgKind
  ) {
    return { ...base, name: reading.org, type: reading.orgKind, ref: 'role', head: reading.org.toLowerCase() };
  }
  const first = keep[0]!.replace(DETERMINERS, '').replace(ADJUNCT_TAIL, adjunctTail);
  const h = head as string | null;
  if (h && lexicon.isDocumentHead(h)) {
    const owner = /^(.+?)['\u2019]s?\s/.exec(first)?.[1];
    if (owner) return readActor(owner);
    // "the Saudi foreign ministry statement": the body named before the document's head word.
    const body = first.split(/\s+/).length > 1 ? parseActor(first.replace(/\s+\S+$/, '')) : null;
    if (body && !body.ref && body.type !== 'person' && body.type !== 'document') return body;
    return { ...base, name: first, type: 'document', ref: reading.org || reading.country ? null : 'role' };
  }
  // "the Interfax news agency": the press, whatever "agency" heads elsewhere.
  if (/\bnews\s+agency$/i.test(first)) return { ...base, name: reading.org ?? first, type: 'media' };
  // "The contractor, Veritas Systems,": a common noun with the body's name in apposition is that body.
  if (keep.length > 1 && !/\p{Lu}/u.test(first) && reading.org && !reading.country)
    return { ...base, name: reading.org, type: reading.orgKind ?? 'organisation' };
  if (h && (lexicon.headKind(h) === 'government' || lexicon.headKind(h) === 'organisation') && !headIsRole) {
    // "The Limassol-based company": a place qualifying the common noun names no one; the company is one named before.
    const named =
      reading.country != null ||
      reading.org != null ||
      /\p{Lu}/u.test(first.replace(/\S+-(?:based|registered|headquartered|listed)\b/g, ''));
    const type: ActorType =
      lexicon.headKind(h) === 'government' && !reading.international
        ? 'government'
        : (reading.orgKind ?? 'organisation');
    return { ...base, name: first, type, ref: named ? null : 'role' };
  }
  if (h && headIsRole) {
    const named = reading.country != null || reading.org != null;
    return { ...base, name: first, type: 'person', role: base.role ?? h, ref: named ? null : 'role' };
  }
  if (reading.org) {
    // "Poland's Ministry of Foreign Affairs", "Ghana's Electoral Commission": a state's body keeps its state in its
    // name, as "the Polish Ministry of Foreign Affairs" does; two states' ministries are two bodies.
    const owner = reading.country?.source === 'name' ? `${reading.country.text}'s ` : '';
    const owned =
      owner && reading.orgKind === 'government' && !countryOf(reading.org)
        ? first.replace(/\u2019/g, "'").startsWith(`${owner}${reading.org}`)
        : false;
    return { ...base, name: owned ? `${owner}${reading.org}` : reading.org, type: reading.orgKind ?? 'organisation' };
  }
  // A title without a name ("the US Treasury Secretary"): a person named before, or the office itself.
  if (reading.role)
    return { ...base, name: first, type: 'person', ref: 'role', head: reading.role.toLowerCase().split(' ').at(-1)! };
  // "Swiss", "Hungarian" alone qualify something unnamed ("Swiss banks"): a country's name or seat is a government.
  if (
    reading.country &&
    reading.country.source !== 'demonym' &&
    !/(?:^|\s)\p{Ll}/u.test(first.replace(/\b(?:of|the)\b/g, ''))
  )
    return { ...base, name: first, type: 'government' };
  return null;
}

/** The party and state of a member of the U.S. Congress, as American news writes them: "D-Ore.", "R-Texas", "I-VT". */
export const PARTY_STATE_TAG = String.raw`[DRI][-\u2013](?:\p{Lu}\p{Ll}+\.?(?:\s\p{Lu}\p{Ll}+\.?)?|\p{Lu}{2}|(?:\p{Lu}\.){2})`;
const PARTY_STATE = new RegExp(`^\\(?${PARTY_STATE_TAG}\\)?$`, 'u');

/** A title's or a body's portfolio part: "Commissioner for Political Affairs", "Ministry of Trade". */
const PORTFOLIO_PART = new RegExp(PORTFOLIO_OF);

/**
 * Comma-separated parts with a list of portfolios kept whole: "Commissioner for Political Affairs, Peace and
 * Security" is one title, not a title and a name "Peace".
 */
function withPortfolioLists(parts: string[]): string[] {
  const out: string[] = [];
  for (const p of parts) {
    const last = out.at(-1) ?? '';
    // A body's list may hold portfolios the lexicon lacks ("Ministry of Environment, Urbanisation and Climate Change").
    const body = PORTFOLIO_BODY_OF.test(last);
    const portfolios = p
      .split(/\s+and\s+/)
      .every((x) => lexicon.isPortfolio(x) || (body && portfolioLike(tokens(x.replace(/^the\s+/, '')))));
    if (out.length && portfolios && PORTFOLIO_PART.test(last)) out[out.length - 1] += `, ${p}`;
    else out.push(p);
  }
  return out;
}

/** Plural nouns for people taken together ("Students protested"): no title, yet no one's name. */
const PEOPLE_PLURALS = new Set(
  'students protesters protestors demonstrators residents villagers farmers workers activists campaigners critics experts analysts lawmakers legislators researchers scholars academics teachers parents voters citizens families relatives survivors victims witnesses doctors nurses lawyers investors observers commentators scientists economists opponents supporters rebels militants troops soldiers migrants refugees employees staff users readers viewers'.split(
    ' ',
  ),
);

/** A plural of a title or of a body's head word ("Officials", "Governments"), not a party ("Democrats"). */
function commonPlural(word: string): boolean {
  const w = word.toLowerCase();
  if (PEOPLE_PLURALS.has(w)) return true;
  if (lexicon.headKind(w)) return false;
  const one = w.endsWith('ies') ? `${w.slice(0, -3)}y` : w.slice(0, -1);
  const kind = lexicon.headKind(one);
  return lexicon.role(one) != null || kind === 'government' || kind === 'organisation';
}

/** An actor of that name and type, with what else is known of it; every other field empty. */
export function actorNamed(name: string, type: ActorType, known: Partial<Actor> = {}): Actor {
  return {
    name,
    type,
    role: null,
    organization: null,
    country: null,
    countrySource: null,
    countryText: null,
    international: false,
    ref: null,
    head: null,
    ...known,
  };
}

function reference(kind: 'person' | 'plural', text: string): Actor {
  return actorNamed(text, 'person', { ref: kind });
}

/** A person named only by their title ("Germany's defence minister", "the Foreign Minister of Norway"). */
export function namedByTitle(actor: Actor): boolean {
  if (actor.role == null) return false;
  const name = lexicon.fold(actor.name);
  const role = lexicon.fold(actor.role);
  return name.endsWith(role) || name.replace(/s$/, '').endsWith(role);
}

export { tokens as tokenize, runs as capitalisedRuns, clean as cleanPhrase, RELATIVE };

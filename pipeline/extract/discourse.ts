// Remembers the actors a document has named, in order, so that "he", "the minister" and "Hua" resolve to the
// person named before ("Hua Chunying"), and the countries the document talks about most.
import {
  BODY_STAFF,
  CONNECTIVE,
  DIPLOMAT,
  HANDLE,
  PARTY_STATE_TAG,
  STAFF,
  namedByTitle,
  PAPER_HEAD,
  parseActor,
  tokenize,
  capitalisedRuns,
  type Actor,
} from './parse-actor.js';
import { ByPosition } from './by-position.js';
import { lexicon } from './lexicons.js';

export interface Seen {
  actor: Actor;
  at: number;
  /** The mention is the subject of a verb of saying or doing: the one a later "he" or "she" most likely means. */
  subject?: boolean;
  /** The mention names where something happened ("in Geneva", "BERLIN —", "Rome, Italy"), not who took part. */
  place?: boolean;
}

/** A party-and-state tag set off after a name: ", D-Ore.,", " (R-Texas)". */
const PARTY_STATE_AFTER = new RegExp(String.raw`^\s*[,(]\s*(${PARTY_STATE_TAG})(?=[,;)]|\.?\s)`, 'u');
/** The papers an actor issues, as a sentence names them. */
const PAPER_HINT = /statement|communiqu|letter|memo|declaration|note/i;
const PAPER_WORD = /\b(statement|communiqu[e\u00e9]|letter|memo|declaration|note)s?\b/giu;
const PREMODIFIER =
  /(?:^|[\s(])(\p{Lu}[\p{L}.'\u2019-]*(?:\s+\p{Lu}[\p{L}.'\u2019-]*)?)\s+((?:\p{Ll}[\p{L}-]*\s+){1,3})$/u;
/** How many mentions back a pronoun or a bare title looks for what it means. */
const REACH = 400;
/**
 * How many mentions of people sharing a word with a name ("Wang") are looked through for the person it names again:
 * far more than a story holds, and a list of thousands of names costs each new name this many steps, not thousands.
 */
const NAME_REACH = 2000;
const GROUP = /(?:\b(?:\p{Lu}[\p{L}.'\u2019-]*\s+){1,3})(\p{Ll}+s)\b/gu;
/** Head words that name a business. */
const COMPANY =
  /^(?:company|firm|corporation|contractor|manufacturer|supplier|vendor|insurer|lender|retailer|conglomerate|bank|business)$/;
/** A mention of a body that speaks or acts: no place, no person, no paper, no outlet. */
const namesBody = (s: Seen): boolean =>
  !s.place && !s.actor.ref && s.actor.type !== 'person' && s.actor.type !== 'document' && s.actor.type !== 'media';
/**
 * A one-word name with no title and no given name ("Bluewater declined ... it said"): read as a person for want of
 * a body's head word, it may be a firm's, which "it" can mean when it opened a recent sentence.
 */
const maybeBody = (a: Actor): boolean =>
  a.type === 'person' &&
  !a.role &&
  !a.country &&
  /^\p{Lu}[\p{L}-]+$/u.test(a.name) &&
  lexicon.genderOfGivenName(a.name) == null;
/** "Ocean Harvest Pacific rejected ... the company said": a name of up to three words, none of them a given name. */
const maybeFirm = (a: Actor): boolean =>
  a.type === 'person' &&
  !a.role &&
  !a.country &&
  /^\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){0,2}$/u.test(a.name) &&
  a.name.split(/\s+/).every((w) => lexicon.genderOfGivenName(w) == null);
/** "Zambia's Ministry of Home Affairs" is named by its body's name, as "the Ministry of Home Affairs" is later. */
function bodyName(a: Actor): string {
  const owner = a.type === 'government' ? /^(.+?)['\u2019]s\s+(?=\p{Lu})/u.exec(a.name) : null;
  return owner && lexicon.countryByName(owner[1]!) ? a.name.slice(owner[0].length) : a.name;
}
const isGroup = (a: Actor): boolean => a.type === 'person' && /s$/.test(a.head ?? '') && !/\p{Lu}/u.test(a.head ?? '');

/**
 * Offices one person holds at a time ("defence minister", "president", "Minister of Justice"), so that an unnamed
 * mention of one can mean its named holder; "official" or "lawyer" name one of many.
 */
export const SINGLE_OFFICE =
  /^(?:\S+ (?:minister|secretary|spokesman|spokeswoman|spokesperson|commissioner)|(?:minister|secretary) (?:of|for) .+|(?:prime minister|president|vice[- ]president|chancellor|premier|king|queen|pope|governor|mayor|attorney general|secretary of state))$/i;

/**
 * Someone unnamed brought in as the agent or subject: "by a person or group", "A spokesman said", "someone". A
 * pronoun after it means that one, whom no name can be given; an apposition ("Lund, a lawyer,") brings no one in.
 */
const UNNAMED =
  /(?:a|an|another|some|one)\s+(?:[\p{Ll}-]+\s+){0,3}?(?:person|people|group|individual|official|officials|source|sources|spokesman|spokeswoman|spokesperson|member|members)\b/iuy;
/** A relative named only by whose they are ("Reyes's mother", "his wife"): someone unnamed too. */
const KIN =
  /(?:(?:his|her|their)\s+|(?:\p{Lu}[\p{L}.-]*\s+){0,2}\p{Lu}[\p{L}.-]*['\u2019]s?\s+)(?:mother|father|wife|husband|son|daughter|brother|sister|parents|family|partner|widow|widower|relatives?)\b/uy;
/** People named by a plural common noun opening a clause ("The signatories write"): whom a later "they" means. */
const PLURAL_SUBJECT =
  /(?:[Tt]he|[Tt]hese|[Tt]hose)\s+(?:[\p{Ll}-]+\s+){0,2}?(\p{Ll}{3,})s\s+(?!of\b|and\b|in\b|at\b|on\b|for\b)\p{Ll}+\b/uy;
const AGENT_BY = /\bby\s+/gi;
const OPENING_PHRASE =
  /^\s*(?:Outside|Inside|In|At|On|After|Before|Later|Earlier|Afterwards|Meanwhile|Elsewhere|Separately)\b[^,.;"\u201C]{0,60},\s*/;
const SOMEONE = /\bsome(?:one|body)\b/gi;

/** Whether one of the ascending offsets lies after `last` and before `at`. */
function between(offsets: readonly number[], last: number, at: number): boolean {
  let lo = 0;
  let hi = offsets.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (offsets[mid]! <= last) lo = mid + 1;
    else hi = mid;
  }
  return lo < offsets.length && offsets[lo]! < at;
}

/** Where a sentence brings someone unnamed in: at its start, after "by", or as "someone". */
function unnamedAt(sentence: string): number[] {
  const found: number[] = [];
  const at = (i: number): void => {
    UNNAMED.lastIndex = i;
    KIN.lastIndex = i;
    if (UNNAMED.test(sentence) || KIN.test(sentence)) found.push(i);
  };
  at(sentence.length - sentence.trimStart().length);
  // "Outside the court, Reyes's mother spoke": after an opening phrase of place or time.
  const opening = OPENING_PHRASE.exec(sentence);
  if (opening) at(opening[0].length);
  for (const m of sentence.matchAll(AGENT_BY)) at(m.index + m[0].length);
  for (const m of sentence.matchAll(SOMEONE)) found.push(m.index);
  return found.sort((a, b) => a - b);
}

/**
 * ", the Kenyan foreign minister," or ", Canada's envoy," right after a name: an apposition of up to six words,
 * closed by a comma, a stop or a relative clause (", a spokeswoman for the Czech ministry who declined").
 */
/** A lower-case title of a named state or body, then a comma, right before a name. */
const TITLE_OF_BEFORE =
  /(?:^|\s)((?:\p{Ll}[\p{Ll}-]*\s+){0,2}\p{Ll}[\p{Ll}-]*\s+of\s+(?:the\s+)?\p{Lu}[\p{L}.'\u2019-]*(?:\s+\p{Lu}[\p{L}.'\u2019-]*){0,3}),\s+$/u;
/** "His spokesman, ", "her aide, " right before a name. */
const HIS_STAFF = /(?:^|\s)(his|her|its)\s+\p{Ll}[\p{Ll} -]*,\s+$/iu;
const SERVICE_ROLE = new RegExp(`^(?:${STAFF}|representatives?|delegates?)$`, 'i');
const APPOSITION =
  /^[\s*_]*,\s+(?:(?:then|now|formerly|previously|also|herself|himself)\s+)?((?:the|a|an|\p{Lu}[\p{L}.]*['\u2019]s?|\p{Ll}+)\s+(?:[\p{L}'\u2019-]+\s+){0,8}?[\p{L}'\u2019-]+)\s*(?:[,.;]|\s(?:who|which|whose)\b)/u;

/** A body's staff title in lower case right before a name: "foreign ministry spokeswoman ", "government official ". */
const BODY_STAFF_BEFORE = new RegExp(
  String.raw`(?:^|[\s(,])((?:\p{L}+\s+)?(?:[Mm]inistry|[Gg]overnment|[Ee]mbassy)\s+(?:${BODY_STAFF}))\s+$`,
  'u',
);

/**
 * A run's words as one phrase, keeping the commas between them: "Minister for Agriculture, Food and the Marine" is a
 * title whose portfolios a comma lists, where "Minister for Agriculture Food ..." would leave a name "Food".
 */
function runPhrase(slice: string, tokens: readonly { text: string }[], from: number): string {
  let phrase = tokens[0]!.text;
  let at = from < 0 ? -1 : from + tokens[0]!.text.length;
  for (const t of tokens.slice(1)) {
    const next = at < 0 ? -1 : slice.indexOf(t.text, at);
    phrase += next >= 0 && slice.slice(at, next).includes(',') ? `, ${t.text}` : ` ${t.text}`;
    at = next < 0 ? -1 : next + t.text.length;
  }
  return phrase;
}

/** A lower-case word right before a name, which may be its title ("reporter Jane Roe"). */
const TITLE_BEFORE = /(?:^|[\s(,])(\p{Ll}[\p{Ll}-]+)\s+$/u;
/** A title set off by a comma after a possessive ("whose editor, Per Dahl,", "the firm's lawyer, Kay Lund,"). */
const TITLE_BEFORE_COMMA =
  /(?:^|\s)(?:[Ww]hose|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|\p{L}+['\u2019]s)\s+(\p{Ll}[\p{Ll}-]+),\s+$/u;
/** A plural title before a list of names ("journalists Ana Ruiz and"): it is the title of each. */
const TITLE_BEFORE_LIST = /(?:^|[\s(,])(\p{Ll}[\p{Ll}-]+s)\s+(?:\p{Lu}[\p{L}'\u2019.-]*\s+){1,4}(?:and|&)\s+$/u;

/**
 * A country's title set off by a comma before a name: "Belarus's chargé d'affaires, Ihar Lutsevich,", "the
 * Netherlands' ambassador in Rome, Jan Smit".
 */
const OWNED_TITLE_BEFORE =
  /(?:^|\s)((?:the\s+)?\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,2}['\u2019]s?\s+(?:\p{Ll}[\p{L}'\u2019-]*\s+){0,3}\p{Ll}[\p{L}'\u2019-]*(?:\s+(?:in|to|at)\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)?),\s+$/u;

/** "the minister, ", "the ambassador, " right before a name: the head of a ministry or an embassy just named. */
const BODY_HEAD_BEFORE = /(?:^|\s)the\s+(minister|ambassador|consul),\s+$/i;
/** "its chair, ", "the committee's deputy leader, " right before a name: a title in a body just named. */
const BODY_TITLE_BEFORE =
  /(?:^|\s)(?:[Ii]ts|[Tt]he\s+(\p{Ll}+)['\u2019]s)\s+((?:\p{Ll}[\p{Ll}-]*\s+){0,2}\p{Ll}[\p{Ll}-]*),\s+$/u;

const POSTING_BEFORE = new RegExp(`\\b(${DIPLOMAT})s?\\s+to\\s+$`, 'i');

/** A finite verb: an auxiliary, or a word with a past or present-tense ending. */
const FINITE =
  /\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|may|might|must|shall|should|do|does|did|said|says|told|\p{Ll}+(?:ed|es))\b/u;

/** Whether a sentence has a finite verb; a caption or a credit line has none. */
export function hasFiniteVerb(sentence: string): boolean {
  return FINITE.test(sentence);
}

/** "X and Y are among the most prominent Canadian figures ...", "X is a British journalist": subject, then demonym. */
const COPULA_DEMONYM =
  /^(.+?)\s+(?:is|are|was|were)\s+(?:a|an|the|one of the|among the)\s+(?:[\p{Ll}-]+\s+){0,3}?(\p{Lu}\p{Ll}+)\s+\p{Ll}/u;

const CREDIT = /\((?:photo\s+)?(?:credit|photo|image|picture|file photo|source)s?\s*:[^)]*\)/gi;

/**
 * A person's office held for a state at home: ministers, secretaries, heads of state and government, judges of its
 * courts, its legislators. A party's or a company's office ("party secretary") is not, nor is an envoy's, who serves
 * abroad, in the state the text may be about.
 */
const STATE_OFFICE =
  /\b(?:minister|secretary|president|premier|chancellor|justice|attorney[- ]general|prosecutor|senator|congress(?:wo)?man|lawmaker|legislator)\b/i;
/**
 * A body that is a state's own organ by its name: its government, a ministry, the legislature, the highest courts, the
 * police and army. A tribunal, a commission or a council may be independent or international.
 */
const STATE_ORGAN =
  /\b(?:government|ministry|department|cabinet|parliament|congress|senate|administration|police|army|military|(?:supreme|high|constitutional|federal) court)\b/i;
const NOT_STATE_OFFICE = /\b(?:party|general secretary|secretary[- ]general|club|company|board|union)\b/i;
const STATE_BODY =
  /\b(?:government|ministry|department|parliament|congress|senate|court|cabinet|administration|office|treasury)\b/i;

/** An actor that acts for a state: a government or one of its bodies, or a person in a state office. */
export function actsForState(actor: Actor): boolean {
  if (actor.international || actor.ref) return false;
  // "the Prime Minister's Office": the office of a state's office holder is its organ too.
  if (actor.type === 'government')
    return STATE_ORGAN.test(actor.name) || (/\boffice\b/i.test(actor.name) && STATE_OFFICE.test(actor.name));
  // "government spokesman X", "X, the ministry's undersecretary": staff of a state body left unnamed.
  if (actor.type === 'person' && actor.servesBody && STATE_BODY.test(actor.servesBody) && !actor.organization)
    return true;
  return (
    actor.type === 'person' &&
    actor.role != null &&
    STATE_OFFICE.test(actor.role) &&
    !NOT_STATE_OFFICE.test(actor.role) &&
    (actor.organization == null || STATE_BODY.test(actor.organization))
  );
}

/** A state's body of any kind, or a person serving one (an envoy, a ministry's spokesperson). */
function servesState(actor: Actor): boolean {
  if (actor.ref) return false;
  // A law ("the First Amendment") is no body that acts.
  if (actor.type === 'government') return !lexicon.isParty(actor.name) && !LAW.test(actor.name);
  if (actor.type !== 'person') return false;
  return (
    DIPLOMAT_ROLE.test(actor.role ?? '') ||
    (actor.organization != null && (STATE_BODY.test(actor.organization) || /\bembassy\b/i.test(actor.organization)))
  );
}
const LAW = /\b(?:Act|Amendment|Law|Bill|Constitution|Code|Treaty|Convention)$/;
const DIPLOMAT_ROLE = new RegExp(`\\b${DIPLOMAT}\\b`, 'i');

/** A country's name or demonym, then up to two lower-case words ending in a state body's head word. */
const STATE_BODY_MENTION =
  /(?:^|[\s(])((?:\p{Lu}[\p{L}.'\u2019-]*\s+){1,2}(?:\p{Ll}[\p{Ll}-]*\s+){0,2}(?:government|ministry|administration|cabinet|authorities|parliament|embassy|police))\b/gu;
/** Nouns a state body's name qualifies ("a Chinese government entity", "Russian government officials"). */
const COMPOUND_AFTER =
  /^\s+(?:entity|entities|official|officials|employee|employees|agency|agencies|body|bodies|source|sources|document|documents|papers|files|data|website|account|accounts|contract|contracts|bond|bonds|debt|funds?|critics?|media|forces|troops|policy|policies|programme|program)\b/;
/** Prepositions that make what follows a place ("in Brussels", "at the Chilean embassy"). */
/** The longest beginning of a body's name that a short name may be: longer names are read in full. */
const PREFIX_WORDS = 12;
const PLACE_PREPOSITION =
  '(?:in|at|from|across|into|throughout|near|within|outside|around|about|on|over|regarding|toward|towards)';
/** A parliamentary seat's name follows ("the Member for ", "MP for Leeds North and ..."). */
const SEAT_BEFORE = /\b(?:Member|MP|MPs|MLA|MSP|MS|TD)\s+for\s+(?:\p{Lu}[\p{L}'\u2019-]*\s+(?:and\s+)?)*$/u;
/** A paper, then who issued it: "a report Amnesty International published", "the letter the ministry sent". */
const PAPER_ISSUED =
  /\b(?:report|statement|letter|memo|study|paper|review|communiqu[eé]|document)\s+(?:that\s+|which\s+)?(?:the\s+)?(\p{Lu}[\p{L}.'\u2019-]*(?:\s+\p{Lu}[\p{L}.'\u2019-]*){0,4})\s+(?:had\s+|has\s+)?(?:published|issued|released|commissioned|prepared|compiled|sent|wrote)\b/gu;
/**
 * Who issued a paper, named after it: "a memo from the Treasury", "the report of the Auditor General", "a telegram
 * dated 14 May and signed by the ambassador, Ana Ruiz". The group ends where the issuer's name may begin.
 */
const PAPER_THEN_ISSUER = new RegExp(
  String.raw`\b(${PAPER_HEAD})\b(?:[^.;:"\u201C\u201D]{0,60}?\b(?:drafted|written|signed|prepared|compiled|coordinated|issued|published|released|sent|produced|commissioned|authored)\s+by|\s+(?:from|by|of))\s+`,
  'gu',
);
/**
 * What may stand between "by" and the issuer's name: an article, an owner ("the Dutch foreign ministry's"), a title
 * set off by a comma ("our ambassador, ").
 */
const BEFORE_ISSUER = /^(?:[\p{L}'\u2019-]+\s+){0,4}(?:[\p{L}-]+,\s+)?$/u;
/** A name's capitalised words, then a possessive or up to two words, then a paper: "OIOS's report", "the CAG draft". */
const ISSUER_THEN_PAPER = new RegExp(
  String.raw`^\p{Lu}[\p{L}.'\u2019-]*(?:\s+(?:of|and|for|the|\p{Lu}[\p{L}.'\u2019-]*))*?((?:['\u2019]s?)?)(?:\s+\(\p{Lu}+\))?(?:\s+[\p{Ll}\d][\p{Ll}\d-]*){0,2}\s+(${PAPER_HEAD})\b`,
  'u',
);
/** Any paper's head word: a sentence without one names no paper. */
const PAPER_ANY = new RegExp(String.raw`\b${PAPER_HEAD}\b`, 'u');
/** A paper brought in ("a 140-page document", "another memo"): "the document" after it means this one. */
const PAPER_MENTION = new RegExp(
  String.raw`\b(?:[Aa]n?|[Aa]nother|[Oo]ne)\s+(?:[\p{Ll}\d][\p{L}\d-]*\s+){0,3}?(${PAPER_HEAD})\b`,
  'gu',
);
/** Papers in which a body or a person speaks for itself. */
const SPOKEN_PAPER =
  /^(?:statement|communique|letter|memo|declaration|note|ruling|judge?ment|report|tweet|speeches)s?$/;
/** Papers that are one kind under other names ("the audit" is the audit office's report); "document", "draft" any. */
const PAPER_KINDS: Record<string, string> = {
  audit: 'report',
  evaluation: 'report',
  assessment: 'report',
  telegram: 'cable',
  memorandum: 'memo',
  'e-mail': 'email',
  communiqué: 'statement',
  communique: 'statement',
  document: '*',
  draft: '*',
};
/** The kind of paper a head word names; undefined for a leak's papers, which no one body issued. */
function paperKind(word: string): string | undefined {
  const w = word.toLowerCase();
  if (/^(?:documents|papers|files|leaks)$/.test(w)) return undefined;
  const one = w === 'minutes' ? w : w.replace(/s$/, '');
  return PAPER_KINDS[one] ?? one;
}
/** A place preposition right before a name ("in Brussels"). */
const PLACE_BEFORE = new RegExp(`\\b${PLACE_PREPOSITION}\\s+$`, 'i');
/** A place preposition before a body named with its article ("at the Chilean embassy"). */
const PLACE_BEFORE_THE = new RegExp(`\\b${PLACE_PREPOSITION}\\s+(?:the\\s+)?$`, 'i');

/** Sentence adverbs and connectives that open a sentence capitalised ("Moreover, ..."): never a name. */

const words = (s: string): string[] =>
  s
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

export class Discourse {
  private readonly seen = new ByPosition<Seen>();
  private readonly countryCounts = new Map<string, number>();
  private readonly sentenceStarts: number[] = [];
  /** Sentences with no finite verb: captions and credit lines ("Ana Ruiz in Lima, May 1, 2024."). */
  private readonly verbless: boolean[] = [];
  /** Per sentence, the papers it names ("statement", "communique"): who issued "the statement" said later. */
  private readonly papers: (Set<string> | null)[] = [];
  /**
   * Papers the text names, in text order, with their issuer where it is named: who speaks when "the memo" or "the
   * auditors" say more.
   */
  private readonly issued: { at: number; kind: string; by: Actor | null }[] = [];
  /** Where someone unnamed is brought in ("by a person or group", "A spokesman said"), in text order. */
  private readonly unnamed: number[] = [];
  /** Where a sentence opens on people named by a plural common noun ("The signatories write"), in text order. */
  private readonly unnamedGroups: number[] = [];
  /**
   * Named people by each word of their names, and other named actors by type and whole name: an entry for each
   * mention, latest last, so that the first that fits, reading back, is the one mentioned last.
   */
  private readonly peopleByWord = new Map<string, Actor[]>();
  private readonly byName = new Map<string, Actor[]>();
  /** Where each body filed by name was first mentioned. */
  private readonly firstAt = new Map<Actor, number>();
  /** Bodies by the first three words or more of their names. */
  private readonly byPrefix = new Map<string, Actor[]>();
  private readonly nameWords = new Map<Actor, string[]>();
  /** People by their office (folded role): those named only by it ("Germany's defence minister") and those with a name. */
  private readonly byOffice = new Map<string, { unnamed: Actor[]; named: Set<Actor> }>();
  /** Unnamed mentions and the named person each turned out to be. */
  private readonly aliases = new Map<Actor, Actor>();
  /** The role each actor was last filed under, so that a mention files an actor once. */
  private readonly filed = new Map<Actor, string>();
  /** Named actors mentioned other than as a place ("in Brussels"), once each. */
  private readonly acting = new Set<Actor>();
  private sole: { country: string; text: string } | null | undefined;
  private speaker: Actor | null = null;
  private quoted: (at: number) => boolean = () => false;
  /** States whose office acts in the text, named only by its title ("the foreign minister of Peru"). */
  private readonly stateOffices = new Map<string, string>();

  /** Registers the names of a sentence (capitalised runs) and counts the countries it mentions. */
  noteSentence(text: string, start: number, end: number): Seen[] {
    // A photo credit ("(credit: ANA RUIZ/REUTERS)") names who took a picture, not anyone the story is about.
    // A handle ("@LFerrerVidal") is an account's address, no word of a name.
    let slice = text.slice(start, end).replace(CREDIT, (m) => ' '.repeat(m.length));
    if (slice.includes('@')) slice = slice.replace(HANDLE, (m) => ' '.repeat(m.length));
    const found: Seen[] = [];
    this.sentenceStarts.push(start);
    this.verbless.push(!FINITE.test(slice));
    const papers = PAPER_HINT.test(slice)
      ? [...slice.matchAll(PAPER_WORD)].map((m) => m[1]!.toLowerCase().replace(/é/g, 'e'))
      : [];
    this.papers.push(papers.length ? new Set(papers) : null);
    // ('"I'd like someone to call me," she said': someone in quoted words is no one brought into the story.)
    for (const i of unnamedAt(slice)) if (!this.quoted(start + i)) this.unnamed.push(start + i);
    // (Not "The ambassadors express ...": a title's plural points back to the holders named before.)
    PLURAL_SUBJECT.lastIndex = slice.length - slice.trimStart().length;
    const group = PLURAL_SUBJECT.exec(slice);
    if (group && !lexicon.role(group[1]!) && !lexicon.role(group[1]!.replace(/ie$/, 'y')))
      this.unnamedGroups.push(start + PLURAL_SUBJECT.lastIndex);
    let cursor = 0;
    let lastPlaceEnd = -1;
    let owningCountry: { phrase: string; end: number } | null = null;
    for (const run of capitalisedRuns(tokenize(slice)).runs) {
      const index = slice.indexOf(run.tokens[0]!.text, cursor);
      const phrase = runPhrase(slice, run.tokens, index);
      const at = start + Math.max(0, index);
      if (index >= 0) cursor = index + run.tokens[0]!.text.length;
      // "Xi's speeches", "China's government": the owner is named without its possessive ending.
      let actor = parseActor(run.possessive ? run.tokens.map((t) => t.word).join(' ') : phrase);
      // "Israel's Prime Minister Ana Levi", "the UK Parliament's Joint Committee": a country or a national body owning
      // the title or body named next.
      const ownedBy =
        owningCountry && index >= 0 && !slice.slice(owningCountry.end, index).trim() ? owningCountry.phrase : null;
      // A possessive naming a country or a national body: "Israel's", "the UK Parliament's".
      owningCountry =
        run.possessive &&
        (lexicon.countryByName(run.tokens.map((t) => t.word).join(' ')) ||
          (actor && actor.type !== 'person' && actor.country))
          ? { phrase, end: index + phrase.length }
          : null;
      if (ownedBy && actor && !actor.ref && !actor.country) {
        const owned = parseActor(`${ownedBy} ${phrase}`);
        if (owned && owned.type === actor.type) actor = owned;
      }
      // "the Chilean law firm Ortega Vidal", "Estonian lawyer Mari Tamm": a country before the role.
      const pre =
        actor && !actor.country && !actor.ref
          ? PREMODIFIER.exec(slice.slice(Math.max(0, at - start - 60), at - start))
          : null;
      // "The Irish senator Aoife Brennan": the article is not part of the country's word.
      const country = pre?.[1]!.replace(/^(?:The|A|An)\s+/, '');
      // "the Malta-registered ship manager Corradino", "London-based firm Brightline": where a firm is registered.
      const seat = /^(.+?)-(?:based|registered|headquartered)$/.exec(country ?? '')?.[1];
      const seated = seat != null && (lexicon.countryByName(seat) ?? lexicon.countryByCapital(seat)) != null;
      if (
        pre &&
        (seated || lexicon.countryByName(country!) || lexicon.countryByDemonym(country!)) &&
        /\p{Ll}/u.test(pre[2]!)
      ) {
        const head = pre[2]!.trim().split(/\s+/).at(-1)!;
        if (seated) {
          const read = parseActor(`${country} ${pre[2]}${phrase}`);
          if (read?.name === actor!.name && read.country)
            actor = {
              ...actor!,
              country: read.country,
              countrySource: read.countrySource,
              countryText: read.countryText,
            };
        } else if (lexicon.role(head) || lexicon.headKind(head))
          actor = parseActor(`${country} ${pre[2]}${phrase}`) ?? actor;
        else if (actor?.type === 'person' && !actor.ref && !actor.country && lexicon.countryByDemonym(country!)) {
          // "the Finnish refiner Pohjola Cobalt", "the Danish shipowner Ana Lund": a demonym and a common noun
          // before a name say whose it is; a name that opens with no given name is a firm's.
          const given = lexicon.genderOfGivenName(phrase.split(' ')[0]!) != null;
          actor = {
            ...actor,
            type: given ? 'person' : 'organisation',
            country: lexicon.countryByDemonym(country!)!,
            countrySource: 'demonym',
            countryText: country!,
          };
        }
      }
      const next = slice.slice((index >= 0 ? index : slice.indexOf(phrase)) + phrase.length);
      // "Ana Ruiz, the Kenyan foreign minister,": an apposition that gives the person's office and country.
      const apposition =
        actor?.type === 'person' && !actor.ref && !actor.country && !run.possessive ? APPOSITION.exec(next) : null;
      // "signed by X, describes Turkey's minister as ...": a verb after the comma goes on with the clause ("X,
      // described as the ministry's head" is still an apposition).
      const verbAfter = /^\p{Ll}+/u.exec(apposition?.[1] ?? '')?.[0] ?? '';
      if (apposition && !(lexicon.verb(verbAfter) && !/ed$/.test(verbAfter))) {
        const read = parseActor(`${phrase}, ${apposition[1]}`);
        if (read?.name === actor!.name && read.country && read.role) actor = read;
        // "Bluewater Pelagic, a company based in Vigo,": a firm, whatever its name sounds like.
        else if (
          read?.name === actor!.name &&
          (read.type === 'organisation' || read.type === 'media') &&
          !read.ref &&
          /^(?:a|an|the)\s/i.test(apposition[1]!)
        )
          actor = { ...actor!, type: read.type };
        // "Liisa Tamm, the ministry's undersecretary,": the body she serves is one named before.
        else if (read?.name === actor!.name && read.servesBody)
          actor = { ...actor!, role: actor!.role ?? read.role, servesBody: read.servesBody };
      }
      // "Sen. Ana Ruiz, D-Ore.,", "Rep. Ivo Berg (R-Texas)": a member of Congress by party and state.
      const tag = actor?.type === 'person' && !actor.ref && !actor.country ? PARTY_STATE_AFTER.exec(next) : null;
      if (tag) {
        const read = parseActor(`${phrase}, ${tag[1]!}`);
        if (read?.name === actor!.name && read.country) actor = read;
      }
      const lead = slice.slice(Math.max(0, at - start - 80), at - start);
      // "foreign ministry spokeswoman Ana Ruiz", "government spokesman Ivo Berg": staff of a body named before.
      const staffOf = actor?.type === 'person' && !actor.ref && !actor.country ? BODY_STAFF_BEFORE.exec(lead) : null;
      if (staffOf) {
        const read = parseActor(`${staffOf[1]} ${phrase}`);
        if (read?.name === actor!.name && read.servesBody)
          actor = { ...actor!, role: actor!.role ?? read.role, servesBody: read.servesBody };
      }
      // "Ambassador to Mexico Carlos Pascual": the run starts with the posting, which is no country of his.
      const posting = actor && /\sto\s+$/.test(lead) ? POSTING_BEFORE.exec(lead) : null;
      if (posting) actor = parseActor(`${posting[1]} to ${phrase}`) ?? actor;
      // "reporter Jane Roe", "journalists Ana Ruiz and ...", "lawyer Kay Lund": a lower-case title right before the name.
      const titles =
        actor?.type === 'person' && !actor.ref && !actor.role
          ? [TITLE_BEFORE.exec(lead), TITLE_BEFORE_COMMA.exec(lead), TITLE_BEFORE_LIST.exec(lead)].filter(isTitle)
          : [];
      const title = titles[0];
      if (title) {
        const read = parseActor(`${title[1]!.replace(/s$/, '')} ${phrase}`);
        if (read?.name === actor!.name)
          actor = {
            ...read,
            country: actor!.country ?? read.country,
            countrySource: actor!.countrySource ?? read.countrySource,
            countryText: actor!.countryText ?? read.countryText,
          };
        // "His spokesman, Ibrahim Kal,": the staff of the person the sentence before named serves that person;
        // "Its spokesman, Liu Yan,": a body's staff serve its state.
        const staff = read?.name === actor!.name && SERVICE_ROLE.test(read.role ?? '') ? HIS_STAFF.exec(lead) : null;
        if (staff && /^h/i.test(staff[1]!)) {
          const boss = this.before(at).find((s) => s.actor.type === 'person' && !s.actor.ref && !isGroup(s.actor));
          if (boss) actor = { ...actor!, servesPerson: boss.actor.name };
        } else if (staff && !actor!.country) {
          const body = this.beforeUnquoted(at).find(
            (s) => !s.place && !s.actor.ref && s.actor.type !== 'person' && s.actor.type !== 'document',
          );
          if (body?.actor.country && !body.actor.international)
            actor = {
              ...actor!,
              country: body.actor.country,
              countrySource: 'body',
              countryText: body.actor.name,
            };
        }
      }
      // (A cheap test first: the patterns below may start at any index of the lead.)
      const commaBefore = /,\s+$/.test(lead);
      const owned =
        commaBefore && actor?.type === 'person' && !actor.ref && !actor.country ? OWNED_TITLE_BEFORE.exec(lead) : null;
      if (owned) {
        const read = parseActor(`${owned[1]!}, ${phrase}`);
        if (read?.name === actor!.name && read.role && read.country)
          actor = { ...read, organization: read.organization ?? actor!.organization };
      }
      // "The Congolese Ministry of Mines denied it. "...," the minister, Ana Ruiz, said", "The Danish Maritime
      // Authority ... its director, Lone Berg,", "the ministry's spokeswoman, Petra Novak,": the holder of a title in
      // the body just named, with its country.
      const candidate = commaBefore && actor?.type === 'person' && !actor.ref && !actor.country;
      const headOf = candidate ? BODY_HEAD_BEFORE.exec(lead) : null;
      const titledIn = candidate && !headOf ? BODY_TITLE_BEFORE.exec(lead) : null;
      const held = (headOf?.[1] ?? titledIn?.[2] ?? '').toLowerCase();
      // (A lawyer or an adviser serves the body without holding an office in it.)
      if (
        held &&
        (lexicon.role(held) ?? lexicon.role(held.split(' ').at(-1)!.replace(/s$/, ''))) != null &&
        !/(?:lawyer|attorney|counsel|solicitor|barrister|advocate|adviser|advisor|consultant)$/.test(held)
      ) {
        const owner = titledIn?.[1]?.toLowerCase();
        const sentence = this.sentenceStarts.length - 1;
        // "its" is the body named last; "the ministry's", the last body that word names.
        const named = this.beforeUnquoted(at).find(
          (s) =>
            namesBody(s) &&
            this.sentenceAt(s.at) >= sentence - 1 &&
            (headOf
              ? s.actor.type === 'government' &&
                (held === 'minister'
                  ? /\bMinistry\b/i.test(s.actor.name)
                  : /\b(?:Embassy|Consulate)\b/i.test(s.actor.name))
              : owner == null || this.wordsOf(s.actor).at(-1) === owner),
        )?.actor;
        // A title in a state's body, a party or a firm is held for its country ("the Finnish refiner X ... Its chief
        // executive, Y"); a newspaper's editor writes for it, not for a state.
        const body = named && named.type !== 'media' ? named : undefined;
        if (body?.country && !body.international)
          actor = {
            ...actor!,
            role: actor!.role ?? held,
            organization: actor!.organization ?? body.name,
            country: body.country,
            countrySource: 'body',
            countryText: body.name,
          };
      }
      // "the former prime minister of Malta, Joseph Camilleri,": a title of a named state set before the name.
      const titleOf =
        actor?.type === 'person' && !actor.ref && !actor.role && !actor.country ? TITLE_OF_BEFORE.exec(lead) : null;
      if (titleOf) {
        const read = parseActor(`${titleOf[1]!}, ${phrase}`);
        if (read?.name === actor!.name && read.role && read.country) actor = read;
      }
      if (actor?.country) this.countryCounts.set(actor.country, (this.countryCounts.get(actor.country) ?? 0) + 1);
      // A lone capitalised word is a person only where a person stands (before a verb or a pause, owning their
      // words), or where it repeats a person named before ("Lund's term" after "Kay Lund").
      const lone = run.tokens.length === 1 && actor?.type === 'person';
      const standsAlone = /^\s*(?:[,;)]|$|(\p{L}+))/u.exec(next);
      const owner =
        run.possessive &&
        /^\s*(?:speeches|remarks|words|comments|statement|letter|tweets?|view|government|administration|spokes\w+)\b/.test(
          next,
        );
      // "a flight to Dakar", "moved to Kenya": a capital or a country after "to" is where, not who.
      // (A firm, a party or an outlet after "from" is where words came from: "a reply from Pemberton Quayle LLP".)
      const close = slice.slice(Math.max(0, at - start - 12), at - start);
      const source =
        (actor?.type === 'organisation' || actor?.type === 'party' || actor?.type === 'media') &&
        /\bfrom\s+$/i.test(close);
      const place =
        (PLACE_BEFORE.test(close) && !source) ||
        // "the hon. Member for Harrogate and Knaresborough": a seat in a parliament is a place.
        (/\sfor\s/.test(slice.slice(Math.max(0, at - start - 40), at - start)) &&
          SEAT_BEFORE.test(slice.slice(Math.max(0, at - start - 40), at - start))) ||
        (/(?<!\baccording\s)\bto\s+$/i.test(slice.slice(Math.max(0, at - start - 16), at - start)) &&
          (actor?.countrySource === 'capital' || lexicon.countryByName(phrase) != null));
      // "Moreover, ...": a sentence adverb before its comma is no one.
      if (lone && CONNECTIVE.test(phrase)) continue;
      // "NAIROBI, June 3 (Wire) —": the agency credited in a dateline passes the story on; it is no one in it.
      if (index > 0 && slice[index - 1] === '(' && /^\)\s*[-\u2013\u2014]/.test(next)) continue;
      // "GENEVA (AP) —", "BERLIN —": a dateline's city in capitals at the start of a paragraph is a place.
      const dateline =
        index === 0 && /^\p{Lu}{2,}(?:\s+\p{Lu}{2,})*$/u.test(phrase) && /^\s*(?:[(,\u2013\u2014-]|$)/.test(next);
      // "Rome, Italy": a country named after a place that was one stands as a place too.
      // ("Writing on Twitter, Prime Minister Liis Mets": a person after it is no place.)
      const placeAfterPlace =
        lastPlaceEnd >= 0 && actor?.type !== 'person' && /^\s*,\s*$/.test(slice.slice(lastPlaceEnd, index));
      if (place || dateline || placeAfterPlace) lastPlaceEnd = index + phrase.length;
      else lastPlaceEnd = -1;
      // "Nothing has changed", opening a sentence or a quotation: a capital there says nothing, so a word never named
      // before is no one.
      const opening = index >= 0 && /(?:^|["\u201C\u2018])[\s"\u201C\u201D\u2018(]*$/.test(slice.slice(0, index));
      if (lone && opening && !owner && !this.lookup(actor!)) continue;
      if (
        lone &&
        (place ||
          !(
            owner ||
            (standsAlone &&
              (!standsAlone[1] || lexicon.verb(standsAlone[1]) || /^(?:and|has|had|was|is)$/.test(standsAlone[1]))) ||
            this.lookup(actor!)
          ))
      )
        continue;
      // "the panel's top Democrat", "a leading Conservative": one capitalised word after a determiner or a
      // possessive, perhaps with adjectives, is a common noun here (a party's member), no one's name.
      if (
        lone &&
        /(?:(?:^|\s)(?:the|a|an|its|their|his|her|our)|['\u2019]s)\s+(?:\p{Ll}+\s+){0,2}$/u.test(
          slice.slice(Math.max(0, index - 40), index),
        )
      )
        continue;
      // "the Open Dossier story": a name between an article and a common noun qualifies the noun; no person.
      const qualifies = actor?.type === 'person' ? /^\s+(\p{Ll}+)/u.exec(next)?.[1] : undefined;
      if (
        qualifies &&
        !lexicon.verb(qualifies) &&
        !/^(?:and|or|has|had|was|is|who|whose|will|would|said)$/.test(qualifies) &&
        // "the liberal Renew Europe group": adjectives may stand between the article and the name.
        /(?:^|\s)(?:the|a|an)\s+(?:\p{Ll}+\s+){0,2}$/iu.test(slice.slice(Math.max(0, index - 30), index))
      )
        continue;
      if (actor && !actor.ref) {
        const where = place || dateline || placeAfterPlace;
        const noted = this.note(actor, at, where);
        found.push(where ? { actor: noted, at, place: true } : { actor: noted, at });
        // "in Brussels" names a place, and "Paris, 7 October" a dateline: a capital or a country's bare name ("Rome,
        // Italy") stands for its government only as the subject of a verb ("Beijing said", "Italy condemned").
        if (!where && noted.countrySource !== 'capital' && !lexicon.countryByName(noted.name)) this.acting.add(noted);
      }
    }
    // "according to a report Amnesty International published": the body that issued a paper named here is the one
    // "the report" means later, as if it were the sentence's subject.
    for (const m of slice.matchAll(PAPER_ISSUED)) {
      const issuer = found.find((f) => !f.place && f.at === start + m.index + m[0].indexOf(m[1]!));
      if (issuer && issuer.actor.type !== 'person' && issuer.actor.type !== 'media')
        this.mention(issuer.actor, issuer.at, true, false);
    }
    this.noteIssuers(slice, start, found);
    // "Ana Ruiz and Ivo Berg are among the most prominent Peruvian figures named": a demonym said of the people who
    // are the subject of "is" or "are" is their country.
    const copula = COPULA_DEMONYM.exec(slice);
    const said = copula ? lexicon.countryByDemonym(copula[2]!) : undefined;
    // Only the subject itself: not "the son of X", nor "X, whose father".
    if (
      copula &&
      said &&
      !FINITE.test(copula[1]!) &&
      !/\b(?:of|who|whose|which|that|his|her|their|its)\b/i.test(copula[1]!)
    ) {
      for (const f of found) {
        if (f.at - start < copula[1]!.length && f.actor.type === 'person' && !f.actor.country)
          Object.assign(f.actor, { country: said, countrySource: 'demonym', countryText: copula[2]! });
      }
    }
    // A state's body named by its country and a lower-case head ("the Hungarian government", "Chile's foreign
    // ministry"): no capitalised run holds it whole, yet it says which state the document's governments act for.
    for (const m of slice.matchAll(STATE_BODY_MENTION)) {
      // "a Chinese government entity", "government officials": the head word only qualifies the noun after it.
      if (COMPOUND_AFTER.test(slice.slice(m.index + m[0].length))) continue;
      const actor = parseActor(m[1]!);
      if (!actor || actor.ref || actor.type !== 'government' || !actor.country) continue;
      const begins = m.index + m[0].length - m[1]!.length;
      const noted = this.note(actor, start + begins);
      if (!PLACE_BEFORE_THE.test(slice.slice(Math.max(0, m.index - 12), begins))) this.acting.add(noted);
    }
    // Groups named by a plural role ("U.N. ambassadors", "Chinese officials"): "the ambassadors" and "they" point back.
    for (const m of slice.matchAll(GROUP)) {
      if (!lexicon.role(m[1]!.replace(/s$/, ''))) continue;
      const actor = parseActor(m[0]);
      if (actor && !actor.ref && actor.type === 'person' && !actor.name.includes(' and '))
        found.push({ actor: this.note(actor, start + m.index), at: start + m.index });
    }
    return found;
  }

  /** Files the papers a sentence names, each with its issuer where the sentence names it. */
  private noteIssuers(slice: string, start: number, found: Seen[]): void {
    if (!PAPER_ANY.test(slice)) return;
    const issuer = (s: Seen): boolean => !s.place && s.actor.type !== 'media' && s.actor.type !== 'document';
    const papers = new Map<number, { at: number; kind: string; by: Actor | null }>();
    const file = (at: number, head: string, by: Actor | null): void => {
      const kind = paperKind(head);
      if (kind && !papers.get(at)?.by) papers.set(at, { at, kind, by });
    };
    for (const m of slice.matchAll(PAPER_MENTION)) file(start + m.index + m[0].length - m[1]!.length, m[1]!, null);
    // The mentions in text order, read once from left to right however many papers the sentence names.
    const order = [...found].sort((a, b) => a.at - b.at);
    let k = 0;
    for (const m of slice.matchAll(PAPER_THEN_ISSUER)) {
      const end = start + m.index + m[0].length;
      while (k < order.length && order[k]!.at < end) k++;
      const next = k < order.length && order[k]!.at - end <= 40 ? order[k] : undefined;
      if (!next || !issuer(next) || !BEFORE_ISSUER.test(slice.slice(end - start, next.at - start))) continue;
      // "a report of the Auditor General", never "an evaluation of the Netherlands' programme": a state named after
      // "of" is what the paper is about.
      if (/\sof\s$/.test(m[0]) && (next.actor.type === 'person' || lexicon.countryByName(next.actor.name))) continue;
      file(start + m.index, m[1]!, next.actor);
    }
    for (const f of found) {
      if (!issuer(f)) continue;
      const m = ISSUER_THEN_PAPER.exec(slice.slice(f.at - start, f.at - start + 160));
      // "Ruiz's memo" is hers; "the Kestrel memos" are no one's named "Kestrel", "the Brasília telegram" is where
      // it came from.
      const owner =
        m?.[1] ||
        (f.actor.type !== 'person' && f.actor.countrySource !== 'capital' && !lexicon.countryByName(f.actor.name));
      if (m && owner) file(f.at + m[0].length - m[2]!.length, m[2]!, f.actor);
    }
    this.issued.push(...[...papers.values()].sort((a, b) => a.at - b.at));
  }

  /**
   * The paper of this kind ("the memo") named last before `at`, or of any kind for "the document", when the text
   * names who issued it.
   */
  private issuerOf(head: string, at: number): { at: number; by: Actor } | undefined {
    const kind = paperKind(head);
    if (!kind) return undefined;
    // From the last paper before `at`, no further back than a pronoun looks: a text of thousands of papers costs each
    // question a bounded walk.
    let lo = 0;
    let hi = this.issued.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.issued[mid]!.at < at) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo - 1; i >= Math.max(0, lo - REACH); i--) {
      const paper = this.issued[i]!;
      if (kind === '*' || paper.kind === '*' || paper.kind === kind)
        return paper.by ? { at: paper.at, by: paper.by } : undefined;
    }
    return undefined;
  }

  /** Records an actor, merged with an earlier mention of the same person ("Hua" after "Hua Chunying"). */
  note(actor: Actor, at: number, place = false): Actor {
    const found = this.lookup(actor, at);
    // "The Foreign Ministry said ... China's Foreign Ministry pushed back": a body's name that any state's body bears,
    // named first without a state, is not the body a later mention gives one.
    const known =
      found && found.type === 'government' && !found.country && actor.country && actor.country !== found.country
        ? undefined
        : found;
    const merged: Actor = known
      ? {
          ...known,
          // "the editor of the Daily Ledger, Ruth Adler": a title that makes a person the press says what they are.
          type: known.type === 'person' && actor.type === 'media' ? 'media' : known.type,
          role: actor.role ?? known.role,
          organization: actor.organization ?? known.organization,
          servesPerson: actor.servesPerson ?? known.servesPerson ?? null,
          ...(actor.servesBody && !known.servesBody ? { servesBody: actor.servesBody } : {}),
          ...(known.country
            ? {}
            : { country: actor.country, countrySource: actor.countrySource, countryText: actor.countryText }),
          international: actor.international || known.international,
        }
      : actor;
    if (known) Object.assign(known, merged);
    const noted = known ?? merged;
    if (noted.servesBody && !noted.bodyOf && !noted.country) this.findBody(noted, noted.servesBody, at);
    this.mention(noted, at, false, false, place);
    return noted;
  }

  /** Records that an actor is the subject of a verb at `at`. */
  noteSubject(actor: Actor, at: number): void {
    this.mention(actor, at, true);
  }

  /**
   * Records the person a sentence opens with as its subject ("Prime Minister Liis Mets thanked Kask ... she wrote"):
   * a pronoun after it goes back to the subject, not to the person named last. Whatever the verb, so it says
   * nothing of whom the states in the text act for.
   */
  noteSentenceSubject(actor: Actor, at: number): void {
    if (
      (actor.type === 'person' ||
        actor.type === 'organisation' ||
        actor.type === 'government' ||
        actor.type === 'media') &&
      !actor.ref
    )
      this.mention(actor, at, true, false);
  }

  /** Keeps mentions in text order, whatever order they are noted in. */
  private mention(actor: Actor, at: number, subject = false, acts = subject, place = false): void {
    this.seen.insert(place ? { actor, at, subject, place } : { actor, at, subject });
    if (actor.ref) return;
    if (acts) this.acting.add(actor);
    this.noteOffice(actor);
    const w = this.wordsOf(actor);
    if (namesPerson(actor)) for (const x of new Set(w)) push(this.peopleByWord, x, actor);
    else {
      if (!this.firstAt.has(actor)) {
        this.firstAt.set(actor, at);
        // Its name's beginnings of three words or more, for the short name that may follow ("The Government of the
        // Republic"): a name's few words, so a mention costs a few entries.
        for (let n = 3; n < Math.min(w.length, PREFIX_WORDS); n++)
          push(this.byPrefix, `${actor.type}\u0000${w.slice(0, n).join(' ')}`, actor);
      }
      push(this.byName, `${actor.type}\u0000${w.join(' ')}`, actor);
    }
  }

  /** Files a person under the office they hold, as its named holder or as a mention of it without a name. */
  private noteOffice(actor: Actor): void {
    if (actor.type !== 'person' || !actor.role || this.filed.get(actor) === actor.role) return;
    this.filed.set(actor, actor.role);
    const role = lexicon.officeOf(actor.role);
    if (!SINGLE_OFFICE.test(role)) return;
    let office = this.byOffice.get(role);
    if (!office) this.byOffice.set(role, (office = { unnamed: [], named: new Set() }));
    if (namedByTitle(actor)) office.unnamed.push(actor);
    else office.named.add(actor);
  }

  private wordsOf(actor: Actor): string[] {
    let w = this.nameWords.get(actor);
    if (!w) this.nameWords.set(actor, (w = words(bodyName(actor))));
    return w;
  }

  /** Mentions before `at`, nearest first, as far back as a reference can reach. */
  private before(at: number): Seen[] {
    return this.seen.before(at, REACH);
  }

  /** The same, without those inside quoted words: a name there is no one a reference outside them means. */
  private beforeUnquoted(at: number): Seen[] {
    return this.before(at).filter((s) => !this.quoted(s.at));
  }

  private sentenceAt(at: number): number {
    let lo = 0;
    let hi = this.sentenceStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.sentenceStarts[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** The latest-noted known actor with the same name, or for a person a name that holds or is held in this one. */
  private lookup(actor: Actor, at = Infinity): Actor | undefined {
    const w = words(actor.name);
    if (!w.length) return undefined;
    if (!namesPerson(actor)) {
      // Of bodies that bear one name, the one named last before `at` (a later mention may be another state's).
      const named = this.byName.get(`${actor.type}\u0000${w.join(' ')}`);
      let exact = named?.[0];
      // (Most names are one body's: the search below is for the few that several bear.)
      if (named && named.length > 1)
        for (let k = named.length - 1; k >= 0; k--)
          if ((this.firstAt.get(named[k]!) ?? 0) <= at) {
            exact = named[k];
            break;
          }
      if (exact || w.length < 3 || at === Infinity || actor.country) return exact;
      // "The Government of the Republic" after "The Government of the Republic of Paraguay": the body named before
      // whose name the short one begins (a short name with a state of its own is that state's: "Serbia's Ministry of
      // Interior" is no "Ministry of Interior and National Administration" named before).
      return this.byPrefix.get(`${actor.type}\u0000${w.join(' ')}`)?.findLast((b) => (this.firstAt.get(b) ?? 0) < at);
    }
    // A known name holding all of this one's words is among the people named by its rarest word.
    let fewest: Actor[] = [];
    for (const [k, x] of [...new Set(w)].entries()) {
      const named = this.peopleByWord.get(x) ?? [];
      if (k === 0 || named.length < fewest.length) fewest = named;
    }
    for (let i = fewest.length - 1; i >= Math.max(0, fewest.length - NAME_REACH); i--) {
      const sw = this.wordsOf(fewest[i]!);
      if ((w.every((x) => sw.includes(x)) || sw.every((x) => w.includes(x))) && sw.length >= w.length) return fewest[i];
    }
    return undefined;
  }

  /** The person the document names so ("Merkel" after "Angela Merkel"), if any. */
  person(name: string): Actor | undefined {
    const actor = parseActor(name);
    return actor && actor.type === 'person' && !actor.ref ? this.lookup(actor) : undefined;
  }

  /** The named actor a reference points to, or the actor itself (merged with what is known of it). */
  resolve(actor: Actor, at: number): Actor | null {
    if (!actor.ref) {
      const noted = this.note(actor, at);
      if (actor.namesEarlier) this.nameEarlier(noted, at);
      this.placeInBody(noted, at);
      return this.officeHolder(noted) ?? noted;
    }
    const found = this.antecedent(actor, at);
    // "The Secretary-General spoke ... He told participants": an international office's one holder, named by title,
    // whom a pronoun after it may mean.
    if (!found && actor.type === 'person' && actor.ref === 'role' && actor.international) {
      this.seen.insert({ actor, at, subject: true });
      return actor;
    }
    // The reference is a mention too: "they" after "the ambassadors" goes back to the ambassadors.
    if (found && found !== actor) this.mention(found, at);
    // A title with its country and no one named before ("the Foreign Minister of Norway"): its holder, if named.
    if (found === actor && actor.country) {
      this.noteOffice(actor);
      // "The representative of France said ... "...," he said": a title with its country names its one holder, whom a
      // pronoun after it may mean.
      if (actor.type === 'person') this.seen.insert({ actor, at, subject: true });
      // "The foreign minister of Peru denounced it": that state acts in the text.
      if (!this.stateOffices.has(actor.country)) this.stateOffices.set(actor.country, actor.countryText ?? actor.name);
      return this.officeHolder(actor) ?? actor;
    }
    return found;
  }

  /**
   * "X, the ministry's undersecretary", "Its chief executive, X": the body named before that the mention says the
   * person serves, found as "the ministry" or "it" would be at that point ("the foreign ministry" is no trade
   * ministry). A state's body named as part of a title ("foreign ministry spokesperson X", "government spokesman Y")
   * is the body of that name or the state named last in this sentence or the one before ("Beijing rejected it.
   * Foreign ministry spokesperson X ..."). Only a body with a country of its own.
   */
  private findBody(person: Actor, body: string, at: number): void {
    let found: Actor | null | undefined;
    const words = body.split(' ');
    if (STATE_BODY.test(body) && !/^the\s/.test(body)) {
      const here = this.sentenceAt(at);
      const near = this.before(at).filter(
        (s) => namesBody(s) && s.actor.type === 'government' && here - this.sentenceAt(s.at) <= 1,
      );
      const isState = (a: Actor) => lexicon.countryByName(a.name) != null || a.countrySource === 'capital';
      // "Chile's trade ministry": a state named as the owner of a body is that body's mention.
      const first = near[0];
      const owned =
        first && isState(first.actor)
          ? near.find((s) => !isState(s.actor) && s.actor.country === first.actor.country && s.at - first.at < 40)
          : undefined;
      found = (owned ?? first)?.actor;
      const name = found?.name.toLowerCase() ?? '';
      if (found && !isState(found) && !words.every((w) => name.includes(w))) return;
    } else {
      const ref = parseActor(body === 'its' ? 'it' : body === 'their' ? 'they' : body);
      found = ref?.ref ? this.antecedent(ref, at) : null;
      // "the ministry's" is a body whose name says ministry ("the foreign ministry's", a foreign one): "the company's"
      // is no newspaper named last.
      const name = found?.name.toLowerCase() ?? '';
      if (/^the\s/.test(body) && !words.slice(1).every((w) => name.includes(w))) return;
    }
    if (found && found !== person && found.type !== 'person' && found.country && !found.international)
      person.bodyOf = found;
  }

  private antecedent(actor: Actor, at: number): Actor | null {
    // ('"a UI event", ... the company said': not the UI.)
    const before = this.beforeUnquoted(at);
    const found = this.namedAntecedent(actor, at, before);
    // "leaked by a person or group, who wrote that they felt": someone unnamed came in after the named one.
    // "The signatories write ... They call on": a group named by a common noun is whom "they" means, no body before.
    const last = before.find((s) => s.actor === found)?.at ?? -1;
    if (
      found &&
      (((actor.ref === 'person' || actor.ref === 'plural') && between(this.unnamed, last, at)) ||
        (actor.ref === 'plural' && between(this.unnamedGroups, last, at)))
    )
      return null;
    return found;
  }

  private namedAntecedent(actor: Actor, at: number, before: Seen[]): Actor | null {
    if (actor.ref === 'person') {
      // The nearest person, unless the sentence that names them has another person as its subject ("Lund
      // insisted she had met President Berg ... She said" means Lund).
      // A journalist is a person too ("the Kyrgyz reporter Aida Sarybaeva ... she said"); an outlet has no title.
      const named = before.filter(
        (s) =>
          (s.actor.type === 'person' || (s.actor.type === 'media' && s.actor.role != null)) &&
          s.actor !== this.speaker &&
          (!s.actor.ref || (s.actor.ref === 'role' && (s.actor.country != null || s.actor.international))) &&
          /\p{Lu}/u.test(s.actor.name) &&
          !isGroup(s.actor),
      );
      // "she" is no one whose given name is a man's, "he" no one whose is a woman's: the lists choose between people
      // and never leave a pronoun without the only one it can mean (they do not know every name's use).
      const excluded = /^she$/i.test(actor.name) ? 'male' : /^he$/i.test(actor.name) ? 'female' : undefined;
      const agreeing =
        excluded && named.slice(0, GENDER_REACH).some((s) => genderOf(s.actor) === excluded)
          ? named.filter((s) => genderOf(s.actor) !== excluded)
          : named;
      const people = agreeing.length ? agreeing : named;
      const nearest = people[0];
      if (!nearest) return null;
      // So does the speaker of the sentence before a caption: a verbless line between "Lund said ..." and "he said"
      // names someone in a photo, not the one who goes on speaking.
      const sentence = this.sentenceAt(nearest.at);
      const subject = people.find((s) => s.subject && s.at < at);
      const reach = this.verbless[sentence] ? 1 : 0;
      return subject && sentence - this.sentenceAt(subject.at) <= reach ? subject.actor : nearest.actor;
    }
    // "They" are a group or a body named as one, never a place ("in Copenhagen").
    // "It said": the body or organisation mentioned last, never a place or a person.
    // A paper or a body that opened this sentence or one of the two before is what "it" goes on with ("Le Monde wrote ...
    // The paper argued that the EU's rules ... 'It is ours,' it concluded"), before a body named inside its clause.
    if (actor.ref === 'body') {
      const here = this.sentenceAt(at);
      const opened = before.find(
        (s) =>
          s.subject &&
          !s.actor.ref &&
          (s.actor.type !== 'person' || maybeBody(s.actor)) &&
          s.actor.type !== 'document' &&
          here - this.sentenceAt(s.at) <= 2,
      );
      return opened?.actor ?? before.find(namesBody)?.actor ?? null;
    }
    if (actor.ref === 'plural')
      return before.find((s) => !s.place && (s.actor.type !== 'person' || isGroup(s.actor)))?.actor ?? null;
    // "The statement added", "the letter said": the words of whoever issued the statement a sentence before named
    // ("In a statement, the government said ..."), its main subject; else of whoever last spoke or acted.
    if (actor.type === 'document') {
      const paper = (actor.head === 'document' ? actor.head : (/(\p{L}+)$/u.exec(actor.name)?.[1] ?? ''))
        .toLowerCase()
        .replace(/\u00e9/g, 'e');
      const here = this.sentenceAt(at);
      let last: Seen | undefined;
      let issuer: Seen | undefined;
      let sentence = -1;
      for (const s of before) {
        if (!s.subject || s.actor.type === 'document' || s.actor.ref) continue;
        last ??= s;
        const k = this.sentenceAt(s.at);
        if (issuer && k !== sentence) break;
        if (k < here && this.papers[k]?.has(paper)) {
          issuer = s;
          sentence = k;
        }
      }
      // "a memo from the Treasury ... the memo said": the issuer named with the paper, unless a sentence since names
      // whoever issued one again ("In a statement, the ministry said").
      const named = this.issuerOf(paper, at);
      if (named && (!issuer || named.at > issuer.at)) return named.by;
      // Else whoever spoke last issued the statement or letter; a report, a draft or a cable is no speaker's own.
      return (issuer ?? (SPOKEN_PAPER.test(paper) ? last : undefined))?.actor ?? null;
    }
    const head = (actor.head ?? '').replace(/s$/, '');
    // "Andrade told the paper ... his ministry said": the body of the person "his" means, which the text may not name;
    // never another ministry named before.
    if (/^(?:his|her)\s/i.test(actor.name) && actor.type !== 'person') {
      const holder = this.namedAntecedent(parseActor(/^his/i.test(actor.name) ? 'he' : 'she')!, at, before);
      return holder?.bodyOf ?? null;
    }
    // "Nigeria summoned the envoy over what its foreign ministry called ...": the body of the state named last.
    if (/^its\s/i.test(actor.name) && actor.type === 'government') {
      const state = before.find((s) => namesBody(s) && s.actor.type === 'government' && s.actor.country != null);
      const country = state ? lexicon.countryByName(state.actor.name) : undefined;
      if (state && country) {
        const body = parseActor(`${state.actor.name}'s ${actor.name.replace(/^its\s+/i, '')}`);
        if (body && !body.ref && body.country === country) return body;
      }
    }
    // "Denmark, speaking on behalf of ..., said ... the delegation said": a meeting's delegation is the state that
    // took the floor in this sentence or the one before.
    if (actor.head === 'delegation' && actor.type === 'government' && !actor.country) {
      const here = this.sentenceAt(at);
      const state = before.find(
        (s) =>
          s.subject &&
          !s.actor.ref &&
          (lexicon.countryByName(s.actor.name) != null || s.actor.international) &&
          here - this.sentenceAt(s.at) <= 1,
      );
      return state?.actor ?? null;
    }
    // "its spokesperson said": the body named last speaks through its staff.
    if (/^its\s/i.test(actor.name) && SERVICE_ROLE.test(actor.role ?? '')) {
      const body = before.find(namesBody);
      if (body) return body.actor;
    }
    // "The president": someone whose title it is, before a body or person merely named with the word ("the
    // president's chief of staff" is no president).
    // "The minister" is no prime minister, nor "the president" a vice president: those are other offices.
    // "The representative of Ghana" is no representative of another country named before.
    const sameState = (s: Seen): boolean => !actor.country || !s.actor.country || s.actor.country === actor.country;
    const byRole = head
      ? before.find((s) => {
          const role = (s.actor.role ?? '').toLowerCase();
          const i = role.indexOf(head);
          return i >= 0 && !/\b(?:prime|vice)[\s-]+$/.test(role.slice(0, i)) && sameState(s);
        })
      : undefined;
    const match =
      byRole ??
      (head
        ? before.find(
            (s) =>
              !(s.actor.type === 'person' && s.actor.role) &&
              // A title ("the Minister for the Marine") is a person's or their office's ("Office of the President"),
              // never another body's that shares a word ("MARINE").
              (actor.type !== 'person' || s.actor.type === 'person' || /\boffice\b/i.test(s.actor.name)) &&
              sameState(s) &&
              this.wordsOf(s.actor).some((w) => w.replace(/s$/, '') === head),
          )
        : undefined);
    if (match) return match.actor;
    // "The group", "the organisation": the organisation named last.
    // A company is no international body: "the firm" never points back to the UN.
    if (actor.type === 'organisation' && !/\p{Lu}/u.test(actor.name)) {
      const company = COMPANY.test(head);
      return (
        before.find(
          (s) =>
            !s.place &&
            !s.actor.ref &&
            // "Lystra said ... The company called": a one-word name read as a person's, as a subject, may be the firm's.
            (s.actor.type === 'organisation' || (company && s.subject && maybeFirm(s.actor))) &&
            !(company && s.actor.international),
        )?.actor ?? null
      );
    }
    // Unresolved, a body ("the Council") or a title with its country ("the US Treasury Secretary") still names a speaker.
    if (actor.type === 'person') return actor.country ? actor : null;
    return actor;
  }

  /**
   * The country of a named person's office when the document names that office elsewhere with its country and
   * without a name ("Germany's defence minister" ... "Defence Minister Ana Roth"): only where one person holds the
   * office in the document and every unnamed mention of it gives the same country.
   */
  officeCountry(actor: Actor): Pick<Actor, 'country' | 'countrySource' | 'countryText'> | null {
    const office = actor.role ? this.byOffice.get(lexicon.officeOf(actor.role)) : undefined;
    if (!office || office.named.size !== 1 || !office.named.has(actor)) return null;
    const stated = office.unnamed.filter((a) => a.country);
    if (!stated.length || stated.length !== office.unnamed.length || new Set(stated.map((a) => a.country)).size !== 1)
      return null;
    return stated[0]!;
  }

  /**
   * "Varela's chief of staff told reporters ... The official, Alvaro Aleman, said": the person last mentioned by
   * title alone, in this sentence or the one before, is the one now named, who takes their title, country and
   * allegiance; the unnamed mention stands for the named one from now on.
   */
  private nameEarlier(named: Actor, at: number): void {
    const sentence = this.sentenceAt(at);
    const earlier = this.before(at).find(
      (s) =>
        s.actor !== named &&
        s.actor.type === 'person' &&
        !s.actor.ref &&
        namedByTitle(s.actor) &&
        !isGroup(s.actor) &&
        this.sentenceAt(s.at) >= sentence - 1,
    );
    if (!earlier) return;
    const e = earlier.actor;
    named.role = e.role ?? named.role;
    if (!named.country && e.country)
      Object.assign(named, { country: e.country, countrySource: e.countrySource, countryText: e.countryText });
    named.servesPerson ??= e.servesPerson ?? null;
    this.aliases.set(e, named);
  }

  /**
   * "Damian Collins MP, chair of the Committee": a person of a body named by its head word alone belongs to the
   * body last named with that word ("the UK Parliament's Joint Committee"), and to its country.
   */
  private placeInBody(person: Actor, at: number): void {
    const head = person.organization;
    if (person.type !== 'person' || person.country || !head || /\s/.test(head) || !lexicon.headKind(head)) return;
    const w = head.toLowerCase();
    const body = this.before(at).find(
      (s) => s.actor !== person && s.actor.type !== 'person' && !s.actor.ref && this.wordsOf(s.actor).at(-1) === w,
    )?.actor;
    if (!body) return;
    person.organization = body.name;
    if (body.country && !body.international)
      Object.assign(person, {
        country: body.country,
        countrySource: body.countrySource,
        countryText: body.countryText,
      });
  }

  /**
   * "A university spokesperson said": the one body named before `at` (as far back as a reference reaches) whose name
   * holds the kind word ("Northfield University"); null when none does, or more than one.
   */
  onlyBodyOfKind(kind: string, at: number): Actor | null {
    let found: Actor | null = null;
    for (const s of this.before(at)) {
      const a = this.canonical(s.actor);
      if (a.ref || s.place || a.type === 'person' || a.type === 'media' || a.type === 'document') continue;
      if (!this.wordsOf(a).includes(kind)) continue;
      if (found && found !== a) return null;
      found = a;
    }
    return found;
  }

  /** Tells which offsets lie inside quoted words: a person named there is no one "he said" after them means. */
  quotedBy(test: (at: number) => boolean): void {
    this.quoted = test;
  }

  /** The speaker of the transcript turn being read ("she said" there is someone else), or null outside turns. */
  speakingIn(actor: Actor | null): void {
    this.speaker = actor;
  }

  /** The actor a mention stands for: the named person an unnamed mention turned out to be, or itself. */
  canonical(actor: Actor): Actor {
    return this.aliases.get(actor) ?? actor;
  }

  /** The one named holder of the office an unnamed mention names ("the German defence minister"), if the countries agree. */
  private officeHolder(actor: Actor): Actor | null {
    if (actor.type !== 'person' || !actor.role || !namedByTitle(actor)) return null;
    const office = this.byOffice.get(lexicon.officeOf(actor.role));
    const holder = office?.named.size === 1 ? [...office.named][0]! : null;
    return holder && (!holder.country || !actor.country || holder.country === actor.country) ? holder : null;
  }

  /**
   * The one state the document's governments and office holders act for, when every one of them whose country the
   * text gives has the same country ("the Hungarian government" ... "several members of the government": "Minister
   * of Justice X"); null when the document names none, or more than one. Worked out once, after the document's
   * sentences are noted.
   */
  soleState(): { country: string; text: string } | null {
    if (this.sole === undefined) {
      const found = new Map<string, string>(this.stateOffices);
      // Every state that acts in the text counts, through any of its bodies or servants: an embassy, an envoy, a
      // spokesperson of a ministry, as well as those the rule gives a country to.
      for (const actor of this.acting) {
        if (
          actor.country &&
          !actor.international &&
          (actsForState(actor) || servesState(actor)) &&
          !found.has(actor.country)
        )
          found.set(actor.country, actor.countryText ?? actor.name);
      }
      const [only] = found;
      this.sole = found.size === 1 ? { country: only![0], text: only![1] } : null;
    }
    return this.sole;
  }

  /** Whether the document names more than one holder of the one-holder office this person holds: they serve different states. */
  officeShared(actor: Actor): boolean {
    const office = actor.role ? this.byOffice.get(lexicon.officeOf(actor.role)) : undefined;
    return office !== undefined && office.named.size > 1;
  }

  /** Whether the document names the country anywhere. */
  names(country: string): boolean {
    return this.countryCounts.has(country);
  }

  /** The country mentioned most (the subject of the story) and the one mentioned most after it. */
  countries(): { subject: string | null; home: string | null } {
    const ranked = [...this.countryCounts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    return { subject: ranked[0]?.[0] ?? null, home: ranked[1]?.[0] ?? ranked[0]?.[0] ?? null };
  }
}

/** A lower-case word before a name that is a title ("reporter", "journalists"). */
/** How many of the nearest people a gendered pronoun checks before it sets any aside. */
const GENDER_REACH = 8;
const genders = new WeakMap<Actor, 'female' | 'male' | null>();

/** The gender a person's given name tells, when it is a full name whose first word the given-names lists know. */
function genderOf(person: Actor): 'female' | 'male' | undefined {
  let g = genders.get(person);
  if (g === undefined) {
    const space = person.name.indexOf(' ');
    g = (space > 0 ? lexicon.genderOfGivenName(person.name.slice(0, space)) : undefined) ?? null;
    genders.set(person, g);
  }
  return g ?? undefined;
}

function isTitle(m: RegExpExecArray | null): m is RegExpExecArray {
  return m != null && lexicon.role(m[1]!.toLowerCase().replace(/s$/, '')) != null;
}

/** A person, or a journalist ("reporter Jane Roe", "John Doe of The Daily Post"), whom a surname names again. */
function namesPerson(actor: Actor): boolean {
  // "spokesperson for Martin" names the spokesperson by whom they serve: "Martin" is someone else.
  if (actor.type === 'person') return !actor.servesPerson || !actor.name.includes(' for ');
  if (actor.type !== 'media') return false;
  return (
    (actor.role != null && lexicon.role(actor.role)?.media === true) ||
    (actor.organization != null && actor.organization !== actor.name)
  );
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

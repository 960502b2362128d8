// Loads the lexicon data files once and indexes them for lookups by lower-cased phrase.
import abbreviations from './lexicons/abbreviations.json' with { type: 'json' };
import countries from './lexicons/countries.json' with { type: 'json' };
import eventTypes from './lexicons/event-types.json' with { type: 'json' };
import organisations from './lexicons/organisations.json' with { type: 'json' };
import reportingVerbs from './lexicons/reporting-verbs.json' with { type: 'json' };
import roles from './lexicons/roles.json' with { type: 'json' };
import metonyms from './lexicons/metonyms.json' with { type: 'json' };
import givenNames from './lexicons/given-names.json' with { type: 'json' };
import type { Event, Response } from '../types/records.js';

export type Action = Response['action'];
export type EventType = Event['event_type'];

export interface VerbEntry {
  action: Action;
  speech: boolean;
}

export interface RoleEntry {
  title: string;
  /** The few countries whose offices carry the title; empty when many do. */
  countries: string[];
  media: boolean;
  /** The title an abbreviation stands for ("fm": "foreign minister"). */
  means: string | null;
}

/** Whitespace other than single spaces: most phrases have none, and then the replace is skipped. */
const ODD_SPACE = /\s\s|[^\S ]/;

/** A phrase as the indexes hold it: lower case, straight apostrophes, single spaces, trimmed. Called per token. */
const fold = (s: string): string => {
  let f = s.toLowerCase();
  if (f.includes('’')) f = f.replaceAll('’', "'");
  if (ODD_SPACE.test(f)) f = f.replace(/\s+/g, ' ');
  return f.trim();
};

function indexCountries(): {
  names: Map<string, string>;
  demonyms: Map<string, string>;
  capitals: Map<string, string>;
  shared: Set<string>;
} {
  const names = new Map<string, string>();
  const demonyms = new Map<string, string>();
  const capitals = new Map<string, string>();
  // A demonym two countries share ("Dominican", "Congolese") names neither: null rather than a guess.
  const shared = new Set<string>();
  for (const c of countries.countries) {
    for (const n of c.names) names.set(fold(n), c.code);
    for (const d of c.demonyms) {
      const known = demonyms.get(fold(d));
      if (known && known !== c.code) shared.add(fold(d));
      else demonyms.set(fold(d), c.code);
    }
    for (const k of c.capitals) if (!capitals.has(fold(k))) capitals.set(fold(k), c.code);
  }
  for (const d of shared) demonyms.delete(d);
  return { names, demonyms, capitals, shared };
}

const countryIndex = indexCountries();
/** First words of country names of several words ("united", "saudi") that are not names themselves. */
const countryHeads = new Set(
  [...countryIndex.names.keys()]
    .filter((n) => n.includes(' '))
    .map((n) => n.split(' ')[0]!)
    .filter((w) => !countryIndex.names.has(w) && !countryIndex.demonyms.has(w) && w !== 'the'),
);
const verbIndex = new Map<string, VerbEntry>();
for (const group of reportingVerbs.verbs) {
  for (const form of group.forms)
    if (!verbIndex.has(form)) verbIndex.set(form, { action: group.action as Action, speech: group.speech });
}
// A form may head several phrases ("adopted sanctions", "adopted a resolution"): each with its objects.
const phraseIndex = new Map<string, { entry: VerbEntry; objects: Set<string> }[]>();
for (const group of reportingVerbs.phrases) {
  const objects = new Set(group.objects);
  for (const form of group.forms) {
    const entries = phraseIndex.get(form) ?? [];
    entries.push({ entry: { action: group.action as Action, speech: group.speech }, objects });
    phraseIndex.set(form, entries);
  }
}
const metonymIndex = new Map(Object.entries(metonyms.seats).map(([k, v]) => [fold(k), v]));
const roleIndex = new Map<string, RoleEntry>(
  roles.roles.map((r) => [
    r.title,
    {
      title: r.title,
      countries: (r as { countries?: string[] }).countries ?? [],
      media: (r as { media?: boolean }).media === true,
      means: (r as { means?: string }).means ?? null,
    },
  ]),
);
const longestRole = Math.max(...roles.roles.map((r) => r.title.split(' ').length));
/** The first word of every title: a word that is none starts no title, and no longer phrase need be tried. */
const roleFirstWords = new Set(roles.roles.map((r) => r.title.split(' ')[0]!));
const honorifics = new Set(roles.honorifics);
const portfolios = new Set(roles.portfolios);
const longestPortfolio = Math.max(...roles.portfolios.map((p) => p.split(' ').length));
const postnominals = new Set(roles.postnominals);
const femaleNames = new Set(givenNames.female.split(' '));
const maleNames = new Set(givenNames.male.split(' '));
const international = new Set(organisations.international.map(fold));
const partyTags = new Map(Object.entries(organisations.party_tags));
/**
 * Where a body's name goes on past a lower-case word ("Organization for Security and", "... Co-operation in"): the
 * words so far and that word, for every such word inside a name of the lexicon. A run of names does not end there.
 */
const goesOn = new Set(
  [...organisations.international, ...Object.keys(organisations.institutions)].flatMap((n) => {
    const words = n.replace(/^the /i, '').split(' ');
    return words.flatMap((w, i) =>
      i > 0 && i < words.length - 1 && /^\p{Ll}/u.test(w) ? [fold(words.slice(0, i + 1).join(' '))] : [],
    );
  }),
);
const parties = new Map(Object.entries(organisations.parties).map(([k, v]) => [fold(k), v]));
const institutions = new Map([
  ...Object.entries(organisations.institutions).map(([k, v]): [string, string] => [fold(k), v]),
  ...parties,
]);
const sharedInstitutions = new Map(
  Object.entries(organisations.shared_institutions).map(([k, v]): [string, string[]] => [fold(k), v]),
);
const heads = Object.fromEntries(Object.entries(organisations.heads).map(([k, v]) => [k, new Set(v)])) as Record<
  'government' | 'party' | 'organisation' | 'media',
  Set<string>
>;
const documentHeads = new Set(organisations.documents);
const abbreviationSet = new Set([...abbreviations.titles, ...abbreviations.other]);
const titleAbbreviations = new Set(abbreviations.titles);

export const lexicon = {
  fold,
  /** ISO code of a country name ("the US", "United Kingdom"). */
  countryByName: (s: string): string | undefined => countryIndex.names.get(fold(s).replace(/^the /, '')),
  countryByDemonym: (s: string): string | undefined => countryIndex.demonyms.get(fold(s)),
  /** A demonym two countries share ("Dominican"): it says the actor is of another state, but not which. */
  isSharedDemonym: (s: string): boolean => countryIndex.shared.has(fold(s)),
  /** A word that only begins a country's name ("United", "Saudi"): alone it is a fragment, not a name. */
  beginsCountryName: (word: string): boolean => countryHeads.has(fold(word)),
  countryByCapital: (s: string): string | undefined => countryIndex.capitals.get(fold(s)),
  verb: (word: string): VerbEntry | undefined => verbIndex.get(word.toLowerCase()),
  /** A verb that reports speech only before certain objects: "expressed concern", "voiced deep regret". */
  verbPhrase: (word: string, next: string): VerbEntry | undefined => {
    const object = next.toLowerCase();
    return phraseIndex.get(word.toLowerCase())?.find((p) => p.objects.has(object))?.entry;
  },
  role: (phrase: string): RoleEntry | undefined => roleIndex.get(fold(phrase)),
  /**
   * The office a title names, to tell whether two mentions hold the same one: folded, abbreviations spelled out
   * ("FM"), a country after it dropped ("Foreign Minister of Norway" is a foreign minister).
   */
  officeOf: (title: string): string => {
    const f = fold(title);
    const spelled = roleIndex.get(f)?.means ?? f;
    const of = /^(.+?) (?:of|for) (.+)$/.exec(spelled);
    return of && countryIndex.names.has(of[2]!.replace(/^the /, '')) ? of[1]! : spelled;
  },
  longestRole,
  /** Whether some title starts with this word (lower case). */
  startsRole: (word: string): boolean => roleFirstWords.has(word),
  isHonorific: (w: string): boolean => honorifics.has(w.toLowerCase()),
  /** A government portfolio an office is "of" or "for" ("justice", "foreign affairs"). */
  isPortfolio: (phrase: string): boolean => portfolios.has(fold(phrase)),
  longestPortfolio,
  /** Letters after a name that give an office ("MP", "QC"); case must be upper, as written after a name. */
  isPostnominal: (w: string): boolean => /^\p{Lu}+$/u.test(w) && postnominals.has(w.toLowerCase()),
  /** A body's name that goes on past this lower-case word ("Organization for Security", "and"). */
  nameGoesOn: (s: string, word: string): boolean => goesOn.has(fold(`${s} ${word}`).replace(/^the /, '')),
  /** The country of a party tag in a Westminster speaker's label ("Lab", "SNP"); case as written. */
  partyTagCountry: (tag: string): string | undefined => partyTags.get(tag),
  isInternational: (s: string): boolean => international.has(fold(s).replace(/^the /, '')),
  /** The states whose national institution bears this name, when several do ("House of Commons"). */
  sharedInstitution: (s: string): string[] | undefined => sharedInstitutions.get(fold(s).replace(/^the /, '')),
  institutionCountry: (s: string): string | undefined =>
    institutions.get(fold(s).replace(/^the /, '')) ?? metonymIndex.get(fold(s).replace(/^the /, '')),
  /** A political party whose name alone says its country ("Fidesz", "the SPD"). */
  isParty: (s: string): boolean => parties.has(fold(s).replace(/^the /, '')),
  /** A seat of government or a capital standing for its state ("the Kremlin", "Washington"). */
  metonymCountry: (s: string): string | undefined => metonymIndex.get(fold(s).replace(/^the /, '')),
  headKind: (word: string): 'government' | 'party' | 'organisation' | 'media' | undefined => {
    const w = word.toLowerCase();
    if (heads.media.has(w)) return 'media';
    if (heads.party.has(w)) return 'party';
    if (heads.government.has(w)) return 'government';
    if (heads.organisation.has(w)) return 'organisation';
    return undefined;
  },
  isMediaName: (s: string): boolean => heads.media.has(fold(s).replace(/^the /, '')),
  isDocumentHead: (w: string): boolean => documentHeads.has(w.toLowerCase()),
  /** The head words of papers ("report", "memo", "cables"), lower case. */
  documentHeads: [...documentHeads] as readonly string[],
  isAbbreviation: (w: string): boolean => abbreviationSet.has(w.toLowerCase()),
  isTitleAbbreviation: (w: string): boolean => titleAbbreviations.has(w.toLowerCase()),
  /** The gender a given name is given to, when the lists agree on one ("Aoife": female); else undefined. */
  genderOfGivenName: (name: string): 'female' | 'male' | undefined => {
    const n = name.toLowerCase();
    return femaleNames.has(n) ? 'female' : maleNames.has(n) ? 'male' : undefined;
  },
  eventTypes: eventTypes.types as { type: EventType; triggers: string[] }[],
};

// Scores the records extracted from a document against its gold annotations, by the measures of the team's
// annotation guidelines: quotes, attribution, events, responses, response countries, and (where the gold lists the
// document's entities) actor precision and the countries stated on records.

interface MaybeOptional {
  optional?: boolean;
}

interface GoldQuote extends MaybeOptional {
  text: string;
  /** Every acceptable name of the speaker; empty when the text names none. */
  speakers?: string[];
}

interface GoldEvent extends MaybeOptional {
  date?: string | null;
}

interface GoldResponse extends MaybeOptional {
  actors?: string[];
  /** ISO 3166-1 alpha-2, as annotated (upper case). */
  country?: string | null;
}

interface GoldEntity {
  names?: string[];
  country?: string | null;
}

export interface GoldDocument {
  document?: string;
  quotes?: GoldQuote[];
  events?: GoldEvent[];
  responses?: GoldResponse[];
  /** When present, the document's actors; actor and record-country figures are scored only then. */
  entities?: GoldEntity[];
}

/** What `papertrail extract` prints for a document; only the fields scored are read. */
export interface Prediction {
  quotes?: readonly { text?: unknown; speaker?: unknown; speaker_country?: unknown; country?: unknown }[];
  events?: readonly { date?: unknown }[];
  responses?: readonly { actor?: unknown; country?: unknown }[];
}

/** One kind of record after matching: `neutral` extracted records matched only an optional gold one. */
export interface Tally {
  matched: number;
  spurious: number;
  missed: number;
  neutral: number;
}

interface Ratio {
  right: number;
  of: number;
}

interface EntityTally {
  /** Speakers and actors the extractor named. */
  named: number;
  /** ... of which are entities of the document. */
  known: number;
  /** Countries stated on those records, and how many are their entity's. */
  stated: number;
  statedRight: number;
  /** Records whose entity has a country, and how many are given it. */
  due: number;
  dueRight: number;
}

export interface DocumentScore {
  document: string;
  quotes: Tally;
  events: Tally;
  responses: Tally;
  attribution: Ratio;
  response_country: Ratio;
  /** Null when the gold file lists no entities. */
  entities: EntityTally | null;
}

export interface PrecisionRecall {
  precision: number;
  recall: number;
  f1: number;
}

export interface ScoreTotals {
  documents: number;
  quotes: Tally;
  events: Tally;
  responses: Tally;
  attribution: Ratio;
  response_country: Ratio;
  /** Summed over the documents whose gold lists entities (`documents` of them). */
  entities: EntityTally & { documents: number };
}

export interface ScoreSummary {
  quotes: PrecisionRecall;
  events: PrecisionRecall;
  responses: PrecisionRecall;
  attribution: number;
  response_country: number;
  /** Present when at least one gold document lists its entities. */
  entities?: {
    documents: number;
    actor_precision: number;
    record_country_precision: number;
    record_country_recall: number;
  };
}

// Text is compared after these folds, in this order: markers are recognised before case is folded, so `[A]` is an
// editorial bracket, not a note marker.
const FOLDS: readonly [RegExp, string][] = [
  [/[\u2018\u2019\u201A\u201B\u2032]/g, "'"],
  [/[\u201C\u201D\u201E\u201F\u2033]/g, '"'],
  // Citation markers: numbered ones anywhere, lettered notes only before a space, punctuation or the end.
  [/\[(?:\d+|[a-z](?=\](?:[\s.,;:]|$)))\]/g, ' '],
  // Other brackets are editorial and read as their contents ("[i]t" is "it").
  [/\[([^\]]*)\]/g, '$1'],
];
const EDGE = `\\s"'.,;:!?()\\[\\]-`;
const EDGES = new RegExp(`^[${EDGE}]+|[${EDGE}]+$`, 'g');

function fold(value: unknown): string {
  let text = String(value ?? '').normalize('NFKC');
  for (const [pattern, replacement] of FOLDS) text = text.replace(pattern, replacement);
  return text.toLowerCase().replace(/\s+/g, ' ').replace(EDGES, '');
}

/** Words that carry no identity in a name or a quote. */
const IGNORED_WORDS = new Set(['a', 'an', 'the', 'of', 'mr', 'mrs', 'ms', 'dr']);

/** The words of a text, possessives dropped: letters, digits and apostrophes are word characters. */
function wordsOf(value: unknown): string[] {
  const out: string[] = [];
  for (const piece of fold(value).split(/[^\p{L}\p{N}']+/u)) {
    const word = piece.endsWith("'s") ? piece.slice(0, -2) : piece;
    if (word !== '' && !IGNORED_WORDS.has(word)) out.push(word);
  }
  return out;
}

/** F1 of the two texts' words, counted as multisets. */
function wordF1(a: unknown, b: unknown): number {
  const left = wordsOf(a);
  const right = wordsOf(b);
  if (left.length === 0 || right.length === 0) return 0;
  const unused = new Map<string, number>();
  for (const w of right) unused.set(w, (unused.get(w) ?? 0) + 1);
  let shared = 0;
  for (const w of left) {
    const n = unused.get(w) ?? 0;
    if (n > 0) {
      shared++;
      unused.set(w, n - 1);
    }
  }
  return shared === 0 ? 0 : harmonic(shared / left.length, shared / right.length);
}

const harmonic = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

/** 1 for the same text once folded, else the word F1. */
const quoteSimilarity = (predicted: unknown, gold: unknown) =>
  fold(predicted) === fold(gold) ? 1 : wordF1(predicted, gold);

const contains = (outer: readonly string[], inner: readonly string[]) => inner.every((w) => outer.includes(w));

/** A name is right when the words of one of the accepted names all stand in it, or its words all stand in one. */
function nameMatches(name: unknown, accepted: readonly string[] | undefined): boolean {
  const words = wordsOf(name);
  if (words.length === 0) return false;
  return (accepted ?? []).some((n) => {
    const gold = wordsOf(n);
    return gold.length > 0 && (contains(words, gold) || contains(gold, words));
  });
}

interface Matching<P, G> {
  pairs: [P, G][];
  tally: Tally;
}

/**
 * Pairs extracted with required gold records one to one, the most similar pairs first (ties in the order of the
 * extracted, then the gold records). An extracted record left over counts against precision unless it matches an
 * optional gold record, which absorbs any number of them.
 */
function matchRecords<P, G extends MaybeOptional>(
  predicted: readonly P[],
  gold: readonly G[],
  similarity: (p: P, g: G) => number,
  threshold: number,
): Matching<P, G> {
  const candidates: { s: number; p: number; g: number }[] = [];
  predicted.forEach((p, pi) =>
    gold.forEach((g, gi) => {
      if (g.optional) return;
      const s = similarity(p, g);
      if (s >= threshold) candidates.push({ s, p: pi, g: gi });
    }),
  );
  candidates.sort((x, y) => y.s - x.s || x.p - y.p || x.g - y.g);
  const takenP = new Set<number>();
  const takenG = new Set<number>();
  const pairs: [P, G][] = [];
  for (const c of candidates) {
    if (takenP.has(c.p) || takenG.has(c.g)) continue;
    takenP.add(c.p);
    takenG.add(c.g);
    pairs.push([predicted[c.p]!, gold[c.g]!]);
  }
  const optional = gold.filter((g) => g.optional);
  let spurious = 0;
  let neutral = 0;
  predicted.forEach((p, pi) => {
    if (takenP.has(pi)) return;
    if (optional.some((g) => similarity(p, g) >= threshold)) neutral++;
    else spurious++;
  });
  const required = gold.length - optional.length;
  return { pairs, tally: { matched: pairs.length, spurious, missed: required - pairs.length, neutral } };
}

const upper = (value: unknown) => (value === null || value === undefined ? null : String(value).toUpperCase());
const named = (value: unknown) => value !== null && value !== undefined && value !== '';

/** The first entity one of whose names has all its words in `name` (strictly: "United" is no "United Kingdom"). */
function entityNamed(name: unknown, entities: readonly GoldEntity[]): GoldEntity | undefined {
  const words = wordsOf(name);
  if (words.length === 0) return undefined;
  return entities.find((e) =>
    (e.names ?? []).some((n) => {
      const gold = wordsOf(n);
      return gold.length > 0 && contains(words, gold);
    }),
  );
}

function scoreEntities(entities: readonly GoldEntity[], predicted: Prediction): EntityTally {
  const tally: EntityTally = { named: 0, known: 0, stated: 0, statedRight: 0, due: 0, dueRight: 0 };
  const records: [unknown, string | null][] = [
    ...(predicted.quotes ?? [])
      .filter((q) => named(q.speaker))
      .map((q): [unknown, string | null] => [q.speaker, upper(q.speaker_country ?? q.country)]),
    ...(predicted.responses ?? [])
      .filter((r) => named(r.actor))
      .map((r): [unknown, string | null] => [r.actor, upper(r.country)]),
  ];
  for (const [name, country] of records) {
    tally.named++;
    const entity = entityNamed(name, entities);
    if (!entity) continue;
    tally.known++;
    const theirs = upper(entity.country);
    if (country !== null) {
      tally.stated++;
      if (country === theirs) tally.statedRight++;
    }
    if (theirs !== null) {
      tally.due++;
      if (country === theirs) tally.dueRight++;
    }
  }
  return tally;
}

export function scoreDocument(
  gold: GoldDocument,
  predicted: Prediction,
  document = gold.document ?? '',
): DocumentScore {
  const goldQuotes = gold.quotes ?? [];
  const quotes = matchRecords(predicted.quotes ?? [], goldQuotes, (p, g) => quoteSimilarity(p.text, g.text), 0.8);
  const speakerNamed = (g: GoldQuote) => (g.speakers?.length ?? 0) > 0;
  const attribution = {
    right: quotes.pairs.filter(([p, g]) => speakerNamed(g) && nameMatches(p.speaker, g.speakers)).length,
    of: goldQuotes.filter((g) => !g.optional && speakerNamed(g)).length,
  };

  const dated = <T extends { date?: unknown }>(rows: readonly T[]) =>
    rows.filter((r) => r.date !== null && r.date !== undefined);
  const events = matchRecords(
    dated(predicted.events ?? []),
    dated(gold.events ?? []),
    (p, g) => (String(p.date) === String(g.date) ? 1 : 0),
    1,
  );

  const goldResponses = gold.responses ?? [];
  const responses = matchRecords(
    predicted.responses ?? [],
    goldResponses,
    (p, g) => (nameMatches(p.actor, g.actors) ? 1 : 0),
    1,
  );
  const responseCountry = {
    right: responses.pairs.filter(([p, g]) => g.country && String(p.country ?? '').toUpperCase() === g.country).length,
    of: goldResponses.filter((g) => !g.optional && g.country).length,
  };

  return {
    document,
    quotes: quotes.tally,
    events: events.tally,
    responses: responses.tally,
    attribution,
    response_country: responseCountry,
    entities: Array.isArray(gold.entities) ? scoreEntities(gold.entities, predicted) : null,
  };
}

const emptyTally = (): Tally => ({ matched: 0, spurious: 0, missed: 0, neutral: 0 });
const addTally = (into: Tally, t: Tally) => {
  into.matched += t.matched;
  into.spurious += t.spurious;
  into.missed += t.missed;
  into.neutral += t.neutral;
};
const addRatio = (into: Ratio, r: Ratio) => {
  into.right += r.right;
  into.of += r.of;
};

export function totalScores(scores: readonly DocumentScore[]): ScoreTotals {
  const totals: ScoreTotals = {
    documents: scores.length,
    quotes: emptyTally(),
    events: emptyTally(),
    responses: emptyTally(),
    attribution: { right: 0, of: 0 },
    response_country: { right: 0, of: 0 },
    entities: { documents: 0, named: 0, known: 0, stated: 0, statedRight: 0, due: 0, dueRight: 0 },
  };
  for (const s of scores) {
    addTally(totals.quotes, s.quotes);
    addTally(totals.events, s.events);
    addTally(totals.responses, s.responses);
    addRatio(totals.attribution, s.attribution);
    addRatio(totals.response_country, s.response_country);
    if (!s.entities) continue;
    totals.entities.documents++;
    for (const key of ['named', 'known', 'stated', 'statedRight', 'due', 'dueRight'] as const)
      totals.entities[key] += s.entities[key];
  }
  return totals;
}

/** Precision, recall and F1 of a tally; each is 0 when there is nothing to divide by. */
export function precisionRecall(t: Tally): PrecisionRecall {
  const precision = t.matched + t.spurious ? t.matched / (t.matched + t.spurious) : 0;
  const recall = t.matched + t.missed ? t.matched / (t.matched + t.missed) : 0;
  return { precision, recall, f1: harmonic(precision, recall) };
}

/** A share, `otherwise` when there is nothing to divide by. */
const share = (right: number, of: number, otherwise: number) => (of ? right / of : otherwise);

export function summarize(totals: ScoreTotals): ScoreSummary {
  const e = totals.entities;
  return {
    quotes: precisionRecall(totals.quotes),
    events: precisionRecall(totals.events),
    responses: precisionRecall(totals.responses),
    attribution: share(totals.attribution.right, totals.attribution.of, 0),
    response_country: share(totals.response_country.right, totals.response_country.of, 0),
    // With nothing named or stated there is nothing wrong either: these start from 1, not 0.
    ...(e.documents
      ? {
          entities: {
            documents: e.documents,
            actor_precision: share(e.known, e.named, 1),
            record_country_precision: share(e.statedRight, e.stated, 1),
            record_country_recall: share(e.dueRight, e.due, 1),
          },
        }
      : {}),
  };
}

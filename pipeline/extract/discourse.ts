// Remembers the actors a document has named, in order, so that "he", "the minister" and "Hua" resolve to the
// person named before ("Hua Chunying"), and the countries the document talks about most.
import { parseActor, tokenize, capitalisedRuns, type Actor } from './parse-actor.js';
import { lexicon } from './lexicons.js';

export interface Seen {
  actor: Actor;
  at: number;
  /** The mention is the subject of a verb of saying or doing: the one a later "he" or "she" most likely means. */
  subject?: boolean;
}

const PREMODIFIER = /(?:^|[\s(])(\p{Lu}[\p{L}.'\u2019-]*(?:\s+\p{Lu}[\p{L}.'\u2019-]*)?)\s+((?:\p{Ll}[\p{L}-]*\s+){1,3})$/u;
/** How many mentions back a pronoun or a bare title looks for what it means. */
const REACH = 400;
const GROUP = /(?:\b(?:\p{Lu}[\p{L}.'\u2019-]*\s+){1,3})(\p{Ll}+s)\b/gu;
const isGroup = (a: Actor): boolean => a.type === 'person' && /s$/.test(a.head ?? '') && !/\p{Lu}/u.test(a.head ?? '');

const words = (s: string): string[] => s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);

export class Discourse {
  private readonly seen: Seen[] = [];
  private readonly countryCounts = new Map<string, number>();
  private readonly sentenceStarts: number[] = [];
  /** Distinct named actors by each word of their names, and when each was last noted. */
  private readonly byWord = new Map<string, Actor[]>();
  private readonly order = new Map<Actor, number>();
  private noted = 0;

  /** Registers the names of a sentence (capitalised runs) and counts the countries it mentions. */
  noteSentence(text: string, start: number, end: number): Seen[] {
    const slice = text.slice(start, end);
    const found: Seen[] = [];
    this.sentenceStarts.push(start);
    for (const run of capitalisedRuns(tokenize(slice)).runs) {
      const phrase = run.tokens.map((t) => t.text).join(' ');
      const at = start + Math.max(0, slice.indexOf(run.tokens[0]!.text));
      // "Xi's speeches", "China's government": the owner is named without its possessive ending.
      let actor = parseActor(run.possessive ? run.tokens.map((t) => t.word).join(' ') : phrase);
      // "the Chilean law firm Ortega Vidal", "Estonian lawyer Mari Tamm": a country before the role.
      const pre = actor && !actor.country && !actor.ref ? PREMODIFIER.exec(slice.slice(Math.max(0, at - start - 60), at - start)) : null;
      if (pre && (lexicon.countryByName(pre[1]!) ?? lexicon.countryByDemonym(pre[1]!)) && /\p{Ll}/u.test(pre[2]!)) {
        const head = pre[2]!.trim().split(/\s+/).at(-1)!;
        if (lexicon.role(head) || lexicon.headKind(head)) actor = parseActor(`${pre[1]} ${pre[2]}${phrase}`) ?? actor;
      }
      if (actor?.country) this.countryCounts.set(actor.country, (this.countryCounts.get(actor.country) ?? 0) + 1);
      const next = slice.slice(slice.indexOf(phrase) + phrase.length);
      // A lone capitalised word is a person only where a person stands (before a verb or a pause, owning their
      // words), or where it repeats a person named before ("Lund's term" after "Kay Lund").
      const lone = run.tokens.length === 1 && actor?.type === 'person';
      const standsAlone = /^\s*(?:[,;)]|$|(\p{L}+))/u.exec(next);
      const owner = run.possessive && /^\s*(?:speeches|remarks|words|comments|statement|letter|tweets?|view|government|administration|spokes\w+)\b/.test(next);
      const place = /\b(?:in|at|from|across|into|throughout|near|within|outside|around|about|on|over|regarding|toward|towards)\s+$/i.test(slice.slice(Math.max(0, at - start - 12), at - start));
      if (lone && (place || !(owner || (standsAlone && (!standsAlone[1] || lexicon.verb(standsAlone[1]) || /^(?:and|has|had|was|is)$/.test(standsAlone[1]))) || this.lookup(actor!)))) continue;
      if (actor && !actor.ref) found.push({ actor: this.note(actor, at), at });
    }
    // Groups named by a plural role ("U.N. ambassadors", "Chinese officials"): "the ambassadors" and "they" point back.
    for (const m of slice.matchAll(GROUP)) {
      if (!lexicon.role(m[1]!.replace(/s$/, ''))) continue;
      const actor = parseActor(m[0]);
      if (actor && !actor.ref && actor.type === 'person' && !actor.name.includes(' and ')) found.push({ actor: this.note(actor, start + m.index), at: start + m.index });
    }
    return found;
  }

  /** Records an actor, merged with an earlier mention of the same person ("Hua" after "Hua Chunying"). */
  note(actor: Actor, at: number): Actor {
    const known = this.lookup(actor);
    const merged: Actor = known
      ? { ...known, role: actor.role ?? known.role, organization: actor.organization ?? known.organization, country: actor.country ?? known.country, international: actor.international || known.international }
      : actor;
    if (known) Object.assign(known, merged);
    this.mention(known ?? merged, at);
    return known ?? merged;
  }

  /** Records that an actor is the subject of a verb at `at`. */
  noteSubject(actor: Actor, at: number): void {
    this.mention(actor, at, true);
  }

  /** Keeps mentions in text order, whatever order they are noted in. */
  private mention(actor: Actor, at: number, subject = false): void {
    let i = this.seen.length;
    while (i > 0 && this.seen[i - 1]!.at > at) i--;
    this.seen.splice(i, 0, { actor, at, subject });
    if (!this.order.has(actor) && !actor.ref) for (const w of new Set(words(actor.name))) this.byWord.set(w, [...(this.byWord.get(w) ?? []), actor]);
    this.order.set(actor, this.noted++);
  }

  /** Mentions before `at`, nearest first, as far back as a reference can reach. */
  private before(at: number): Seen[] {
    let lo = 0;
    let hi = this.seen.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.seen[mid]!.at < at) lo = mid + 1;
      else hi = mid;
    }
    return this.seen.slice(Math.max(0, lo - REACH), lo).reverse();
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
  private lookup(actor: Actor): Actor | undefined {
    const w = words(actor.name);
    let best: Actor | undefined;
    let bestOrder = -1;
    for (const s of new Set(w.flatMap((x) => this.byWord.get(x) ?? []))) {
      if (s.type !== actor.type || s.ref || (this.order.get(s) ?? -1) <= bestOrder) continue;
      const sw = words(s.name);
      const same = actor.type === 'person' ? w.every((x) => sw.includes(x)) || sw.every((x) => w.includes(x)) : sw.join(' ') === w.join(' ');
      if (same && sw.length >= w.length) {
        best = s;
        bestOrder = this.order.get(s)!;
      }
    }
    return best;
  }

  /** The named actor a reference points to, or the actor itself (merged with what is known of it). */
  resolve(actor: Actor, at: number): Actor | null {
    if (!actor.ref) return this.note(actor, at);
    const found = this.antecedent(actor, at);
    // The reference is a mention too: "they" after "the ambassadors" goes back to the ambassadors.
    if (found && found !== actor) this.mention(found, at);
    return found;
  }

  private antecedent(actor: Actor, at: number): Actor | null {
    const before = this.before(at);
    if (actor.ref === 'person') {
      // The nearest person, unless the sentence that names them has another person as its subject ("Lund
      // insisted she had met President Berg ... She said" means Lund).
      const people = before.filter((s) => s.actor.type === 'person' && !s.actor.ref && /\p{Lu}/u.test(s.actor.name) && !isGroup(s.actor));
      const nearest = people[0];
      if (!nearest) return null;
      const sentence = this.sentenceAt(nearest.at);
      const subject = people.find((s) => s.subject && s.at < at);
      return subject && this.sentenceAt(subject.at) === sentence ? subject.actor : nearest.actor;
    }
    if (actor.ref === 'plural') return before.find((s) => s.actor.type !== 'person' || isGroup(s.actor))?.actor ?? null;
    const head = (actor.head ?? '').replace(/s$/, '');
    const match = before.find((s) => head && (words(s.actor.name).some((w) => w.replace(/s$/, '') === head) || (s.actor.role ?? '').toLowerCase().includes(head)));
    if (match) return match.actor;
    // Unresolved, a body ("the Council") or a title with its country ("the US Treasury Secretary") still names a speaker.
    if (actor.type === 'person') return actor.country ? actor : null;
    return actor;
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

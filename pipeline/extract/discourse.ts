// Remembers the actors a document has named, in order, so that "he", "the minister" and "Hua" resolve to the
// person named before ("Hua Chunying"), and the countries the document talks about most.
import { parseActor, tokenize, capitalisedRuns, type Actor } from './parse-actor.js';
import { lexicon } from './lexicons.js';

interface Seen {
  actor: Actor;
  at: number;
}

const words = (s: string): string[] => s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);

export class Discourse {
  private readonly seen: Seen[] = [];
  private readonly countryCounts = new Map<string, number>();

  /** Registers the names of a sentence (capitalised runs) and counts the countries it mentions. */
  noteSentence(text: string, start: number, end: number): Actor[] {
    const slice = text.slice(start, end);
    const found: Actor[] = [];
    for (const run of capitalisedRuns(tokenize(slice)).runs) {
      const phrase = run.tokens.map((t) => t.text).join(' ');
      const actor = parseActor(phrase);
      const at = start + Math.max(0, slice.indexOf(run.tokens[0]!.text));
      if (actor?.country) this.countryCounts.set(actor.country, (this.countryCounts.get(actor.country) ?? 0) + 1);
      const next = slice.slice(slice.indexOf(phrase) + phrase.length);
      // A lone capitalised word is a person only where a person stands: before a verb or a pause, or owning words.
      const lone = run.tokens.length === 1 && actor?.type === 'person';
      const standsAlone = /^\s*(?:[,;)]|$|(\p{L}+))/u.exec(next);
      const owner = run.possessive && /^\s*(?:speeches|remarks|words|comments|statement|letter|tweets?|view|government|administration|spokes\w+)\b/.test(next);
      if (lone && !(owner || (standsAlone && (!standsAlone[1] || lexicon.verb(standsAlone[1]) || /^(?:and|has|had|was|is)$/.test(standsAlone[1]))))) continue;
      if (actor && !actor.ref) {
        found.push(this.note(actor, at));
      }
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
    this.seen.push({ actor: known ?? merged, at });
    return known ?? merged;
  }

  private lookup(actor: Actor): Actor | undefined {
    const w = words(actor.name);
    for (let i = this.seen.length - 1; i >= 0; i--) {
      const s = this.seen[i]!.actor;
      if (s.type !== actor.type || s.ref) continue;
      const sw = words(s.name);
      if (actor.type === 'person' ? w.every((x) => sw.includes(x)) || sw.every((x) => w.includes(x)) : sw.join(' ') === w.join(' ')) {
        if (sw.length >= w.length) return s;
      }
    }
    return undefined;
  }

  /** The named actor a reference points to, or the actor itself (merged with what is known of it). */
  resolve(actor: Actor, at: number): Actor | null {
    if (!actor.ref) return this.note(actor, at);
    const before = this.seen.filter((s) => s.at < at).reverse();
    if (actor.ref === 'person') return before.find((s) => s.actor.type === 'person' && !s.actor.ref && /\p{Lu}/u.test(s.actor.name))?.actor ?? null;
    if (actor.ref === 'plural') return before.find((s) => s.actor.type !== 'person' || /s$/.test(s.actor.head ?? ''))?.actor ?? null;
    const head = (actor.head ?? '').replace(/s$/, '');
    const match = before.find((s) => head && (words(s.actor.name).some((w) => w.replace(/s$/, '') === head) || (s.actor.role ?? '').toLowerCase().includes(head)));
    if (match) return match.actor;
    if (actor.type === 'person' && lexicon.role(head)) return null;
    return actor.type === 'government' ? actor : null;
  }

  /** The country mentioned most (the subject of the story) and the one mentioned most after it. */
  countries(): { subject: string | null; home: string | null } {
    const ranked = [...this.countryCounts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    return { subject: ranked[0]?.[0] ?? null, home: ranked[1]?.[0] ?? ranked[0]?.[0] ?? null };
  }
}

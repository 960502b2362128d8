// Finds who reacts in a sentence: the subjects of reaction verbs outside quotes ("X condemned", "Y denies") and the
// agents of passive ones ("was sanctioned by X and Y"); negated verbs ("has not signed") do not count.
import { mainSubject, notReporting, PRESS_SUBJECT, subjectBefore, verbAt } from './attribute-speaker.js';
import { lexicon, type Action } from './lexicons.js';
import { countryList, parseActors, parseSubject, PRESS_NOUNS, type Actor } from './parse-actor.js';
import { SpanIndex, type Span } from './span-index.js';
import { wordsIn } from './words-in.js';

export interface Responder {
  actor: Actor;
  action: Action;
  /** Where the actor is named: references resolve to the names before it. */
  at: number;
  /** The actor is already resolved against the discourse. */
  resolved: boolean;
  /** The verb reports words ("said", "urged"), not only an act ("imposed"). */
  speech: boolean;
  /** The verb as written ("reiterate", "condemned"). */
  verb: string;
}

/** Verbs that lead into another's infinitive, which is then the subject's own act. */
const LEADS_IN =
  /\b(?:(?:was|were|has been|had been) (?:forced|obliged|compelled|made)|(?:decided|agreed|moved|chose|vowed|pledged|promised|threatened|voted|refused|sought|plans?|planned|intends?|intended)) to\s+$/;

const PASSIVE =
  /\b(?:was|were|been|being|is|are|be)\s+(\p{L}+)\s+by\s+((?:[^,.;:"\u201C\u201D]|\.(?=\S)|,\s*(?=and\b))+)/giu;

/** "whether U.S. diplomats had urged": the clause before a verb is a question or a condition. */
function questioned(before: string): boolean {
  const at = before.search(/\b(?:whether|if)\b/i);
  return at >= 0 && /^(?:[^,;:.]|\.(?=\S|\s+\p{Ll}))*$/u.test(before.slice(at));
}

/** The longest clause before a verb that is read whole as a list of states (a declaration's aligned countries). */
const LIST_CLAUSE = 600;

/** A preposition, a determiner and a noun right before a word: "in a statement", "under the decree". */
const PREPOSITION_NOUN =
  /\b(?:in|with|by|through|via|under|from|of|on|after)\s+(?:a|an|the|its|their|his|her)\s+\p{Ll}+\s+$/u;

/** The auxiliary of a progressive verb ("are calling") and the space after it. */
const PROGRESSIVE_AUX = /\b(?:am|is|are|was|were)\s+(?:\p{Ll}+ly\s+)?$/u;

/** A news outlet's common noun right before a name. */
const PRESS_BEFORE = new RegExp(String.raw`\b(?:${PRESS_NOUNS}|station|channel)\s+$`);

export function findResponders(text: string, sentence: Span, quotes: readonly Span[]): Responder[] {
  const out: Responder[] = [];
  // Indexed: a sentence with hundreds of quotes is asked about each of its words.
  const quoteIndex = new SpanIndex(quotes);
  const inQuote = (i: number): boolean => quoteIndex.holding(i) !== undefined;
  const asks = /\b(?:whether|if)\b/i.test(text.slice(sentence.start, sentence.end));
  for (const { index, word } of wordsIn(text, sentence.start, sentence.end)) {
    const verb = verbAt(text, index, word);
    if (!verb || inQuote(index) || /^\p{Lu}/u.test(word)) continue;
    // "was forced to resign", "decided to withdraw": the act is the subject's, named before the verb that leads in.
    const led = LEADS_IN.exec(text.slice(Math.max(sentence.start, index - 40), index));
    if (led) {
      const subject = subjectBefore(text, sentence.start, index - led[0].length);
      if (subject?.phrase && !subject.relative)
        for (const actor of parseActors(subject.phrase))
          out.push({ actor, action: verb.action, at: subject.at, resolved: false, speech: verb.speech, verb: word });
      continue;
    }
    const before = text.slice(Math.max(sentence.start, index - 30), index);
    // Negated verbs, passives, infinitives and nouns ("the ruling", "Whitlock's writing") report no reaction.
    if (
      /\b(?:not|never|n't|no longer)\s+(?:\p{L}+\s+)?$/iu.test(before) ||
      // "Asked whether Britain would expel ...", "if Ottawa imposes ...": a question or a condition, no act.
      (asks && questioned(text.slice(Math.max(sentence.start, index - 60), index))) ||
      notReporting(text, index, word) ||
      // "rejected it in a statement issued late on Wednesday": a participle after a preposition's noun modifies it.
      (/(?:ed|en|wn)$/.test(word) && PREPOSITION_NOUN.test(before)) ||
      // "is designating" is a verb in progress; "is designated" a passive.
      (/ing$/.test(word)
        ? /(?:\b(?:been|being|be|the|a|an|its|their|his|her)|['\u2019]s?)\s+(?:\p{Ll}+ly\s+)?$/iu
        : /(?:\b(?:was|were|been|being|be|is|are|the|a|an|its|their|his|her)|['\u2019]s?)\s+$/i
      ).test(before)
    )
      continue;
    // "North Macedonia, Montenegro, ... and the EFTA countries Iceland and Norway, members of the EEA, align
    // themselves": a list of states longer than a subject is otherwise read back for, when it is the whole clause.
    const clause = !/ing$/.test(word) && index - sentence.start < LIST_CLAUSE ? text.slice(sentence.start, index) : '';
    const states = /,|\sand\s/.test(clause) ? countryList(clause) : null;
    if (states && states.length > 1) {
      for (const actor of states)
        out.push({ actor, action: verb.action, at: sentence.start, resolved: false, speech: verb.speech, verb: word });
      continue;
    }
    // A participle ("..., calling for restraint") takes the sentence's subject; "are calling" is a finite verb's.
    const progressive = PROGRESSIVE_AUX.exec(before);
    const subject =
      /ing$/.test(word) && !progressive
        ? mainSubject(text, sentence.start, sentence.end)
        : subjectBefore(text, sentence.start, index - (progressive?.[0].length ?? 0));
    if (!subject?.phrase || ('relative' in subject && subject.relative)) continue;
    // '"Diplomatic status is ...," said X, adding that ...': a subject read inside quoted words is none.
    if (inQuote(subject.at)) continue;
    // "The Vienna daily Der Morgenbote ... reported": a name right after a news outlet's common noun is the press,
    // which passes on what others did.
    if (
      PRESS_BEFORE.test(text.slice(Math.max(sentence.start, subject.at - 40), subject.at)) ||
      PRESS_SUBJECT.test(text.slice(subject.at, Math.min(sentence.end, subject.at + 120)))
    )
      continue;
    for (const actor of parseSubject(text, sentence.start, subject.at, subject.phrase))
      out.push({ actor, action: verb.action, at: subject.at, resolved: false, speech: verb.speech, verb: word });
    const joint =
      /^\s*(?:a\s+)?joint\s+(?:statement|letter|declaration)\s+with\s+((?:[^,.;:"\u201C\u201D]|\.(?=\S))+?)(?=\s+\p{Ll}+ing\b|[,.;]|$)/u.exec(
        text.slice(index + word.length, sentence.end),
      );
    if (joint)
      for (const actor of parseActors(joint[1]!))
        out.push({ actor, action: 'joint_statement', at: index, resolved: false, speech: false, verb: word });
  }
  const slice = text.slice(sentence.start, sentence.end);
  for (const m of slice.matchAll(PASSIVE)) {
    const verb = lexicon.verb(m[1]!);
    if (!verb || inQuote(sentence.start + m.index)) continue;
    for (const actor of parseActors(m[2]!))
      out.push({
        actor,
        action: verb.action,
        at: sentence.start + m.index,
        resolved: false,
        speech: false,
        verb: m[1]!,
      });
  }
  return out;
}

// Finds who speaks in a transcript's turn: a paragraph that opens with a speaker's label and a colon, as a
// parliament's record ("Ana Ruiz (Leeds North) (Lab): I beg to move"), a broadcast transcript ("MINISTER RUIZ: We
// did not look away") or an interview writes it. The one who speaks in their own turn reacts in their own words.
import { lexicon } from './lexicons.js';
import { parseActor, stopCap, type Actor, type CountryEvidence } from './parse-actor.js';

export interface Turn {
  actor: Actor;
  /** Where the label starts and where its colon ends, as offsets into the paragraph. */
  at: number;
  end: number;
  /** The country a party tag in the label gives ("(Lab)" in a Westminster record). */
  country: CountryEvidence | null;
  /** The turn puts a question: its speaker reacts to nothing, and its label names no one who acts. */
  asks: boolean;
}

/** What may stand before a label: a bullet, or a recording's time ("[00:04:12]", "00:04:12"). */
const BEFORE_LABEL = String.raw`^[\s*\u2022]*(?:\[?\d{1,2}(?::\d{2}){1,2}\]?\s+)?`;

/**
 * A label: up to six capitalised words (a title may stand before the name with a comma: "Official Spokesperson, Ana
 * Ruiz"), up to two parenthesised notes (a seat, a party, an outlet), then a colon and words.
 */
const LABEL = new RegExp(
  BEFORE_LABEL +
    String.raw`((?:\p{Lu}[\p{L}.'\u2019-]*,?\s+){0,5}\p{Lu}[\p{L}.'\u2019-]*)((?:\s*\([^()\n]{1,60}\)){0,2})\s*:\s+(?=\S)`,
  'u',
);

/** A title, then the holder's name in brackets: "The Minister of State (Ana Ruiz): ". */
const TITLED_LABEL = new RegExp(
  BEFORE_LABEL +
    String.raw`((?:The\s+)?\p{Lu}[^():\n]{2,140}?)\s*\((\p{Lu}[\p{L}.'\u2019-]*(?:\s+\p{Lu}[\p{L}.'\u2019-]*){1,4})\)\s*:\s+(?=\S)`,
  'u',
);

/** Those who put the questions or keep order speak for no one in the story. */
const ASKS =
  /^(?:q|a|question|answer|anchor|host|presenter|interviewer|moderator|reporter|correspondent|journalist|chair|chairman|chairwoman|speaker|narrator|caller|voice|members|hon\.? members|hon\.? member|some hon\.? members|several hon\.? members)$/i;

/** Title case for a label in capitals ("MINISTER HALVORSEN" -> "Minister Halvorsen"), as names are written in prose. */
export function titleCase(words: string): string {
  return words === words.toUpperCase()
    ? words
        .toLowerCase()
        .replace(/(^|[\s'\u2019-])(\p{Ll})/gu, (m, before: string, c: string) => before + c.toUpperCase())
    : words;
}

/**
 * A broadcast script's soundbite: "SOUNDBITE (French) Ana Ruiz, Minister of Fisheries:", the words on the lines
 * below (a script's SOT, SYNC and GRAB lines the same).
 */
const SOUNDBITE = new RegExp(
  BEFORE_LABEL +
    String.raw`(?:SOUNDBITE|SOT|SYNC|GRAB)\b[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?:?[ \t]*(\p{Lu}[^,:\n]{1,60}?)(?:,[ \t]*([^:\n]{1,120}?))?[ \t]*:(?:\s+(?=\S)|\s*$)`,
  'u',
);

/** "IN THIS BRIEFING:", "MORE ON THIS:": a word that opens no name opens no speaker's label ("THE PRESIDENT:" does). */
function opensNoName(label: string): boolean {
  const first = titleCase(label.trim().split(/\s+/)[0]!);
  return stopCap(first) && first !== 'The';
}

/** The speaker a soundbite's label names, on a line of its own or opening the paragraph of the words. */
export function soundbiteSpeaker(paragraph: string): Turn | null {
  const bite = SOUNDBITE.exec(paragraph.slice(0, 240));
  if (bite) {
    const actor = parseActor(bite[2] ? `${bite[1]}, ${bite[2]}` : bite[1]!);
    if (actor && !actor.ref && actor.type !== 'document' && /\p{Lu}/u.test(actor.name))
      return {
        actor,
        at: bite.index + bite[0].indexOf(bite[1]!),
        end: bite.index + bite[0].length,
        country: null,
        asks: false,
      };
  }
  return null;
}

/** The speaker of a turn opening this paragraph, or null when it opens with none. */
export function turnSpeaker(paragraph: string): Turn | null {
  const bite = soundbiteSpeaker(paragraph);
  if (bite) return bite;
  const head = paragraph.slice(0, 240);
  const titled = TITLED_LABEL.exec(head);
  // The words before the brackets are a title, not a name: "Ana Ruiz (Radio Sur):" is someone and their outlet.
  const title = titled ? parseActor(titled[1]!) : null;
  if (
    titled &&
    !(title && !title.ref && /\p{Lu}/u.test(title.name)) &&
    !ASKS.test(titled[1]!.split(/\s+/).at(-1)!) &&
    !/\bSpeaker\b/.test(titled[1]!)
  ) {
    const holder = parseActor(titled[2]!);
    if (holder?.type === 'person' && !holder.ref)
      return {
        actor: { ...holder, role: holder.role ?? titled[1]!.replace(/^The\s+/, '') },
        at: titled.index + titled[0].indexOf(titled[2]!),
        end: titled.index + titled[0].length,
        country: null,
        asks: false,
      };
  }
  const m = LABEL.exec(head);
  if (!m) return null;
  const label = m[1]!.trim();
  if (ASKS.test(label) || label.split(/\s+/).some((w) => ASKS.test(w))) return null;
  // "ISLAMABAD: The Foreign Office said": a capital in capitals opening the paragraph is a dateline, no one's turn.
  if (opensNoName(label) || (label === label.toUpperCase() && lexicon.countryByCapital(titleCase(label)))) return null;
  // A country's name ("Japan: The ministry said") labels a list item, not a turn: section-labels.ts reads it.
  if (lexicon.countryByName(label) || lexicon.isInternational(label)) return null;
  const actor = parseActor(titleCase(label));
  if (!actor || actor.ref || actor.type !== 'person' || !/\p{Lu}/u.test(actor.name)) return null;
  const tag = [...m[2]!.matchAll(/\(([^()]+)\)/g)].map((t) => t[1]!.trim()).find((t) => lexicon.partyTagCountry(t));
  // "Ana Ruiz (Radio Sur): ... Has Lima been told?": at a briefing or in an interview, a turn that ends in a question,
  // under a note that is no party's tag, asks; a member of a parliament asking the government is still reacting.
  const code = tag ? lexicon.partyTagCountry(tag)! : null;
  return {
    actor,
    at: m.index + m[0].indexOf(m[1]!),
    end: m.index + m[0].length,
    country: code ? { code, source: 'institution', text: tag! } : null,
    asks: m[2] !== '' && !tag && /\?[\s"\u201D\u2019)]*$/.test(paragraph),
  };
}

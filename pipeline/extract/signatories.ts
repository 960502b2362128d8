// Reads the list of signatories under a joint statement: a heading ("Signatories", "Signed by:") and then one
// signatory a line, often with its country in brackets ("Haki Dijitali (Kenya)", "Press Watch (International)*").
// Each signs the statement: a joint statement of its own.
import { lexicon } from './lexicons.js';
import type { Actor } from './parse-actor.js';

/** The heading a list of signatories stands under. */
const SIGNATORIES_HEADING =
  /^[\s#*]*(?:(?:the\s+)?list\s+of\s+)?(?:signatories|signed\s+by|co-?signed\s+by|endorsed\s+by|(?:signing|endorsing|supporting)\s+organi[sz]ations)\s*:?[\s*]*$/i;

/** One signatory's line: a bullet or number, a capitalised name, a bracketed note, footnote marks. */
const SIGNATORY_LINE =
  /^[ \t]*(?:[-*\u2022]|\d{1,3}[.)])?[ \t]*(\p{Lu}[^()\n]{1,118}?)[ \t]*(?:\(([^()\n]{2,60})\))?[ \t*\u2020]*$/u;

/** A bracketed note that says the signatory belongs to no one state. */
const NO_STATE = /^(?:international|global|regional|worldwide|europe|africa|asia|latin america)$/i;

/** Whether a block's text is the heading of a list of signatories. */
export function isSignatoriesHeading(block: string): boolean {
  return SIGNATORIES_HEADING.test(block);
}

/** The signatory a line names, with where its name starts in the line; null for a line that names none. */
export function signatoryOf(line: string): { actor: Actor; at: number } | null {
  const m = SIGNATORY_LINE.exec(line);
  if (!m) return null;
  const name = m[1]!.trim();
  // A line that is a sentence ("* added on 19 March") or a long clause is no name.
  if (name.split(/\s+/).length > 10 || /[.!?:;]$/.test(name.replace(/\b(?:e\.V|Inc|Ltd|Co|S\.A|N\.V|a\.s)\.$/, '')))
    return null;
  const note = m[2]?.trim() ?? '';
  const code = note ? lexicon.countryByName(note) : undefined;
  return {
    actor: {
      name,
      type: 'organisation',
      role: null,
      organization: null,
      country: code ?? null,
      countrySource: code ? 'name' : null,
      countryText: code ? note : null,
      international: NO_STATE.test(note),
      ref: null,
      head: null,
    },
    at: m.index + m[0].indexOf(m[1]!),
  };
}

// Writes a deterministic corpus of generated news prose for the benchmark: the shapes of the dev corpus (quotes
// with and without closing marks, a closing mark or citations pushed into the next paragraph, [12] markers, dates
// at year, month and day precision and relative ones, reactions of ministers, governments and organisations,
// captions) filled from templates with invented names, so no text is copied from anywhere.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Random } from './random.js';
import {
  ACTIONS,
  CALLED_VERBS,
  COUNTRIES,
  DEMANDS,
  MEDIA_KINDS,
  MONTHS,
  ORGANISATION_KINDS,
  QUALITIES,
  ROLES,
  SPEECH_VERBS,
  SUBJECTS,
  inventedName,
  type Country,
} from './vocabulary.js';

/** About the size of one long article. */
export const DOCUMENT_BYTES = 100_000;

/** What one document is about: a leak, the country it concerns, the outlet that published it. */
interface Story {
  random: Random;
  subject: string;
  country: Country;
  outlet: string;
  year: number;
  citation: number;
}

const person = (random: Random) => `${inventedName(random)} ${inventedName(random)}`;
const fill = (template: string, word: string) => template.replace('{}', word);

function citations(story: Story): string {
  let markers = '';
  for (let i = story.random.int(0, 2); i >= 0; i--) markers += `[${++story.citation}]`;
  return markers;
}

function date(story: Story): string {
  const { random } = story;
  const month = random.pick(MONTHS);
  const day = random.int(1, 28);
  const year = story.year + random.int(0, 2);
  return random.pick([
    `In ${year}`,
    `In ${month} ${year}`,
    `On ${month} ${day}, ${year}`,
    `On ${day} ${month} ${year}`,
    'The following day',
    'Two days later',
    'On Tuesday',
    'Yesterday',
  ]);
}

/** One sentence of one of the dev corpus's kinds; `open` is set when a quote is left open for the next paragraph. */
function sentence(story: Story): { text: string; open: boolean } {
  const { random, country } = story;
  const foreign = random.pick(COUNTRIES);
  const speaker = `${foreign.adjective} ${random.pick(ROLES)} ${person(random)}`;
  const organisation = fill(random.pick(ORGANISATION_KINDS), inventedName(random));
  switch (random.int(0, 9)) {
    case 0:
      return {
        text: `${speaker} ${random.pick(CALLED_VERBS)} "${random.pick(QUALITIES)}" and urged ${country.name} to "${random.pick(DEMANDS)}".${citations(story)}`,
        open: false,
      };
    case 1:
      return {
        text: `"${capitalise(random.pick(DEMANDS))}," ${person(random)}, a spokesperson for the ${organisation}, ${random.pick(SPEECH_VERBS)}.${citations(story)}`,
        open: false,
      };
    case 2:
      // The closing mark falls into the next paragraph, as copied web text often has it.
      return {
        text: `According to ${story.outlet}, ${random.pick(SUBJECTS)} show "how the officials planned to ${random.pick(DEMANDS)}.`,
        open: true,
      };
    case 3:
      return {
        text: `${date(story)}, the government of ${foreign.name} ${fill(random.pick(ACTIONS), story.subject)}.${citations(story)}`,
        open: false,
      };
    case 4:
      return {
        text: `${date(story)}, ${story.outlet} ${fill(random.pick(ACTIONS), story.subject)}, citing ${random.int(2, 400)} pages of internal records.${citations(story)}`,
        open: false,
      };
    case 5:
      return {
        text: `The ${organisation} said in a statement that the documents were "${random.pick(QUALITIES)}", while officials in ${country.capital} called them "${random.pick(QUALITIES)}".${citations(story)}`,
        open: false,
      };
    case 6:
      // An unclosed quote: the mark never comes.
      return {
        text: `${person(random)} ${random.pick(SPEECH_VERBS)} that ${country.name} would "${random.pick(DEMANDS)} and more.${citations(story)}`,
        open: false,
      };
    case 7:
      return {
        text: `${foreign.capital} condemned the practice, and ${speaker} told reporters that ${random.pick(SUBJECTS)} were ${random.pick(QUALITIES)}.${citations(story)}`,
        open: false,
      };
    case 8:
      return {
        text: `The ${random.pick(['first', 'second', 'last'])} set of files, dated ${random.pick(MONTHS)} ${story.year - random.int(1, 5)}, describes ${random.int(3, 90)} facilities in ${random.pick(['the north', 'the capital', 'the border region'])} of ${country.name}.`,
        open: false,
      };
    default:
      return { text: `Officials did not respond to requests for comment on ${random.pick(SUBJECTS)}.`, open: false };
  }
}

const capitalise = (text: string) => text[0]!.toUpperCase() + text.slice(1);

/** One document of about `bytes` (DOCUMENT_BYTES by default), from its seed. */
export function generateDocument(seed: number, bytes = DOCUMENT_BYTES): string {
  const random = new Random(seed);
  const country = random.pick(COUNTRIES);
  const story: Story = {
    random,
    country,
    subject: random.pick(SUBJECTS),
    outlet: fill(random.pick(MEDIA_KINDS), inventedName(random)),
    year: random.int(1971, 2022),
    citation: 0,
  };
  const parts = [
    `The ${inventedName(random)} papers`,
    random.chance(0.5)
      ? `${country.capital.toUpperCase()} (${inventedName(random).toUpperCase()}) — ${random.pick(MONTHS)} ${random.int(1, 28)}, ${story.year}`
      : `By ${person(random)}`,
  ];
  let size = 0;
  let carry = '';
  while (size < bytes) {
    let paragraph = carry;
    carry = '';
    for (let n = random.int(2, 6); n > 0; n--) {
      const { text, open } = sentence(story);
      paragraph += (paragraph ? ' ' : '') + text;
      if (open) {
        carry = `"${citations(story)}`;
        break;
      }
    }
    // Citation markers pushed to the start of the next paragraph, as they land when text is copied from a page.
    if (!carry && random.chance(0.1)) carry = citations(story);
    parts.push(paragraph);
    if (random.chance(0.05))
      parts.push(
        random.pick([
          `Map showing the location of ${country.capital}`,
          'Photo: AFP',
          `${person(random)} at a press conference in ${story.year}`,
        ]),
      );
    size += paragraph.length + 2;
  }
  if (carry) parts.push(carry);
  return `${parts.join('\n\n')}\n`;
}

/** Writes `documents` generated documents of about `bytes` and a dataset.yaml listing each of them into `dir`, replacing it. */
export function writeCorpus(dir: string, documents: number, seed = 1, bytes = DOCUMENT_BYTES): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const sources: string[] = [];
  for (let i = 0; i < documents; i++) {
    const name = `doc-${String(i).padStart(5, '0')}.txt`;
    writeFileSync(path.join(dir, name), generateDocument(seed * 1_000_003 + i, bytes));
    sources.push(
      `  - document: ${name}`,
      `    title: Generated document ${i}`,
      '    author: papertrail benchmark',
      '    licence: CC0-1.0',
      '    attribution: Generated by bench/corpus.ts from templates and invented names.',
    );
  }
  writeFileSync(
    path.join(dir, 'dataset.yaml'),
    [
      'name: papertrail-bench',
      'title: Generated benchmark corpus',
      'description: Generated prose for timing the pipeline.',
      'version: 1.0.0',
      'licence:',
      '  name: CC0-1.0',
      'sources:',
      ...sources,
      '',
    ].join('\n'),
  );
}

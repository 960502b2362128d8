// Made-up names and the words around them, for generated prose and records. People and organisations are
// invented from syllables; countries, roles and reporting verbs are the ordinary English words the extractor knows.
import type { Random } from './random.js';

const ONSETS = [
  'b',
  'd',
  'f',
  'g',
  'h',
  'k',
  'l',
  'm',
  'n',
  'p',
  'r',
  's',
  't',
  'v',
  'z',
  'br',
  'dr',
  'kr',
  'st',
  'th',
  'sh',
  'ch',
];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ei', 'ou', 'ia'];
const CODAS = ['', '', 'n', 'r', 'l', 's', 'm', 'th', 'nd', 'rt'];

/** An invented capitalised word of two or three syllables (Dravomel, Sheinat). */
export function inventedName(random: Random): string {
  let word = '';
  for (let i = random.int(2, 3); i > 0; i--)
    word += random.pick(ONSETS) + random.pick(VOWELS) + (i === 1 ? random.pick(CODAS) : '');
  return word[0]!.toUpperCase() + word.slice(1);
}

export interface Country {
  name: string;
  adjective: string;
  code: string;
  capital: string;
}

export const COUNTRIES: readonly Country[] = [
  { name: 'Australia', adjective: 'Australian', code: 'AU', capital: 'Canberra' },
  { name: 'Canada', adjective: 'Canadian', code: 'CA', capital: 'Ottawa' },
  { name: 'France', adjective: 'French', code: 'FR', capital: 'Paris' },
  { name: 'Germany', adjective: 'German', code: 'DE', capital: 'Berlin' },
  { name: 'Japan', adjective: 'Japanese', code: 'JP', capital: 'Tokyo' },
  { name: 'the United Kingdom', adjective: 'British', code: 'GB', capital: 'London' },
  { name: 'the United States', adjective: 'American', code: 'US', capital: 'Washington' },
  { name: 'New Zealand', adjective: 'New Zealand', code: 'NZ', capital: 'Wellington' },
  { name: 'Norway', adjective: 'Norwegian', code: 'NO', capital: 'Oslo' },
  { name: 'Iceland', adjective: 'Icelandic', code: 'IS', capital: 'Reykjavik' },
  { name: 'Nigeria', adjective: 'Nigerian', code: 'NG', capital: 'Abuja' },
  { name: 'Brazil', adjective: 'Brazilian', code: 'BR', capital: 'Brasilia' },
  { name: 'India', adjective: 'Indian', code: 'IN', capital: 'New Delhi' },
  { name: 'Panama', adjective: 'Panamanian', code: 'PA', capital: 'Panama City' },
];

export const ROLES = [
  'Foreign Minister',
  'Prime Minister',
  'President',
  'spokesperson',
  'Secretary of State',
  'Finance Minister',
  'ambassador',
  'senator',
  'opposition leader',
  'Justice Minister',
];
export const SPEECH_VERBS = ['said', 'stated', 'told reporters', 'wrote', 'added', 'warned', 'argued', 'declared'];
export const CALLED_VERBS = ['called the report', 'described the findings as', 'called the documents'];
export const ORGANISATION_KINDS = [
  'Institute for {} Studies',
  '{} Rights Watch',
  'Centre for {} Policy',
  '{} Foundation',
  'International {} Council',
];
export const MEDIA_KINDS = ['The {} Times', 'The {} Herald', '{} Daily', 'The {} Post'];
export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
export const SUBJECTS = [
  'the leaked files',
  'the detention records',
  'the offshore accounts',
  'the procurement memos',
  'the border papers',
  'the audit documents',
  'the cable archive',
];
export const QUALITIES = [
  'disturbing',
  'deeply troubling',
  'horrifying',
  'unacceptable',
  'a serious breach of trust',
  'baseless',
  'a fabrication',
  'long overdue',
];
export const DEMANDS = [
  'release every document without delay',
  'hold those responsible to account',
  'allow independent investigators full access',
  'end the practice and compensate the victims',
  'respond transparently and swiftly',
  'stop interfering in our internal affairs',
];
export const ACTIONS = [
  'announced sanctions against four officials named in {}',
  'opened an investigation into {}',
  'published a first selection of {}',
  'held a press conference on {}',
  'voted to hold a hearing on {}',
  'passed a law requiring the disclosure of {}',
  'detained two people suspected of leaking {}',
];

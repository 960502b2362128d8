// Every problem with input is a VFile message with a place, a rule id and a severity; this module names the
// rules in one place and turns messages into the one line format the CLI prints.
import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';

/** Rule ids, `stage/what`, documented once. Tests assert on these, not on prose. */
const RULES = {
  'read/unreadable': 'the file could not be read',
  'read/invalid-utf8': 'the file is not valid UTF-8',
  'read/no-documents': 'the sources folder holds no .txt or .md documents',
  'read/outside-sources': 'a source resolves to a path outside the sources folder',
  'read/empty': 'a document holds no text',
  'read/too-large': 'a document is larger than the configured maximum',
  'front-matter/yaml': 'front matter is not valid YAML',
  'front-matter/shape': 'front matter is not a mapping of the documented keys',
  'dataset/yaml': 'dataset.yaml is not valid YAML',
  'dataset/schema': 'dataset.yaml does not match schemas/dataset.schema.json',
  'dataset/limits': 'a table has fewer or more records than dataset.yaml allows',
  'dataset/licence': 'the dataset licence does not honour a share-alike source licence',
  'dataset/provenance': 'a document has no known licence and attribution, or dataset.yaml names a missing document',
  'extract/too-many-records': 'a document gives more records than --max-records-per-document allows',
  'extract/failed': 'extraction stopped on an internal fault or ran out of memory; the document gives no records',
  'build/out-of-memory':
    'writing the version ran out of memory, with the whole --worker-memory too; nothing is published',
  'build/left-out': 'with --keep-going, a document with errors is left out of the version and its errors are warnings',
  'parse/limited': 'Markdown constructs were turned off for a document whose shape would make parsing superlinear',
  'shard/missing': 'a merge has no shard result for a document',
  'shard/malformed': 'a file given to merge holds a line that build --shard did not write',
  'shard/stale': 'a shard result was read from other text or by another extractor',
  'schema/record': 'a record fails its JSON Schema',
  'extract/quote-unclosed': 'a quotation mark is never closed; the quote runs to the end of its sentence',
  'extract/quote-closed-next-paragraph': 'a closing quotation mark was pushed into the next paragraph',
  'extract/quote-unattributed': 'a quote has no speaker the text names',
  'extract/citation-orphan': 'a citation marker backs no record',
  'validate/checksum': 'a file does not match its checksum',
  'validate/profile': 'datapackage.json fails the Frictionless profile',
  'validate/foreign-key': 'a foreign key names no row',
  'validate/primary-key': 'an id is not unique in its table',
  'validate/missing-file': 'a file the package lists is missing',
  'release/immutable': 'a published version would change: its content differs from the version already built',
  'release/previous': 'the previous version to compare with cannot be read',
  'release/index': 'index.json cannot be read or does not list the versions as required',
  'release/version': 'dataset.yaml declares a lower version than the changes since the previous release require',
  'mirror/fetch': 'a file could not be downloaded, after retries',
  'mirror/checksum': 'a downloaded file does not match SHA256SUMS, datapackage.json or index.json',
  'mirror/unsafe-name': 'a manifest names a file outside the version folder',
  'mirror/downgrade': 'the source offers older or different releases than the mirror already holds',
} as const;

export type RuleId = keyof typeof RULES;

/** Every rule id, each of which some test triggers (test/units.test.ts checks that one names it). */
export const RULE_IDS = Object.keys(RULES) as RuleId[];

/** Where a message about a file as a whole is placed: its first line and column. */
export const START = { line: 1, column: 1 };

type Place = { line: number; column: number; offset?: number };

function record(file: VFile, ruleId: RuleId, reason: string, place: Place | undefined, fatal: boolean): VFileMessage {
  const message = file.message(reason, { place, ruleId, source: 'papertrail' });
  message.fatal = fatal;
  return message;
}

/** Records a warning: printed always, but the build goes on. */
export function addWarning(file: VFile, ruleId: RuleId, reason: string, place?: Place): VFileMessage {
  return record(file, ruleId, reason, place, false);
}

/** Records a fatal message on a file without throwing (vfile's `fail` throws). */
export function addError(file: VFile, ruleId: RuleId, reason: string, place?: Place): VFileMessage {
  return record(file, ruleId, reason, place, true);
}

/**
 * How many info messages of one rule a document keeps. A hostile document can hold a million unclosed quotes; a
 * million messages would cost more memory than its records and tell a reader nothing the first hundred do not.
 */
export const MAX_INFO_PER_RULE = 100;

const infoCounts = new WeakMap<VFile, Map<RuleId, number>>();

/** Records an info message, up to MAX_INFO_PER_RULE of a rule in a file, then one saying that more were left out. */
export function addInfo(file: VFile, ruleId: RuleId, reason: string, place?: Place): void {
  let counts = infoCounts.get(file);
  if (!counts) infoCounts.set(file, (counts = new Map()));
  const n = (counts.get(ruleId) ?? 0) + 1;
  counts.set(ruleId, n);
  if (n <= MAX_INFO_PER_RULE) file.info(reason, { place, ruleId, source: 'papertrail' });
  else if (n === MAX_INFO_PER_RULE + 1)
    file.info(`more messages of this kind follow in this document; only the first ${MAX_INFO_PER_RULE} are shown`, {
      place,
      ruleId,
      source: 'papertrail',
    });
}

export function hasErrors(files: readonly VFile[]): boolean {
  return files.some((f) => f.messages.some((m) => m.fatal === true));
}

/** `file:line:column: severity message [rule]`: the one way a diagnostic is written on a terminal. */
export function formatMessage(file: VFile, m: VFileMessage): string {
  const where = `${file.path ?? '<input>'}:${m.line ?? 1}:${m.column ?? 1}`;
  const severity = m.fatal === true ? 'error' : m.fatal === false ? 'warning' : 'info';
  return `${where}: ${severity} ${m.reason}${m.ruleId ? ` [${m.ruleId}]` : ''}`;
}

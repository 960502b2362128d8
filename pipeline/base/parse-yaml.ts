// Parses YAML (dataset.yaml, a document's front matter) and checks it against its schema, placing every
// problem at its line and column in the file it came from.
import { isNode, parseDocument } from 'yaml';
import type { VFile } from 'vfile';
import { addError, type RuleId } from './diagnostics.js';
import { Locator } from './locator.js';
import { describeError, validatorFor } from '../schema/ajv.js';

export interface YamlSource {
  file: VFile;
  /** The YAML text. */
  text: string;
  /** Where `text` starts in the file's value (front matter sits after `---`). */
  baseIndex: number;
  schemaFile: string;
  rules: { yaml: RuleId; schema: RuleId };
}

/**
 * Where an unclosed quoted value opens: yaml reports a missing closing quote where the text ends, which may be
 * lines after the quote a person has to fix. -1 when the message is about something else.
 */
function openingQuote(text: string, reportedAt: number, message: string): number {
  const mark = /Missing closing (["'])/.exec(message)?.[1];
  if (!mark) return -1;
  // The value's opening mark follows a key's colon, a list's dash, a flow bracket or comma, or starts its line.
  for (let i = text.lastIndexOf(mark, Math.max(reportedAt - 1, 0)); i >= 0; i = text.lastIndexOf(mark, i - 1)) {
    if (/(?:^|[:[{,-])[ \t]*$/.test(text.slice(text.lastIndexOf('\n', i - 1) + 1, i))) return i;
    if (i === 0) break;
  }
  return -1;
}

/** The parsed value, or undefined when it has errors (recorded on the file). */
export function parseYaml(source: YamlSource): Record<string, unknown> | undefined {
  const { file, text, baseIndex, schemaFile, rules } = source;
  const locator = new Locator(String(file.value));
  const at = (index: number) => {
    const { line, column, offset } = locator.place(baseIndex + index);
    return { line, column, offset };
  };
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length) {
    for (const e of doc.errors) {
      const opened = e.code === 'MISSING_CHAR' ? openingQuote(text, e.pos[0], e.message) : -1;
      if (opened >= 0)
        addError(
          file,
          rules.yaml,
          `the quoted value that opens here is never closed (${e.message.split('\n')[0]!})`,
          at(opened),
        );
      else addError(file, rules.yaml, e.message.split('\n')[0]!, at(e.pos[0]));
    }
    return undefined;
  }
  const value = doc.toJS() ?? {};
  const validate = validatorFor(schemaFile);
  if (validate(value)) return value as Record<string, unknown>;
  for (const error of validate.errors ?? []) {
    const path = error.instancePath
      .split('/')
      .slice(1)
      .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
    const node = path.length ? doc.getIn(path, true) : doc.contents;
    const range = isNode(node) ? node.range : doc.contents?.range;
    addError(file, rules.schema, describeError(error).replace(/^\(record\)/, '(top level)'), at(range?.[0] ?? 0));
  }
  return undefined;
}

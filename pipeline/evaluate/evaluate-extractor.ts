// Runs the extractor over an evaluation set (documents beside their gold annotations), in this thread, and scores
// what it extracts: the same journey `papertrail extract` takes, without a process per document.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { hasErrors } from '../base/diagnostics.js';
import { processDocument } from '../orchestrate/index.js';
import { readDocument } from '../read/index.js';
import {
  scoreDocument,
  summarize,
  totalScores,
  type DocumentScore,
  type GoldDocument,
  type ScoreSummary,
  type ScoreTotals,
} from './score.js';

/** The project's own evaluation set; absent where only the pipeline is installed. */
export const EVALUATION_DIR = fileURLToPath(new URL('../../evaluation', import.meta.url));

const GOLD_SUFFIX = '.gold.json';

export interface EvaluationDocument {
  /** The text's file name, which is also the `document` its records carry. */
  name: string;
  text: string;
  gold: GoldDocument;
}

/**
 * Every `NAME.txt` that has a `NAME.gold.json` beside it, by name; undefined when the folder does not exist. The
 * set is part of the project, so a file that cannot be read is a fault, thrown.
 */
export async function readEvaluationSet(dir: string): Promise<EvaluationDocument[] | undefined> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  const present = new Set(names);
  const out: EvaluationDocument[] = [];
  // Plain text and Markdown: each is parsed as its extension says, as a build parses it.
  const goldOf = (n: string) => n.replace(/\.(?:txt|md)$/, GOLD_SUFFIX);
  for (const name of names
    .filter((n) => /\.(?:txt|md)$/.test(n) && n !== 'README.md' && present.has(goldOf(n)))
    .sort()) {
    const file = await readDocument(dir, name, path.join(dir, name));
    if (hasErrors([file]))
      throw new Error(`evaluation set: ${file.messages.map((m) => `${name}: ${m.reason}`).join('; ')}`);
    const gold = JSON.parse(await readFile(path.join(dir, goldOf(name)), 'utf8')) as GoldDocument;
    out.push({ name, text: String(file.value), gold });
  }
  return out;
}

export interface Evaluation {
  documents: DocumentScore[];
  totals: ScoreTotals;
  summary: ScoreSummary;
}

/** Extracts each document as build would and scores it; a document that fails to extract scores as no records. */
export function evaluateExtractor(set: readonly EvaluationDocument[]): Evaluation {
  const documents = set.map(({ name, text, gold }) => {
    const { records } = processDocument({ document: name, shown: name, text });
    return scoreDocument(gold, records ?? {}, gold.document ?? name);
  });
  const totals = totalScores(documents);
  return { documents, totals, summary: summarize(totals) };
}

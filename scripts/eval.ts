// Scores the extractor: always on the project's evaluation set (evaluation/) and on the probes (test/probes/: texts
// the team wrote itself, in shapes the other sets lack), and on the team's dev corpus as well when it sits beside the
// clone (../shared/corpus/dev). Prints a line per document and a summary line per set;
// `--json` prints each set's documents, totals and summary instead.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  documentLine,
  evaluateExtractor,
  EVALUATION_DIR,
  readEvaluationSet,
  summaryLine,
  type Evaluation,
} from '../pipeline/evaluate/index.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DEV_DIR = path.resolve(ROOT, '..', 'shared', 'corpus', 'dev');

const PROBES_DIR = path.join(ROOT, 'test', 'probes');

const sets: [label: string, dir: string][] = [
  ['evaluation', EVALUATION_DIR],
  ['probes', PROBES_DIR],
];
if (existsSync(DEV_DIR)) sets.push(['dev', DEV_DIR]);

const results: Record<string, Evaluation> = {};
for (const [label, dir] of sets) {
  const set = await readEvaluationSet(dir);
  if (!set?.length) {
    console.error(`eval: no documents with gold annotations in ${dir}`);
    process.exit(1);
  }
  results[label] = evaluateExtractor(set);
}

if (process.argv.includes('--json')) {
  console.log(JSON.stringify(results, null, 2));
} else {
  for (const [label, dir] of sets) {
    const { documents, totals, summary } = results[label]!;
    console.log(`${label}: ${path.relative(process.cwd(), dir) || '.'} (${documents.length} documents)`);
    for (const d of documents) console.log(documentLine(d));
    console.log(summaryLine(summary, totals));
    console.log('');
  }
}

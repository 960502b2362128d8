// One measured phase over a corpus, run in its own process by bench/run.ts: `floor` reads every document and
// parses it with remark-parse, nothing else; `extract` reads, parses and extracts as a build does. Prints
// {"seconds", "records"} as one JSON line.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { extractDocument } from '../pipeline/extract/index.js';
import { parseDocument } from '../pipeline/parse/index.js';
import { listDocuments, readDocument } from '../pipeline/read/index.js';

const [phase, dir] = process.argv.slice(2);
if ((phase !== 'floor' && phase !== 'extract') || !dir) throw new Error('usage: phase.ts floor|extract DIR');
const names = await listDocuments(dir);
const start = process.hrtime.bigint();
let records = 0;
if (phase === 'floor') {
  const processor = unified().use(remarkParse);
  for (const name of names) processor.parse(await readFile(path.join(dir, name), 'utf8'));
} else {
  for (const name of names) {
    const found = extractDocument(parseDocument(await readDocument(dir, name, name)));
    records += found.events.length + found.quotes.length + found.responses.length;
  }
}
console.log(JSON.stringify({ seconds: Number(process.hrtime.bigint() - start) / 1e9, records }));

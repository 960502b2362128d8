// The project's evaluation set in use: `npm run eval` scores it (and the team's dev corpus when present), and a
// build without the set publishes no quality figures rather than failing.
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../../pipeline/build.js';
import { EVALUATION_DIR } from '../../pipeline/evaluate/index.js';
import { HAS_SHARED, ROOT, tempDir } from '../helpers.js';

const inUnit = (x: unknown) => typeof x === 'number' && x >= 0 && x <= 1;

type Prf = { precision: number; recall: number; f1: number };
type Summary = {
  quotes: Prf;
  events: Prf;
  responses: Prf;
  attribution: number;
  response_country: number;
  entities: { actor_precision: number; record_country_precision: number; record_country_recall: number };
};
let evaluated: Promise<Record<string, { documents: unknown[]; summary: Summary }>> | undefined;
/** `npm run eval -- --json`, run once for the tests that read it. */
function evalJson() {
  evaluated ??= new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', path.join(ROOT, 'scripts', 'eval.ts'), '--json'],
      { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 },
      (error, out) => (error ? reject(error) : resolve(JSON.parse(out))),
    );
  });
  return evaluated;
}

describe('the evaluation set', () => {
  it('holds each text beside its gold annotations, and only the texts that may be copied', () => {
    const names = readdirSync(EVALUATION_DIR);
    const texts = names.filter((n) => n.endsWith('.txt'));
    expect(texts).toHaveLength(9);
    for (const t of texts) expect(names).toContain(t.replace(/\.txt$/, '.gold.json'));
    // Every document is named with its source and licence.
    const readme = readFileSync(path.join(EVALUATION_DIR, 'README.md'), 'utf8');
    for (const t of texts) expect(readme).toContain(`\`${t.replace(/\.txt$/, '')}\``);
  });

  it('is scored by npm run eval, with the dev corpus too when it sits beside the clone', async () => {
    const result = await evalJson();
    expect(Object.keys(result)).toEqual(HAS_SHARED ? ['evaluation', 'probes', 'dev'] : ['evaluation', 'probes']);
    expect(result.evaluation!.documents).toHaveLength(9);
    expect(result.probes!.documents).toHaveLength(110);
    for (const kind of ['quotes', 'events', 'responses'] as const) {
      expect(Object.values(result.evaluation!.summary[kind]).every(inUnit)).toBe(true);
    }
    expect(inUnit(result.evaluation!.summary.attribution)).toBe(true);
  });

  // A ratchet, not a goal: each floor sits just under the figure last measured, so a change that makes the
  // extractor worse on either set fails here. Raise a floor when a change lifts its figure.
  it('keeps the scores reached', async () => {
    const result = await evalJson();
    const floors: Record<string, Record<string, number>> = {
      evaluation: {
        quotes: 0.99,
        events: 0.99,
        responses: 0.95,
        attribution: 0.99,
        response_country: 0.88,
        actor_precision: 0.98,
        record_country_precision: 0.99,
        record_country_recall: 0.79,
      },
      // The probes were written for the project and measured cold before anyone read them (test/probes/README.md).
      // (Seventy since batches 6 and 7, harder than the first fifty-two: country figures fell with them; ninety-four
      // since batches 8 to 10, three of them Markdown, whose settings give most of their people no stated country;
      // a hundred and ten since batches 11 and 12, the second scored only after this round's rules were written.)
      probes: {
        quotes: 0.99,
        events: 0.88,
        responses: 0.88,
        attribution: 0.85,
        response_country: 0.49,
        actor_precision: 0.96,
        // The scorer pairs a name with the first entity any of whose names it holds: "Prime Minister of Norway" meets
        // an entity that lists a bare "Prime Minister", a Polish "Ministry of Foreign Affairs" a Ghanaian one.
        record_country_precision: 0.97,
        record_country_recall: 0.44,
      },
      dev: {
        quotes: 0.99,
        events: 0.99,
        responses: 0.93,
        attribution: 0.98,
        response_country: 0.8,
        actor_precision: 0.99,
        record_country_precision: 0.99,
        record_country_recall: 0.81,
      },
    };
    for (const [set, scores] of Object.entries(result)) {
      const s = scores.summary;
      const measured: Record<string, number> = {
        quotes: s.quotes.f1,
        events: s.events.f1,
        responses: s.responses.f1,
        attribution: s.attribution,
        response_country: s.response_country,
        actor_precision: s.entities.actor_precision,
        record_country_precision: s.entities.record_country_precision,
        record_country_recall: s.entities.record_country_recall,
      };
      const below = Object.entries(floors[set]!)
        .filter(([k, floor]) => !(measured[k]! >= floor))
        .map(([k, floor]) => `${set} ${k}: ${measured[k]} < ${floor}`);
      expect(below).toEqual([]);
    }
  });
});

describe('a build without the evaluation set', () => {
  it('publishes no quality figures, and is valid', async () => {
    const out = tempDir();
    const result = await build({
      sourcesDir: path.join(ROOT, 'sources'),
      outDir: out,
      env: { ...process.env, SOURCE_DATE_EPOCH: '1700000000' },
      evaluationDir: path.join(out, 'no-evaluation'),
    });
    expect(result.published).toBeDefined();
    const dir = result.published!.dir;
    expect(JSON.parse(readFileSync(path.join(dir, 'datapackage.json'), 'utf8'))).not.toHaveProperty('quality');
    expect(readFileSync(path.join(dir, 'README.md'), 'utf8')).not.toContain('## Quality');
    expect(readFileSync(path.join(dir, 'site', 'index.html'), 'utf8')).not.toContain('id="quality"');
  });
});

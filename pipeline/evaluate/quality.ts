// What a version publishes about the extractor that made it: its scores on the project's evaluation set, rounded
// to four places so they read well and every build of the same extractor writes the same bytes.
import { EXTRACTOR_VERSION } from '../extract/index.js';
import { evaluateExtractor, readEvaluationSet } from './evaluate-extractor.js';
import type { PrecisionRecall } from './score.js';

export interface Quality {
  extractor_version: string;
  /** Documents in the evaluation set. */
  documents: number;
  /** Required gold records of each kind that recall is measured over. */
  gold_records: { quotes: number; events: number; responses: number };
  quotes: PrecisionRecall;
  events: PrecisionRecall;
  responses: PrecisionRecall;
  attribution: number;
  response_country: number;
  /** These three only when the gold annotations list each document's actors. */
  actor_precision?: number;
  record_country_precision?: number;
  record_country_recall?: number;
}

const round = (x: number) => Math.round(x * 10_000) / 10_000;
const rounded = (s: PrecisionRecall): PrecisionRecall => ({
  precision: round(s.precision),
  recall: round(s.recall),
  f1: round(s.f1),
});

/** The extractor's quality on the set in `dir`; undefined when the folder is absent or holds no scored document. */
export async function measureQuality(dir: string): Promise<Quality | undefined> {
  const set = await readEvaluationSet(dir);
  if (!set?.length) return undefined;
  const { summary, totals } = evaluateExtractor(set);
  const required = (t: { matched: number; missed: number }) => t.matched + t.missed;
  return {
    extractor_version: EXTRACTOR_VERSION,
    documents: set.length,
    gold_records: {
      quotes: required(totals.quotes),
      events: required(totals.events),
      responses: required(totals.responses),
    },
    quotes: rounded(summary.quotes),
    events: rounded(summary.events),
    responses: rounded(summary.responses),
    attribution: round(summary.attribution),
    response_country: round(summary.response_country),
    ...(summary.entities
      ? {
          actor_precision: round(summary.entities.actor_precision),
          record_country_precision: round(summary.entities.record_country_precision),
          record_country_recall: round(summary.entities.record_country_recall),
        }
      : {}),
  };
}

// Scores as lines of text: one a document, then one for the whole set, figures in percent.
import { precisionRecall, type DocumentScore, type ScoreSummary, type ScoreTotals } from './score.js';

const percent = (x: number) => (100 * x).toFixed(1);
const pr = (s: { precision: number; recall: number }) => `P ${percent(s.precision)} R ${percent(s.recall)}`;
const f1 = (s: { precision: number; recall: number; f1: number }) => `F1 ${percent(s.f1)} (${pr(s)})`;

export function documentLine(s: DocumentScore): string {
  const parts = [
    `quotes ${pr(precisionRecall(s.quotes))}`,
    `speakers ${s.attribution.right}/${s.attribution.of}`,
    `events ${pr(precisionRecall(s.events))}`,
    `responses ${pr(precisionRecall(s.responses))}`,
    `countries ${s.response_country.right}/${s.response_country.of}`,
  ];
  const e = s.entities;
  if (e)
    parts.push(
      `actors ${e.known}/${e.named}`,
      `stated countries ${e.statedRight}/${e.stated}`,
      `due countries ${e.dueRight}/${e.due}`,
    );
  return `${s.document}: ${parts.join(' | ')}`;
}

export function summaryLine(summary: ScoreSummary, totals: ScoreTotals): string {
  const parts = [
    `quotes ${f1(summary.quotes)}`,
    `attribution ${percent(summary.attribution)}`,
    `events ${f1(summary.events)}`,
    `responses ${f1(summary.responses)}`,
    `country ${percent(summary.response_country)}`,
  ];
  const e = summary.entities;
  if (e) {
    parts.push(
      `actors P ${percent(e.actor_precision)}`,
      `record countries P ${percent(e.record_country_precision)} R ${percent(e.record_country_recall)} (${totals.entities.documents} docs with entities)`,
    );
  }
  return `all: ${parts.join(' | ')}`;
}

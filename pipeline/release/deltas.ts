// Delta files: per table, one JSON line per record that changed since the previous version, as OpenSanctions
// publishes its deltas, so a mirror can apply a release without downloading every table again.
import type { DatasetDiff } from './diff-datasets.js';
import type { LoadedVersion } from './load-version.js';

type DeltaOp = 'ADD' | 'MOD' | 'DEL';

interface DeltaLine {
  op: DeltaOp;
  id: string;
  /** The record as published (ADD, MOD); absent for DEL. */
  record?: Record<string, unknown>;
}

const deltaFileName = (table: string) => `${table}.delta.jsonl`;

/** One delta file per table of the new version (a new table is all ADD), lines sorted by id. */
export function tableDeltas(after: LoadedVersion, diff: DatasetDiff): { name: string; content: string }[] {
  return [...after.tables].map(([table, records]) => {
    const byId = new Map(records.map((r) => [String(r.id), r]));
    const t = diff.records.find((d) => d.table === table);
    const lines: DeltaLine[] = t
      ? [
          ...t.added.map((id): DeltaLine => ({ op: 'ADD', id, record: byId.get(id)! })),
          ...t.changed.map(({ id }): DeltaLine => ({ op: 'MOD', id, record: byId.get(id)! })),
          ...t.removed.map((id): DeltaLine => ({ op: 'DEL', id })),
        ]
      : [...byId].map(([id, record]): DeltaLine => ({ op: 'ADD', id, record }));
    lines.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return { name: deltaFileName(table), content: lines.map((l) => `${JSON.stringify(l)}\n`).join('') };
  });
}

// Compares two built versions: records added, removed and changed by id, Table Schema changes, and the version
// bump they require with a reason each, after the Frictionless "Data Package Version" recipe: major when a
// consumer can break, minor for new tables, new records and loosened constraints, patch for corrected values and
// descriptive metadata.
import type { LoadedVersion, PackageResource, TableSchemaDescriptor } from './load-version.js';
import { maxBump, type Bump } from './semver.js';

type ChangeBump = Exclude<Bump, 'none'>;

export interface Reason {
  bump: ChangeBump;
  text: string;
}

type SchemaChangeKind =
  | 'table-added'
  | 'table-removed'
  | 'table-renamed'
  | 'field-added'
  | 'field-removed'
  | 'field-renamed'
  | 'fields-reordered'
  | 'type-changed'
  | 'format-changed'
  | 'constraint-tightened'
  | 'constraint-loosened'
  | 'constraint-changed'
  | 'key-changed'
  | 'description-changed';

interface SchemaChange {
  table: string;
  field?: string;
  kind: SchemaChangeKind;
  detail: string;
  bump: ChangeBump;
}

interface RecordChange {
  id: string;
  /** Top-level fields whose values differ. */
  fields: string[];
}

interface TableDiff {
  table: string;
  added: string[];
  removed: string[];
  changed: RecordChange[];
}

export interface DatasetDiff {
  from: string;
  to: string;
  bump: Bump;
  reasons: Reason[];
  schema: SchemaChange[];
  records: TableDiff[];
  /** Package properties (other than version, date and resources) whose values differ. */
  metadata: string[];
}

/** JSON with object keys sorted: equal values give equal text. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

const same = (a: unknown, b: unknown) => canonicalJson(a) === canonicalJson(b);
const sorted = (values: Iterable<string>) => [...values].sort();
const list = (values: readonly unknown[]) => values.map((v) => JSON.stringify(v)).join(', ');

const LOWER_BOUNDS = new Set(['minimum', 'exclusiveMinimum', 'minLength', 'minItems']);
const UPPER_BOUNDS = new Set(['maximum', 'exclusiveMaximum', 'maxLength', 'maxItems']);
const FLAGS = new Set(['required', 'unique']);

/** How one constraint changed: tightened (fewer values valid), loosened, or changed in a way that cannot be ranked. */
function constraintChange(key: string, before: unknown, after: unknown): { kind: SchemaChangeKind; detail: string } {
  const shown = (v: unknown) => (v === undefined ? 'none' : JSON.stringify(v));
  if (FLAGS.has(key)) {
    return after === true
      ? { kind: 'constraint-tightened', detail: `${key} added` }
      : { kind: 'constraint-loosened', detail: `${key} dropped` };
  }
  if (key === 'enum') {
    if (!Array.isArray(before))
      return { kind: 'constraint-tightened', detail: `enum added: ${list(after as unknown[])}` };
    if (!Array.isArray(after)) return { kind: 'constraint-loosened', detail: 'enum dropped' };
    const gone = before.filter((v) => !after.some((w) => same(v, w)));
    const added = after.filter((v) => !before.some((w) => same(v, w)));
    if (gone.length)
      return {
        kind: 'constraint-tightened',
        detail: `enum narrowed: ${list(gone)} no longer allowed${added.length ? `; ${list(added)} added` : ''}`,
      };
    return { kind: 'constraint-loosened', detail: `enum widened: ${list(added)} allowed` };
  }
  const bound = LOWER_BOUNDS.has(key) ? 1 : UPPER_BOUNDS.has(key) ? -1 : 0;
  if (
    bound &&
    (typeof before === 'number' || before === undefined) &&
    (typeof after === 'number' || after === undefined)
  ) {
    const tighter = after !== undefined && (before === undefined || (after - before) * bound > 0);
    return {
      kind: tighter ? 'constraint-tightened' : 'constraint-loosened',
      detail: `${key} ${shown(before)} -> ${shown(after)}`,
    };
  }
  return { kind: 'constraint-changed', detail: `${key} ${shown(before)} -> ${shown(after)}` };
}

const BUMP_OF: Record<SchemaChangeKind, ChangeBump> = {
  'table-added': 'minor',
  'table-removed': 'major',
  'table-renamed': 'major',
  'field-added': 'major',
  'field-removed': 'major',
  'field-renamed': 'major',
  'fields-reordered': 'major',
  'type-changed': 'major',
  'format-changed': 'major',
  'constraint-tightened': 'major',
  'constraint-loosened': 'minor',
  'constraint-changed': 'major',
  'key-changed': 'major',
  'description-changed': 'patch',
};

function change(table: string, kind: SchemaChangeKind, detail: string, field?: string): SchemaChange {
  return field === undefined
    ? { table, kind, detail, bump: BUMP_OF[kind] }
    : { table, field, kind, detail, bump: BUMP_OF[kind] };
}

/** Changes between two Table Schemas of the same table. */
function diffTableSchema(table: string, before: TableSchemaDescriptor, after: TableSchemaDescriptor): SchemaChange[] {
  const out: SchemaChange[] = [];
  const oldNames = before.fields.map((f) => f.name);
  const newNames = after.fields.map((f) => f.name);
  const removed = oldNames.filter((n) => !newNames.includes(n));
  const added = newNames.filter((n) => !oldNames.includes(n));
  // A field gone and a field new at the same position with the same type reads as a rename.
  const renamed = new Map<string, string>();
  for (const name of removed) {
    const i = oldNames.indexOf(name);
    const candidate = newNames[i];
    if (
      candidate !== undefined &&
      added.includes(candidate) &&
      ![...renamed.values()].includes(candidate) &&
      before.fields[i]!.type === after.fields[i]!.type
    )
      renamed.set(name, candidate);
  }
  for (const [from, to] of renamed) out.push(change(table, 'field-renamed', `field ${from} renamed to ${to}`, to));
  for (const name of removed.filter((n) => !renamed.has(n)))
    out.push(change(table, 'field-removed', `field ${name} removed`, name));
  for (const name of added.filter((n) => ![...renamed.values()].includes(n)))
    out.push(change(table, 'field-added', `field ${name} added`, name));
  const kept = oldNames.filter((n) => !removed.includes(n) || renamed.has(n)).map((n) => renamed.get(n) ?? n);
  const keptOrder = newNames.filter((n) => kept.includes(n));
  if (!same(kept, keptOrder)) out.push(change(table, 'fields-reordered', `fields reordered: ${keptOrder.join(', ')}`));
  for (const oldField of before.fields) {
    const name = renamed.get(oldField.name) ?? oldField.name;
    const newField = after.fields.find((f) => f.name === name);
    if (!newField) continue;
    if (oldField.type !== newField.type)
      out.push(
        change(
          table,
          'type-changed',
          `field ${name}: type ${oldField.type ?? 'any'} -> ${newField.type ?? 'any'}`,
          name,
        ),
      );
    if (oldField.format !== newField.format)
      out.push(
        change(
          table,
          'format-changed',
          `field ${name}: format ${oldField.format ?? 'default'} -> ${newField.format ?? 'default'}`,
          name,
        ),
      );
    const a = oldField.constraints ?? {};
    const b = newField.constraints ?? {};
    for (const key of sorted(new Set([...Object.keys(a), ...Object.keys(b)]))) {
      if (same(a[key], b[key])) continue;
      const { kind, detail } = constraintChange(key, a[key], b[key]);
      // The id column's pattern is the id scheme: a change there renames every record.
      const idScheme = name === 'id' && key === 'pattern';
      out.push(
        change(
          table,
          idScheme ? 'key-changed' : kind,
          idScheme ? `id scheme changed: ${detail}` : `field ${name}: ${detail}`,
          name,
        ),
      );
    }
    if ((oldField.description ?? '') !== (newField.description ?? ''))
      out.push(change(table, 'description-changed', `field ${name}: description changed`, name));
  }
  if (!same(before.primaryKey, after.primaryKey))
    out.push(change(table, 'key-changed', `primary key ${list([before.primaryKey])} -> ${list([after.primaryKey])}`));
  if (!same(before.foreignKeys ?? [], after.foreignKeys ?? []))
    out.push(change(table, 'key-changed', 'foreign keys changed'));
  return out;
}

function diffRecords(
  table: string,
  before: readonly Record<string, unknown>[],
  after: readonly Record<string, unknown>[],
): TableDiff {
  const oldById = new Map(before.map((r) => [String(r.id), r]));
  const newById = new Map(after.map((r) => [String(r.id), r]));
  const changed: RecordChange[] = [];
  for (const id of sorted(newById.keys())) {
    const a = oldById.get(id);
    const b = newById.get(id)!;
    if (!a) continue;
    const fields = sorted(new Set([...Object.keys(a), ...Object.keys(b)])).filter((k) => !same(a[k], b[k]));
    if (fields.length) changed.push({ id, fields });
  }
  return {
    table,
    added: sorted([...newById.keys()].filter((id) => !oldById.has(id))),
    removed: sorted([...oldById.keys()].filter((id) => !newById.has(id))),
    changed,
  };
}

/** Package properties that are not descriptive: a change there is no mere correction. */
const IGNORED_PROPERTIES = new Set(['version', 'created', 'resources']);
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function diffDatasets(before: LoadedVersion, after: LoadedVersion): DatasetDiff {
  const schema: SchemaChange[] = [];
  const oldTables = [...before.schemas.keys()];
  const newTables = [...after.schemas.keys()];
  const gone = oldTables.filter((t) => !after.schemas.has(t));
  const fresh = newTables.filter((t) => !before.schemas.has(t));
  const fieldNames = (s: TableSchemaDescriptor) => s.fields.map((f) => f.name).join(',');
  for (const t of gone) {
    const twin = fresh.find((n) => fieldNames(after.schemas.get(n)!) === fieldNames(before.schemas.get(t)!));
    if (twin) schema.push(change(twin, 'table-renamed', `table ${t} renamed to ${twin}`));
    else schema.push(change(t, 'table-removed', `table ${t} removed`));
  }
  for (const t of fresh) {
    if (!schema.some((c) => c.kind === 'table-renamed' && c.table === t))
      schema.push(change(t, 'table-added', `table ${t} added`));
  }
  const common = newTables.filter((t) => before.schemas.has(t));
  if (
    !same(
      oldTables.filter((t) => common.includes(t)),
      common,
    )
  )
    schema.push(change(common.join(','), 'fields-reordered', `tables reordered: ${common.join(', ')}`));
  for (const t of common) schema.push(...diffTableSchema(t, before.schemas.get(t)!, after.schemas.get(t)!));

  const records = common.map((t) => diffRecords(t, before.tables.get(t) ?? [], after.tables.get(t) ?? []));
  const reasons: Reason[] = schema.map((c) => ({ bump: c.bump, text: `${c.table}: ${c.detail}` }));
  for (const r of records) {
    const oldCount = before.tables.get(r.table)?.length ?? 0;
    if (r.removed.length && r.removed.length === oldCount && r.added.length)
      reasons.push({ bump: 'major', text: `${r.table}: no id survives (the id scheme changed?)` });
    else if (r.removed.length)
      reasons.push({ bump: 'major', text: `${r.table}: ${plural(r.removed.length, 'record')} removed` });
    if (r.added.length) reasons.push({ bump: 'minor', text: `${r.table}: ${plural(r.added.length, 'record')} added` });
    if (r.changed.length)
      reasons.push({
        bump: 'patch',
        text: `${r.table}: ${plural(r.changed.length, 'record')} corrected (${sorted(new Set(r.changed.flatMap((c) => c.fields))).join(', ')})`,
      });
  }

  // Files of tables present in both: a new file (format) is an addition, a dropped one breaks its readers.
  const byName = (resources: readonly PackageResource[]) => new Map(resources.map((r) => [r.name, r]));
  const oldResources = byName(before.package.resources);
  const newResources = byName(after.package.resources);
  const inCommonTable = (r: PackageResource) => common.some((t) => r.path.replace(/\.[^.]*$/, '') === t);
  for (const [name, r] of newResources)
    if (!oldResources.has(name) && inCommonTable(r))
      reasons.push({ bump: 'minor', text: `resource ${name} added (${r.path})` });
  for (const [name, r] of oldResources)
    if (!newResources.has(name) && inCommonTable(r))
      reasons.push({ bump: 'major', text: `resource ${name} removed (${r.path})` });
  for (const [name, r] of newResources) {
    const old = oldResources.get(name);
    if (old && old.path !== r.path)
      reasons.push({ bump: 'major', text: `resource ${name} moved from ${old.path} to ${r.path}` });
    else if (old && (!same(old.title, r.title) || !same(old.description, r.description)))
      reasons.push({ bump: 'patch', text: `resource ${name}: description changed` });
  }

  const keys = sorted(new Set([...Object.keys(before.package), ...Object.keys(after.package)])).filter(
    (k) => !IGNORED_PROPERTIES.has(k),
  );
  const metadata = keys.filter((k) => !same(before.package[k], after.package[k]));
  // Reusers' rights follow the licence: changing it is never a mere correction.
  if (metadata.includes('licenses')) reasons.push({ bump: 'major', text: 'licence changed' });
  const descriptive = metadata.filter((k) => k !== 'licenses');
  if (descriptive.length)
    reasons.push({ bump: 'patch', text: `descriptive metadata changed: ${descriptive.join(', ')}` });

  const order: ChangeBump[] = ['major', 'minor', 'patch'];
  reasons.sort((a, b) => order.indexOf(a.bump) - order.indexOf(b.bump));
  return {
    from: before.version,
    to: after.version,
    bump: maxBump(reasons.map((r) => r.bump)),
    reasons,
    schema,
    records,
    metadata,
  };
}

/** The diff as people read it. */
export function formatDiff(diff: DatasetDiff): string {
  const lines = [`${diff.from} -> ${diff.to}: ${diff.bump === 'none' ? 'no changes' : `${diff.bump} change`}`];
  if (diff.reasons.length) lines.push('', 'Reasons:', ...diff.reasons.map((r) => `  ${r.bump.padEnd(5)}  ${r.text}`));
  if (diff.schema.length)
    lines.push('', 'Schema:', ...diff.schema.map((c) => `  ${c.kind.padEnd(20)}  ${c.table}: ${c.detail}`));
  for (const t of diff.records) {
    if (!t.added.length && !t.removed.length && !t.changed.length) continue;
    lines.push('', `${t.table}: ${t.added.length} added, ${t.removed.length} removed, ${t.changed.length} changed`);
    lines.push(
      ...t.added.map((id) => `  + ${id}`),
      ...t.removed.map((id) => `  - ${id}`),
      ...t.changed.map((c) => `  ~ ${c.id} (${c.fields.join(', ')})`),
    );
  }
  return lines.join('\n');
}

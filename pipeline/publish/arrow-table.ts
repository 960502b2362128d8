// Records to an Arrow table with the types the schemas imply: List<Utf8> for lists, Date32 for days,
// dictionary-encoded low-cardinality strings, nulls where the schema allows. Arrow and Parquet files share it.
// Each column's buffers are built in one typed loop: apache-arrow's per-value builders (vectorFromArray) run at a
// fraction of the speed. The buffers are laid out as those builders lay them out, so the files are the same bytes.
import {
  Bool,
  type Data,
  type DataType,
  DateDay,
  Dictionary,
  Field as ArrowField,
  Float64,
  Int32,
  List,
  RecordBatch,
  Schema,
  Struct,
  Utf8,
  type Vector,
  makeData,
  makeVector,
} from 'apache-arrow';
import { fieldsOf, valueAt, type Field, type TableSchemaSource } from '../schema/index.js';

function scalarType(type: Field['type'], format: string | undefined, dictionaryId: number | undefined): DataType {
  switch (type) {
    case 'string':
      if (format === 'date') return new DateDay();
      return dictionaryId === undefined ? new Utf8() : new Dictionary(new Utf8(), new Int32(), dictionaryId);
    case 'integer':
      return new Int32();
    case 'number':
      return new Float64();
    case 'boolean':
      return new Bool();
    default:
      throw new Error(`no Arrow type for ${type}`);
  }
}

/**
 * The Arrow type of a column, derived from its schema field. A dictionary's id is its column's position:
 * apache-arrow would otherwise number dictionaries from a process-wide counter, and the files would depend on
 * what the process built before.
 */
function arrowType(field: Field, position: number): DataType {
  if (field.type === 'array') {
    return new List(new ArrowField('item', scalarType(field.itemType ?? 'string', undefined, undefined), false));
  }
  return scalarType(field.type, field.format, field.dictionary ? position : undefined);
}

function arrowSchema(fields: readonly Field[]): Schema {
  return new Schema(fields.map((f, i) => new ArrowField(f.name, arrowType(f, i), f.nullable)));
}

/** Bitmaps are padded to 64 bytes as apache-arrow's builders pad them, which the IPC file then carries. */
const bitmapBytes = (bits: number) => Math.max(64, Math.ceil(Math.ceil(bits / 8) / 64) * 64);

function bitmap(values: readonly unknown[], test: (value: unknown) => boolean): { bits: Uint8Array; ones: number } {
  const bits = new Uint8Array(bitmapBytes(values.length));
  let ones = 0;
  for (let i = 0; i < values.length; i++) {
    if (test(values[i])) {
      bits[i >> 3]! |= 1 << (i & 7);
      ones++;
    }
  }
  return { bits, ones };
}

const isValid = (value: unknown) => value !== null && value !== undefined;

/** Strings are joined and encoded some thousands of characters at a time: few calls, and short-lived garbage. */
const UTF8_CHUNK_CHARS = 1 << 14;

/**
 * UTF-8 bytes of strings (null as nothing) and the offsets of each in them. Byte lengths are measured first so the
 * text is encoded straight into one buffer of its exact size: growing large buffers, or holding large joined
 * strings, makes V8 run full collections over every record held in memory.
 */
function utf8(values: readonly (string | null)[]): { valueOffsets: Int32Array; data: Uint8Array } {
  const valueOffsets = new Int32Array(values.length + 1);
  const chunks: { start: number; end: number; oneByOne: boolean }[] = [];
  let offset = 0;
  for (let start = 0, end = 0; start < values.length; start = end) {
    for (let chars = 0; end < values.length && chars < UTF8_CHUNK_CHARS; end++) chars += values[end]?.length ?? 0;
    const text = values.slice(start, end).join('');
    const bytes = Buffer.byteLength(text, 'utf8');
    const chunkStart = offset;
    // All ASCII: a string's bytes are its length.
    if (bytes === text.length) for (let i = start; i < end; i++) valueOffsets[i + 1] = offset += values[i]?.length ?? 0;
    else
      for (let i = start; i < end; i++)
        valueOffsets[i + 1] = offset += values[i] ? Buffer.byteLength(values[i]!, 'utf8') : 0;
    // Lone surrogates at the seam of two strings pair up in the joined text; such a chunk is encoded string by string.
    chunks.push({ start, end, oneByOne: offset - chunkStart !== bytes });
  }
  const data = new Uint8Array(offset);
  const view = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  for (const { start, end, oneByOne } of chunks) {
    if (!oneByOne) view.write(values.slice(start, end).join(''), valueOffsets[start]!);
    else for (let i = start; i < end; i++) if (values[i]) view.write(values[i]!, valueOffsets[i]!);
  }
  return { valueOffsets, data };
}

// Date32 counts days since the epoch; read from the ISO day in UTC so no time zone shifts it.
const epochDay = (value: unknown) => Math.floor(Date.parse(`${String(value)}T00:00:00Z`) / 86_400_000);

/** The buffers of one column of a type, from its values (nulls included). */
function buffersOf(type: DataType, values: readonly unknown[], dictionaries: Dictionaries): Record<string, unknown> {
  if (type instanceof List) {
    const valueOffsets = new Int32Array(values.length + 1);
    const items: unknown[] = [];
    for (let i = 0; i < values.length; i++) {
      const list = values[i] as unknown[] | null | undefined;
      if (list) for (const item of list) items.push(item);
      valueOffsets[i + 1] = items.length;
    }
    return { valueOffsets, child: dataOf(type.valueType, items, dictionaries) };
  }
  if (type instanceof Dictionary) {
    const dictionary = dictionaries.get(type.id);
    if (!dictionary) throw new Error(`no dictionary ${type.id}`);
    const indices = new Int32Array(values.length);
    for (let i = 0; i < values.length; i++) {
      const value = values[i];
      if (!isValid(value)) continue;
      const index = dictionary.indices.get(String(value));
      if (index === undefined) throw new Error(`${JSON.stringify(value)} is not in dictionary ${type.id}`);
      indices[i] = index;
    }
    return { data: indices, dictionary: dictionary.vector };
  }
  // Validated records hold strings (or null) in string columns.
  if (type instanceof Utf8) return utf8(values as (string | null)[]);
  if (type instanceof Bool) return { data: bitmap(values, (v) => v === true).bits };
  const convert = type instanceof DateDay ? epochDay : Number;
  const data = type instanceof Float64 ? new Float64Array(values.length) : new Int32Array(values.length);
  for (let i = 0; i < values.length; i++) if (isValid(values[i])) data[i] = convert(values[i]);
  return { data };
}

/** One column's Arrow data: validity (kept only when a null occurs) and the type's buffers. */
function dataOf(type: DataType, values: readonly unknown[], dictionaries: Dictionaries = new Map()): Data {
  const validity = bitmap(values, isValid);
  const nullCount = values.length - validity.ones;
  return makeData({
    type,
    length: values.length,
    nullCount,
    ...(nullCount > 0 ? { nullBitmap: validity.bits } : {}),
    ...buffersOf(type, values, dictionaries),
  } as never);
}

/** A dictionary column's values, built once per table so every batch shares it (a file holds one per column). */
interface TableDictionary {
  vector: Vector;
  indices: Map<string, number>;
}

/** Dictionary id -> its dictionary. */
type Dictionaries = Map<number, TableDictionary>;

/**
 * The distinct values of a table's dictionary columns in order of first appearance, gathered from every record
 * before any is written: Arrow files cannot replace a dictionary part-way, and batches are written as they fill.
 */
export class DictionarySurvey {
  private readonly fields: readonly { index: number; field: Field }[];
  private readonly values: Map<number, Set<string>>;

  constructor(table: TableSchemaSource) {
    // The columns arrowType makes dictionaries, so the survey and the schema never disagree.
    this.fields = fieldsOf(table)
      .map((field, index) => ({ index, field }))
      .filter(({ field, index }) => arrowType(field, index) instanceof Dictionary);
    this.values = new Map(this.fields.map(({ index }) => [index, new Set<string>()]));
  }

  add(record: unknown): void {
    for (const { index, field } of this.fields) {
      const value = valueAt(record, field);
      if (isValid(value)) this.values.get(index)!.add(String(value));
    }
  }

  /** Column position (the dictionary's id) -> distinct values. */
  result(): ReadonlyMap<number, readonly string[]> {
    return new Map([...this.values].map(([id, set]) => [id, [...set]]));
  }
}

/** Rows per record batch: Arrow batches and Parquet row groups hold at most this many, so memory stays flat. */
export const BATCH_ROWS = 65_536;

/**
 * Characters of text per record batch: a batch of long rows (a quote's context runs to hundreds of characters) ends
 * here before it has BATCH_ROWS rows, so a batch and its copies on the way to disk stay a few megabytes.
 */
export const BATCH_CHARS = 4 * 1024 * 1024;

/** The characters of a cell's text, or of the texts in a list cell. */
function charsOf(value: unknown): number {
  if (typeof value === 'string') return value.length;
  if (Array.isArray(value)) return value.reduce((n: number, v) => n + (typeof v === 'string' ? v.length : 0), 0);
  return 0;
}

/**
 * A table writer's `write` for a format fed by record batches: records go to the collector, each full batch to
 * `hand`, and the caller is asked to yield once so the batch's bytes can drain to disk.
 */
export function batchedWrite(
  columns: ColumnCollector,
  hand: (batch: RecordBatch) => void,
): (record: unknown) => Promise<void> | undefined {
  return (record) => {
    const batch = columns.add(record);
    if (!batch) return undefined;
    hand(batch);
    return new Promise((resolve) => setImmediate(resolve));
  };
}

/** Collects a table's records column by column and hands them on as record batches of BATCH_ROWS rows. */
export class ColumnCollector {
  private readonly fields: readonly Field[];
  private readonly schema: Schema;
  private readonly dictionaries: Dictionaries;
  private readonly columns: unknown[][];
  private rows = 0;
  private chars = 0;
  private batches = 0;

  constructor(table: TableSchemaSource, dictionaryValues: ReadonlyMap<number, readonly string[]>) {
    this.fields = fieldsOf(table);
    this.schema = arrowSchema(this.fields);
    this.dictionaries = new Map(
      [...dictionaryValues].map(([id, values]) => [
        id,
        { vector: makeVector(dataOf(new Utf8(), values)), indices: new Map(values.map((v, i) => [v, i])) },
      ]),
    );
    // Grown as rows come, not allocated at BATCH_ROWS: a batch of long rows ends far sooner, and a table with no
    // rows (or few) should cost nothing. Two formats collect every table, so slots unused would cost megabytes.
    this.columns = this.fields.map(() => []);
  }

  /** Adds a record; returns a batch when one is full (BATCH_ROWS rows, or BATCH_CHARS characters of text). */
  add(record: unknown): RecordBatch | undefined {
    const row = this.rows;
    for (let i = 0; i < this.fields.length; i++) {
      const value = valueAt(record, this.fields[i]!);
      this.columns[i]![row] = value;
      this.chars += charsOf(value);
    }
    return ++this.rows === BATCH_ROWS || this.chars >= BATCH_CHARS ? this.batch() : undefined;
  }

  /** The last, partly filled batch; an empty one when the table has no records, so its file still has a schema. */
  finish(): RecordBatch | undefined {
    return this.rows || !this.batches ? this.batch() : undefined;
  }

  private batch(): RecordBatch {
    const rows = this.rows;
    // The column arrays are filled again for the next batch: allocating them anew for each costs collections.
    const children = this.schema.fields.map((f, i) => {
      const column = this.columns[i]!;
      return dataOf(f.type, column.length === rows ? column : column.slice(0, rows), this.dictionaries);
    });
    const data = makeData({ type: new Struct(this.schema.fields), length: rows, nullCount: 0, children });
    this.rows = 0;
    this.chars = 0;
    this.batches++;
    return new RecordBatch(this.schema, data);
  }
}

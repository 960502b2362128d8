// Records to an Arrow table with the types the schemas imply: List<Utf8> for lists, Date32 for days,
// dictionary-encoded low-cardinality strings, nulls where the schema allows. Arrow and Parquet files share it.
import {
  Bool,
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
  Table,
  Utf8,
  makeData,
  vectorFromArray,
} from 'apache-arrow';
import { fieldsOf, valueAt, type Field, type TableSchemaSource } from '../schema/index.js';

function scalarType(type: Field['type'], format: string | undefined, dictionary: boolean): DataType {
  switch (type) {
    case 'string':
      if (format === 'date') return new DateDay();
      return dictionary ? new Dictionary(new Utf8(), new Int32()) : new Utf8();
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

/** The Arrow type of a column, derived from its schema field. */
export function arrowType(field: Field): DataType {
  if (field.type === 'array') {
    return new List(new ArrowField('item', scalarType(field.itemType ?? 'string', undefined, false), false));
  }
  return scalarType(field.type, field.format, field.dictionary);
}

export function arrowSchema(fields: readonly Field[]): Schema {
  return new Schema(fields.map((f) => new ArrowField(f.name, arrowType(f), f.nullable)));
}

function toArrowValue(field: Field, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  // Date32 counts days since the epoch; build from the ISO day in UTC so no time zone shifts it.
  if (field.format === 'date') return new Date(Date.parse(`${String(value)}T00:00:00Z`));
  return value;
}

/** Collects one table's records column by column, then builds one Arrow table of them. */
export class ColumnCollector {
  private readonly fields: readonly Field[];
  private readonly columns: unknown[][];

  constructor(table: TableSchemaSource) {
    this.fields = fieldsOf(table);
    this.columns = this.fields.map(() => []);
  }

  add(record: unknown): void {
    this.fields.forEach((f, i) => this.columns[i]!.push(toArrowValue(f, valueAt(record, f))));
  }

  table(): Table {
    const schema = arrowSchema(this.fields);
    const children = this.fields.map((_, i) => vectorFromArray(this.columns[i]!, schema.fields[i]!.type).data[0]!);
    const data = makeData({ type: new Struct(schema.fields), length: this.columns[0]?.length ?? 0, nullCount: 0, children });
    return new Table(schema, [new RecordBatch(schema, data)]);
  }
}

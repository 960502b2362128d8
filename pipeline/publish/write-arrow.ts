// Arrow IPC file format with typed columns: List<Utf8> for lists, Date32 for days, dictionary-encoded
// low-cardinality strings, nulls where the schema allows. Uncompressed: apache-arrow 21 writes compressed
// buffers that other readers reject.
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
  RecordBatchFileWriter,
  Schema,
  Table,
  Utf8,
  makeData,
  vectorFromArray,
  Struct,
} from 'apache-arrow';
import { fieldsOf, valueAt, type Field } from '../schema/index.js';
import { writeArtifact } from './artifact.js';
import type { TableFormat } from './table-writer.js';

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

export const arrowFormat: TableFormat = {
  name: 'arrow',
  extension: 'arrow',
  mediatype: 'application/vnd.apache.arrow.file',
  tabular: true,
  open(table, dir) {
    const fields = fieldsOf(table);
    const columns: unknown[][] = fields.map(() => []);
    return {
      write(record) {
        fields.forEach((f, i) => columns[i]!.push(toArrowValue(f, valueAt(record, f))));
      },
      finish() {
        const schema = arrowSchema(fields);
        const vectors = fields.map((f, i) => vectorFromArray(columns[i]!, schema.fields[i]!.type));
        const length = columns[0]?.length ?? 0;
        const data = makeData({
          type: new Struct(schema.fields),
          length,
          nullCount: 0,
          children: vectors.map((v) => v.data[0]!),
        });
        const batch = new RecordBatch(schema, data);
        const bytes = RecordBatchFileWriter.writeAll(new Table(schema, [batch])).toUint8Array(true);
        return writeArtifact(dir, `${table.name}.arrow`, bytes);
      },
    };
  },
};

// Frictionless Table Schema (v2) derived from a record schema's columns.
import { fieldsOf, type Field, type TableSchemaSource } from '../schema/index.js';

interface TableSchemaField {
  name: string;
  type: string;
  description: string;
  format?: string;
  constraints?: Record<string, unknown>;
}

function tableSchemaField(field: Field): TableSchemaField {
  const type = field.format === 'date' ? 'date' : field.type;
  const out: TableSchemaField = { name: field.name, type, description: field.description };
  const constraints: Record<string, unknown> = {};
  if (field.required && !field.nullable) constraints.required = true;
  if (field.enum) constraints.enum = field.enum.filter((v) => v !== null);
  if (field.pattern && type === 'string') constraints.pattern = field.pattern;
  if (field.minimum !== undefined) constraints.minimum = field.minimum;
  if (field.minLength !== undefined && type === 'string') constraints.minLength = field.minLength;
  if (Object.keys(constraints).length) out.constraints = constraints;
  return out;
}

export function tableSchema(table: TableSchemaSource): Record<string, unknown> {
  const fields = fieldsOf(table);
  const schema: Record<string, unknown> = {
    fields: fields.map(tableSchemaField),
    primaryKey: ['id'],
    missingValues: [''],
  };
  // A list column's key holds item by item: every entry of quote_ids names a row of quotes.
  const keys = fields.filter((f) => f.references);
  if (keys.length) {
    schema.foreignKeys = keys.map((f) => ({ fields: [f.name], reference: { resource: f.references, fields: ['id'] } }));
  }
  return schema;
}

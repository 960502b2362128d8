// README.md of a version: the codebook, generated from the schemas, with the files, their checksums, the quality
// of the extractor that made them and how to load them.
import type { Quality } from '../evaluate/index.js';
import { fieldsOf, TABLES, type Field } from '../schema/index.js';
import type { DatasetMetadata } from '../types/records.js';
import type { TableFile } from './datapackage.js';
import { percent, qualityNote, RECORD_KINDS, sharesOf } from './quality-text.js';

function typeLabel(field: Field): string {
  if (field.type === 'array') return `list of ${field.itemType ?? 'string'}`;
  if (field.format === 'date') return 'date (YYYY-MM-DD)';
  return field.type;
}

const escapeCell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function columnsTable(fields: readonly Field[]): string {
  const rows = fields.map((f) => {
    const values = f.enum
      ? f.enum
          .filter((v) => v !== null)
          .map((v) => `\`${v}\``)
          .join(', ')
      : '';
    const refs = f.references
      ? ` ${f.type === 'array' ? 'Each item' : 'A value'} is an \`id\` of \`${f.references}\`.`
      : '';
    return `| \`${f.name}\` | ${typeLabel(f)} | ${f.nullable ? 'yes' : 'no'} | ${escapeCell(f.description + refs)} | ${values} |`;
  });
  return ['| column | type | may be null | meaning | values |', '| --- | --- | --- | --- | --- |', ...rows].join('\n');
}

function qualitySection(quality: Quality): string[] {
  const out = ['## Quality', '', qualityNote(quality), ''];
  out.push(
    '| records | precision | recall | F1 | gold records | matched how |',
    '| --- | --- | --- | --- | --- | --- |',
  );
  for (const k of RECORD_KINDS) {
    const s = quality[k.key];
    out.push(
      `| ${k.label} | ${percent(s.precision)} | ${percent(s.recall)} | ${percent(s.f1)} | ${quality.gold_records[k.key]} | ${k.meaning} |`,
    );
  }
  out.push(
    '',
    'Precision is the share of extracted records that match a gold record, recall the share of gold records matched, F1 their harmonic mean; records are matched one to one, best matches first, and an extracted record that matches only an optional gold record (a title in quotes, an undated act) counts for nothing.',
    '',
  );
  out.push('| measure | value | meaning |', '| --- | --- | --- |');
  for (const s of sharesOf(quality)) out.push(`| ${s.label} | ${percent(s.value)} | ${escapeCell(s.meaning)} |`);
  out.push(
    '',
    `\`datapackage.json\` carries the same figures as its \`quality\` property, as fractions from 0 to 1: \`quotes\`, \`events\` and \`responses\` each with \`precision\`, \`recall\` and \`f1\`; ${sharesOf(
      quality,
    )
      .map((s) => `\`${s.key}\``)
      .join(
        ', ',
      )}; \`documents\` (the size of the evaluation set), \`gold_records\` (the gold records of each kind) and \`extractor_version\`.`,
    '',
  );
  return out;
}

export function codebook(
  metadata: DatasetMetadata,
  counts: Record<string, number>,
  files: readonly TableFile[],
  quality?: Quality,
): string {
  const licence = metadata.licence;
  const out: string[] = [];
  out.push(`# ${metadata.title}`, '', `Version ${metadata.version}. ${metadata.description}`, '');
  out.push('## Licence and attribution', '');
  out.push(
    `This dataset is published under ${licence.title ?? licence.name} (${licence.name})${licence.path ? `, ${licence.path}` : ''}. It is read from:`,
    '',
  );
  for (const s of metadata.sources)
    out.push(`- \`${s.document}\`: ${s.title}${s.path ? ` (${s.path})` : ''}, ${s.licence}. ${s.attribution}`);
  out.push('');
  out.push('## Files', '', '| file | table | format | bytes | SHA-256 |', '| --- | --- | --- | --- | --- |');
  for (const { table, format, artifact } of files)
    out.push(`| \`${artifact.name}\` | ${table} | ${format.name} | ${artifact.bytes} | \`${artifact.sha256}\` |`);
  out.push(
    '',
    '`datapackage.json` describes every file (Frictionless Data Package v2); `SHA256SUMS` holds the checksum of every file (`sha256sum -c SHA256SUMS`).',
    '',
  );
  if (quality) out.push(...qualitySection(quality));
  out.push('## Conventions', '');
  out.push(
    "- `id` is stable: it is derived from the document, the sentence and the record's own words, so a record keeps its id when other paragraphs of its document change.",
  );
  out.push(
    '- `source_start` and `source_end` are Unicode code point offsets into the source document (a leading byte-order mark is not counted): `text[start:end]` in Python is the span. `source_line` and `source_column` count from 1, the column in code points.',
  );
  out.push(
    '- Dates are ISO 8601 at the precision the text gives (`2019`, `2019-11`, `2019-11-16`); `date_start` and `date_end` are the first and last day that date covers.',
  );
  out.push(
    '- CSV: RFC 4180, UTF-8 without byte-order mark, CRLF line ends, a header row. A null is an empty cell, an empty string a quoted empty cell (`""`); booleans are `true`/`false`; lists are JSON arrays in their cell; the nested `source` object is flattened to `source_start`, `source_end`, `source_line`, `source_column`.',
  );
  out.push(
    "- Spreadsheet safety: in the CSV files only, a text cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return is prefixed with an apostrophe (`'`), so that no spreadsheet runs it as a formula; strip that one leading apostrophe to get the exact text, which the JSON, NDJSON, Arrow and Parquet files keep.",
  );
  out.push('- JSON: one array of records per table, as the JSON Schemas define them (`source` kept as an object).');
  out.push(
    '- Arrow: IPC file format, uncompressed; lists are List<Utf8>, days Date32, columns with few distinct values dictionary-encoded.',
  );
  out.push('');
  for (const table of TABLES) {
    out.push(
      `## \`${table.name}\` (${counts[table.name] ?? 0} records)`,
      '',
      String(table.schema.description ?? ''),
      '',
      columnsTable(fieldsOf(table)),
      '',
    );
  }
  out.push('## Loading', '');
  out.push(
    '```python',
    'import pandas as pd, json',
    'quotes = pd.read_csv("quotes.csv", converters={"citations": json.loads})',
    'events = pd.read_csv("events.csv", parse_dates=["date_start", "date_end"], dtype={"date": "string"})',
    '```',
    '',
  );
  out.push('```python', 'import polars as pl', 'events = pl.read_ipc("events.arrow")', '```', '');
  out.push(
    '```r',
    'events <- arrow::read_feather("events.arrow")',
    'quotes <- readr::read_csv("quotes.csv")',
    'responses <- readr::read_csv("responses.csv", col_types = readr::cols(date = "c"))',
    '```',
    '',
  );
  out.push('```sql', "SELECT speaker, count(*) FROM read_csv('quotes.csv') GROUP BY speaker;", '```', '');
  return out.join('\n');
}

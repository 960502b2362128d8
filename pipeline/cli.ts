// The command line: parses arguments, runs a stage, reports its diagnostics once, and sets the exit code
// (0 ok, 1 invalid input or data, 2 usage error).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { VFile } from 'vfile';
import { build, displayPath, extractValidated } from './build.js';
import { formatMessage, hasErrors } from './diagnostics.js';
import { parseDocument } from './parse/index.js';
import { readDocument } from './read/index.js';
import { SourceDateError } from './read/source-date.js';
import { annotate, inActions, verifyDataset, writeBuildSummary } from './release/index.js';

export const EXIT = { ok: 0, invalid: 1, usage: 2 } as const;

interface Command {
  summary: string;
  usage: string;
  help: string;
  options: NonNullable<ParseArgsConfig['options']>;
  positionals: { min: number; max: number };
  run(values: Record<string, string | boolean | undefined>, positionals: string[], io: Io): Promise<number>;
}

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  env: NodeJS.ProcessEnv;
}

class UsageError extends Error {}

const VERBOSE = { verbose: { type: 'boolean', short: 'v' } } as const;

/** Prints every message (info only when verbose) and annotates in GitHub Actions. */
function report(files: readonly VFile[], io: Io, verbose: boolean): void {
  for (const file of files) {
    for (const m of file.messages) if (m.fatal !== undefined && m.fatal !== null ? true : verbose) io.err(formatMessage(file, m));
  }
  if (inActions(io.env)) annotate(files);
}

const COMMANDS: Record<string, Command> = {
  build: {
    summary: 'read the sources and write a validated dataset version',
    usage: 'papertrail build [--sources DIR] [--out DIR] [--verbose]',
    help: `Reads every .txt and .md document in the sources folder and its dataset.yaml, extracts events, quotes
and responses, validates them against schemas/, and writes OUT/<version>/: CSV, JSON and Arrow files per table,
datapackage.json, README.md (the codebook) and SHA256SUMS. The version is written to a staging folder, checked,
and renamed into place: on any error nothing in OUT changes.

Options:
  --sources DIR   the sources folder (default: sources)
  --out DIR       the output folder (default: dist)
  -v, --verbose   also print info messages (unattributed quotes, orphan citations, ...)

Environment:
  SOURCE_DATE_EPOCH  the build date, in seconds since 1970 (default: the last commit touching the sources)`,
    options: { sources: { type: 'string', default: 'sources' }, out: { type: 'string', default: 'dist' }, ...VERBOSE },
    positionals: { min: 0, max: 0 },
    async run(values, _positionals, io) {
      let result;
      try {
        result = await build({ sourcesDir: path.resolve(String(values.sources)), outDir: path.resolve(String(values.out)), env: io.env });
      } catch (error) {
        if (error instanceof SourceDateError) throw new UsageError(error.message);
        throw error;
      }
      report(result.files, io, values.verbose === true);
      if (!result.published) {
        io.err(`papertrail: build failed; ${displayPath(path.resolve(String(values.out)))} was not changed`);
        return EXIT.invalid;
      }
      const { dir, counts, artifacts } = result.published;
      const shown = displayPath(dir);
      io.out(`built ${shown}: ${Object.entries(counts).map(([t, n]) => `${n} ${t}`).join(', ')}; ${artifacts.length + 1} files`);
      if (inActions(io.env)) await writeBuildSummary(shown, path.basename(dir), counts, artifacts);
      return EXIT.ok;
    },
  },
  extract: {
    summary: 'print the records of one document as JSON',
    usage: 'papertrail extract FILE [--sources DIR] [--verbose]',
    help: `Prints {"events": [...], "quotes": [...], "responses": [...]} for one document: the records build would
publish for it. Record ids and the document field use the file's path relative to the sources folder when the
file lies inside it, else its file name.

Options:
  --sources DIR   the sources folder (default: sources)
  -v, --verbose   also print info messages on standard error`,
    options: { sources: { type: 'string', default: 'sources' }, ...VERBOSE },
    positionals: { min: 1, max: 1 },
    async run(values, [target], io) {
      const absolute = path.resolve(target!);
      const sources = path.resolve(String(values.sources));
      const inside = path.relative(sources, absolute);
      const [dir, rel] = inside && !inside.startsWith('..') && !path.isAbsolute(inside)
        ? [sources, inside.split(path.sep).join('/')]
        : [path.dirname(absolute), path.basename(absolute)];
      const file = await readDocument(dir, rel, displayPath(absolute));
      const records = hasErrors([file]) ? undefined : (() => {
        const doc = parseDocument(file);
        return hasErrors([file]) ? undefined : extractValidated(doc);
      })();
      report([file], io, values.verbose === true);
      if (!records || hasErrors([file])) return EXIT.invalid;
      io.out(JSON.stringify({ events: records.events, quotes: records.quotes, responses: records.responses }, null, 2));
      return EXIT.ok;
    },
  },
  validate: {
    summary: 'check a built dataset version folder',
    usage: 'papertrail validate DIR',
    help: `Checks a version folder (e.g. dist/1.0.0): datapackage.json against the official Frictionless v2 profile,
every file against its size and SHA-256 (datapackage.json and SHA256SUMS), every record against its JSON
Schema, row counts across formats, unique ids and foreign keys. Exits 1 on any problem.`,
    options: { ...VERBOSE },
    positionals: { min: 1, max: 1 },
    async run(values, [dir], io) {
      const files = await verifyDataset(path.resolve(dir!), dir!);
      report(files, io, values.verbose === true);
      if (hasErrors(files)) return EXIT.invalid;
      io.out(`${dir}: valid`);
      return EXIT.ok;
    },
  },
};

function version(): string {
  return (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;
}

function mainHelp(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((n) => n.length));
  return `papertrail ${version()}: source documents to validated, versioned open datasets

Usage: papertrail <command> [options]

Commands:
${Object.entries(COMMANDS).map(([n, c]) => `  ${n.padEnd(width)}  ${c.summary}`).join('\n')}

Run 'papertrail <command> --help' for a command's options.
Exit codes: 0 ok, 1 invalid input or data, 2 usage error.`;
}

export async function main(argv: string[], io: Io = { out: (t) => console.log(t), err: (t) => console.error(t), env: process.env }): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    const topic = name === 'help' ? rest[0] : undefined;
    if (topic && COMMANDS[topic]) io.out(`Usage: ${COMMANDS[topic].usage}\n\n${COMMANDS[topic].help}`);
    else if (topic) {
      io.err(`papertrail: unknown command ${JSON.stringify(topic)}\n\n${mainHelp()}`);
      return EXIT.usage;
    } else if (name === undefined) {
      io.err(mainHelp());
      return EXIT.usage;
    } else io.out(mainHelp());
    return EXIT.ok;
  }
  if (name === '--version' || name === '-V') {
    io.out(version());
    return EXIT.ok;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.err(`papertrail: unknown command ${JSON.stringify(name)}\n\n${mainHelp()}`);
    return EXIT.usage;
  }
  try {
    if (rest.includes('--help') || rest.includes('-h')) {
      io.out(`Usage: ${command.usage}\n\n${command.help}`);
      return EXIT.ok;
    }
    let parsed;
    try {
      parsed = parseArgs({ args: rest, options: command.options, allowPositionals: true, strict: true });
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
    const { min, max } = command.positionals;
    if (parsed.positionals.length < min || parsed.positionals.length > max) {
      throw new UsageError(`expected ${min === max ? min : `${min} to ${max}`} argument${max === 1 ? '' : 's'}, got ${parsed.positionals.length}`);
    }
    return await command.run(parsed.values as Record<string, string | boolean | undefined>, parsed.positionals, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`papertrail ${name}: ${error.message}\nUsage: ${command.usage}`);
      return EXIT.usage;
    }
    io.err(`papertrail ${name}: internal error: ${(error as Error).stack ?? String(error)}`);
    return EXIT.invalid;
  }
}

// The command line: finds the command, parses its arguments, runs it and sets the exit code (0 ok, 1 invalid input
// or data, 2 usage error). Each command lives in commands/, loaded only when it runs, so help answers at once.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { EXIT, UsageError, type Command, type Io } from './commands/command.js';

export { EXIT, type Io } from './commands/command.js';

const COMMANDS: Record<string, { summary: string; load: () => Promise<{ command: Command }> }> = {
  build: {
    summary: 'read the sources and write a validated dataset version',
    load: () => import('./commands/build.js'),
  },
  merge: { summary: 'join the shards of a sharded build into the dataset', load: () => import('./commands/merge.js') },
  extract: {
    summary: 'print the records of one document as JSON or NDJSON',
    load: () => import('./commands/extract.js'),
  },
  validate: { summary: 'check a built dataset version folder', load: () => import('./commands/validate.js') },
  diff: {
    summary: 'compare two built versions: records, schema, and the version bump they require',
    load: () => import('./commands/diff.js'),
  },
  version: {
    summary: 'print, check or raise the version dataset.yaml declares',
    load: () => import('./commands/version.js'),
  },
  mirror: {
    summary: 'copy every release of a dataset, verified, into a local folder',
    load: () => import('./commands/mirror.js'),
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
${Object.entries(COMMANDS)
  .map(([n, c]) => `  ${n.padEnd(width)}  ${c.summary}`)
  .join('\n')}

Run 'papertrail <command> --help' for a command's options.
Exit codes: 0 ok, 1 invalid input or data, 2 usage error.`;
}

export async function main(
  argv: string[],
  io: Io = { out: (t) => console.log(t), stdout: process.stdout, err: (t) => console.error(t), env: process.env },
): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    const topic = name === 'help' ? rest[0] : undefined;
    if (topic && COMMANDS[topic]) {
      const { command } = await COMMANDS[topic].load();
      io.out(`Usage: ${command.usage}\n\n${command.help}`);
    } else if (topic) {
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
  const entry = COMMANDS[name];
  if (!entry) {
    io.err(`papertrail: unknown command ${JSON.stringify(name)}\n\n${mainHelp()}`);
    return EXIT.usage;
  }
  const { command } = await entry.load();
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
      throw new UsageError(
        `expected ${min === max ? min : max === Infinity ? `at least ${min}` : `${min} to ${max}`} argument${max === 1 ? '' : 's'}, got ${parsed.positionals.length}`,
      );
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

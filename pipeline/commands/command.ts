// The shape of a command, its exit codes and its usage error: all the command line needs before it loads one.
import type { ParseArgsConfig } from 'node:util';

export const EXIT = { ok: 0, invalid: 1, usage: 2 } as const;

export interface Command {
  usage: string;
  help: string;
  options: NonNullable<ParseArgsConfig['options']>;
  positionals: { min: number; max: number };
  run(values: Record<string, string | boolean | undefined>, positionals: string[], io: Io): Promise<number>;
}

export interface Io {
  out: (text: string) => void;
  /** Where output too large for one string is written, a piece at a time (extract's records). */
  stdout: NodeJS.WritableStream;
  err: (text: string) => void;
  env: NodeJS.ProcessEnv;
}

export class UsageError extends Error {}

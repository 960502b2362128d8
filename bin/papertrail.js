#!/usr/bin/env node
// Runs the command line compiled into lib/ (scripts/compile.mjs, which npm runs at install). In a checkout whose
// pipeline/ sources have changed since, it runs those sources through tsx instead, so an edit takes effect at once.
import { existsSync, readdirSync, statSync } from 'node:fs';

const root = new URL('../', import.meta.url);
const sources = new URL('pipeline/', root);
const stamp = new URL('lib/.compiled', root);

/** The latest modification time of any file under dir. */
function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const at = new URL(entry.name + (entry.isDirectory() ? '/' : ''), dir);
    latest = Math.max(latest, entry.isDirectory() ? newest(at) : statSync(at).mtimeMs);
  }
  return latest;
}

let entry = '../lib/cli.js';
if (existsSync(sources) && (!existsSync(stamp) || newest(sources) > statSync(stamp).mtimeMs)) {
  const { register } = await import('tsx/esm/api');
  register();
  entry = '../pipeline/cli.ts';
}
const { main } = await import(entry);
process.exitCode = await main(process.argv.slice(2));

#!/usr/bin/env node
// Runs the TypeScript command line directly: tsx compiles it on load, so there is no build step to forget.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../pipeline/cli.ts');
process.exitCode = await main(process.argv.slice(2));

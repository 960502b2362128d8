// Preloaded (node --import) into every measured process: at exit it writes the process's peak resident set size
// to the file BENCH_USAGE names, so the parent can report it for builds it only spawns.
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  const file = process.env.BENCH_USAGE;
  if (file) writeFileSync(file, JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS }));
});

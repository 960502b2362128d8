// vitest's global setup: one folder for everything the tests make, removed when the run ends. Test processes are
// stopped by vitest rather than left to exit, so they cannot remove their own folders; a full run makes hundreds
// (a cache per CLI run), which had piled up in the system's temporary folder.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export default function setup(): () => void {
  const dir = mkdtempSync(path.join(tmpdir(), 'papertrail-tests-'));
  process.env.PAPERTRAIL_TEST_SCRATCH = dir;
  return () => rmSync(dir, { recursive: true, force: true });
}

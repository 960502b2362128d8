// The date a build carries: SOURCE_DATE_EPOCH when set (reproducible-builds.org), else the last commit that
// touched the sources; never the wall clock, so two builds of the same sources are byte-identical.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

export class SourceDateError extends Error {}

export async function sourceDate(sourcesDir: string, env: NodeJS.ProcessEnv): Promise<Date | null> {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && epoch !== '') {
    if (!/^\d+$/.test(epoch))
      throw new SourceDateError(`SOURCE_DATE_EPOCH must be a whole number of seconds, got ${JSON.stringify(epoch)}`);
    return new Date(Number(epoch) * 1000);
  }
  try {
    const { stdout } = await run('git', ['log', '-1', '--format=%ct', '--', '.'], { cwd: sourcesDir });
    const seconds = stdout.trim();
    return /^\d+$/.test(seconds) ? new Date(Number(seconds) * 1000) : null;
  } catch {
    return null;
  }
}

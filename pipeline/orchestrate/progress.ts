// Progress of a long run: a bar redrawn in place on a terminal, plain lines every few seconds in a log.
// The clock is the caller's, so the stages stay free of wall-clock reads.
export interface ProgressSink {
  write(text: string): unknown;
  isTTY?: boolean;
}

export type ProgressUpdate = (done: number, total: number, bytesDone: number, bytesTotal: number) => void;

const LOG_EVERY_MS = 5000;

/**
 * A rate and a time left mean something once a tenth of the bytes are done and two seconds have passed: before,
 * start-up and the first small document dominate (a build that took 46 s once showed "5917 s left").
 */
const ESTIMATE_FROM = { share: 0.1, seconds: 2 } as const;

export function progressReporter(
  sink: ProgressSink,
  now: () => number,
): { update: ProgressUpdate; finish: () => void } {
  const started = now();
  let lastLog = started;
  let drawn = false;
  const line = (done: number, total: number, bytesDone: number, bytesTotal: number) => {
    const seconds = (now() - started) / 1000;
    const counted = `${done}/${total} documents`;
    if (done >= total || seconds < ESTIMATE_FROM.seconds || bytesDone < ESTIMATE_FROM.share * bytesTotal)
      return counted;
    // The bytes still to do at the rate the bytes done took.
    const left = ((bytesTotal - bytesDone) / bytesDone) * seconds;
    return `${counted}, ${(bytesDone / 1e6 / seconds).toFixed(1)} MB/s, about ${Math.ceil(left)} s left`;
  };
  return {
    update(done, total, bytesDone, bytesTotal) {
      if (sink.isTTY) {
        const width = 30;
        const filled = Math.round((width * done) / Math.max(total, 1));
        sink.write(
          `\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${line(done, total, bytesDone, bytesTotal)}\u001b[K`,
        );
        drawn = true;
      } else if (now() - lastLog >= LOG_EVERY_MS) {
        lastLog = now();
        sink.write(`papertrail: ${line(done, total, bytesDone, bytesTotal)}\n`);
      }
    },
    finish() {
      if (drawn) sink.write('\r\u001b[K');
    },
  };
}

// Progress of a long run: a bar redrawn in place on a terminal, plain lines every few seconds in a log.
// The clock is the caller's, so the stages stay free of wall-clock reads.
export interface ProgressSink {
  write(text: string): unknown;
  isTTY?: boolean;
}

export type ProgressUpdate = (done: number, total: number, bytesDone: number, bytesTotal: number) => void;

const LOG_EVERY_MS = 5000;

export function progressReporter(sink: ProgressSink, now: () => number): { update: ProgressUpdate; finish: () => void } {
  const started = now();
  let lastLog = started;
  let drawn = false;
  const line = (done: number, total: number, bytesDone: number, bytesTotal: number) => {
    const seconds = Math.max((now() - started) / 1000, 1e-3);
    const rate = bytesDone / 1e6 / seconds;
    const left = bytesDone ? ((bytesTotal - bytesDone) / bytesDone) * seconds : NaN;
    return `${done}/${total} documents, ${rate.toFixed(1)} MB/s, ${Number.isFinite(left) ? `${Math.ceil(left)} s left` : 'time left unknown'}`;
  };
  return {
    update(done, total, bytesDone, bytesTotal) {
      if (sink.isTTY) {
        const width = 30;
        const filled = Math.round((width * done) / Math.max(total, 1));
        sink.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${line(done, total, bytesDone, bytesTotal)}\u001b[K`);
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

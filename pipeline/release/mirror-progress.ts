// Progress of a mirror run: a bar redrawn in place on a terminal, one plain line per file otherwise (CI logs).
export interface MirrorProgress {
  version(version: string, files: number): void;
  file(version: string, name: string, bytes: number, reused: boolean): void;
  done(): void;
}

export function plainProgress(write: (line: string) => void): MirrorProgress {
  return {
    version: (version, files) => write(`${version}: ${files} files`),
    file: (version, name, bytes, reused) =>
      write(`${version}/${name} ${bytes} bytes${reused ? ' (kept from an interrupted run)' : ''}`),
    done: () => undefined,
  };
}

export function barProgress(stream: { write(text: string): unknown; columns?: number }): MirrorProgress {
  let total = 0;
  let count = 0;
  let current = '';
  const draw = (label: string) => {
    const width = 30;
    const filled = total ? Math.round((count / total) * width) : 0;
    const line = `${current} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${count}/${total} ${label}`;
    stream.write(`\r\x1b[2K${line.slice(0, (stream.columns ?? 80) - 1)}`);
  };
  return {
    version(version, files) {
      if (current) stream.write('\n');
      [current, total, count] = [version, files, 0];
      draw('');
    },
    file(_version, name) {
      count++;
      draw(name);
    },
    done: () => void (current && stream.write('\n')),
  };
}

// A file being written: bytes go to disk in large chunks while their count and SHA-256 are kept, so every
// writer streams and ends with what the package and the checksums need to know.
import { createHash, type Hash } from 'node:crypto';
import { closeSync, openSync, writeSync } from 'node:fs';
import path from 'node:path';

export interface Artifact {
  /** File name inside the version folder. */
  name: string;
  bytes: number;
  sha256: string;
}

const FLUSH_AT = 1 << 20;

export class ArtifactSink {
  private readonly fd: number;
  private readonly hash: Hash = createHash('sha256');
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  /** Text not yet encoded: writers hand over one short string per record, and encoding each costs more than the row. */
  private text = '';
  private total = 0;

  constructor(
    dir: string,
    readonly name: string,
  ) {
    this.fd = openSync(path.join(dir, name), 'wx');
  }

  write(chunk: string | Uint8Array): void {
    if (typeof chunk === 'string') {
      this.text += chunk;
      if (this.text.length >= FLUSH_AT) this.encodeText();
    } else {
      this.encodeText();
      this.push(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
    }
  }

  private encodeText(): void {
    if (!this.text) return;
    this.push(Buffer.from(this.text, 'utf8'));
    this.text = '';
  }

  private push(buffer: Buffer): void {
    this.pending.push(buffer);
    this.pendingBytes += buffer.length;
    if (this.pendingBytes >= FLUSH_AT) this.flush();
  }

  private flush(): void {
    const buffer = this.pending.length === 1 ? this.pending[0]! : Buffer.concat(this.pending);
    for (let written = 0; written < buffer.length;) written += writeSync(this.fd, buffer, written);
    this.hash.update(buffer);
    this.total += buffer.length;
    this.pending = [];
    this.pendingBytes = 0;
  }

  close(): Artifact {
    this.encodeText();
    if (this.pendingBytes) this.flush();
    closeSync(this.fd);
    return { name: this.name, bytes: this.total, sha256: this.hash.digest('hex') };
  }
}

/** Writes a whole small file (metadata) through a sink. */
export function writeArtifact(dir: string, name: string, content: string | Uint8Array): Artifact {
  const sink = new ArtifactSink(dir, name);
  sink.write(content);
  return sink.close();
}

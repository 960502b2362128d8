// Decodes a document's bytes as strict UTF-8; an invalid sequence is reported at its line and column.
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

export type Decoded =
  { ok: true; text: string } | { ok: false; line: number; column: number; offset: number; byte: number };

export function decodeUtf8(bytes: Uint8Array): Decoded {
  try {
    // ignoreBOM: false drops a leading byte-order mark, so offsets count from the first character of text.
    return { ok: true, text: decoder.decode(bytes) };
  } catch {
    const bad = firstInvalidByte(bytes);
    const prefix = new TextDecoder('utf-8').decode(bytes.subarray(0, bad));
    const lines = prefix.split(/\r\n|\r|\n/);
    const last = lines[lines.length - 1] ?? '';
    return { ok: false, line: lines.length, column: [...last].length + 1, offset: [...prefix].length, byte: bad };
  }
}

/** Index of the first byte that does not start a well-formed UTF-8 sequence. */
function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let need = 0;
    let min = 0;
    if (b < 0x80) {
      i++;
      continue;
    }
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return bytes.length;
}

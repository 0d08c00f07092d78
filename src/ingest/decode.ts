// Bytes to text: binary files are refused; encodings other than UTF-8 are detected and converted.
import chardet from 'chardet';
import iconv from 'iconv-lite';
import { DyadError } from '../core/index.js';

/** Decodes a file's bytes; throws `binary` when they are not text. */
export function decodeText(bytes: Uint8Array, name: string): string {
  if (looksBinary(bytes)) {
    throw new DyadError(
      'ingest',
      'binary',
      `${name}: binary data, not text (NUL bytes or control characters)`,
    );
  }
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return new TextDecoder('utf-8').decode(bytes.subarray(3));
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const detected = chardet.detect(bytes.subarray(0, 65_536)) ?? 'windows-1252';
    const encoding = iconv.encodingExists(detected) ? detected : 'windows-1252';
    return iconv.decode(Buffer.from(bytes), encoding);
  }
}

/** NUL bytes or many control characters in the first 8 KB mean binary (UTF-16 files carry a BOM and are not NUL-free). */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  if (n >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)))
    return false;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return n > 0 && control / n > 0.1;
}

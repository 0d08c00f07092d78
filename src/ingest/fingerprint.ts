// Content hashes: the same words in the same order give the same hash, whatever the whitespace or Unicode form.
import { createHash } from 'node:crypto';

/** The text as compared for exact duplicates: NFC, whitespace runs collapsed, trimmed. */
export function normalizeText(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

export function contentHash(text: string): string {
  return sha256(normalizeText(text)).slice(0, 32);
}

/** The key of one sighting: the same text read again from the same place is the same article. */
export function articleKey(parts: {
  contentHash: string;
  docId: string;
  source?: string | undefined;
  url?: string | undefined;
}): string {
  return sha256([parts.contentHash, parts.docId, parts.source ?? '', parts.url ?? ''].join('\u0000')).slice(
    0,
    32,
  );
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

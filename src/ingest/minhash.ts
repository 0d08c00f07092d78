// MinHash over word shingles, with LSH banding: near-duplicate texts (a wire story under another headline,
// a changed byline or footer) are found by shared band buckets, then confirmed by estimated Jaccard similarity.

export const MINHASH = {
  /** Words per shingle. */
  shingle: 5,
  /** Hash functions in a signature = bands × rows. */
  bands: 20,
  rows: 5,
  /** Texts with fewer shingles are too short to call near-duplicates (exact hashing still applies). */
  minShingles: 8,
  /** Estimated Jaccard similarity from which a text is a copy of an earlier one. */
  threshold: 0.7,
} as const;

const SIZE = MINHASH.bands * MINHASH.rows;
const SEEDS = (() => {
  const seeds = new Uint32Array(SIZE);
  let x = 0x9e3779b9;
  for (let i = 0; i < SIZE; i++) {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    seeds[i] = x;
  }
  return seeds;
})();

/** The signature of a text, or null when the text is too short to compare. */
export function signature(text: string): Uint32Array | null {
  const shingles = shingleHashes(text);
  if (shingles.size < MINHASH.minShingles) return null;
  const sig = new Uint32Array(SIZE).fill(0xffffffff);
  for (const h of shingles) {
    for (let i = 0; i < SIZE; i++) {
      const v = fmix32(h ^ SEEDS[i]!);
      if (v < sig[i]!) sig[i] = v;
    }
  }
  return sig;
}

/** One bucket per band: band × 2^32 + hash of the band's rows (an exact integer below 2^37). */
export function bandBuckets(sig: Uint32Array): number[] {
  const buckets: number[] = [];
  for (let band = 0; band < MINHASH.bands; band++) {
    let h = 0x811c9dc5;
    for (let r = 0; r < MINHASH.rows; r++) {
      h = Math.imul(h ^ sig[band * MINHASH.rows + r]!, 0x01000193) >>> 0;
    }
    buckets.push(band * 2 ** 32 + h);
  }
  return buckets;
}

/** The share of equal positions: an unbiased estimate of the Jaccard similarity of the shingle sets. */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < SIZE; i++) if (a[i] === b[i]) same++;
  return same / SIZE;
}

export function encodeSignature(sig: Uint32Array): string {
  return Buffer.from(sig.buffer, sig.byteOffset, sig.byteLength).toString('base64');
}

export function decodeSignature(text: string): Uint32Array {
  const bytes = Buffer.from(text, 'base64');
  const sig = new Uint32Array(SIZE);
  new Uint8Array(sig.buffer).set(bytes.subarray(0, SIZE * 4));
  return sig;
}

function shingleHashes(text: string): Set<number> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const out = new Set<number>();
  if (words.length === 0) return out;
  const n = Math.min(MINHASH.shingle, words.length);
  for (let i = 0; i + n <= words.length; i++) out.add(fnv1a(words.slice(i, i + n).join(' ')));
  return out;
}

function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

function fmix32(x: number): number {
  let h = x >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

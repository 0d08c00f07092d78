// Decides, in input order and before coding, what each article is: already stored (skip), an exact copy
// (same content hash), a near copy (MinHash similarity ≥ threshold), or new (to code). Articles read but not
// yet written are remembered here, so copies within one run are found too.
import type { InputDoc } from '../core/index.js';
import { articleKey, contentHash } from '../ingest/fingerprint.js';
import {
  bandBuckets,
  decodeSignature,
  encodeSignature,
  MINHASH,
  signature,
  similarity,
} from '../ingest/minhash.js';
import type { Store } from './store.js';
import type { ArticleMeta } from './write-types.js';

export type Decision =
  | { kind: 'skip'; key: string }
  | { kind: 'code'; meta: ArticleMeta }
  | { kind: 'duplicate'; meta: ArticleMeta; of: string; dupKind: 'exact' | 'near'; similarity: number };

export class Deduper {
  readonly #store: Store;
  readonly #threshold: number;
  readonly #keys = new Set<string>();
  readonly #hashes = new Map<string, string>();
  readonly #buckets = new Map<number, string[]>();
  readonly #signatures = new Map<string, Uint32Array>();

  constructor(store: Store, threshold: number = MINHASH.threshold) {
    this.#store = store;
    this.#threshold = threshold;
  }

  async decide(input: InputDoc, byline?: string): Promise<Decision> {
    const hash = contentHash(input.text);
    const key = articleKey({ contentHash: hash, docId: input.id, source: input.source, url: input.url });
    if (this.#keys.has(key) || (await this.#store.existingKeys([key])).has(key)) return { kind: 'skip', key };
    this.#keys.add(key);
    const meta: ArticleMeta = {
      id: key,
      docId: input.id,
      contentHash: hash,
      source: input.source,
      url: input.url,
      title: input.title,
      byline,
      published: input.published,
      text: input.text,
    };
    const exact = this.#hashes.get(hash) ?? (await this.#store.originalByContentHash(hash));
    if (exact) return { kind: 'duplicate', meta, of: exact, dupKind: 'exact', similarity: 1 };
    const sig = signature(input.text);
    if (sig) {
      const buckets = bandBuckets(sig);
      const near = await this.#nearest(sig, buckets);
      if (near && near.similarity >= this.#threshold) {
        return { kind: 'duplicate', meta, of: near.id, dupKind: 'near', similarity: near.similarity };
      }
      meta.minhash = encodeSignature(sig);
      meta.buckets = buckets;
      for (const bucket of buckets) this.#buckets.set(bucket, [...(this.#buckets.get(bucket) ?? []), key]);
      this.#signatures.set(key, sig);
    }
    this.#hashes.set(hash, key);
    return { kind: 'code', meta };
  }

  /** Forgets articles once they are written (the store answers for them from then on). */
  release(decisions: readonly Decision[]): void {
    for (const d of decisions) {
      if (d.kind === 'skip') continue;
      this.#keys.delete(d.meta.id);
      if (d.kind !== 'code') continue;
      if (this.#hashes.get(d.meta.contentHash) === d.meta.id) this.#hashes.delete(d.meta.contentHash);
      this.#signatures.delete(d.meta.id);
      for (const bucket of d.meta.buckets ?? []) {
        const rest = (this.#buckets.get(bucket) ?? []).filter((id) => id !== d.meta.id);
        if (rest.length) this.#buckets.set(bucket, rest);
        else this.#buckets.delete(bucket);
      }
    }
  }

  /** The most similar earlier original; stored ones come first (in storage order), then ones in flight. */
  async #nearest(sig: Uint32Array, buckets: number[]) {
    const candidates: { id: string; sig: Uint32Array }[] = (await this.#store.nearCandidates(buckets)).map(
      (c) => ({
        id: c.id,
        sig: decodeSignature(c.minhash),
      }),
    );
    const seen = new Set(candidates.map((c) => c.id));
    for (const bucket of buckets) {
      for (const id of this.#buckets.get(bucket) ?? []) {
        if (seen.has(id)) continue;
        seen.add(id);
        candidates.push({ id, sig: this.#signatures.get(id)! });
      }
    }
    let best: { id: string; similarity: number } | undefined;
    for (const c of candidates) {
      const s = similarity(sig, c.sig);
      if (!best || s > best.similarity) best = { id: c.id, similarity: s };
    }
    return best;
  }
}

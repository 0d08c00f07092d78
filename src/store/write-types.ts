// What the ingest hands the store: coded originals and copies of earlier articles, in input order.
import type { CodedDoc } from '../core/index.js';

export interface ArticleMeta {
  /** The article key (fingerprint.articleKey). */
  id: string;
  docId: string;
  contentHash: string;
  source?: string | undefined;
  url?: string | undefined;
  title?: string | undefined;
  byline?: string | undefined;
  published?: string | undefined;
  text: string;
  /** MinHash signature (base64) and its LSH buckets; absent for texts too short to compare. */
  minhash?: string | undefined;
  buckets?: number[] | undefined;
}

export type WriteItem =
  | { kind: 'coded'; article: ArticleMeta; doc: CodedDoc }
  | { kind: 'duplicate'; article: ArticleMeta; of: string; dupKind: 'exact' | 'near'; similarity: number };

export interface WriteReport {
  articles: number;
  duplicates: number;
  /** Items whose article was already stored (an earlier, interrupted run wrote them). */
  skipped: number;
  mentions: number;
  newEvents: number;
  /** Copies whose first copy is not in the store (it could not be coded); they are not written. */
  orphans: string[];
}

export function emptyReport(): WriteReport {
  return { articles: 0, duplicates: 0, skipped: 0, mentions: 0, newEvents: 0, orphans: [] };
}

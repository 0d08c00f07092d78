// What differs between the two database engines, behind one small interface the store is written against.
import type { Kysely, Transaction } from 'kysely';
import type { Database } from './tables.js';

export type EngineName = 'sqlite' | 'postgres';

export interface SearchHitRow {
  id: string;
  doc_id: string;
  title: string | null;
  source: string | null;
  url: string | null;
  published: string | null;
  duplicate_of: string | null;
  snippet: string;
  rank: number;
}

export interface Engine {
  readonly name: EngineName;
  /** Where the data lives, with any password removed (for messages). */
  readonly location: string;
  readonly db: Kysely<Database>;
  /** Creates what must exist before migrations run (PostgreSQL: the schema). */
  prepare(): Promise<void>;
  /** Serializes writers across processes for the length of a transaction. */
  lockForWrite(trx: Transaction<Database>): Promise<void>;
  /** Full-text search over article titles and texts, best first. */
  search(query: string, limit: number): Promise<SearchHitRow[]>;
  destroy(): Promise<void>;
}

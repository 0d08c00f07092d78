// The store's tables as kysely sees them: one interface per table, the same on SQLite and PostgreSQL.
import type { Generated } from 'kysely';

/** One sighting of a text: the first copy is coded; later copies point at it with `duplicate_of`. */
export interface ArticlesTable {
  seq: Generated<number>;
  /** Stable key: hash of the content hash, the input id, the source and the URL (an exact re-read is the same row). */
  id: string;
  doc_id: string;
  content_hash: string;
  duplicate_of: string | null;
  dup_kind: 'exact' | 'near' | null;
  similarity: number | null;
  source: string | null;
  /** The source used for NumSources: `source`, else the URL's host, else the article itself. */
  source_key: string;
  url: string | null;
  title: string | null;
  byline: string | null;
  published: string | null;
  text: string;
  /** MinHash signature (base64 of 32-bit words); null for copies and very short texts. */
  minhash: string | null;
  ingested_at: string;
}

/** Locality-sensitive buckets of each coded article's MinHash signature (band × hash of the band's rows). */
export interface MinhashBandsTable {
  bucket: number;
  article_id: string;
}

/** The coded document of an original article, as JSON without its text (the text is in `articles`). */
export interface CodedTable {
  article_id: string;
  doc: string;
}

/** One event record merged across articles. */
export interface EventsTable {
  id: string;
  merge_key: string;
  date_class: 'day' | 'week' | 'month' | 'year' | 'none';
  day_num: number | null;
  date_value: string | null;
  date_precision: string | null;
  /** A day for series and date filters: the event's own day when known, else the first article's date. */
  day: string | null;
  type: string;
  cameo: string;
  cameo_root: string;
  quad_class: number;
  goldstein: number;
  source_code: string;
  target_code: string;
  source_name: string;
  target_name: string;
  symmetric: number;
  place_name: string | null;
  place_country: string | null;
  lat: number | null;
  lon: number | null;
  first_seen: string | null;
  last_seen: string | null;
  num_mentions: number;
  num_sources: number;
  num_articles: number;
  root_article: string;
}

/** The actors of an event record, one row per role and code, for filters. */
export interface EventActorsTable {
  event_id: string;
  role: 'source' | 'target';
  code: string;
  country: string | null;
  name: string;
}

/** One event as one article reported it, with its evidence. */
export interface MentionsTable {
  article_id: string;
  doc_event_id: string;
  event_id: string | null;
  type: string;
  cameo: string;
  quad_class: number;
  goldstein: number;
  source_code: string;
  target_code: string;
  trigger_start: number;
  trigger_end: number;
  trigger_text: string;
  sentence_index: number;
  sentence_start: number;
  sentence_end: number;
  sentence_text: string;
  date_value: string | null;
  date_precision: string | null;
  date_stated: number;
  place_name: string | null;
  place_country: string | null;
  negated: number;
  modality: string;
  mode: string | null;
  contexts: string;
  confidence: number;
  rule: string | null;
  same_as: string | null;
}

export interface ActorsTable {
  id: string;
  code: string;
  name: string;
  country: string | null;
  kind: string;
  role: string | null;
  kb_id: string | null;
  num_articles: number;
  first_seen: string | null;
  last_seen: string | null;
}

export interface ArticleActorsTable {
  article_id: string;
  doc_actor_id: string;
  actor_id: string;
}

export interface QuotesTable {
  article_id: string;
  idx: number;
  speaker_actor_id: string | null;
  speaker_name: string | null;
  speaker_code: string | null;
  speaker_text: string | null;
  cue_text: string | null;
  content: string;
  spans: string;
  kind: string;
}

export interface PlacesTable {
  article_id: string;
  idx: number;
  text: string;
  start: number;
  end: number;
  name: string;
  country: string | null;
  lat: number | null;
  lon: number | null;
  geoname_id: number | null;
  feature_class: string | null;
  confidence: number;
}

export interface Database {
  articles: ArticlesTable;
  minhash_bands: MinhashBandsTable;
  coded: CodedTable;
  events: EventsTable;
  event_actors: EventActorsTable;
  mentions: MentionsTable;
  actors: ActorsTable;
  article_actors: ArticleActorsTable;
  quotes: QuotesTable;
  places: PlacesTable;
}

// The schema, as kysely migrations shared by both engines; the only engine-specific parts are the
// auto-numbered article column and full-text search (FTS5 on SQLite, a tsvector column on PostgreSQL).
import { type Kysely, type Migration, sql } from 'kysely';
import type { EngineName } from './engine.js';

export function migrations(engine: EngineName): Record<string, Migration> {
  return {
    '0001_dataset': { up: (db) => createDataset(db, engine) },
    '0002_search': { up: (db) => (engine === 'sqlite' ? sqliteSearch(db) : postgresSearch(db)) },
  };
}

// biome-ignore lint/suspicious/noExplicitAny: migrations run before the typed schema exists (kysely's own convention)
type AnyDb = Kysely<any>;

async function createDataset(db: AnyDb, engine: EngineName): Promise<void> {
  const seq = engine === 'sqlite' ? 'integer' : 'bigserial';
  await db.schema
    .createTable('articles')
    .addColumn('seq', seq, (c) => (engine === 'sqlite' ? c.primaryKey().autoIncrement() : c.primaryKey()))
    .addColumn('id', 'text', (c) => c.notNull().unique())
    .addColumn('doc_id', 'text', (c) => c.notNull())
    .addColumn('content_hash', 'text', (c) => c.notNull())
    .addColumn('duplicate_of', 'text')
    .addColumn('dup_kind', 'text')
    .addColumn('similarity', 'double precision')
    .addColumn('source', 'text')
    .addColumn('source_key', 'text', (c) => c.notNull())
    .addColumn('url', 'text')
    .addColumn('title', 'text')
    .addColumn('byline', 'text')
    .addColumn('published', 'text')
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('minhash', 'text')
    .addColumn('ingested_at', 'text', (c) => c.notNull())
    .execute();
  await index(db, 'articles', ['content_hash']);
  await index(db, 'articles', ['duplicate_of']);
  await index(db, 'articles', ['published']);

  await db.schema
    .createTable('minhash_bands')
    .addColumn('bucket', 'bigint', (c) => c.notNull())
    .addColumn('article_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('minhash_bands_pk', ['bucket', 'article_id'])
    .execute();

  await db.schema
    .createTable('coded')
    .addColumn('article_id', 'text', (c) => c.primaryKey())
    .addColumn('doc', 'text', (c) => c.notNull())
    .execute();

  let events = db.schema
    .createTable('events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('merge_key', 'text', (c) => c.notNull())
    .addColumn('date_class', 'text', (c) => c.notNull())
    .addColumn('day_num', 'integer')
    .addColumn('date_value', 'text')
    .addColumn('date_precision', 'text')
    .addColumn('day', 'text');
  for (const name of ['type', 'cameo', 'cameo_root'])
    events = events.addColumn(name, 'text', (c) => c.notNull());
  events = events
    .addColumn('quad_class', 'integer', (c) => c.notNull())
    .addColumn('goldstein', 'double precision', (c) => c.notNull());
  for (const name of ['source_code', 'target_code', 'source_name', 'target_name'])
    events = events.addColumn(name, 'text', (c) => c.notNull());
  await events
    .addColumn('symmetric', 'integer', (c) => c.notNull())
    .addColumn('place_name', 'text')
    .addColumn('place_country', 'text')
    .addColumn('lat', 'double precision')
    .addColumn('lon', 'double precision')
    .addColumn('first_seen', 'text')
    .addColumn('last_seen', 'text')
    .addColumn('num_mentions', 'integer', (c) => c.notNull())
    .addColumn('num_sources', 'integer', (c) => c.notNull())
    .addColumn('num_articles', 'integer', (c) => c.notNull())
    .addColumn('root_article', 'text', (c) => c.notNull())
    .execute();
  await index(db, 'events', ['merge_key', 'date_class', 'day_num']);
  await index(db, 'events', ['merge_key', 'date_value']);
  await index(db, 'events', ['day']);
  await index(db, 'events', ['type', 'cameo']);

  await db.schema
    .createTable('event_actors')
    .addColumn('event_id', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('country', 'text')
    .addColumn('name', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('event_actors_pk', ['event_id', 'role', 'code', 'name'])
    .execute();
  await index(db, 'event_actors', ['code']);
  await index(db, 'event_actors', ['country']);

  await createMentions(db);

  await db.schema
    .createTable('actors')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('country', 'text')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('role', 'text')
    .addColumn('kb_id', 'text')
    .addColumn('num_articles', 'integer', (c) => c.notNull())
    .addColumn('first_seen', 'text')
    .addColumn('last_seen', 'text')
    .execute();
  await index(db, 'actors', ['code']);
  await index(db, 'actors', ['name']);

  await db.schema
    .createTable('article_actors')
    .addColumn('article_id', 'text', (c) => c.notNull())
    .addColumn('doc_actor_id', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('article_actors_pk', ['article_id', 'doc_actor_id'])
    .execute();
  await index(db, 'article_actors', ['actor_id']);

  await db.schema
    .createTable('quotes')
    .addColumn('article_id', 'text', (c) => c.notNull())
    .addColumn('idx', 'integer', (c) => c.notNull())
    .addColumn('speaker_actor_id', 'text')
    .addColumn('speaker_name', 'text')
    .addColumn('speaker_code', 'text')
    .addColumn('speaker_text', 'text')
    .addColumn('cue_text', 'text')
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('spans', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('quotes_pk', ['article_id', 'idx'])
    .execute();
  await index(db, 'quotes', ['speaker_actor_id']);

  await db.schema
    .createTable('places')
    .addColumn('article_id', 'text', (c) => c.notNull())
    .addColumn('idx', 'integer', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('start', 'integer', (c) => c.notNull())
    .addColumn('end', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('country', 'text')
    .addColumn('lat', 'double precision')
    .addColumn('lon', 'double precision')
    .addColumn('geoname_id', 'integer')
    .addColumn('feature_class', 'text')
    .addColumn('confidence', 'double precision', (c) => c.notNull())
    .addPrimaryKeyConstraint('places_pk', ['article_id', 'idx'])
    .execute();
  await index(db, 'places', ['country']);
}

async function createMentions(db: AnyDb): Promise<void> {
  let table = db.schema
    .createTable('mentions')
    .addColumn('article_id', 'text', (c) => c.notNull())
    .addColumn('doc_event_id', 'text', (c) => c.notNull())
    .addColumn('event_id', 'text');
  for (const name of ['type', 'cameo']) table = table.addColumn(name, 'text', (c) => c.notNull());
  table = table
    .addColumn('quad_class', 'integer', (c) => c.notNull())
    .addColumn('goldstein', 'double precision', (c) => c.notNull())
    .addColumn('source_code', 'text', (c) => c.notNull())
    .addColumn('target_code', 'text', (c) => c.notNull());
  for (const name of ['trigger_start', 'trigger_end'])
    table = table.addColumn(name, 'integer', (c) => c.notNull());
  table = table.addColumn('trigger_text', 'text', (c) => c.notNull());
  for (const name of ['sentence_index', 'sentence_start', 'sentence_end'])
    table = table.addColumn(name, 'integer', (c) => c.notNull());
  await table
    .addColumn('sentence_text', 'text', (c) => c.notNull())
    .addColumn('date_value', 'text')
    .addColumn('date_precision', 'text')
    .addColumn('date_stated', 'integer', (c) => c.notNull())
    .addColumn('place_name', 'text')
    .addColumn('place_country', 'text')
    .addColumn('negated', 'integer', (c) => c.notNull())
    .addColumn('modality', 'text', (c) => c.notNull())
    .addColumn('mode', 'text')
    .addColumn('contexts', 'text', (c) => c.notNull())
    .addColumn('confidence', 'double precision', (c) => c.notNull())
    .addColumn('rule', 'text')
    .addColumn('same_as', 'text')
    .addPrimaryKeyConstraint('mentions_pk', ['article_id', 'doc_event_id'])
    .execute();
  await index(db, 'mentions', ['event_id']);
}

async function index(db: AnyDb, table: string, columns: string[]): Promise<void> {
  await db.schema
    .createIndex(`${table}_${columns.join('_')}_idx`)
    .on(table)
    .columns(columns)
    .execute();
}

/** FTS5 over title and text, kept in step by a trigger (articles are only ever inserted). */
async function sqliteSearch(db: AnyDb): Promise<void> {
  await sql`CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='seq', tokenize='porter unicode61')`.execute(
    db,
  );
  await sql`CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.seq, coalesce(new.title, ''), new.text);
  END`.execute(db);
}

/** A stored tsvector column with a GIN index; the English configuration stems like FTS5's porter. */
async function postgresSearch(db: AnyDb): Promise<void> {
  await sql`ALTER TABLE articles ADD COLUMN search tsvector GENERATED ALWAYS AS
    (to_tsvector('english', coalesce(title, '') || ' ' || text)) STORED`.execute(db);
  await sql`CREATE INDEX articles_search_idx ON articles USING gin (search)`.execute(db);
}

// The dataset store: open one (SQLite file or PostgreSQL URL), write coded articles, query and export.
export type { Engine, EngineName } from './engine.js';
export { DEFAULT_DB, isPostgresUrl, type OpenOptions, openStore, resolveLocation } from './open-store.js';
export * from './records.js';
export { createStore, type Store } from './store.js';
export type { ArticleMeta, WriteItem, WriteReport } from './write-types.js';

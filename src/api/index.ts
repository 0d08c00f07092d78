// The HTTP API and dashboard server: createApp for tests and embedding, openApiStore for its store.
export { type ApiStore, apiStoreOf, openApiStore } from './api-store.js';
export { type AppOptions, createApp, ROUTES } from './app.js';
export { ingestDocs } from './ingest-docs.js';
export { openApiDocument } from './openapi.js';
export type { RouteDoc } from './route-doc.js';
export * from './schemas.js';

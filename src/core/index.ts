// The core: the contract's schemas and types, and errors. Imports nothing from other dyad layers.
export * from './errors.js';
export * from './schema.js';

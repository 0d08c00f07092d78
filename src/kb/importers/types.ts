// What a dictionary importer turns its input into: knowledge-base person entries, and problems by line.
import type { Person } from '../schema.js';

export interface ImportResult {
  people: Person[];
  problems: { line: number; message: string }[];
}

export interface Importer {
  format: string;
  parse(text: string, source: string): ImportResult;
}

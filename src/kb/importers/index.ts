// Dictionary importers by format: users bring their own actor lists (PETRARCH/TABARI dictionaries, CSV).
import { csvImporter } from './csv.js';
import { petrarchImporter } from './petrarch.js';
import type { Importer } from './types.js';

export const IMPORTERS: Record<string, Importer> = { petrarch: petrarchImporter, csv: csvImporter };
export type { Importer, ImportResult } from './types.js';

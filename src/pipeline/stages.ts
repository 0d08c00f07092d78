// The stage factories the default pipeline is built from, by name (order lives in configuration.ts).

import type { StageName } from './configuration.js';
import type { Stage } from './context.js';

export function defaultStages(): Partial<Record<StageName, () => Stage>> {
  return {};
}

// The working state one document carries through the stages; each stage reads what earlier ones wrote.
import type { Actor, Amount, DocIssue, Entity, Event, InputDoc, Place, Quote, Time } from '../core/index.js';
import type { TextLayer } from '../text/layer.js';

export interface DocContext {
  input: InputDoc;
  text: string;
  layer: TextLayer;
  /** The reference date for relative expressions (the publication date), when known. */
  published?: string;
  entities: Entity[];
  actors: Actor[];
  events: Event[];
  quotes: Quote[];
  times: Time[];
  places: Place[];
  amounts: Amount[];
  issues: DocIssue[];
  /** Scratch space a stage leaves for later stages, keyed by the writing stage's name. */
  notes: Map<string, unknown>;
}

export interface Stage {
  readonly name: string;
  run(ctx: DocContext): void;
}

// The coded-document contract (CONTRACT.md v1) as zod schemas; every type in dyad is inferred from these.
import { z } from 'zod';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD');

/** One input article: a JSON Lines record or a file turned into one. */
export const InputDoc = z.object({
  id: z.string().min(1),
  text: z.string(),
  published: isoDate.optional(),
  url: z.string().optional(),
  source: z.string().optional(),
  title: z.string().optional(),
});

export const Span = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
});

export const Sentence = z.object({ start: z.number().int(), end: z.number().int() });

export const EntityType = z.enum(['PER', 'ORG', 'LOC', 'MISC']);

export const Entity = Span.extend({
  type: EntityType,
  subtype: z.string().optional(),
  actor: z.string().optional(),
  /** For plural references ("the two leaders", "they"): every actor the mention stands for. */
  actors: z.array(z.string()).optional(),
  /** The recognizer or lexicon entry that produced this mention (evidence). */
  rule: z.string().optional(),
});

export const ActorKind = z.enum(['person', 'organization', 'country', 'group']);

export const Actor = z.object({
  id: z.string(),
  name: z.string(),
  code: z.string(),
  country: z.string().length(3).optional(),
  kind: ActorKind,
  role: z.string().optional(),
  kbId: z.string().optional(),
});

export const PloverType = z.enum([
  'AGREE',
  'CONSULT',
  'SUPPORT',
  'CONCEDE',
  'COOPERATE',
  'AID',
  'RETREAT',
  'REQUEST',
  'ACCUSE',
  'REJECT',
  'THREATEN',
  'PROTEST',
  'SANCTION',
  'MOBILIZE',
  'COERCE',
  'ASSAULT',
]);

export const DatePrecision = z.enum(['day', 'month', 'year', 'vague']);

export const EventDate = z.object({
  value: z.string().nullable(),
  precision: DatePrecision,
  /** true when the text stated the date; false when it was implied (dateline or publication date). */
  stated: z.boolean(),
});

export const Modality = z.enum(['asserted', 'intended', 'hypothetical', 'requested']);

export const Event = z.object({
  id: z.string(),
  /** PLOVER type; a plain statement (CAMEO 01) has no PLOVER type and uses "STATEMENT". */
  type: z.union([PloverType, z.literal('STATEMENT')]),
  mode: z.string().optional(),
  contexts: z.array(z.string()),
  cameo: z.string().regex(/^\d{2,4}$/),
  quadClass: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
  goldstein: z.number(),
  source: z.array(z.string()),
  target: z.array(z.string()),
  trigger: Span,
  sentence: z.number().int().nonnegative(),
  date: EventDate.optional(),
  place: z.number().int().nonnegative().optional(),
  negated: z.boolean(),
  modality: Modality,
  confidence: z.number().min(0).max(1),
  /** The lexicon entry that coded this event (evidence). */
  rule: z.string().optional(),
  /** Id of an earlier event in this document that reports the same happening. */
  sameAs: z.string().optional(),
});

export const QuoteKind = z.enum(['direct', 'indirect', 'mixed']);

export const Quote = z.object({
  speaker: z.string().optional(),
  speakerSpan: Span.optional(),
  cue: Span.optional(),
  content: z.array(Span).min(1),
  kind: QuoteKind,
});

export const TimeType = z.enum(['DATE', 'TIME', 'DURATION', 'SET']);

export const Time = Span.extend({
  type: TimeType,
  value: z.string().nullable(),
  /** true when the value is fully stated in the text; false when it depends on the publication date. */
  stated: z.boolean().optional(),
});

export const Place = Span.extend({
  name: z.string(),
  country: z.string().length(2).optional(),
  lat: z.number().optional(),
  lon: z.number().optional(),
  geonameId: z.number().int().optional(),
  featureClass: z.string().optional(),
  confidence: z.number().min(0).max(1),
});

export const Amount = Span.extend({
  value: z.number(),
  unit: z.string().optional(),
  object: z.string().optional(),
  approximate: z.boolean(),
});

export const DocIssue = z.object({ code: z.string(), message: z.string() });

export const CodedDoc = z.object({
  id: z.string(),
  text: z.string(),
  published: isoDate.optional(),
  url: z.string().optional(),
  source: z.string().optional(),
  title: z.string().optional(),
  sentences: z.array(Sentence),
  entities: z.array(Entity),
  actors: z.array(Actor),
  events: z.array(Event),
  quotes: z.array(Quote),
  times: z.array(Time),
  places: z.array(Place),
  amounts: z.array(Amount),
  issues: z.array(DocIssue).optional(),
});

/** The line written for an input that could not be coded. */
export const ErrorLine = z.object({
  id: z.string().nullable(),
  error: z.object({ code: z.string(), message: z.string() }),
});

export type InputDoc = z.infer<typeof InputDoc>;
export type Span = z.infer<typeof Span>;
export type Sentence = z.infer<typeof Sentence>;
export type EntityType = z.infer<typeof EntityType>;
export type Entity = z.infer<typeof Entity>;
export type Actor = z.infer<typeof Actor>;
export type ActorKind = z.infer<typeof ActorKind>;
export type PloverType = z.infer<typeof PloverType>;
export type EventDate = z.infer<typeof EventDate>;
export type Modality = z.infer<typeof Modality>;
export type Event = z.infer<typeof Event>;
export type Quote = z.infer<typeof Quote>;
export type QuoteKind = z.infer<typeof QuoteKind>;
export type Time = z.infer<typeof Time>;
export type Place = z.infer<typeof Place>;
export type Amount = z.infer<typeof Amount>;
export type DocIssue = z.infer<typeof DocIssue>;
export type CodedDoc = z.infer<typeof CodedDoc>;
export type ErrorLine = z.infer<typeof ErrorLine>;

/** The published JSON Schema of the coded document (`dyad schema`). */
export function codedDocJsonSchema(): unknown {
  return z.toJSONSchema(CodedDoc, { target: 'draft-2020-12' });
}

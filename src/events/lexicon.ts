// The event lexicon (data/events/*.yaml) and the CAMEO and PLOVER tables (data/ontology), validated at load.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { DATA_DIR, loadList, type Problem, throwProblems, yamlFiles } from '../kb/load.js';

const lemmaList = z
  .array(z.union([z.string(), z.number()]).transform((x) => String(x).toLowerCase()))
  .default([]);

export const LexiconEntry = z.looseObject({
  id: z.string(),
  trigger: z.string().min(1),
  pos: z.enum(['verb', 'noun']),
  prep: lemmaList,
  cues: lemmaList,
  not: lemmaList,
  plover: z.string().nullable(),
  mode: z.string().optional(),
  contexts: z.array(z.string()).default([]),
  cameo: z
    .union([z.string(), z.number()])
    .transform(String)
    .pipe(z.string().regex(/^\d{2,4}$/)),
  symmetric: z.boolean().optional(),
  example: z.string(),
  expect: z.looseObject({ source: z.string().optional(), target: z.string().optional() }).optional(),
});

export const ContextEntry = z.looseObject({ context: z.string(), cues: lemmaList });

export type LexiconEntry = z.infer<typeof LexiconEntry> & {
  /** Trigger lemmas after the head. */
  rest: string[];
  /** The file it came from, for tests and evidence. */
  file: string;
};

export interface CameoCode {
  code: string;
  goldstein: number;
  quad: 1 | 2 | 3 | 4;
  name: string;
}

export interface Lexicon {
  entries: LexiconEntry[];
  /** Entries by head lemma, then part of speech. */
  byHead: Map<string, LexiconEntry[]>;
  /** Context cues by their first word: the context and the cue's words. */
  contextCues: Map<string, { context: string; words: string[] }[]>;
  cameo: Map<string, CameoCode>;
  ploverQuad: Map<string, { quad: 1 | 2 | 3 | 4; score: number }>;
}

let cached: Lexicon | undefined;

export function loadLexicon(dir = join(DATA_DIR, 'events')): Lexicon {
  if (cached && dir === join(DATA_DIR, 'events')) return cached;
  const problems: Problem[] = [];
  const entries: LexiconEntry[] = [];
  for (const file of yamlFiles(dir)) {
    if (file.endsWith('contexts.yaml')) continue;
    for (const e of loadList(file, LexiconEntry, problems)) {
      const [head, ...rest] = e.trigger.toLowerCase().split(/\s+/);
      entries.push({ ...e, trigger: e.trigger.toLowerCase(), rest, file, ...(head ? {} : {}) });
    }
  }
  const contextCues = new Map<string, { context: string; words: string[] }[]>();
  for (const c of loadList(join(dir, 'contexts.yaml'), ContextEntry, problems)) {
    for (const cue of c.cues) {
      const words = cue.split(/\s+/);
      const list = contextCues.get(words[0]!) ?? [];
      list.push({ context: c.context, words });
      contextCues.set(words[0]!, list);
    }
  }
  const ids = new Set<string>();
  for (const e of entries) {
    if (ids.has(e.id)) problems.push({ file: e.file, line: 0, message: `duplicate lexicon id "${e.id}"` });
    ids.add(e.id);
  }
  const cameo = loadCameo(problems);
  for (const e of entries)
    if (!cameo.has(e.cameo))
      problems.push({ file: e.file, line: 0, message: `${e.id}: unknown CAMEO code ${e.cameo}` });
  throwProblems('events', problems);
  const byHead = new Map<string, LexiconEntry[]>();
  for (const e of entries) {
    const head = e.trigger.split(/\s+/)[0]!;
    const list = byHead.get(head);
    if (list) list.push(e);
    else byHead.set(head, [e]);
  }
  const plover = parse(readFileSync(join(DATA_DIR, 'ontology', 'plover.yaml'), 'utf8')) as {
    type: string;
    quad: 1 | 2 | 3 | 4;
    score: number;
  }[];
  const lexicon: Lexicon = {
    entries,
    byHead,
    contextCues,
    cameo,
    ploverQuad: new Map(plover.map((p) => [p.type, { quad: p.quad, score: p.score }])),
  };
  if (dir === join(DATA_DIR, 'events')) cached = lexicon;
  return lexicon;
}

function loadCameo(problems: Problem[]): Map<string, CameoCode> {
  const path = join(DATA_DIR, 'ontology', 'cameo.tsv');
  const out = new Map<string, CameoCode>();
  const lines = readFileSync(path, 'utf8').split('\n');
  lines.forEach((line, n) => {
    if (!line || line.startsWith('#') || line.startsWith('code\t')) return;
    const [code, goldstein, quad, name] = line.split('\t');
    const q = Number(quad);
    if (!code || Number.isNaN(Number(goldstein)) || ![1, 2, 3, 4].includes(q)) {
      problems.push({ file: path, line: n + 1, message: 'expected code, goldstein, quad (1-4), name' });
      return;
    }
    out.set(code, { code, goldstein: Number(goldstein), quad: q as 1 | 2 | 3 | 4, name: name ?? '' });
  });
  return out;
}

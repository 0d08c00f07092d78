// The mentions stage: recognizers over-generate (gazetteer, name chunks, pronouns), refiners filter and merge.
import type { Entity } from '../core/index.js';
import { type KnowledgeBase, loadKnowledgeBase } from '../kb/index.js';
import type { Stage } from '../pipeline/context.js';
import { refineArticles } from './article-refiner.js';
import { refineCities } from './city-context-refiner.js';
import { type Extent, entityExtents } from './entity-extent.js';
import { buildGazetteer, type Gazetteer } from './gazetteer.js';
import { recognizeGazetteer } from './gazetteer-recognizer.js';
import type { Mention } from './mention.js';
import { recognizeNameChunks } from './name-chunk-recognizer.js';
import { refineNameTypes } from './name-type-refiner.js';
import { refineOverlaps } from './overlap-refiner.js';
import { refineProducts } from './product-refiner.js';
import { recognizePronouns } from './pronoun-recognizer.js';
import { refineSurnames } from './surname-refiner.js';

export const MENTIONS_NOTE = 'mentions';

let shared: { kb: KnowledgeBase; gaz: Gazetteer } | undefined;

/** The knowledge base and gazetteer are read-only and costly to build, so pipelines share one per process. */
export function mentionResources(): { kb: KnowledgeBase; gaz: Gazetteer } {
  if (!shared) {
    const kb = loadKnowledgeBase();
    shared = { kb, gaz: buildGazetteer(kb) };
  }
  return shared;
}

export function createMentionsStage(): Stage {
  const { kb, gaz } = mentionResources();
  return {
    name: 'mentions',
    run(ctx) {
      const candidates: Mention[] = [
        ...recognizeGazetteer(ctx.layer, gaz, ctx.times),
        ...recognizeNameChunks(ctx.layer, gaz, kb, ctx.times),
        ...recognizePronouns(ctx.layer),
      ];
      // order matters: weak cities go before overlaps are settled; names take one type per article before
      // surnames are matched to the settled person names;
      // products lose their name type before names take "the"
      const settled = refineSurnames(
        refineNameTypes(refineOverlaps(refineCities(candidates, ctx.layer, gaz)), ctx.layer),
      );
      const mentions = refineArticles(refineProducts(settled, ctx.layer), ctx.layer);
      ctx.notes.set(MENTIONS_NOTE, mentions);
      // entities line up with mentions (the actors stage links them by index); descriptions follow them
      const { spans, described } = entityExtents(mentions, ctx.layer);
      const text = ctx.layer.text;
      ctx.entities = mentions.map((m, i) => toEntity(m, spans[i]!, text));
      for (const [i, start] of described) {
        const m = mentions[i]!;
        ctx.entities.push({ ...toEntity(m, { start, end: m.end }, text), subtype: 'description' });
      }
    },
  };
}

function toEntity(m: Mention, extent: Extent, text: string): Entity {
  const { start, end } = extent;
  const type = extent.type ?? m.type;
  return { start, end, text: text.slice(start, end), type, subtype: m.subtype, rule: m.rule };
}

// The actors stage: descriptions, then actors and knowledge-base links, then pronouns; codes in CAMEO style.
import type { Actor } from '../core/index.js';
import type { Mention } from '../mentions/mention.js';
import { MENTIONS_NOTE, mentionResources } from '../mentions/mentions-stage.js';
import type { Stage } from '../pipeline/context.js';
import { buildActors, type Draft } from './build-actors.js';
import { describe } from './descriptor.js';
import { resolvePronouns } from './pronoun-coref-refiner.js';

export const ACTORS_NOTE = 'actors';

/** What later stages read: the actor (or actors) each mention refers to. */
export interface ActorLinks {
  mentions: Mention[];
  actorOf: Map<number, string>;
  membersOf: Map<number, string[]>;
  /** Mentions that are part of another mention's description ("Russia" in "Russia's President Putin"). */
  inTitle: Set<number>;
  /** Token index → index of the mention covering it, or -1. */
  mentionAtToken: Int32Array;
}

export function createActorsStage(): Stage {
  const { kb } = mentionResources();
  return {
    name: 'actors',
    run(ctx) {
      const mentions = (ctx.notes.get(MENTIONS_NOTE) as Mention[] | undefined) ?? [];
      const descriptors = describe(mentions, ctx.layer);
      const assignment = buildActors(mentions, descriptors, kb, ctx.layer, ctx.published);
      const plurals = resolvePronouns(mentions, assignment, ctx.layer);
      const used = assignment.drafts.filter((d) => d.mentions.length > 0);
      used.sort((a, b) => Math.min(...a.mentions) - Math.min(...b.mentions));
      const ids = new Map<Draft, string>(used.map((d, n) => [d, `a${n + 1}`]));
      ctx.actors = used.map((d) => toActor(d, ids.get(d)!));
      for (const d of used) {
        if (d.unresolved)
          ctx.issues.push({
            code: 'actor_unresolved',
            message: `${ids.get(d)} “${d.name}”: ${d.unresolved}; code ${codeOf(d)}`,
          });
      }
      const inTitle = new Set<number>();
      for (const d of descriptors.values()) for (const p of d.parts) if (p !== d.head) inTitle.add(p);
      const mentionAtToken = new Int32Array(ctx.layer.tokens.length).fill(-1);
      mentions.forEach((m, i) => {
        mentionAtToken.fill(i, m.first, m.last);
      });
      const links: ActorLinks = {
        mentions,
        actorOf: new Map(),
        membersOf: new Map(),
        inTitle,
        mentionAtToken,
      };
      mentions.forEach((_m, i) => {
        const d = assignment.byMention.get(i);
        if (d && ids.has(d)) {
          links.actorOf.set(i, ids.get(d)!);
          ctx.entities[i]!.actor = ids.get(d)!;
        }
        const group = plurals.members.get(i)?.filter((g) => ids.has(g));
        if (group && group.length > 0) {
          links.membersOf.set(
            i,
            group.map((g) => ids.get(g)!),
          );
          ctx.entities[i]!.actors = links.membersOf.get(i);
        }
      });
      ctx.notes.set(ACTORS_NOTE, links);
    },
  };
}

/** ISO3 country plus sector (PAKGOV), the organisation's own code (IGOUNO), or what the text supports. */
export function codeOf(d: Draft): string {
  if (d.fixedCode) return d.fixedCode;
  if (d.kind === 'country') return d.country!;
  return `${d.country ?? ''}${d.sector ?? ''}` || 'UNK';
}

function toActor(d: Draft, id: string): Actor {
  return {
    id,
    name: d.name,
    code: codeOf(d),
    ...(d.country && d.country.length === 3 && /^[A-Z]{3}$/.test(d.country) ? { country: d.country } : {}),
    kind: d.kind,
    ...(d.role ? { role: d.role } : {}),
    ...(d.kbId ? { kbId: d.kbId } : {}),
  };
}

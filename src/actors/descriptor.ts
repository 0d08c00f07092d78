// Person and group descriptions from adjacent mentions: "Russia's President Vladimir Putin",
// "Caretaker Prime Minister (PM) Anwaarul Haq Kakar", "Pakistan's energy minister", "the Russian team".
import type { Role } from '../kb/index.js';
import type { Mention } from '../mentions/mention.js';
import type { TextLayer } from '../text/layer.js';

export interface Descriptor {
  /** Index of the head mention: the name, or the role when there is no name. */
  head: number;
  /** Indexes of every mention in the description (roles, country, name). */
  parts: number[];
  roles: Role[];
  /** ISO3 given by a country or demonym in the description. */
  country?: string;
  /** The organisation a role belongs to ("WHO Director-General", "Taliban spokesman"). */
  org?: number;
  start: number;
  end: number;
}

const FORMER = new Set(['former', 'ex', 'ex-', 'late', 'then', 'outgoing', 'erstwhile']);

/** Tokens that may sit between the parts of one description. */
const GLUE = new Set(['’s', "'s", '(', ')', 'and', ',', '-', 'the', 'of']);

/** Words of rank that may sit inside a title without being a role themselves ("Nigerian junior foreign
 * minister", "the Kenyan acting finance minister"): the country before them still belongs to the title. */
const RANK = new Set(['junior', 'senior', 'acting', 'interim', 'top', 'new']);

/** Groups each name or role mention with the roles, country and organisation written right before it. */
export function describe(mentions: Mention[], layer: TextLayer): Map<number, Descriptor> {
  const out = new Map<number, Descriptor>();
  const claimed = new Set<number>();
  for (let h = mentions.length - 1; h >= 0; h--) {
    const head = mentions[h]!;
    const isName = head.type === 'PER' && (head.kind === 'name' || head.kind === 'person');
    const isRole = head.kind === 'role';
    if ((!isName && !isRole) || claimed.has(h)) continue;
    const d: Descriptor = {
      head: h,
      parts: [h],
      roles: isRole ? [head.role!] : [],
      start: head.start,
      end: head.end,
    };
    let k = h - 1;
    let cursor = head.first;
    while (k >= 0) {
      const m = mentions[k]!;
      if (!onlyGlueBetween(layer, m.last, cursor, d)) break;
      if (m.kind === 'role' && m.role?.kind === 'person' && (isName || d.roles.length > 0)) {
        // "former Prime Minister Imran Khan" no longer holds the office
        if (!FORMER.has(layer.tokens[m.first - 1]?.lower ?? '')) d.roles.unshift(m.role);
      } else if ((m.kind === 'country' || m.kind === 'demonym') && !d.country) d.country = m.country;
      // "Darfur rebels", "Punjab police": a region of one country places a group as its country does
      else if (
        (m.kind === 'region' || m.kind === 'admin') &&
        m.country &&
        !d.country &&
        isRole &&
        k === h - 1
      )
        d.country = m.country;
      else if (
        (m.kind === 'igo' || m.kind === 'group' || m.kind === 'media') &&
        d.org === undefined &&
        d.roles.length > 0
      )
        d.org = k;
      else break;
      d.parts.unshift(k);
      d.start = m.start;
      cursor = m.first;
      k--;
      if (d.country && mentions[k + 1]!.kind !== 'role') break; // nothing precedes the country in a title
    }
    // apposition after a name: "Vladimir Putin, Russia's president,"
    if (isName && d.roles.length === 0) appendApposition(mentions, layer, h, d);
    for (const p of d.parts) claimed.add(p);
    out.set(h, d);
  }
  return out;
}

function onlyGlueBetween(layer: TextLayer, from: number, to: number, d: Descriptor): boolean {
  if (to - from > 4) return false;
  for (let t = from; t < to; t++) {
    const tok = layer.tokens[t]!;
    if (!GLUE.has(tok.lower) && !RANK.has(tok.lower)) return false;
    if (tok.lower === 'the' && d.parts.length > 1) return false;
  }
  return true;
}

function appendApposition(mentions: Mention[], layer: TextLayer, h: number, d: Descriptor): void {
  const head = mentions[h]!;
  if (layer.tokens[head.last]?.text !== ',') return;
  let k = h + 1;
  let cursor = head.last + 1;
  const roles: Role[] = [];
  let country: string | undefined;
  const parts: number[] = [];
  while (k < mentions.length) {
    const m = mentions[k]!;
    if (!onlyGlueBetween(layer, cursor, m.first, d)) break;
    if (m.kind === 'role' && m.role?.kind === 'person') roles.push(m.role);
    else if ((m.kind === 'country' || m.kind === 'demonym') && !country) country = m.country;
    else break;
    parts.push(k);
    cursor = m.last;
    k++;
  }
  if (roles.length === 0) return;
  d.roles.push(...roles);
  d.country ??= country;
  d.parts.push(...parts);
}

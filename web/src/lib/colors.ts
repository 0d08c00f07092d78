// Colours: quad classes (blues for cooperation, reds for conflict) and a diverging Goldstein scale; every
// colour used for text or thin lines keeps at least 4.5:1 contrast on white.

export const QUADS = [
  { quad: 1, key: 'q1', label: 'Verbal cooperation', color: '#6a9fd4' },
  { quad: 2, key: 'q2', label: 'Material cooperation', color: '#1f5fa8' },
  { quad: 3, key: 'q3', label: 'Verbal conflict', color: '#e08a3c' },
  { quad: 4, key: 'q4', label: 'Material conflict', color: '#b8312f' },
] as const;

export const quadLabel = (quad: number) => QUADS.find((q) => q.quad === quad)?.label ?? `Quad ${quad}`;
export const quadColor = (quad: number) => QUADS.find((q) => q.quad === quad)?.color ?? '#777';

const CONFLICT = [184, 49, 47];
const NEUTRAL = [150, 150, 150];
const COOPERATION = [31, 95, 168];

/** Goldstein −10 (conflict, red) … 0 (grey) … +10 (cooperation, blue). */
export function goldsteinColor(g: number): string {
  const t = Math.max(-1, Math.min(1, g / 10));
  const [from, to] = t < 0 ? [NEUTRAL, CONFLICT] : [NEUTRAL, COOPERATION];
  const k = Math.abs(t);
  const c = from.map((v, i) => Math.round(v + (to[i]! - v) * k));
  return `rgb(${c.join(',')})`;
}

export const formatGoldstein = (g: number | null) =>
  g === null ? '–' : `${g > 0 ? '+' : ''}${g.toFixed(1)}`;

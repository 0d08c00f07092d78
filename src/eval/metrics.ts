// Counting helpers shared by the scorers: precision, recall, F1 and span overlap.

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  predicted: number;
  gold: number;
}

export function prf(tp: number, predicted: number, gold: number): Prf {
  const precision = predicted === 0 ? 0 : tp / predicted;
  const recall = gold === 0 ? 0 : tp / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, tp, predicted, gold };
}

export function ratio(hit: number, total: number): { value: number; hit: number; total: number } {
  return { value: total === 0 ? 0 : hit / total, hit, total };
}

export interface Range {
  start: number;
  end: number;
}

export const overlaps = (a: Range, b: Range) => a.start < b.end && b.start < a.end;

export function median(values: number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

// Cuts a text into runs for highlighting: every boundary of every span starts a new run, and each run
// knows all the spans that cover it, so overlapping layers (an event trigger inside a quote) all show.

export interface Mark {
  start: number;
  end: number;
  /** The layer, used as a CSS class: entity, event, quote, time, place, amount. */
  layer: string;
  /** What a reader sees on hover or focus. */
  label: string;
}

export interface Run {
  start: number;
  end: number;
  text: string;
  marks: Mark[];
}

export function segments(text: string, marks: readonly Mark[]): Run[] {
  const valid = marks.filter((m) => m.start >= 0 && m.end <= text.length && m.start < m.end);
  const cuts = new Set<number>([0, text.length]);
  for (const m of valid) {
    cuts.add(m.start);
    cuts.add(m.end);
  }
  const points = [...cuts].sort((x, y) => x - y);
  const runs: Run[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const covering = valid.filter((m) => m.start <= start && m.end >= end);
    const last = runs[runs.length - 1];
    // Merge neighbouring runs covered by the same marks, to keep the DOM small.
    if (last && covering.length === 0 && last.marks.length === 0) {
      last.end = end;
      last.text = text.slice(last.start, end);
      continue;
    }
    runs.push({ start, end, text: text.slice(start, end), marks: covering });
  }
  return runs;
}

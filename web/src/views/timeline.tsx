// The dyad's timeline: events per period stacked by quad class, with the mean Goldstein score as a line on
// its own axis at the right (−10 conflict … +10 cooperation).
import * as Plot from '@observablehq/plot';
import { PlotFigure } from '../components/plot-figure';
import { QUADS } from '../lib/colors';
import type { SeriesRow } from '../types';

export function Timeline({ rows, title }: { rows: SeriesRow[]; title: string }) {
  const max = Math.max(1, ...rows.map((r) => r.events));
  const toBars = (g: number) => ((g + 10) / 20) * max;
  const fromBars = (v: number) => (v / max) * 20 - 10;
  const long = rows.flatMap((r) => QUADS.map((q) => ({ period: r.period, quad: q.label, count: r[q.key] })));
  const line = rows.filter((r) => r.goldsteinMean !== null && r.events > 0);
  const summary = `${title}: ${rows.reduce((n, r) => n + r.events, 0)} events over ${rows.length} periods`;
  return (
    <div class="timeline" data-testid="timeline">
      <PlotFigure
        label={summary}
        deps={[rows]}
        make={(width) =>
          Plot.plot({
            width,
            height: 280,
            marginLeft: 48,
            marginRight: 56,
            marginBottom: 40,
            style: { fontSize: '13px', color: '#222' },
            x: {
              type: 'band',
              domain: rows.map((r) => r.period),
              label: null,
              padding: rows.length < 4 ? 0.55 : 0.2,
            },
            y: { domain: [0, max], grid: true },
            color: { domain: QUADS.map((q) => q.label), range: QUADS.map((q) => q.color), legend: true },
            marks: [
              Plot.axisY({ anchor: 'left', label: 'Events', ticks: Math.min(max, 6), tickFormat: 'd' }),
              Plot.axisY([-10, -5, 0, 5, 10].map(toBars), {
                anchor: 'right',
                label: 'Goldstein (mean)',
                tickFormat: (v: number) => String(Math.round(fromBars(v))),
              }),
              Plot.barY(long, {
                x: 'period',
                y: 'count',
                fill: 'quad',
                title: (d: { period: string; count: number; quad: string }) =>
                  `${d.period}: ${d.count} × ${d.quad}`,
              }),
              Plot.ruleY([toBars(0)], { stroke: '#666', strokeDasharray: '4,3' }),
              Plot.line(line, {
                x: 'period',
                y: (r: SeriesRow) => toBars(r.goldsteinMean ?? 0),
                stroke: '#111',
                strokeWidth: 2,
                marker: 'circle-stroke',
              }),
              Plot.text(line, {
                x: 'period',
                y: (r: SeriesRow) => toBars(r.goldsteinMean ?? 0),
                text: (r: SeriesRow) => (r.goldsteinMean! > 0 ? '+' : '') + r.goldsteinMean!.toFixed(1),
                dy: -12,
                fill: '#111',
                stroke: 'white',
                strokeWidth: 3,
                paintOrder: 'stroke',
              }),
            ],
          })
        }
      />
      <p class="caption">
        Bars: events per period by quad class. Line: mean Goldstein score (right axis; −10 conflict, +10
        cooperation; dashed at 0).
      </p>
    </div>
  );
}

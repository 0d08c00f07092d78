// `dyad series A B`: the A–B dyad over time (either direction), by day, ISO week or month.
import type { SeriesBy, SeriesRow } from '../store/index.js';
import { type Column, type RowFormat, writeRows } from './rows-output.js';
import { type DbOptions, type FilterOptions, parseEventFilter, withStore } from './store-options.js';

interface SeriesOptions extends DbOptions, FilterOptions {
  by: SeriesBy;
  format: RowFormat;
}

const COLUMNS: Column<SeriesRow>[] = [
  { header: 'period', value: (r) => r.period },
  { header: 'events', value: (r) => r.events },
  { header: 'q1_verbal_coop', value: (r) => r.q1 },
  { header: 'q2_material_coop', value: (r) => r.q2 },
  { header: 'q3_verbal_conflict', value: (r) => r.q3 },
  { header: 'q4_material_conflict', value: (r) => r.q4 },
  { header: 'mentions', value: (r) => r.mentions },
  { header: 'goldstein_total', value: (r) => r.goldsteinTotal },
  { header: 'goldstein_mean', value: (r) => r.goldsteinMean },
];

export async function seriesCommand(a: string, b: string, options: SeriesOptions): Promise<void> {
  const filter = parseEventFilter(options);
  await withStore(options, async (store) => {
    const { rows, undated } = await store.series(a, b, options.by, filter);
    await writeRows(process.stdout, rows, COLUMNS, options.format);
    if (undated > 0)
      process.stderr.write(`dyad: ${undated} event(s) of the pair have no date and are not in the series\n`);
  });
}

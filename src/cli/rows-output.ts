// Query output: an aligned table for people, CSV for spreadsheets, JSON Lines for programs.
import type { Writable } from 'node:stream';
import { write } from './output.js';

export type RowFormat = 'table' | 'csv' | 'jsonl';

export interface Column<T> {
  header: string;
  value: (row: T) => unknown;
  /** Widest the column gets in a table (longer text is cut with …). */
  max?: number;
}

export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'object' ? JSON.stringify(value) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export async function writeRows<T>(
  out: Writable,
  rows: Iterable<T>,
  columns: Column<T>[],
  format: RowFormat,
  options: { header?: boolean } = {},
): Promise<void> {
  if (format === 'jsonl') {
    for (const row of rows) await write(out, `${JSON.stringify(row)}\n`);
    return;
  }
  if (format === 'csv') {
    if (options.header !== false) await write(out, `${columns.map((c) => csvCell(c.header)).join(',')}\n`);
    for (const row of rows) await write(out, `${columns.map((c) => csvCell(c.value(row))).join(',')}\n`);
    return;
  }
  const cells = [...rows].map((row) => columns.map((c) => cellText(c.value(row), c.max ?? 40)));
  const widths = columns.map((c, i) => Math.max(c.header.length, ...cells.map((r) => r[i]!.length)));
  const line = (values: string[]) =>
    values
      .map((v, i) => v.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  await write(out, `${line(columns.map((c) => c.header))}\n`);
  for (const row of cells) await write(out, `${line(row)}\n`);
}

function cellText(value: unknown, max: number): string {
  if (value === null || value === undefined) return '';
  const text = (typeof value === 'object' ? JSON.stringify(value) : String(value)).replace(/\s+/g, ' ');
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

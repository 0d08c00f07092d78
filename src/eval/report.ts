// A scorer's result: named metric rows, printed as a table for people or as JSON for machines.
import type { Prf } from './metrics.js';

export type Metric = Prf | { value: number; hit?: number; total?: number };

export interface Report {
  task: string;
  documents: number;
  metrics: Record<string, Metric>;
  /** Item-level lines (the seed's PASS/FAIL list). */
  items?: {
    section: string;
    status: 'PASS' | 'FAIL' | 'MISS' | 'OK';
    required: boolean;
    desc: string;
    detail?: string;
  }[];
}

const pct = (x: number) => (Number.isNaN(x) ? '   n/a' : x.toFixed(3).padStart(6));

export function formatReport(report: Report): string {
  const lines = [`dyad eval ${report.task}: ${report.documents} documents`, ''];
  const name = Math.max(10, ...Object.keys(report.metrics).map((k) => k.length));
  const prfRows = Object.entries(report.metrics).filter(([, m]) => 'f1' in m) as [string, Prf][];
  const valueRows = Object.entries(report.metrics).filter(([, m]) => !('f1' in m)) as [
    string,
    { value: number; hit?: number; total?: number },
  ][];
  if (prfRows.length) {
    lines.push(`${'metric'.padEnd(name)}      P      R     F1      tp   pred   gold`);
    for (const [k, m] of prfRows) {
      lines.push(
        `${k.padEnd(name)} ${pct(m.precision)} ${pct(m.recall)} ${pct(m.f1)} ${String(m.tp).padStart(7)} ${String(m.predicted).padStart(6)} ${String(m.gold).padStart(6)}`,
      );
    }
    lines.push('');
  }
  if (valueRows.length) {
    lines.push(`${'metric'.padEnd(name)}  value      n`);
    for (const [k, m] of valueRows) {
      const value = k.startsWith('median') ? m.value.toFixed(1).padStart(6) : pct(m.value);
      lines.push(
        `${k.padEnd(name)} ${value} ${m.total === undefined ? '' : `${String(m.hit).padStart(5)}/${m.total}`}`,
      );
    }
    lines.push('');
  }
  if (report.items) {
    let section = '';
    for (const item of report.items) {
      if (item.section !== section) {
        section = item.section;
        lines.push(`[${section}]`);
      }
      const req = item.required ? 'required' : 'optional';
      lines.push(
        `  ${item.status.padEnd(4)} ${req.padEnd(8)} ${item.desc}${item.detail ? `  (${item.detail})` : ''}`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

// TIMEX3 value helpers: formatting dates at a precision, ISO weeks, shifting by units.

export type Unit = 'year' | 'month' | 'week' | 'day' | 'quarter' | 'decade' | 'century';

export const pad = (n: number, w = 2) => String(n).padStart(w, '0');

export function parseDay(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y!, (m ?? 1) - 1, d ?? 1, 12));
}

export const dayValue = (d: Date) =>
  `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
export const monthValue = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`;
export const yearValue = (d: Date) => `${d.getUTCFullYear()}`;

/** ISO-8601 week value, e.g. "2023-W42". */
export function weekValue(d: Date): string {
  const t = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
  const day = t.getUTCDay() || 7;
  t.setUTCDate(t.getUTCDate() + 4 - day);
  const yearStart = new Date(Date.UTC(t.getUTCFullYear(), 0, 1));
  const week = Math.ceil(((t.getTime() - yearStart.getTime()) / 86_400_000 + 1) / 7);
  return `${t.getUTCFullYear()}-W${pad(week)}`;
}

/** The TIMEX3 value of the unit containing `ref` shifted by `offset` units ("last year" = year, -1). */
export function unitValue(ref: Date, unit: Unit, offset: number): string {
  const d = new Date(ref.getTime());
  switch (unit) {
    case 'year':
      return String(d.getUTCFullYear() + offset);
    case 'month':
      d.setUTCDate(1);
      d.setUTCMonth(d.getUTCMonth() + offset);
      return monthValue(d);
    case 'week':
      d.setUTCDate(d.getUTCDate() + 7 * offset);
      return weekValue(d);
    case 'day':
      d.setUTCDate(d.getUTCDate() + offset);
      return dayValue(d);
    case 'quarter': {
      const q = Math.floor(d.getUTCMonth() / 3) + offset;
      const year = d.getUTCFullYear() + Math.floor(q / 4);
      return `${year}-Q${(((q % 4) + 4) % 4) + 1}`;
    }
    case 'decade':
      return String(Math.floor(d.getUTCFullYear() / 10) + offset);
    case 'century':
      return String(Math.floor(d.getUTCFullYear() / 100) + offset);
  }
}

const DURATION_LETTER: Record<string, string> = {
  year: 'Y',
  month: 'M',
  week: 'W',
  day: 'D',
  hour: 'H',
  minute: 'M',
  second: 'S',
  quarter: 'Q',
};

/** TIMEX3 duration value: P3Y, P2W, PT24H; an unknown count gives PXY. */
export function durationValue(count: number | undefined, unit: string): string {
  if (unit === 'decade' || unit === 'century') {
    return count === undefined ? 'PXY' : `P${count * (unit === 'decade' ? 10 : 100)}Y`;
  }
  const letter = DURATION_LETTER[unit] ?? 'X';
  const n = count === undefined ? 'X' : String(count);
  return ['hour', 'minute', 'second'].includes(unit) ? `PT${n}${letter}` : `P${n}${letter}`;
}

/** How far ahead of the publication date a month without a year may lie when nothing marks the future. */
export const AHEAD_MS = 62 * 86_400_000;

// Ingest progress on stderr: a live bar with articles/s and ETA on a terminal, plain lines every few seconds
// otherwise (logs, CI), and messages printed without breaking the bar.
import cliProgress from 'cli-progress';
import type { IngestProgress } from '../store/ingest-run.js';

export interface ProgressReporter {
  update(progress: IngestProgress): void;
  log(line: string): void;
  stop(): void;
}

export function createProgress(options: {
  totalBytes: number;
  tty: boolean;
  quiet: boolean;
}): ProgressReporter {
  const started = Date.now();
  const rate = (p: IngestProgress) => {
    const seconds = (Date.now() - started) / 1000;
    return seconds > 0 ? (p.coded + p.duplicates + p.skipped) / seconds : 0;
  };
  if (options.quiet)
    return { update: () => {}, log: (line) => process.stderr.write(`${line}\n`), stop: () => {} };
  if (options.tty) {
    const known = options.totalBytes > 0;
    const multi = new cliProgress.MultiBar(
      {
        format: known
          ? '{bar} {percentage}% | {articles} articles | {rate} art/s | {dups} dup | {errors} err | ETA {eta_formatted}'
          : '{articles} articles | {rate} art/s | {dups} dup | {errors} err',
        hideCursor: true,
        clearOnComplete: false,
        etaBuffer: 50,
        stream: process.stderr,
      },
      cliProgress.Presets.shades_classic,
    );
    const bar = multi.create(Math.max(1, options.totalBytes), 0, {
      articles: 0,
      rate: '0',
      dups: 0,
      errors: 0,
    });
    return {
      update: (p) =>
        bar.update(known ? p.bytes : 0, {
          articles: p.coded + p.duplicates + p.skipped,
          rate: rate(p).toFixed(1),
          dups: p.duplicates,
          errors: p.errors,
        }),
      log: (line) => multi.log(`${line}\n`),
      stop: () => multi.stop(),
    };
  }
  let last = 0;
  return {
    update: (p) => {
      const now = Date.now();
      if (now - last < 5000) return;
      last = now;
      const share = options.totalBytes > 0 ? Math.min(1, p.bytes / options.totalBytes) : 0;
      const eta = share > 0 ? ((now - started) / 1000) * ((1 - share) / share) : undefined;
      process.stderr.write(
        `ingest: ${p.read} read, ${p.coded} coded, ${p.duplicates} duplicates, ${p.skipped} already stored, ${p.errors} errors | ${rate(p).toFixed(1)} art/s${
          share > 0 ? ` | ${(share * 100).toFixed(0)}% | ETA ${formatSeconds(eta ?? 0)}` : ''
        }\n`,
      );
    },
    log: (line) => process.stderr.write(`${line}\n`),
    stop: () => {},
  };
}

export function formatSeconds(seconds: number): string {
  const s = Math.round(seconds);
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}

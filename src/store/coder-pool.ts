// Coding for the ingest: a piscina pool of worker threads, or the calling thread when workers is 0.
import { Piscina } from 'piscina';
import type { CodedDoc, ErrorLine, InputDoc } from '../core/index.js';
import { createPipeline } from '../pipeline/index.js';

export interface Coder {
  readonly threads: number;
  code(docs: InputDoc[]): Promise<(CodedDoc | ErrorLine)[]>;
  close(): Promise<void>;
}

export function createCoder(workers: number): Coder {
  if (workers <= 0) {
    const pipeline = createPipeline();
    return {
      threads: 0,
      async code(docs) {
        const out: (CodedDoc | ErrorLine)[] = [];
        for await (const result of pipeline.codeMany(docs)) out.push(result);
        return out;
      },
      close: async () => {},
    };
  }
  // From source (tsx) the worker is the .ts file; from the build, the compiled .js beside this one.
  const extension = import.meta.url.endsWith('.ts') ? 'ts' : 'js';
  const pool = new Piscina({
    filename: new URL(`./code-worker.${extension}`, import.meta.url).href,
    minThreads: workers,
    maxThreads: workers,
    idleTimeout: 60_000,
  });
  return {
    threads: workers,
    code: (docs) => pool.run(docs) as Promise<(CodedDoc | ErrorLine)[]>,
    close: () => pool.destroy(),
  };
}

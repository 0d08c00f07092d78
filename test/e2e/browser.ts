// Shared set-up for the browser tests: Debian's chromium through playwright-core (never a downloaded
// browser), a freshly built dashboard, and a server over a store holding the examples.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { type Browser, chromium, type Page } from 'playwright-core';
import { type ApiStore, createApp, ingestDocs, openApiStore } from '../../src/api/index.js';
import { createPipeline } from '../../src/pipeline/index.js';
import { loadExamples } from '../examples-check.js';

export const CHROMIUM = '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const RESULTS = join(ROOT, 'test-results', 'e2e');
/** DYAD_DOCS_SCREENSHOTS=1 also writes the README's screenshots into docs/. */
export const DOCS = process.env.DYAD_DOCS_SCREENSHOTS === '1' ? join(ROOT, 'docs') : null;

export interface Harness {
  base: string;
  browser: Browser;
  store: ApiStore;
  close(): Promise<void>;
}

async function buildDashboard(outDir: string): Promise<void> {
  const { build } = await import('vite');
  await build({
    root: join(ROOT, 'web'),
    configFile: join(ROOT, 'web', 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
}

export async function startHarness(): Promise<Harness> {
  const work = mkdtempSync(join(tmpdir(), 'dyad-e2e-'));
  const webRoot = join(work, 'web');
  await buildDashboard(webRoot);
  const store = await openApiStore(join(work, 'dyad.db'));
  const pipeline = createPipeline();
  const docs = loadExamples().map((e) => ({
    id: e.expected.id,
    text: e.text,
    published: e.expected.published,
    ...(e.expected.title ? { title: e.expected.title } : {}),
  }));
  await ingestDocs(store, pipeline, docs);
  const app = createApp({ store, pipeline, webRoot });
  const server = await new Promise<Server>((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () =>
      resolve(s as Server),
    ) as Server;
  });
  const { port } = server.address() as AddressInfo;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
    ],
  });
  mkdirSync(RESULTS, { recursive: true });
  return {
    base: `http://127.0.0.1:${port}`,
    browser,
    store,
    async close() {
      await browser.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await store.close();
      rmSync(work, { recursive: true, force: true });
    },
  };
}

/** Saves a screenshot under test-results/e2e/ (and docs/ when asked). */
export async function shoot(page: Page, name: string, docsName?: string): Promise<void> {
  await page.screenshot({ path: join(RESULTS, `${name}.png`), fullPage: true });
  if (DOCS && docsName) await page.screenshot({ path: join(DOCS, `${docsName}.png`) });
}

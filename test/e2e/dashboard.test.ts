// The dashboard in a real browser (Debian's chromium via playwright-core): the dyad view with its chart
// and events, an event's evidence sentence, an article pasted and coded, and the other views.

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, type Harness, hasChromium, shoot, startHarness } from './browser.js';

if (!hasChromium) {
  console.log(
    `[e2e] browser tests skipped: ${CHROMIUM} not found (CI installs Debian's chromium; locally: apt-get install chromium)`,
  );
}

describe.skipIf(!hasChromium)('dashboard in chromium', () => {
  let h: Harness;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    h = await startHarness();
    const context = await h.browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: h.base });
    page = await context.newPage();
    page.setDefaultTimeout(15_000);
    page.on('pageerror', (e) => errors.push(e.message));
    // Nothing may be fetched from anywhere but the dyad server.
    await page.route('**/*', (route) =>
      route.request().url().startsWith(h.base) ? route.continue() : route.abort('blockedbyclient'),
    );
  }, 180_000);
  afterAll(async () => {
    await h?.close();
  });

  it('shows the dyad view for Kazakhstan–Pakistan: the chart and the events', async () => {
    await page.goto(`${h.base}/#/dyad/KAZ/PAK`);
    const chart = page.getByTestId('timeline').locator('svg').last();
    await chart.waitFor();
    expect(await chart.locator('rect').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('timeline').textContent()).toMatch(/Goldstein/);
    await page.getByTestId('event-card').first().waitFor();
    expect(await page.getByTestId('event-card').count()).toBeGreaterThan(3);
    const list = await page.getByTestId('event-list').textContent();
    expect(list).toMatch(/Shehbaz Sharif/);
    expect(list).toMatch(/Tokayev/);
    expect(await page.locator('[data-testid=event-card] mark.trigger').count()).toBeGreaterThan(0);
    await expect(page.getByTestId('pick-a').inputValue()).resolves.toBe('KAZ');
    await shoot(page, 'dyad-view');
  });

  it('shows cooperation and conflict apart for Belarus–Lithuania', async () => {
    await page.goto(`${h.base}/#/dyad/BLR/LTU`);
    await page.getByTestId('event-card').first().waitFor();
    await page.getByTestId('timeline').locator('svg').last().waitFor();
    const badges = await page.locator('[data-testid=event-card] .badge').allTextContents();
    expect(new Set(badges.map((b) => b.trim())).size).toBeGreaterThan(1);
    await shoot(page, 'dyad-view-blr-ltu', 'dyad-view');
  });

  it('opens an event and shows its evidence sentence with the trigger', async () => {
    await page.goto(`${h.base}/#/dyad/KAZ/PAK`);
    const first = page.locator('.event-title').first();
    await first.waitFor();
    await first.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/#\/event\//);
    const evidence = page.getByTestId('evidence').first();
    await evidence.waitFor();
    const trigger = (await evidence.locator('mark.trigger').textContent()) ?? '';
    expect(trigger.length).toBeGreaterThan(0);
    expect(await evidence.textContent()).toMatch(/Sharif|Tokayev|Kazakh|Pakistan/);
    await shoot(page, 'event');
  });

  it('codes a pasted article at once and highlights what it found', async () => {
    await page.goto(`${h.base}/#/code`);
    await page.getByTestId('code-date').fill('2024-03-12');
    const text =
      'VILNIUS — Lithuania expelled two Belarusian diplomats on Monday, accusing them of spying, the foreign ' +
      'ministry said. Minsk condemned the decision and promised a response.';
    // A string, evaluated in the page (this file is type-checked without the DOM library).
    await page.evaluate(`navigator.clipboard.writeText(${JSON.stringify(text)})`);
    await page.getByTestId('code-text').focus();
    await page.keyboard.press('Control+V');
    const event = page.locator('.article-text mark.hl-event').first();
    await event.waitFor();
    expect(await page.getByTestId('code-text').inputValue()).toBe(text);
    expect(await page.locator('.article-text mark.hl-time').count()).toBeGreaterThan(0);
    expect(await page.locator('.article-text mark.hl-place').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('doc-events').textContent()).toMatch(/2024-03-11/);
    await event.focus();
    expect(await page.locator('.inspector').textContent()).toMatch(/CAMEO/);
    expect(await page.locator('.coded-json pre').textContent()).toMatch(/"events"/);
    await shoot(page, 'code', 'code');
  });

  it('says what is wrong when coding fails', async () => {
    await page.goto(`${h.base}/#/code`);
    await page.getByTestId('code-text').fill('');
    await page.getByTestId('code-submit').click();
    expect(await page.getByRole('alert').textContent()).toMatch(/Paste or type an article/);
  });

  it('draws the network and opens a dyad from an edge', async () => {
    await page.goto(`${h.base}/#/network`);
    const graph = page.getByTestId('network-graph');
    await graph.locator('a.node').first().waitFor();
    expect(await graph.locator('a.node').count()).toBeGreaterThan(5);
    await shoot(page, 'network', 'network');
    await graph.locator('a.edge').first().click();
    await page.waitForURL(/#\/dyad\/[A-Z]{3}\/[A-Z]{3}/);
    await page.getByTestId('event-card').first().waitFor();
  });

  it('maps event places on the offline world map', async () => {
    await page.goto(`${h.base}/#/map`);
    const map = page.getByTestId('world-map');
    await map.locator('circle.place').first().waitFor();
    expect(await map.locator('path.land').count()).toBeGreaterThan(100);
    await shoot(page, 'map', 'map');
    await page.getByRole('button', { name: /Tbilisi/ }).click();
    await page.locator('.place-events [data-testid=event-card]').first().waitFor();
  });

  it('shows a stored article with its highlights and coded JSON', async () => {
    await page.goto(`${h.base}/#/articles/01-sco-astana-pakistan-kazakhstan`);
    await page.locator('.article-text mark.hl-event').first().waitFor();
    for (const layer of ['entity', 'quote', 'time', 'place', 'amount']) {
      expect(await page.locator(`.article-text mark.hl-${layer}`).count(), layer).toBeGreaterThan(0);
    }
    await page.getByLabel(/Mentions \(/).uncheck();
    expect(await page.locator('.article-text mark.hl-entity').count()).toBe(0);
    await page.getByLabel(/Mentions \(/).check();
    await shoot(page, 'article', 'article');
  });

  it('shows an error for an unknown event, and no page errors anywhere', async () => {
    await page.goto(`${h.base}/#/event/ev-none`);
    expect(await page.getByRole('alert').textContent()).toMatch(/no event record/);
    expect(errors).toEqual([]);
  });
});

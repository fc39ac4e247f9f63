// A person reading a day's digest on a phone and on a laptop, in light and dark: no sideways scrolling,
// no serious accessibility problems, and screenshots in tests/.output/screenshots to look at.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatViolations, launchBrowser, runAxe, seriousViolations } from '../support/browser.ts';
import { outputRoot } from '../support/build-site.ts';
import { sharedSite } from '../support/shared-site.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';

const screenshots = path.join(outputRoot, 'screenshots');
let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  server = await serveStatic(await sharedSite('default'));
  browser = await launchBrowser();
  mkdirSync(screenshots, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const pages = [
  ['day', 'days/2025-12-09/'],
  ['paper', 'papers/is-oracle-pruning-the-true-oracle/'],
  ['topic', 'topics/pruning-and-compression/'],
  ['home', ''],
] as const;

describe.each([375, 1280])('at %i px wide', (width) => {
  describe.each(['light', 'dark'] as const)('in the %s scheme', (colorScheme) => {
    it.each(pages)('the %s page fits the screen and has no serious accessibility problem', async (name, url) => {
      const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme });
      try {
        const page = await context.newPage();
        const response = await page.goto(`${server.url}${url}`);
        expect(response?.status()).toBe(200);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow).toBeLessThanOrEqual(0);
        const violations = seriousViolations(await runAxe(page));
        expect(violations, formatViolations(violations)).toEqual([]);
        // The scheme is really applied: the background follows it.
        const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
        const [r] = background.match(/\d+/g)!.map(Number);
        expect(colorScheme === 'dark' ? r < 60 : r > 200).toBe(true);
        await page.screenshot({ path: path.join(screenshots, `${name}-${width}-${colorScheme}.png`), fullPage: name === 'day' && width === 375 ? false : true });
      } finally {
        await context.close();
      }
    });
  });
});

describe('reading without leaving the page', () => {
  it('opens a full abstract in place, by keyboard', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      const page = await context.newPage();
      await page.goto(`${server.url}days/2025-12-09/`);
      const summary = page.locator('.paper-card details summary').first();
      const fullText = page.locator('.paper-card details').first().locator('p').first();
      expect(await fullText.isVisible()).toBe(false);
      await summary.focus();
      await page.keyboard.press('Enter');
      expect(await fullText.isVisible()).toBe(true);
      expect(await fullText.textContent()).toMatch(/inductive bias that helps OoD generalization/);
      expect(page.url()).toBe(`${server.url}days/2025-12-09/`);
    } finally {
      await context.close();
    }
  });
});

// The landing page in a real browser: Debian's Chromium driven by playwright-core, the version folder served
// over HTTP on 127.0.0.1. No console errors, no request outside the page's folder, one timeline mark per dated
// event, filters that work from the keyboard, checksums that match, and screenshots at desktop and phone width.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, cli, readJson, tempDir } from './helpers.js';

// Debian's Chromium; CHROMIUM_PATH points elsewhere where a runner ships its own (GitHub's Ubuntu has Chrome).
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const mustRun = process.env.CI === 'true';
const ARTIFACTS = path.join(ROOT, 'test-results');

interface Quote {
  id: string;
  text: string;
  speaker: string | null;
}
interface Event {
  date: string | null;
}

describe.skipIf(!existsSync(CHROMIUM) && !mustRun)('the landing page', () => {
  const out = tempDir();
  const version = path.join(out, '1.0.0');
  let server: Server;
  let base: string;
  let browser: Browser;
  let page: Page;
  const requests: string[] = [];
  const problems: string[] = [];

  beforeAll(async () => {
    expect((await cli(['build', '--out', out])).code).toBe(0);
    server = createServer((req, res) => {
      const rel = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname).replace(/^\/+/, '');
      const file = path.join(version, rel);
      if (!file.startsWith(version + path.sep) || !existsSync(file)) {
        res.writeHead(404).end();
        return;
      }
      const type =
        { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' }[path.extname(file)] ??
        'application/octet-stream';
      res.writeHead(200, { 'content-type': `${type}; charset=utf-8` }).end(readFileSync(file));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    // Playwright's own 30 s limits would be wall-clock guesses; vitest's hang guard bounds every test instead.
    page.setDefaultTimeout(0);
    page.on('request', (r) => requests.push(r.url()));
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    await page.goto(`${base}/site/index.html`, { waitUntil: 'networkidle' });
    mkdirSync(ARTIFACTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  it('loads with no console errors and no request leaving its folder', () => {
    expect(problems).toEqual([]);
    expect(requests.length).toBeGreaterThan(0);
    for (const url of requests) expect(url.startsWith(`${base}/site/`), url).toBe(true);
  });

  it('shows the title, version, licence and a citation', async () => {
    const meta = readJson<{ title: string; version: string }>(path.join(version, 'datapackage.json'));
    await expect(page.locator('h1').textContent()).resolves.toBe(meta.title);
    await expect(page.locator('header .meta').textContent()).resolves.toContain(meta.version);
    await expect(page.locator('header .meta').textContent()).resolves.toContain(
      'Creative Commons Attribution-ShareAlike 4.0',
    );
    await expect(page.locator('pre.cite').textContent()).resolves.toContain(`version ${meta.version}`);
  });

  it('carries the schema.org Dataset JSON-LD', async () => {
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!) as Record<
      string,
      unknown
    >;
    expect(jsonLd['@type']).toBe('Dataset');
    expect(jsonLd).toEqual(readJson(path.join(version, 'dataset.jsonld')));
  });

  it("shows the extractor's scores on the evaluation set as a table, the same figures as datapackage.json", async () => {
    const { quality } = readJson<{ quality: Record<string, { f1: number }> }>(path.join(version, 'datapackage.json'));
    const quotes = page.locator('#quality tbody tr').filter({ has: page.locator('th', { hasText: /^quotes$/ }) });
    await expect(quotes.locator('td').nth(2).textContent()).resolves.toBe(`${(100 * quality.quotes!.f1).toFixed(1)}%`);
    await expect(page.locator('#quality tbody tr').count()).resolves.toBeGreaterThanOrEqual(5);
    await expect(page.locator('nav a[href="#quality"]').isVisible()).resolves.toBe(true);
  });

  it('draws one timeline mark per dated event', async () => {
    const dated = readJson<Event[]>(path.join(version, 'events.json')).filter((e) => e.date);
    expect(dated.length).toBeGreaterThan(0);
    const marks = await page.locator('#timeline-chart g.event-span rect, #timeline-chart g.event-day circle').count();
    expect(marks).toBe(dated.length);
    // The text alternative lists the same events.
    await expect(page.locator('#timeline details tbody tr').count()).resolves.toBe(dated.length);
  });

  it("filters the table to a speaker's quotes as their name is typed", async () => {
    const quotes = readJson<Quote[]>(path.join(version, 'quotes.json'));
    const counts = new Map<string, number>();
    for (const q of quotes) if (q.speaker) counts.set(q.speaker, (counts.get(q.speaker) ?? 0) + 1);
    const [speaker] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [];
    expect(speaker).toBeTruthy();
    const input = page.locator('#filter-speaker');
    await input.focus();
    await page.keyboard.type(speaker!);
    const shownQuotes = page.locator('#records-body tr[data-kind="quote"]');
    const expected = quotes.filter((q) => q.speaker?.toLowerCase().includes(speaker!.toLowerCase())).length;
    await expect(shownQuotes.count()).resolves.toBe(expected);
    for (const who of await page.locator('#records-body tr td:nth-child(2)').allTextContents())
      expect(who.toLowerCase()).toContain(speaker!.toLowerCase());
    await expect(page.locator('#records-status').textContent()).resolves.toMatch(/^\d+ of \d+ records shown$/);

    // A row's source link shows the span in its context, citation markers set apart.
    await page.locator('#records-body tr[data-kind="quote"] a').first().click();
    const view = page.locator('#source-view');
    await expect(view.isVisible()).resolves.toBe(true);
    const first = quotes.find((q) => q.speaker?.toLowerCase().includes(speaker!.toLowerCase()))!;
    await expect(view.locator('mark').textContent()).resolves.toContain(first.text.slice(0, 12));
    await input.fill('');
  });

  it("serves downloads whose SHA-256 matches the page's", async () => {
    const rows = page.locator('#downloads tbody tr');
    expect(await rows.count()).toBeGreaterThan(10);
    for (const i of [0, 3]) {
      const href = await rows.nth(i).locator('a').getAttribute('href');
      const shown = (await rows.nth(i).locator('button.copy').getAttribute('data-copy'))!;
      expect((await rows.nth(i).locator('code.hash').textContent())!.trim()).toBe(`${shown.slice(0, 12)}…`);
      const response = await page.request.get(new URL(href!, `${base}/site/index.html`).href);
      const hash = createHash('sha256')
        .update(await response.body())
        .digest('hex');
      expect(hash).toBe(shown);
      expect(hash).toBe(
        createHash('sha256')
          .update(readFileSync(path.join(version, path.basename(href!))))
          .digest('hex'),
      );
    }
  });

  it('copies a whole hash with the button beside its start', async () => {
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
    const button = page.locator('#downloads button.copy').first();
    await expect(button.isVisible()).resolves.toBe(true);
    await button.click();
    // The clipboard answers asynchronously; the button says so once it has. No wall-clock limit of its own here: a
    // loaded machine may be slow, and the suite's hang guard still applies.
    await page.waitForFunction(() => document.querySelector('#downloads button.copy')?.textContent !== 'copy', null, {
      timeout: 0,
    });
    await expect(button.textContent()).resolves.toBe('copied');
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(
      await button.getAttribute('data-copy'),
    );
  });

  it('links a quote to its event, and the link opens the event in the table of dated events', async () => {
    const quotes = readJson<(Quote & { event_id: string | null })[]>(path.join(version, 'quotes.json'));
    const dated = quotes.find((q) => q.event_id)!;
    const link = page.locator('#records-body a.event-link').first();
    await expect(link.getAttribute('href')).resolves.toBe(`#event-${dated.event_id}`);
    await link.click();
    await page.waitForFunction(() => document.querySelector<HTMLDetailsElement>('#timeline details')?.open, null, {
      timeout: 0,
    });
    await expect(page.locator('#timeline details').evaluate((d) => (d as HTMLDetailsElement).open)).resolves.toBe(true);
    await expect(page.locator(`#event-${dated.event_id}`).isVisible()).resolves.toBe(true);
    await page.goto(`${base}/site/index.html`, { waitUntil: 'networkidle' });
  });

  it('leads with the data: at 1280 and 390 px the first screen shows the counts and a chart', async () => {
    const events = readJson<unknown[]>(path.join(version, 'events.json')).length;
    for (const viewport of [
      { width: 1280, height: 900 },
      { width: 390, height: 844 },
    ]) {
      await page.setViewportSize(viewport);
      await page.goto(`${base}/site/index.html`, { waitUntil: 'networkidle' });
      const firstScreen = async (selector: string) => {
        const box = await page.locator(selector).first().boundingBox();
        return box !== null && box.y >= 0 && box.y + Math.min(box.height, 40) <= viewport.height;
      };
      await expect(page.locator('.counts dd').first().textContent()).resolves.toBe(String(events));
      await page.screenshot({ path: path.join(ARTIFACTS, `site-first-screen-${viewport.width}.png`) });
      expect({
        viewport,
        counts: await firstScreen('.counts'),
        chart: await firstScreen('#timeline-chart svg'),
      }).toEqual({ viewport, counts: true, chart: true });
    }
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('is readable at phone width and saves screenshots of both widths', async () => {
    await page.screenshot({ path: path.join(ARTIFACTS, 'site-desktop.png'), fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.reload({ waitUntil: 'networkidle' });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: path.join(ARTIFACTS, 'site-phone.png'), fullPage: true });
    expect(existsSync(path.join(ARTIFACTS, 'site-phone.png'))).toBe(true);
  });

  it('reaches the filters from the keyboard', async () => {
    await page.locator('#filter-text').focus();
    await page.keyboard.press('Shift+Tab');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('filter-country');
  });
});

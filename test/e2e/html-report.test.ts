// The HTML report in a real browser: Debian's Chromium, driven by playwright-core (never a browser
// of its own download). `.ci/run` installs chromium when it is missing and sets
// SYNCTRIAGE_REQUIRE_BROWSER=1, so CI fails rather than skips; elsewhere the test is skipped with a
// note when there is no Chromium. The screenshot is kept in test-artifacts/.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from './run-cli.js';

const CHROMIUM = process.env.SYNCTRIAGE_CHROMIUM ?? '/usr/bin/chromium';
const haveBrowser = existsSync(CHROMIUM);
if (!haveBrowser && process.env.SYNCTRIAGE_REQUIRE_BROWSER === '1') throw new Error(`${CHROMIUM} is missing and SYNCTRIAGE_REQUIRE_BROWSER=1: install Debian's chromium`);
if (!haveBrowser) console.warn(`html-report: ${CHROMIUM} not found; the browser test is skipped (apt-get install chromium)`);

const HOSTILE = '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">';
const dir = mkdtempSync(join(tmpdir(), 'synctriage-html-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function hostileLog(): string {
  const lines: string[] = [];
  for (let i = 0; i < 40; i++) {
    const ts = new Date(Date.parse('2026-11-22T09:00:00Z') + i * 45_000).toISOString();
    lines.push(JSON.stringify({ ts, level: 'error', destination: 'hubspot', record_id: `c-${i}`, status: 401, message: 'Authentication credentials not found' }));
    if (i % 3 === 0) lines.push(JSON.stringify({ ts, level: 'error', destination: 'stripe', record_id: `cus_${i}`, status: 429, message: 'Too many requests' }));
    if (i % 10 === 0) lines.push(`${ts} ERROR sync crashed: ${HOSTILE} \u001b[2J\u202e gnirts`);
    lines.push(JSON.stringify({ ts, level: 'info', destination: 'stripe', record_id: `cus_${i}`, status: 200, message: 'ok' }));
  }
  return `${lines.join('\n')}\n`;
}

describe.skipIf(!haveBrowser)('--format html in Chromium', () => {
  it('renders the verdict, the chart and the groups, with no console error, no request and hostile text as text', async () => {
    const log = join(dir, 'hostile.log');
    writeFileSync(log, hostileLog());
    const page = join(dir, 'report.html');
    const r = await runCli([log, '--format', 'html', '--fail-on', 'none', '--output', `html=${page}`]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('<!doctype html>');

    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      // As root in a sandbox with a closed network: no sandbox, no background connections.
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    try {
      const tab = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
      const problems: string[] = [];
      tab.on('console', (m) => {
        if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
      });
      tab.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
      tab.on('dialog', (d) => problems.push(`dialog: ${d.message()}`));
      const url = pathToFileURL(page).href;
      tab.on('request', (req) => {
        if (req.url() !== url) problems.push(`request: ${req.url()}`);
      });
      await tab.goto(url);

      await expect(tab.locator('#verdict').innerText()).resolves.toMatch(/^Verdict: .*HubSpot/);
      // The chart: bars for both categories of the log on one time axis.
      const bars = tab.locator('svg#timeline rect');
      expect(await bars.count()).toBeGreaterThan(5);
      const categories = await bars.evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute('data-category')))].sort());
      expect(categories).toEqual(['auth', 'transient', 'unknown']);
      expect((await tab.locator('svg#timeline').boundingBox())?.height ?? 0).toBeGreaterThan(50);
      // Groups, most urgent first, each with its fix link.
      const rows = tab.locator('#groups tbody tr');
      expect(await rows.count()).toBe(3);
      await expect(rows.first().innerText()).resolves.toMatch(/^auth/);
      expect(await tab.locator('#groups a[href^="https://"]').count()).toBeGreaterThan(0);
      // The hostile line is shown as text: no element, no script run, escapes made visible.
      await tab.locator('#groups tr:has-text("sync crashed") details > summary').first().click();
      await tab.locator('#groups tr:has-text("sync crashed") details details > summary').first().click();
      const text = await tab.locator('body').innerText();
      expect(text).toContain('<script>window.__pwned=1</script>');
      expect(text).toContain('\\x1b[2J');
      expect(text).toContain('\\u202e');
      expect(await tab.evaluate(() => (window as unknown as { __pwned?: number }).__pwned ?? 0)).toBe(0);
      expect(await tab.locator('script, img, iframe').count()).toBe(0);

      mkdirSync(join(ROOT, 'test-artifacts'), { recursive: true });
      await tab.screenshot({ path: join(ROOT, 'test-artifacts', 'html-report.png'), fullPage: true });
      expect(problems).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../src/report/html.js';
import { analyze, createEngine } from '../../src/pipeline.js';
import { resolveInputs } from '../../src/input/open.js';

const dir = mkdtempSync(join(tmpdir(), 'synctriage-html-unit-'));

async function page(lines: string[]): Promise<string> {
  const file = join(dir, `log-${Math.random().toString(36).slice(2)}.log`);
  writeFileSync(file, `${lines.join('\n')}\n`);
  return renderHtml(await analyze(resolveInputs([file]), createEngine()));
}

describe('--format html', () => {
  it('escapes every text from the log: no element, attribute or raw control character gets through', async () => {
    const html = await page([
      '{"ts":"2026-11-22T09:00:00Z","level":"error","destination":"\\"><svg onload=alert(1)>","status":401,"message":"<script>alert(2)</script> \\u001b[2J"}',
      '{"ts":"2026-11-22T09:05:00Z","level":"error","status":500,"message":"boom & <b>bold</b> \\u202e"}',
    ]);
    expect(html).not.toMatch(/<script|<svg onload|<b>bold/);
    expect(html).toContain('&#60;script&#62;alert(2)&#60;/script&#62;');
    expect(html).toContain('&#34;&#62;&#60;svg onload=alert(1)&#62;');
    expect(html).toContain('\\x1b[2J');
    expect(html).toContain('\\u202e');
    expect(html).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
  });

  it('makes a link only of an http(s) URL (a baseline file may hold any text)', async () => {
    const file = join(dir, 'one.log');
    writeFileSync(file, '{"level":"error","destination":"hubspot","status":401}\n');
    const summary = await analyze(resolveInputs([file]), createEngine());
    summary.groups[0].link = 'javascript:alert(1)';
    const html = renderHtml(summary);
    expect(html).toContain('javascript:alert(1)');
    expect(html).not.toContain('href="javascript:');
    summary.groups[0].link = 'https://example.com/a?b=1&c="x"';
    expect(renderHtml(summary)).toContain('href="https://example.com/a?b=1&#38;c=%22x%22"');
  });

  it('draws the chart from the groups\' timelines, stacked per category on one axis', async () => {
    const lines: string[] = [];
    for (let i = 0; i < 30; i++) lines.push(`{"ts":"${new Date(Date.parse('2026-11-22T09:00:00Z') + i * 60_000).toISOString()}","level":"error","destination":"hubspot","status":${i % 2 === 0 ? 401 : 429},"message":"x"}`);
    const html = await page(lines);
    const rects = [...html.matchAll(/<rect [^>]*data-category="(\w+)"><title>\w+: (\d+) events? from/g)];
    const sum = (c: string) => rects.filter((m) => m[1] === c).reduce((a, m) => a + Number(m[2]), 0);
    expect(sum('auth')).toBe(15);
    expect(sum('transient')).toBe(15);
    expect(html).toContain('<svg id="timeline"');
  });

  it('says there is no timeline when no event has a time', async () => {
    const html = await page(['ERROR 401 Unauthorized from api.hubapi.com']);
    expect(html).toContain('id="timeline-none"');
    expect(html).not.toContain('<svg id="timeline"');
  });
});

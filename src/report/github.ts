import type { Group, Summary } from '../types.js';
import { escapeForTerminal } from './sanitize.js';
import { groupHeadline, limitNotes } from './headline.js';
import { fixAsAdvised } from '../aggregate/verdict.js';
import { plural, thousands } from '../thousands.js';

/**
 * `--format github`: GitHub Actions workflow commands, one annotation per group. Actionable groups
 * are `::error`, transient ones still failing at the end (persistent) `::warning`, the rest
 * `::notice`. GitHub shows at most 10 error and 10 warning annotations of a step (and 10 notices);
 * past those, one notice says what was left out, so the job's page never drops a finding silently.
 * Sources: docs.github.com/actions/reference/workflow-commands-for-github-actions (the command
 * syntax and its escaping, as @actions/core's command.ts applies it) and the annotation limits in
 * docs.github.com/actions/reference/limits.
 */
export const ANNOTATIONS_PER_LEVEL = 10;

type Level = 'error' | 'warning' | 'notice';

function levelOf(g: Group): Level {
  if (g.baseline === 'gone') return 'notice';
  if (g.actionable === true) return 'error';
  if (g.category === 'transient' && g.persistent) return 'warning';
  return 'notice';
}

/** A command's message: `%`, CR and LF escaped (after the one sanitiser: no terminal controls). */
export function escapeData(text: string): string {
  return escapeForTerminal(text).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A command's property value: as a message, plus `:` and `,`, which end a property. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function command(level: Level, properties: Record<string, string | number | undefined>, message: string): string {
  const props = Object.entries(properties)
    .filter((e): e is [string, string | number] => e[1] !== undefined)
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
    .join(',');
  return `::${level}${props.length > 0 ? ` ${props}` : ''}::${escapeData(message)}`;
}

function annotation(g: Group, level: Level): string {
  const where = g.destination === null ? '' : ` on ${g.destination}`;
  const records = g.records === null ? '' : `, ${plural(g.records, 'record')}`;
  const message = [`${groupHeadline(g)} (${plural(g.count, 'error')}${records}).`, g.baseline === 'gone' ? 'Gone since the baseline.' : `Fix: ${fixAsAdvised(g)}`, g.link ?? '']
    .filter((s) => s.length > 0)
    .join(' ');
  // A group read from a file points at its first line there; stdin has no file to point at.
  const file = g.first.input === '-' ? undefined : g.first.input;
  return command(level, { title: `synctriage: ${g.category}${where}`, file, line: file === undefined ? undefined : g.first.line }, message);
}

export function renderGithub(summary: Summary): string {
  const out: string[] = [];
  const shown: Record<Level, number> = { error: 0, warning: 0, notice: 0 };
  const left: Group[] = [];
  // The most urgent first (the summary's order): what is left out is the least urgent of its level.
  for (const g of summary.groups) {
    const level = levelOf(g);
    // One notice is kept for the line that names what was left out.
    const room = level === 'notice' ? ANNOTATIONS_PER_LEVEL - 1 : ANNOTATIONS_PER_LEVEL;
    if (shown[level] < room) {
      shown[level]++;
      out.push(annotation(g, level));
    } else left.push(g);
  }
  if (left.length > 0) {
    const lines = left.reduce((sum, g) => sum + g.count, 0);
    const counts = (['error', 'warning', 'notice'] as const)
      .map((lv) => [lv, left.filter((g) => levelOf(g) === lv).length] as const)
      .filter(([, k]) => k > 0)
      .map(([lv, k]) => `${thousands(k)} ${lv}${k === 1 ? '' : 's'}`);
    const names = left.slice(0, 5).map((g) => `${g.category}${g.destination === null ? '' : ` on ${g.destination}`}: ${g.summary}`);
    out.push(
      command(
        'notice',
        { title: `synctriage: ${plural(left.length, 'more group')}` },
        `${plural(left.length, 'more group')} (${counts.join(', ')}; ${plural(lines, 'line')}) past GitHub's ${ANNOTATIONS_PER_LEVEL} annotations a level: ${names.join('; ')}${left.length > names.length ? '; …' : ''}. The JSON or markdown output lists every group.`,
      ),
    );
  }
  // The verdict and the caps reached go to the log as plain lines (no annotation).
  out.push(escapeForTerminal(`synctriage: ${summary.verdict.text}`));
  for (const note of limitNotes(summary)) out.push(escapeForTerminal(`synctriage: ${note}`));
  return `${out.join('\n')}\n`;
}

import type { Summary } from '../types.js';
import { safeJson } from './sanitize.js';

/** `--format json`: the whole summary, one document (schema: README "JSON output"). */
export function renderJson(summary: Summary): string {
  return `${safeJson(summary, 2)}\n`;
}

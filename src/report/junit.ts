import type { Group, Summary } from '../types.js';
import { escapeForTerminal } from './sanitize.js';
import { groupFlags, groupHeadline, limitNotes } from './headline.js';
import { fixAsAdvised } from '../aggregate/verdict.js';
import { plural } from '../thousands.js';

/**
 * `--format junit`: one test case per group, for the test-report views of GitLab, Jenkins and
 * GitHub reporters (they read the common subset: testsuites > testsuite > testcase, failure with a
 * message attribute and a body). An actionable group is a failure whose body holds the summary,
 * the fix and the link; any other group passes, its summary in system-out. Case names are group
 * keys, unique within the report.
 *
 * Sizes: GitLab reads JUnit files up to 30 MB. A report holds at most the group cap's cases with
 * samples clipped to 500 characters (about 11 MB at the extreme of 1,000 groups × 20 samples);
 * the samples of a report past MAX_JUNIT_BYTES are left out, and a property says so.
 */
export const MAX_JUNIT_BYTES = 20 << 20;

/**
 * XML 1.0 text. The one sanitiser first: control characters (which XML 1.0 cannot hold at all)
 * come out as visible escapes such as `\x1b`; then the characters markup needs escaped.
 */
export function xmlText(text: string): string {
  return escapeForTerminal(text).replace(/[&<>]/g, (ch) => (ch === '&' ? '&amp;' : ch === '<' ? '&lt;' : '&gt;'));
}

/** An attribute value (always written in double quotes). */
function xmlAttr(text: string): string {
  return xmlText(text).replace(/"/g, '&quot;');
}

function testcase(g: Group, withSamples: boolean): string {
  const where = g.destination === null ? '' : ` on ${g.destination}`;
  const flags = groupFlags(g);
  const lines = [
    `${groupHeadline(g)}${flags.length > 0 ? ` (${flags.join(', ')})` : ''}`,
    `${g.category}${where}: ${plural(g.count, 'error')}${g.records === null ? '' : `, ${plural(g.records, 'record')}`}; first at ${g.first.input}:${g.first.line}`,
    `Fix: ${fixAsAdvised(g)}`,
    ...(g.link === null ? [] : [`Link: ${g.link}`]),
    ...(withSamples ? g.samples.map((s) => `Sample: ${s}`) : []),
  ];
  const body = lines.map(xmlText).join('\n');
  const open = `    <testcase name="${xmlAttr(g.key)}" classname="synctriage.${g.category}" file="${xmlAttr(g.first.input)}" time="0">`;
  if (g.actionable === true && g.baseline !== 'gone') {
    return `${open}\n      <failure message="${xmlAttr(g.summary)}" type="${g.category}">${body}</failure>\n    </testcase>`;
  }
  return `${open}\n      <system-out>${body}</system-out>\n    </testcase>`;
}

export function renderJunit(summary: Summary): string {
  const render = (withSamples: boolean): string => {
    const failures = summary.groups.filter((g) => g.actionable === true && g.baseline !== 'gone').length;
    const notes = limitNotes(summary);
    const props = [
      `      <property name="verdict" value="${xmlAttr(summary.verdict.text)}"/>`,
      `      <property name="lines" value="${summary.totals.lines}"/>`,
      `      <property name="errors" value="${summary.totals.errors}"/>`,
      ...notes.map((note, i) => `      <property name="note${i + 1}" value="${xmlAttr(note)}"/>`),
      ...(withSamples ? [] : [`      <property name="samples" value="left out: the report would pass ${MAX_JUNIT_BYTES >> 20} MiB with them"/>`]),
    ];
    return [
      '<?xml version="1.0" encoding="UTF-8"?>',
      `<testsuites name="synctriage" tests="${Math.max(1, summary.groups.length)}" failures="${failures}" errors="0">`,
      `  <testsuite name="synctriage" tests="${Math.max(1, summary.groups.length)}" failures="${failures}" errors="0" skipped="0" time="0">`,
      '    <properties>',
      ...props.map((p) => `  ${p}`),
      '    </properties>',
      // Some reporters (Jenkins's) fail a report with no test case: a clean log is one passing case.
      ...(summary.groups.length === 0 ? ['    <testcase name="no errors" classname="synctriage" time="0"/>'] : summary.groups.map((g) => testcase(g, withSamples))),
      '  </testsuite>',
      '</testsuites>',
      '',
    ].join('\n');
  };
  const full = render(true);
  return Buffer.byteLength(full) <= MAX_JUNIT_BYTES ? full : render(false);
}

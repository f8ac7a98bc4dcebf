import { describe, expect, it } from 'vitest';
import { unwrapContainerLine } from '../../src/input/container.js';

describe('container runtime wrappers', () => {
  it.each([
    ['Docker json-file', '{"log":"level=error msg=\\"push failed\\" status=503\\n","stream":"stderr","time":"2026-01-26T04:07:08.19Z"}', 'level=error msg="push failed" status=503'],
    ['Docker json-file, stdout, CRLF', '{"log":"ERROR sync failed\\r\\n","stream":"stdout","time":"2026-01-26T04:07:08.19Z"}', 'ERROR sync failed'],
    ['a line break inside the wrapped line stays one line', '{"log":"a\\nb\\n","stream":"stderr","time":"t"}', 'a b'],
    ['CRI, a full line', '2026-10-06T00:17:09.669794202Z stderr F ERROR sync failed', '2026-10-06T00:17:09.669794202Z ERROR sync failed'],
    ['CRI, a partial line', '2026-10-06T00:17:09Z stdout P {"level":"error"', '2026-10-06T00:17:09Z {"level":"error"'],
  ])('%s', (_name, line, inner) => {
    expect(unwrapContainerLine(line)).toBe(inner);
  });

  it.each([
    ['an application JSON line with a log key and no stream', '{"log":"x","level":"error"}'],
    ['a Docker-looking line cut short', '{"log":"ERROR sync fa'],
    ['a stream value that is no stream', '{"log":"x","stream":"kafka","time":"t"}'],
    ['an ordinary stamped line', '2026-10-06T00:17:09Z ERROR stderr F is a word here'],
    ['a stamp with a stream word but no F/P tag', '2026-10-06T00:17:09Z stderr something'],
    ['a short line', '2026-10-06'],
  ])('leaves %s as it is', (_name, line) => {
    expect(unwrapContainerLine(line)).toBe(line);
  });
});

describe('a container log read whole', () => {
  it('classifies the lines the application wrote, each physical line counted once', async () => {
    const { triage } = await import('../../src/index.js');
    const docker = (log: string) => JSON.stringify({ log: `${log}\n`, stream: 'stderr', time: '2026-01-26T04:07:08.19Z' });
    const summary = await triage(
      [
        docker('level=info msg="batch sent"'),
        docker('level=error msg="error sending batch" error="Post http://loki:3100/loki/api/v1/push: dial tcp 10.0.0.5:3100: connect: no route to host"'),
        docker('Traceback (most recent call last):'),
        docker('  File "sync.py", line 3, in <module>'),
        docker('ValueError: bad row'),
      ].values(),
    );
    expect(summary.totals.lines).toBe(5);
    // The traceback goes on with the error line above it, as it would unwrapped.
    expect(summary.totals.events).toBe(2);
    expect(summary.groups.map((g) => [g.category, g.destination])).toContainEqual(['outage', 'loki']);
  });
});

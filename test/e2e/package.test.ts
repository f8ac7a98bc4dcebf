// The package as a user installs it: `npm pack`, install the tarball into an empty project, then
// import the library and run the bin. Catches a missing `files` entry, a broken `exports` map or
// types that were not emitted. Needs the npm registry for the dependencies (npm ci needs it too).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, SAMPLES, tempDir } from './run-cli.js';

const dir = tempDir('synctriage-pack-');
afterAll(() => dir.cleanup());

describe('npm pack', () => {
  it('yields a package that installs, imports and runs', { timeout: 180_000 }, () => {
    const npm = (args: string[], cwd: string) => execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    // `npm test` built dist/ already: skip the prepack build here.
    const packed = JSON.parse(npm(['pack', '--ignore-scripts', '--json', '--pack-destination', dir.dir], ROOT)) as Array<{ filename: string; files: Array<{ path: string }> }>;
    const files = packed[0].files.map((f) => f.path);
    expect(files).toContain('dist/src/index.js');
    expect(files).toContain('dist/src/index.d.ts');
    expect(files).toContain('bin/synctriage.js');
    expect(files.some((f) => f.startsWith('test/') || f.startsWith('dist/bench/') || f.endsWith('.map') || f.startsWith('src/'))).toBe(false);

    const app = join(dir.dir, 'app');
    mkdirSync(app);
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module' }));
    npm(['install', '--no-audit', '--no-fund', '--ignore-scripts', join(dir.dir, packed[0].filename)], app);
    writeFileSync(
      join(app, 'main.mjs'),
      [
        "import { triage, classifyLine } from 'synctriage';",
        `const s = await triage(${JSON.stringify(join(SAMPLES, 'hubspot-auth-expired.ndjson'))});`,
        "console.log(JSON.stringify({ top: s.groups[0].category, dest: s.groups[0].destination, line: classifyLine('{\"status\":401}').category }));",
      ].join('\n'),
    );
    const out = JSON.parse(execFileSync('node', ['main.mjs'], { cwd: app, encoding: 'utf8' })) as Record<string, string>;
    expect(out).toEqual({ top: 'auth', dest: 'hubspot', line: 'auth' });
    const version = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version as string;
    expect(execFileSync(join(app, 'node_modules', '.bin', 'synctriage'), ['--version'], { encoding: 'utf8' }).trim()).toBe(version);
    // The types are there for a TypeScript user.
    expect(readFileSync(join(app, 'node_modules', 'synctriage', 'dist', 'src', 'index.d.ts'), 'utf8')).toMatch(/export declare function triage/);
  });
});

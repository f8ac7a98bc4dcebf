import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const haveBash = existsSync('/bin/bash');

describe('synctriage completion', () => {
  it.skipIf(!haveBash)('bash: completes subcommands, options, --format values and files', async () => {
    const r = await runCli(['completion', 'bash']);
    expect(r.code).toBe(0);
    const dir = mkdtempSync(join(tmpdir(), 'synctriage-compl-'));
    const script = join(dir, 'c.bash');
    writeFileSync(script, r.stdout);
    writeFileSync(join(dir, 'sync.log'), '');
    const ask = (words: string[]) => {
      const out = spawnSync('/bin/bash', ['-c', `source ${script}; COMP_WORDS=(${words.map((w) => `'${w}'`).join(' ')}); COMP_CWORD=${words.length - 1}; _synctriage; printf '%s\\n' "\${COMPREPLY[@]}"`], { cwd: dir, encoding: 'utf8' });
      expect(out.stderr).toBe('');
      return out.stdout.trim().split('\n').filter(Boolean).sort();
    };
    expect(ask(['synctriage', '--format', 'j'])).toEqual(['json', 'junit']);
    expect(ask(['synctriage', 'cl'])).toEqual(['classify']);
    expect(ask(['synctriage', 'explain', '--j'])).toEqual(['--json']);
    expect(ask(['synctriage', 'sy'])).toEqual(['sync.log']);
    expect(ask(['synctriage', '--no-c'])).toEqual(['--no-color', '--no-config']);
  });

  it('zsh and fish scripts come from the same commands; an unknown shell is a usage error', async () => {
    const zsh = await runCli(['completion', 'zsh']);
    expect(zsh.stdout).toContain('bashcompinit');
    expect(zsh.stdout).toContain('complete -o filenames -F _synctriage synctriage');
    const fish = await runCli(['completion', 'fish']);
    expect(fish.stdout).toContain("complete -c synctriage -n '__fish_use_subcommand' -l format -s f -xa 'table json ndjson markdown html github junit state'");
    const bad = await runCli(['completion', 'tcsh']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^synctriage: .*Allowed choices are bash, zsh, fish/);
  });
});

import type { Command, Option } from 'commander';

/**
 * `synctriage completion <bash|zsh|fish>`: a completion script made from the program's own
 * commands and options (so it never goes stale), for the user to source from their shell's rc:
 *   bash: source <(synctriage completion bash)
 *   zsh:  source <(synctriage completion zsh)
 *   fish: synctriage completion fish | source
 * Option values with fixed choices (--format) complete to them; files complete elsewhere.
 */
export const SHELLS = ['bash', 'zsh', 'fish'] as const;
export type Shell = (typeof SHELLS)[number];

interface Spec {
  name: string;
  options: Option[];
}

function specs(program: Command): Spec[] {
  return [
    { name: '', options: program.options as Option[] },
    ...program.commands.map((c) => ({ name: c.name(), options: c.options as Option[] })),
  ];
}

const words = (options: Option[]): string[] => [...options.flatMap((o) => [o.long, o.short].filter((f): f is string => f !== undefined)), '--help'];

/** Single-quoted for sh and fish: names and choices are the program's own, never user text. */
const quote = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;

export function completionScript(program: Command, shell: Shell): string {
  const all = specs(program);
  const commands = [...program.commands.map((c) => c.name()), 'help'];
  const withChoices = all.flatMap((s) => s.options.filter((o) => o.argChoices !== undefined && o.long !== undefined));
  if (shell === 'fish') {
    const out = ['# synctriage completion for fish: synctriage completion fish | source', 'complete -c synctriage -f'];
    out.push(`complete -c synctriage -n '__fish_use_subcommand' -a ${quote(commands.join(' '))}`);
    for (const s of all) {
      const cond = s.name === '' ? '__fish_use_subcommand' : `__fish_seen_subcommand_from ${s.name}`;
      for (const o of s.options) {
        const long = o.long?.replace(/^--/, '');
        const short = o.short?.replace(/^-/, '');
        const flags = `${long !== undefined ? ` -l ${long}` : ''}${short !== undefined ? ` -s ${short}` : ''}`;
        const values = o.argChoices !== undefined ? ` -xa ${quote(o.argChoices.join(' '))}` : o.required || o.optional ? ' -r -F' : '';
        out.push(`complete -c synctriage -n ${quote(cond)}${flags}${values} -d ${quote(o.description.slice(0, 60))}`);
      }
    }
    // Log files for the main command and classify; state files for merge.
    out.push("complete -c synctriage -n '__fish_use_subcommand; or __fish_seen_subcommand_from classify merge' -F");
    return `${out.join('\n')}\n`;
  }
  const cases = all
    .filter((s) => s.name !== '')
    .map((s) => `    ${s.name}) opts=${quote(words(s.options).join(' '))} ;;`)
    .join('\n');
  // One case per option spelling (--format is the main command's and merge's alike).
  const choiceCases = [...new Set(withChoices.map((o) => `    ${[o.long, o.short].filter(Boolean).join('|')}) COMPREPLY=( $(compgen -W ${quote((o.argChoices ?? []).join(' '))} -- "$cur") ); return ;;`))].join('\n');
  const bash = [
    '# synctriage completion for bash (zsh: the same through bashcompinit)',
    '_synctriage() {',
    '  local cur prev cmd i opts',
    '  cur="${COMP_WORDS[COMP_CWORD]}"',
    '  prev="${COMP_WORDS[COMP_CWORD-1]}"',
    '  case "$prev" in',
    choiceCases,
    '  esac',
    '  cmd=""',
    '  for ((i = 1; i < COMP_CWORD; i++)); do',
    `    case "\${COMP_WORDS[i]}" in ${commands.join('|')}) cmd="\${COMP_WORDS[i]}"; break ;; esac`,
    '  done',
    '  case "$cmd" in',
    cases,
    `    *) opts=${quote([...words(all[0].options), ...commands].join(' '))} ;;`,
    '  esac',
    '  if [[ "$cur" == -* ]]; then',
    '    COMPREPLY=( $(compgen -W "$opts" -- "$cur") )',
    '  elif [[ -z "$cmd" ]]; then',
    `    COMPREPLY=( $(compgen -W ${quote(commands.join(' '))} -- "$cur") $(compgen -f -- "$cur") )`,
    '  else',
    '    COMPREPLY=( $(compgen -f -- "$cur") )',
    '  fi',
    '}',
    'complete -o filenames -F _synctriage synctriage',
  ];
  if (shell === 'zsh') return `# synctriage completion for zsh: source <(synctriage completion zsh)\nautoload -U +X bashcompinit && bashcompinit\n${bash.slice(1).join('\n')}\n`;
  return `${bash.join('\n')}\n`;
}

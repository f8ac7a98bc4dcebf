/** Decisions about the terminal: colour, hyperlinks, width. NO_COLOR and FORCE_COLOR are honoured. */
export interface TerminalInfo {
  color: boolean;
  hyperlinks: boolean;
  width: number;
}

export function terminalInfo(
  stream: { isTTY?: boolean; columns?: number },
  env: NodeJS.ProcessEnv,
  colorFlag: boolean | undefined,
): TerminalInfo {
  let color: boolean;
  if (colorFlag !== undefined) color = colorFlag;
  else if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '') color = env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  else if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') color = false;
  else color = stream.isTTY === true && env.TERM !== 'dumb';
  const hyperlinks = color && stream.isTTY === true && supportsHyperlinks(env);
  // The terminal's own width, else COLUMNS (set by shells, and by users for a pipe), else 120.
  const columns = Number(env.COLUMNS);
  const width =
    stream.isTTY === true && stream.columns !== undefined && stream.columns > 0 ? stream.columns : Number.isInteger(columns) && columns > 0 ? columns : 120;
  return { color, hyperlinks, width };
}

/** Terminals known to render OSC 8 links; elsewhere the escape would show as noise, so links stay plain. */
function supportsHyperlinks(env: NodeJS.ProcessEnv): boolean {
  if (env.FORCE_HYPERLINK !== undefined) return env.FORCE_HYPERLINK !== '0';
  if (env.CI !== undefined || env.TERM === 'dumb') return false;
  const program = env.TERM_PROGRAM ?? '';
  if (['iTerm.app', 'WezTerm', 'vscode', 'ghostty', 'Hyper'].includes(program)) return true;
  if (env.WT_SESSION !== undefined || env.KITTY_WINDOW_ID !== undefined || env.KONSOLE_VERSION !== undefined) return true;
  const vte = Number(env.VTE_VERSION ?? 0);
  return vte >= 5000;
}

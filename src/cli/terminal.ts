import { createSupportsHyperlinks } from 'supports-hyperlinks';

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
  // Links follow the colour decision (NO_COLOR, --no-color, a pipe) unless FORCE_HYPERLINK says otherwise.
  const hyperlinks = (color || (env.FORCE_HYPERLINK ?? '') !== '') && hyperlinksOn(stream, env);
  // The terminal's own width, else COLUMNS (set by shells, and by users for a pipe), else 120.
  const columns = Number(env.COLUMNS);
  const width =
    stream.isTTY === true && stream.columns !== undefined && stream.columns > 0 ? stream.columns : Number.isInteger(columns) && columns > 0 ? columns : 120;
  return { color, hyperlinks, width };
}

/**
 * OSC 8 links as the supports-hyperlinks package decides (FORCE_HYPERLINK, --no-hyperlink, known
 * terminals and versions, never in CI); elsewhere the escape would show as noise. It reads
 * process.env, and supports-color (which it asks first) keeps a reference to the process.env
 * object taken when it was loaded, so a given env (tests pass their own) replaces the contents
 * of that object for the call rather than the object itself.
 */
function hyperlinksOn(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): boolean {
  if (env === process.env) return createSupportsHyperlinks(stream as NodeJS.WriteStream);
  const saved = { ...process.env };
  replaceEnv(env);
  try {
    return createSupportsHyperlinks(stream as NodeJS.WriteStream);
  } finally {
    replaceEnv(saved);
  }
}

function replaceEnv(next: NodeJS.ProcessEnv): void {
  for (const key of Object.keys(process.env)) delete process.env[key];
  for (const [key, value] of Object.entries(next)) if (value !== undefined) process.env[key] = value;
}

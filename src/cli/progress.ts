/**
 * Progress on stderr for long reads, only when stderr is a terminal: a single line rewritten in
 * place at most every 250 ms, erased when done. Never on stdout, never in pipes or CI logs. With
 * the inputs' size known (files, not stdin), it says how far and about how long is left.
 */
export class Progress {
  private bytes = 0;
  private lastPaint = 0;
  private painted = false;
  private readonly started = Date.now();

  constructor(
    private readonly stream: NodeJS.WriteStream,
    private readonly enabled: boolean,
    /** Bytes of all inputs on disk, or null when unknown (stdin). */
    private readonly total: number | null = null,
  ) {}

  add = (bytes: number): void => {
    if (!this.enabled) return;
    this.bytes += bytes;
    const now = Date.now();
    if (now - this.lastPaint < 250 || now - this.started < 500) return;
    this.lastPaint = now;
    this.painted = true;
    this.stream.write(`\r\u001b[2K${progressLine(this.bytes, this.total, now - this.started)}`);
  };

  done(): void {
    if (this.painted) this.stream.write('\r\u001b[2K');
  }
}

/** "synctriage: read 120 of 800 MB (15 %, 85 MB/s, about 8 s left)…", or without a total "read 120 MB (85 MB/s)…". */
export function progressLine(bytes: number, total: number | null, elapsedMs: number): string {
  const mb = bytes / 1048576;
  const rate = mb / Math.max(0.001, elapsedMs / 1000);
  if (total === null || total <= 0) return `synctriage: read ${mb.toFixed(0)} MB (${rate.toFixed(0)} MB/s)…`;
  const share = Math.min(1, bytes / total);
  const left = rate > 0 ? (total / 1048576 - mb) / rate : Infinity;
  const eta = !Number.isFinite(left) ? '' : left < 1 ? ', almost done' : `, about ${left < 90 ? `${Math.ceil(left)} s` : `${Math.ceil(left / 60)} min`} left`;
  return `synctriage: read ${mb.toFixed(0)} of ${(total / 1048576).toFixed(0)} MB (${Math.floor(share * 100)} %, ${rate.toFixed(0)} MB/s${eta})…`;
}

/**
 * Progress on stderr for long reads, only when stderr is a terminal: a single line rewritten in
 * place at most every 250 ms, erased when done. Never on stdout, never in pipes or CI logs.
 */
export class Progress {
  private bytes = 0;
  private lastPaint = 0;
  private painted = false;
  private readonly started = Date.now();

  constructor(
    private readonly stream: NodeJS.WriteStream,
    private readonly enabled: boolean,
  ) {}

  add = (bytes: number): void => {
    if (!this.enabled) return;
    this.bytes += bytes;
    const now = Date.now();
    if (now - this.lastPaint < 250 || now - this.started < 500) return;
    this.lastPaint = now;
    this.painted = true;
    const mb = this.bytes / 1048576;
    const rate = mb / ((now - this.started) / 1000);
    this.stream.write(`\r\u001b[2Ksynctriage: read ${mb.toFixed(0)} MB (${rate.toFixed(0)} MB/s)…`);
  };

  done(): void {
    if (this.painted) this.stream.write('\r\u001b[2K');
  }
}

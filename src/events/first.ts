import { unwrapContainerLine } from '../input/container.js';
import { EventJoiner } from './joiner.js';
import { CsvReader, csvHeader } from '../input/csv.js';
import { extract, extractEvent, extractRecord } from '../extract/extract.js';
import type { Lexicon } from '../extract/lexicon.js';
import type { Signals } from '../types.js';

/** The event `explain` reads: its text and what extract made of it. */
export interface FirstEvent {
  text: string;
  signals: Signals;
}

/**
 * The first event of a text or a stream, joined as a log file's would be (a traceback or a body
 * joined to its head). A CSV export's header row is not that event: its first record is, read
 * through the header as the main job reads it. Feed physical lines with push() until `done`,
 * then end().
 */
export class FirstEventReader {
  private event: FirstEvent | null = null;
  private readonly joiner: EventJoiner;
  private csv: CsvReader | null = null;
  private lineNo = 0;
  private readonly line = { input: '-', lineNo: 0, text: '', truncated: false };

  constructor(private readonly lex: Lexicon) {
    this.joiner = new EventJoiner((e) => {
      this.event ??= { text: e.text, signals: extractEvent(e, lex) };
    });
  }

  get done(): boolean {
    return this.event !== null;
  }

  push(raw: string): void {
    if (this.event !== null) return;
    this.lineNo++;
    let text = this.lineNo === 1 && raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
    if (this.csv !== null) {
      this.csv.write(`${text}\n`);
      return;
    }
    if (text.endsWith('\r')) text = text.slice(0, -1);
    const header = this.lineNo === 1 ? csvHeader(text, this.lex.keys) : null;
    if (header !== null) {
      this.csv = new CsvReader(header, (row) => {
        this.event ??= { text: row.raw, signals: extractRecord(row.values, this.lex) };
      });
      return;
    }
    this.line.lineNo = this.lineNo;
    this.line.text = unwrapContainerLine(text);
    this.joiner.push(this.line);
  }

  /** The first event; a CSV header with no row, or no line at all, gives the text read so far as one line. */
  end(fallback: string): FirstEvent {
    this.csv?.end();
    this.joiner.flush();
    return this.event ?? { text: fallback, signals: extract(fallback, this.lex) };
  }
}
